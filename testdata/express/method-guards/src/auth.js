// Guards kept as methods: an object's and a class's.
// ok: CLK101, CLK102
import { getAuth } from '@clerk/express'
import { prisma } from './db.js'

export class HttpError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

export const Auth = {
  requireUserId(req) {
    const { userId } = getAuth(req)
    if (!userId) throw new HttpError(401, 'Unauthorized')
    return userId
  },

  // Middleware as a method: ends the request for a signed-out visitor.
  gate(req, res, next) {
    const { userId } = getAuth(req)
    if (!userId) return res.status(401).json({ error: 'Unauthorized' })
    next()
  },

  // Reads the user for logging only.
  describe(req) {
    const { userId } = getAuth(req)
    return `request by ${userId ?? 'anonymous'}`
  },
}

export class NotesController {
  static async mine(req, res) {
    const userId = Auth.requireUserId(req)
    res.json(await prisma.note.findMany({ where: { userId } }))
  }

  static async wipe(req, res) {
    console.log(Auth.describe(req))
    await prisma.note.deleteMany({})
    res.status(204).end()
  }
}
