import { db } from '@/lib/db'
import { requireCanEditReport } from '@/lib/roles'

// ok: CLK201
export async function PUT(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await requireCanEditReport(id)
  return Response.json(await db.reports.create())
}
