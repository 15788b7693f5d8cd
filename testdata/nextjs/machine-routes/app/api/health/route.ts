export const dynamic = 'force-dynamic'

// ok: CLK101, CLK102, CLK201, CLK202
export function GET() {
  return Response.json({ status: 'ok', time: Date.now() })
}
