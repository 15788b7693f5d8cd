import { createTRPCRouter, protectedProcedure } from '~/server/api/trpc'

// Spread into the app router: its keys are not spelled out there.
// ok: CLK101
export const extraRouters = {
  billing: createTRPCRouter({
    charge: protectedProcedure.mutation(() => 'charged'),
  }),
}
