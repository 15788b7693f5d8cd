import { withAuth } from '@/lib/with-auth'

const db = { invoice: { create: async (x: unknown) => x } }

// ok: CLK101
export const POST = withAuth(async (req, { userId }) => {
  const body = await req.json()
  return Response.json(await db.invoice.create({ data: { ...body, userId } }))
})
