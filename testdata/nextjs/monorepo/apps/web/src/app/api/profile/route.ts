import { requireUserId } from '@acme/auth'

// Protected by the workspace package's helper.
// ok: CLK101
export async function GET() {
  const userId = await requireUserId()
  return Response.json({ userId })
}

// ruleid: CLK101
export async function PATCH(req: Request) {
  return Response.json(await req.json())
}
