import { auth, clerkClient } from '@clerk/nextjs/server'

// Deletes whichever user the body names: any signed-in user can.
// ruleid: CLK201
export async function POST(req: Request) {
  await auth.protect()
  const { userId: target } = await req.json()
  const client = await clerkClient()
  await client.users.deleteUser(target)
  return new Response(null, { status: 204 })
}
