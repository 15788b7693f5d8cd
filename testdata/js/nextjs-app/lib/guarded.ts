// Importing 'server-only' makes a client import fail the build: it never ships.
import 'server-only'

// ok: CLK004
export const guardedKey = process.env.CLERK_SECRET_KEY
