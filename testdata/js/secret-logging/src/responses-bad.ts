import express from 'express'
import { NextResponse } from 'next/server'
import { json } from '@sveltejs/kit'

const app = express()

app.get('/debug/config', (req, res) => {
  // ruleid: CLK008
  res.json({ clerk: { secretKey: process.env.CLERK_SECRET_KEY } })
})

app.get('/debug/key', (req, res) => {
  const key = process.env.CLERK_SECRET_KEY
  // ruleid: CLK008
  res.status(500).send(`misconfigured key ${key}`)
})

export async function GET() {
  const { CLERK_SECRET_KEY } = process.env
  // ruleid: CLK008
  return Response.json({ CLERK_SECRET_KEY })
}

export async function POST() {
  // ruleid: CLK008
  return NextResponse.json({ ok: false, key: process.env.CLERK_SECRET_KEY }, { status: 500 })
}

export function raw() {
  // ruleid: CLK008
  return new Response(process.env.CLERK_WEBHOOK_SIGNING_SECRET)
}

export function fastifyRoute(request: unknown, reply: { send: (b: unknown) => void }) {
  // ruleid: CLK008
  reply.send({ webhookSecret: process.env.CLERK_WEBHOOK_SIGNING_SECRET })
}

export function load() {
  const secretKey = process.env.CLERK_SECRET_KEY
  // ruleid: CLK008
  return json({ secretKey })
}

export default app
