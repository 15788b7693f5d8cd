import { createClerkClient } from '@clerk/backend'

const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY })

export default async function handler(_req: Request) {
  const { totalCount } = await clerk.users.getUserList({ limit: 1 })
  return Response.json({ ok: true, users: totalCount })
}
