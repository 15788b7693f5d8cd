// A public health probe (public-routes).
// ok: CLK101
export function GET() {
  return Response.json({ ok: true })
}
