import { os, ORPCError } from '@orpc/server'
import { auth } from '@clerk/nextjs/server'

const authed = os.use(async ({ next }) => {
  const { userId } = await auth()
  if (!userId) throw new ORPCError('UNAUTHORIZED')
  return next({ context: { userId } })
})

export const rpcRouter = {
  whoami: authed.handler(({ context }) => ({ id: context.userId })),
}
