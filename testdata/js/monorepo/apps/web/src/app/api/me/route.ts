// ok: CLK004
import { verifySession } from '@acme/auth/server'

export async function GET(req: Request) {
  return Response.json(await verifySession(req))
}
