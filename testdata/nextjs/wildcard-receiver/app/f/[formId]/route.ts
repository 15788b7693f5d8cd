import { db } from '@/lib/db'

// Visitors of other sites post their forms here: '/f/(.*)' lets through
// this route and nothing else, and the route answers no GET, so the entry
// was written to open this POST.
// ok: CLK101
export async function POST(req: Request, { params }: { params: Promise<{ formId: string }> }) {
  const { formId } = await params
  const fields = await req.json()
  await db.submission.create({ data: { formId, fields } })
  return Response.json({ received: true }, { status: 202 })
}
