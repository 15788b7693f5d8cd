import mongoose from 'mongoose'

const movieSchema = new mongoose.Schema({ title: String, runtime: Number })
const showSchema = new mongoose.Schema({ movie: String, startsAt: Date, price: Number, takenSeats: Object })
const bookingSchema = new mongoose.Schema({ userId: String, show: String, seats: [String] })

export const Movie = mongoose.model('Movie', movieSchema)
export const Show = mongoose.model('Show', showSchema)
export const Booking = mongoose.model('Booking', bookingSchema)
