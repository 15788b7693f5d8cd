import { createSafeActionClient } from 'next-safe-action'
import { createServerActionProcedure } from 'zsa'

// The app's two names say which actions are meant for signed-out visitors.
// ok: CLK101
export const publicActionClient = createSafeActionClient()

// ok: CLK101
export const memberClient = createSafeActionClient()

// "publications" is not the word "public": this client declares nothing.
// ok: CLK101
export const publicationsClient = createSafeActionClient()

// ok: CLK101
export const guestProcedure = createServerActionProcedure().handler(async () => ({ rate: 'guest' }))

// ok: CLK101
export const baseProcedure = createServerActionProcedure().handler(async () => ({}))
