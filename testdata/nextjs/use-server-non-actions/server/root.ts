// ok: CLK101
import { router, publicProcedure } from './trpc'

export const appRouter = router({
  ping: publicProcedure.query(() => 'pong'),
})
