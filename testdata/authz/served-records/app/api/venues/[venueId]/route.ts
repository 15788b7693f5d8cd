import { prisma } from '@/lib/db'

// Any venue, by id, for anyone.
export async function GET(_req: Request, { params }: { params: Promise<{ venueId: string }> }) {
  const { venueId } = await params
  const venue = await prisma.venue.findUnique({ where: { id: venueId } })
  return Response.json(venue)
}
