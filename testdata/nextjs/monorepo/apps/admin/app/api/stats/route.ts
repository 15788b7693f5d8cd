// Covered by the admin app's middleware (not the web app's).
// ok: CLK101
export async function GET() {
  return Response.json({ users: 42 })
}
