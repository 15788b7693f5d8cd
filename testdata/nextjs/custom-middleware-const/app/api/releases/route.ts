import { prisma } from '@/lib/prisma'

// Release notes: named in the app's own public list and read-only.
// ok: CLK101
export async function GET() {
  return Response.json(await prisma.release.findMany({ orderBy: { date: 'desc' } }))
}
