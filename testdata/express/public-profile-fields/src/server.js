import express from 'express'
import { clerkMiddleware } from '@clerk/express'
import { createClient } from '@supabase/supabase-js'
import { drizzle } from 'drizzle-orm/node-postgres'
import { eq } from 'drizzle-orm'
import { User, users } from './models.js'

const app = express()
const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY)
const db = drizzle(process.env.DATABASE_URL)
app.use(clerkMiddleware()) // authenticates, rejects nothing

// Member directory: handles, avatars and bios only.
// ok: CLK101
app.get('/api/users/search', async (req, res) => {
  res.json(await User.find({ username: new RegExp(req.query.q, 'i') }).select('username avatar bio').limit(10))
})

// ok: CLK101
app.get('/api/users/by-name/:username', async (req, res) => {
  res.json(await User.findOne({ username: req.params.username }, { username: 1, avatar: 1, _id: 0 }))
})

// ok: CLK101
app.get('/api/users/:username/card', async (req, res) => {
  const { data } = await supabase.from('profiles').select('username, avatar_url, bio').eq('username', req.params.username)
  res.json(data)
})

// ok: CLK101
app.get('/api/users/handles/:handle', async (req, res) => {
  res.json(await db.select({ handle: users.handle, name: users.name }).from(users).where(eq(users.handle, req.params.handle)))
})

// An exclusion projection still returns everything else (e-mail, Clerk id).
// ruleid: CLK101
app.get('/api/users/full/:username', async (req, res) => {
  res.json(await User.findOne({ username: req.params.username }).select('-password'))
})

// ruleid: CLK101
app.get('/api/users/contact/:username', async (req, res) => {
  res.json(await User.findOne({ username: req.params.username }).select('username email'))
})

// ruleid: CLK101
app.get('/api/users/rows/:username', async (req, res) => {
  const { data } = await supabase.from('profiles').select('*').eq('username', req.params.username)
  res.json(data)
})

// The Clerk user id is what other endpoints take as a member's key.
// ruleid: CLK101
app.get('/api/users/ids/:handle', async (req, res) => {
  res.json(await db.select({ handle: users.handle, clerkId: users.clerkId }).from(users).where(eq(users.handle, req.params.handle)))
})

app.listen(3000)
