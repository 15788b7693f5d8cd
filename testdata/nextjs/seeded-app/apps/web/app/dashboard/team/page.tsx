import { auth, clerkClient } from '@clerk/nextjs/server'

// ok: CLK101
export default async function TeamPage() {
  const { has } = await auth.protect()
  const isAdmin = has({ role: 'org:admin' })

  // Rendered for admins only, but any signed-in user can post to it.
  // ruleid: CLK201
  async function removeMember(formData: FormData) {
    'use server'
    await auth.protect()
    const client = await clerkClient()
    await client.users.deleteUser(formData.get('userId') as string)
  }

  // ok: CLK101, CLK201
  async function banMember(formData: FormData) {
    'use server'
    await auth.protect({ role: 'org:admin' })
    const client = await clerkClient()
    await client.users.banUser(formData.get('userId') as string)
  }

  return isAdmin ? (
    <>
      <form action={removeMember}><input name="userId" /></form>
      <form action={banMember}><input name="userId" /></form>
    </>
  ) : null
}
