'use server'

import { appRouter } from '~/server/api/root'
import { createTRPCContext } from '~/server/api/trpc'

const caller = appRouter.createCaller(createTRPCContext)

// ok: CLK101
export async function removeInvoice(id: string) {
  await caller.post.remove({ id })
}

// ruleid: CLK101
export async function newest() {
  return caller.post.newest()
}
