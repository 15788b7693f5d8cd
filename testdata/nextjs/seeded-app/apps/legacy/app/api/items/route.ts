// The middleware's allowlist exempts every /api route, and this handler does not check either.
// ruleid: CLK101
export async function GET() {
  return Response.json([{ id: 1, secret: true }])
}
