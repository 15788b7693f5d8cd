import express from 'express'
import { clerkMiddleware, getAuth } from '@clerk/express'
import { prisma } from './db.js'

const app = express()
app.use(express.json())
app.use(clerkMiddleware()) // authenticates, rejects nothing

const prizes = ['kazoo', 'yo-yo', 'marble']

// Anyone may spin; a signed-in player's prize is also kept.
// ok: CLK101, CLK102
app.post('/api/spin', async (req, res) => {
  const { userId } = getAuth(req)
  const prize = prizes[Math.floor(Math.random() * prizes.length)]
  if (userId) {
    await prisma.player.upsert({ where: { id: userId }, update: {}, create: { id: userId } })
    await prisma.prize.create({ data: { playerId: userId, prize } })
  } else {
    res.status(200)
  }
  res.json({ prize })
})

// Same, with the test folded into the call.
// ok: CLK101, CLK102
app.post('/api/spin/quick', async (req, res) => {
  const auth = getAuth(req)
  const prize = prizes[0]
  auth.userId && (await prisma.prize.create({ data: { playerId: auth.userId, prize } }))
  res.json({ prize })
})

// The signed-out branch is the one that writes.
// ruleid: CLK101
app.post('/api/spin/reset', async (req, res) => {
  const { userId } = getAuth(req)
  if (userId) {
    res.json({ kept: true })
  } else {
    await prisma.prizeReset.create({ data: { playerId: req.body.playerId } })
    res.json({ reset: true })
  }
})

app.listen(3000)
