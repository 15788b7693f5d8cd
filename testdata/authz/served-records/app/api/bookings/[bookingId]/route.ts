import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

type Ctx = { params: Promise<{ bookingId: string }> }

export async function GET(req: Request, { params }: Ctx) {
  const { userId } = await auth.protect()
  const { bookingId } = await params
  const venueId = new URL(req.url).searchParams.get('venue') ?? ''
  // ok: CLK203 (venues are served to anyone by GET /api/venues/[venueId])
  const venue = await prisma.venue.findUnique({ where: { id: venueId } })
  // ruleid: CLK203
  const booking = await prisma.booking.findUnique({ where: { id: bookingId } })
  return Response.json({ venue, booking, viewer: userId })
}
