// Listed as public in the proxy's allowlist, but not in public-routes: say so.
// ruleid: CLK101
export async function GET() {
  return Response.json({ items: [] })
}
