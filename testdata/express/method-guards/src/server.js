import express from 'express'
import { clerkMiddleware, getAuth } from '@clerk/express'
import { Auth, NotesController } from './auth.js'
import { prisma } from './db.js'

const app = express()
app.use(clerkMiddleware())
app.use(express.json())

// ok: CLK101
app.post('/api/notes', async (req, res) => {
  const userId = Auth.requireUserId(req)
  res.json(await prisma.note.create({ data: { userId, body: req.body.text } }))
})

// ruleid: CLK101
app.delete('/api/notes', async (req, res) => {
  console.log(Auth.describe(req))
  await prisma.note.deleteMany({})
  res.status(204).end()
})

// ok: CLK101
app.put('/api/notes/:id', Auth.gate, async (req, res) => {
  const { userId } = getAuth(req)
  res.json(await prisma.note.updateMany({ where: { id: req.params.id, userId }, data: { body: req.body.text } }))
})

// A controller's static methods as handlers.
// ok: CLK101
app.get('/api/notes/mine', NotesController.mine)

// ruleid: CLK101
app.post('/api/notes/wipe', NotesController.wipe)

app.listen(3000)
