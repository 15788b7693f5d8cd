import { auth, clerkClient } from '@clerk/nextjs/server'

// ok: CLK101, CLK102
export default async function UsersPage() {
  await auth.protect({ role: 'org:admin' })
  const client = await clerkClient()
  const { data: users } = await client.users.getUserList({ limit: 50 })
  return (
    <ul>
      {users.map((u) => (
        <li key={u.id}>{u.primaryEmailAddress?.emailAddress}</li>
      ))}
    </ul>
  )
}
