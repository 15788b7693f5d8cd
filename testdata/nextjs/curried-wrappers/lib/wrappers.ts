import { auth } from '@clerk/nextjs/server'
import type { NextRequest } from 'next/server'

type Handler = (req: NextRequest) => Promise<Response>

const hits = new Map<string, number>()

// A rate limiter: counts the caller's requests, no session check.
export function throttle(opts: { max: number }) {
  return function (handler: Handler) {
    return async function (req: NextRequest) {
      const ip = req.headers.get('x-forwarded-for') ?? 'local'
      const seen = (hits.get(ip) ?? 0) + 1
      hits.set(ip, seen)
      if (seen > opts.max) return new Response('Too many requests', { status: 429 })
      return handler(req)
    }
  }
}

// Checks the session before the handler runs.
export const requireMember = (team: string) => (handler: Handler) => async (req: NextRequest) => {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return handler(req)
}

// Two levels of options before the handler.
export const guarded = (area: string) => (opts: { audit: boolean }) => (handler: Handler) => async (req: NextRequest) => {
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return handler(req)
}

// Runs the handler before any check when the option says so.
export const sometimesAuthed = (opts: { open: boolean }) => (handler: Handler) => async (req: NextRequest) => {
  if (opts.open) return handler(req)
  const { userId } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  return handler(req)
}
