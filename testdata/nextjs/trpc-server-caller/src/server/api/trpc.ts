import { auth } from '@clerk/nextjs/server'
import { initTRPC, TRPCError } from '@trpc/server'
import { db } from '~/lib/db'

// ok: CLK101
export const createTRPCContext = async () => {
  const { userId } = await auth()
  return { db, userId }
}

const t = initTRPC.context<typeof createTRPCContext>().create()

export const createTRPCRouter = t.router
export const createCallerFactory = t.createCallerFactory

// ok: CLK101
export const publicProcedure = t.procedure

// Signed out, every procedure built on it fails before it runs.
const isSignedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.userId) {
    throw new TRPCError({ code: 'UNAUTHORIZED' })
  }
  return next({ ctx: { userId: ctx.userId } })
})

// ok: CLK101
export const protectedProcedure = t.procedure.use(isSignedIn)

// Times each call and lets everyone through.
// ok: CLK101
export const timedProcedure = t.procedure.use(async ({ next }) => {
  const started = Date.now()
  const result = await next()
  console.log('took', Date.now() - started)
  return result
})
