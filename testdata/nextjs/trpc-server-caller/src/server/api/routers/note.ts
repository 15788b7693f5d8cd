import type { TRPCRouterRecord } from '@trpc/server'
import { protectedProcedure } from '~/server/api/trpc'

// A plain record of procedures, merged into the app router by key.
// ok: CLK101
export const noteRouter = {
  list: protectedProcedure.query(({ ctx }) => ctx.db.note.findMany({ where: { authorId: ctx.userId } })),
} satisfies TRPCRouterRecord
