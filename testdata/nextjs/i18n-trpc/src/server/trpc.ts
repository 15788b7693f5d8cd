import { initTRPC, TRPCError } from '@trpc/server'
import { auth } from '@clerk/nextjs/server'

export const createContext = async () => {
  return { auth: await auth() }
}

const t = initTRPC.context<Awaited<ReturnType<typeof createContext>>>().create()

const isAuthed = t.middleware(({ next, ctx }) => {
  if (!ctx.auth.userId) {
    throw new TRPCError({ code: 'UNAUTHORIZED' })
  }
  return next({ ctx: { auth: ctx.auth } })
})

export const router = t.router
export const publicProcedure = t.procedure
export const protectedProcedure = t.procedure.use(isAuthed)

export const appRouter = router({
  hello: publicProcedure.query(() => 'hello'),
  secret: protectedProcedure.query(({ ctx }) => `secret for ${ctx.auth.userId}`),
})
