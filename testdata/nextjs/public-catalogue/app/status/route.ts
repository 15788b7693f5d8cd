// The status endpoint an uptime monitor polls.
// ok: CLK101
export function GET() {
  return Response.json({ status: 'ok', time: new Date().toISOString() })
}
