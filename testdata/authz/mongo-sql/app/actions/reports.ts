'use server'

import { auth } from '@clerk/nextjs/server'
import { sql } from '@vercel/postgres'

export async function reportCount(reportId: string) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  // ok: CLK203 (a count of rows, not a record)
  const { rows } = await sql`SELECT COUNT(*) AS n FROM reports WHERE id = ${reportId}`
  return rows[0].n
}

export async function purgeReport(reportId: string) {
  const { userId } = await auth()
  if (!userId) throw new Error('Unauthorized')
  // ruleid: CLK203
  await sql`DELETE FROM reports WHERE id = ${reportId}`
  // ok: CLK203 (a later write with the owner proves nothing about the one before)
  await sql`DELETE FROM report_views WHERE report_id = ${reportId} AND user_id = ${userId}`
}
