// A Next app without Clerk: nothing to say.
// ok: CLK101
export async function GET() {
  return Response.json([])
}
