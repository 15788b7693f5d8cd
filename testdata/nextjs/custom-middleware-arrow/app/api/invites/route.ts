import { clerkClient } from '@clerk/nextjs/server'

// Only /admin is protected: anyone can send invitations through Clerk.
// ruleid: CLK101
export async function POST(req: Request) {
  const { email } = await req.json()
  const client = await clerkClient()
  return Response.json(await client.invitations.createInvitation({ emailAddress: email }))
}
