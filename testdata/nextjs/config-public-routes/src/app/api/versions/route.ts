// A near-miss: /api/versions is not /api/version.
// ruleid: CLK101
export async function GET() {
  return Response.json({ users: 42 })
}
