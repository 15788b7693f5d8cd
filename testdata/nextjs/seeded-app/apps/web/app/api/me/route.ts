import { jwtDecode } from 'jwt-decode'
import { db } from '@/lib/db'

// ruleid: CLK101
export async function GET(req: Request) {
  const token = req.headers.get('authorization')?.replace('Bearer ', '') ?? ''
  // ruleid: CLK104
  const claims = jwtDecode<{ sub: string }>(token)
  const user = await db.user.findUnique({ where: { clerkId: claims.sub } })
  return Response.json(user)
}
