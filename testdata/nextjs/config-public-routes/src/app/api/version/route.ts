// Listed in public-routes in .clerklint.yml.
// ok: CLK101
export async function GET() {
  return Response.json({ ok: true })
}
