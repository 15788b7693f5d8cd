// ok: CLK101
import { initTRPC } from '@trpc/server'
import { auth } from '@clerk/nextjs/server'

export async function createContext() {
  return { session: await auth() }
}

const t = initTRPC.context<typeof createContext>().create()

export const router = t.router
export const publicProcedure = t.procedure
export const callerFactory = t.createCallerFactory
