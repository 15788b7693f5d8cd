// The older half of the app names its models the Mongoose tutorial way:
// the variable is <name>Model, the model itself is named <name>.
// ok: CLK101
import express from 'express'
import mongoose from 'mongoose'

const movieSchema = new mongoose.Schema({ title: String })
const bookingSchema = new mongoose.Schema({ userId: String, seats: [String] })

const movieModel = mongoose.models.movie || mongoose.model('movie', movieSchema)
const bookingModel = mongoose.models.booking || mongoose.model('booking', bookingSchema)

export const legacy = express.Router()

// The films on the booking flow's first page: public-data's movie, by
// whatever name the variable holding its model has.
// ok: CLK101
legacy.get('/api/booking/now-playing', async (req, res) => {
  res.json(await movieModel.find({}))
})

// Every booking is no film listing.
// ruleid: CLK101
legacy.get('/api/booking/all', async (req, res) => {
  res.json(await bookingModel.find({}))
})
