import { clerkClient } from '@clerk/nextjs/server'
import { removeRole, setRole } from './_actions'

// No check of its own: middleware.ts redirects anyone whose session claims
// do not say admin (signed-out visitors have no claims), as Clerk's basic RBAC
// guide does.
// ok: CLK101, CLK102
export default async function AdminDashboard(params: { searchParams: Promise<{ search?: string }> }) {
  const query = (await params.searchParams).search
  const client = await clerkClient()
  const users = query ? (await client.users.getUserList({ query })).data : []

  return (
    <>
      <form>
        <input id="search" name="search" type="text" />
        <button type="submit">Submit</button>
      </form>
      {users.map((user) => (
        <div key={user.id}>
          <div>{user.firstName} {user.lastName}</div>
          <div>{user.publicMetadata.role as string}</div>
          <form action={setRole}>
            <input type="hidden" value={user.id} name="id" />
            <input type="hidden" value="admin" name="role" />
            <button type="submit">Make Admin</button>
          </form>
          <form action={removeRole}>
            <input type="hidden" value={user.id} name="id" />
            <button type="submit">Remove Role</button>
          </form>
        </div>
      ))}
    </>
  )
}
