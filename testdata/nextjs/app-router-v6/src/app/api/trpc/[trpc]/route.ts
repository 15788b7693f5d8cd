import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { appRouter, createContext } from '@/lib/trpc'

// tRPC authenticates per procedure (protectedProcedure): not judged by CLK101.
// ok: CLK101
const handler = (req: Request) => fetchRequestHandler({ endpoint: '/api/trpc', req, router: appRouter, createContext })

export { handler as GET, handler as POST }
