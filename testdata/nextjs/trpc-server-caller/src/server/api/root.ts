import { keyProcedure, legacyRouterOf } from '~/server/legacy/trpc'
import { postRouter } from '~/server/api/routers/post'
import { noteRouter } from '~/server/api/routers/note'
import { createCallerFactory, createTRPCRouter } from '~/server/api/trpc'
import { extraRouters } from '~/server/api/extra'

// ok: CLK101
const partnerRouter = legacyRouterOf({
  sync: keyProcedure.mutation(({ ctx }) => ctx.apiKey),
})

// ok: CLK101
export const appRouter = createTRPCRouter({
  ...extraRouters,
  post: postRouter,
  note: noteRouter,
  partner: partnerRouter,
})

// ok: CLK101
export const createCaller = createCallerFactory(appRouter)
