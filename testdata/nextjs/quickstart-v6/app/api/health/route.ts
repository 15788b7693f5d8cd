// ok: CLK101, CLK102, CLK201, CLK202
export function GET() {
  return Response.json({ status: 'ok' })
}
