import { z } from 'zod'
import { createTRPCRouter, protectedProcedure, publicProcedure, timedProcedure } from '~/server/api/trpc'

// ok: CLK101
export const postRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) => ctx.db.invoice.findMany({ where: { ownerId: ctx.userId } })),
  remove: protectedProcedure
    .input(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => ctx.db.invoice.delete({ where: { id: input.id, ownerId: ctx.userId } })),
  newest: publicProcedure.query(({ ctx }) => ctx.db.invoice.findFirst()),
  purge: timedProcedure.mutation(({ ctx }) => ctx.db.invoice.deleteMany()),
})
