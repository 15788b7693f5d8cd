'use server'

import { z } from 'zod'
import { currentUser } from '@clerk/nextjs/server'
import { createServerActionProcedure } from 'zsa'
import { db } from '@/lib/db'

// zsa runs a procedure's handler before every action built on it; its
// return value becomes the action's ctx. Signed out, this one throws (the
// catch throws again).
const signedIn = createServerActionProcedure().handler(async () => {
  try {
    const user = await currentUser()
    if (!user) throw new Error('Unauthorized')
    return { user }
  } catch {
    throw new Error('Not signed in')
  }
})

// Only shapes the context: anyone gets through.
const tagged = createServerActionProcedure().handler(async () => ({ source: 'web' }))

// The owner comes from the procedure's ctx, not from the browser.
// ok: CLK101
export const addBudget = signedIn
  .createServerAction()
  .input(z.object({ name: z.string() }))
  .handler(async ({ ctx, input }) => {
    // ok: CLK202
    return db.budget.create({ data: { name: input.name, ownerId: ctx.user.id } })
  })

// ok: CLK101
export const budgetsOf = signedIn
  .createServerAction()
  .input(z.object({ ownerId: z.string() }))
  .handler(async ({ input }) => {
    // ruleid: CLK202
    return db.budget.findMany({ where: { ownerId: input.ownerId } })
  })

// ruleid: CLK101
export const dropBudget = tagged
  .createServerAction()
  .input(z.object({ id: z.string() }))
  .handler(async ({ input }) => db.budget.delete({ where: { id: input.id } }))
