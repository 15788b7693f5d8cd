// Named in the proxy's own allowlist ('/api/public(.*)') and effect-free: public by design.
// ok: CLK101
export async function GET() {
  return Response.json({ items: [] })
}
