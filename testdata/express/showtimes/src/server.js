import express from 'express'
import { clerkMiddleware, getAuth } from '@clerk/express'
import { Movie, Show, Booking } from './models.js'
import { legacy } from './legacy.js'

const app = express()
app.use(express.json())
app.use(clerkMiddleware())

// A cinema's programme: films and their showtimes are what the box office
// shows to anyone.
// ok: CLK101
app.get('/api/booking/movies/:id/shows', async (req, res) => {
  const movie = await Movie.findById(req.params.id)
  const shows = await Show.find({ movie: movie.id })
  res.json({ movie, shows })
})

// The seat map of one showtime, served under the booking flow's URLs: what
// it reads decides, and it reads only the showtime.
// ok: CLK101
app.get('/api/booking/seats/:showId', async (req, res) => {
  const show = await Show.findById(req.params.showId)
  res.json({ taken: Object.keys(show.takenSeats) })
})

// Who booked a showtime is not the programme.
// ruleid: CLK101
app.get('/api/shows/:id/bookings', async (req, res) => {
  res.json(await Booking.find({ show: req.params.id }))
})

// Adding a showtime is the cinema's staff's job.
// ruleid: CLK101
app.post('/api/shows', async (req, res) => {
  res.json(await Show.create(req.body))
})

// ok: CLK101
app.post('/api/bookings', async (req, res) => {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).end()
  res.json(await Booking.create({ userId, show: req.body.show, seats: req.body.seats }))
})

app.use(legacy)

app.listen(3000)
