import express from 'express'
import { getAuth as clerkGetAuth } from '@clerk/express'
import * as clerk from './clerk.js'
import { prisma } from './db.js'
import { drawCard } from './deck.js'

// Local runs sign every request in as a tester; production runs Clerk.
const local = process.env.NODE_ENV === 'development'
const getAuth = local ? (_req) => ({ userId: 'local-tester' }) : clerk.getAuth
const clerkMiddleware = local ? () => (_req, _res, next) => next() : clerk.clerkMiddleware

const app = express()
app.use(express.json())
app.use(clerkMiddleware())

// Anyone may draw; a signed-in player's card is also kept.
// ok: CLK101, CLK102
app.post('/api/draw', async (req, res) => {
  const { userId } = getAuth(req)
  const card = await drawCard()
  if (userId) {
    await prisma.player.upsert({ where: { id: userId }, update: {}, create: { id: userId } })
    await prisma.hand.create({ data: { playerId: userId, cardId: card.id } })
  }
  res.json({ card })
})

// The stand-in chosen per request, in the handler.
// ok: CLK101, CLK102
app.post('/api/draw/again', async (req, res) => {
  const { userId } = local ? { userId: 'local-tester' } : clerkGetAuth(req)
  const card = await drawCard()
  if (userId) {
    await prisma.hand.create({ data: { playerId: userId, cardId: card.id } })
  }
  res.json({ card })
})

// A fallback object after the read.
// ok: CLK101, CLK102
app.post('/api/draw/last', async (req, res) => {
  const { userId } = clerkGetAuth(req) || { userId: null }
  const card = await drawCard()
  if (userId) {
    await prisma.hand.create({ data: { playerId: userId, cardId: card.id } })
  }
  res.json({ card })
})

// Writes with the session value whether or not it is there.
// ok: CLK101
app.post('/api/discard', async (req, res) => {
  // ruleid: CLK102
  const { userId } = getAuth(req)
  await prisma.hand.deleteMany({ where: { playerId: userId } })
  res.json({ ok: true })
})

// The same through the conditional in the handler.
// ok: CLK101
app.post('/api/discard/all', async (req, res) => {
  // ruleid: CLK102
  const { userId } = local ? { userId: 'local-tester' } : clerkGetAuth(req)
  await prisma.hand.deleteMany({ where: { playerId: userId } })
  res.json({ ok: true })
})

// A route checking the session through the stand-in's choice.
// ok: CLK101, CLK102
app.get('/api/hand', async (req, res) => {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).json({ error: 'sign in' })
  res.json(await prisma.hand.findMany({ where: { playerId: userId } }))
})

app.listen(3000)
