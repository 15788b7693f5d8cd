import { RPCHandler } from '@orpc/server/fetch'
import { rpcRouter } from '@/lib/rpc'

const rpc = new RPCHandler(rpcRouter)

// oRPC authenticates per procedure (its own middleware): not judged by CLK101.
// ok: CLK101
async function handle(request: Request) {
  const { response } = await rpc.handle(request, { prefix: '/api/rpc', context: { headers: request.headers } })
  return response ?? new Response('Not found', { status: 404 })
}

export { handle as GET, handle as POST }
