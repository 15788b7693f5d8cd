import { and, desc, eq, or, sql } from 'drizzle-orm'
import { db, reviews } from '@/db'

// The landing page's best reviews: drizzle's operators and a sql fragment
// only build the query.
// ok: CLK101
export async function POST() {
  const top = await db
    .select()
    .from(reviews)
    .where(and(or(eq(reviews.stars, 5), eq(reviews.stars, 4)), eq(reviews.site, 'web'), sql`length(${reviews.body}) > 20`))
    .orderBy(desc(reviews.createdAt))
    .limit(10)
  return Response.json({ top })
}
