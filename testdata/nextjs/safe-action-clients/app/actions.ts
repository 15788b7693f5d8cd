'use server'

import { z } from 'zod'
import { db } from '@/lib/db'
import { authClient, auditedClient, loggedClient } from '@/lib/safe-action'

// ok: CLK101
export const addTag = authClient
  .schema(z.object({ name: z.string() }))
  .action(async ({ parsedInput }) => db.tag.create({ data: { name: parsedInput.name } }))

// ok: CLK101
export const addNote = auditedClient
  .inputSchema(z.object({ text: z.string() }))
  .action(async ({ parsedInput }) => db.note.create({ data: { text: parsedInput.text } }))

// The logging middleware checks no session: anyone can clear the audit log.
// ruleid: CLK101
export const clearAudit = loggedClient.action(async () => db.audit.deleteMany())
