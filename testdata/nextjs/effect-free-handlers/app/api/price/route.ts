import { formatPrice } from '@/lib/format'

// Pure computation, through a project helper that is followed.
// ok: CLK101
export async function GET(req: Request) {
  const cents = Number(new URL(req.url).searchParams.get('cents') ?? 0)
  return Response.json({ label: formatPrice(cents) })
}
