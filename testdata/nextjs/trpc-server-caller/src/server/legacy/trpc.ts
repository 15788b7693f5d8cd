import { initTRPC, TRPCError } from '@trpc/server'

// A partner API's router: its ctx holds an API key header, not a Clerk
// session, so UNAUTHORIZED here says nothing about the caller's sign-in.
// ok: CLK101
export const createLegacyContext = async (opts: { headers: Headers }) => ({ apiKey: opts.headers.get('x-api-key') })

const t = initTRPC.context<typeof createLegacyContext>().create()

// ok: CLK101
export const legacyRouterOf = t.router

// ok: CLK101
export const keyProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.apiKey) throw new TRPCError({ code: 'UNAUTHORIZED' })
  return next()
})
