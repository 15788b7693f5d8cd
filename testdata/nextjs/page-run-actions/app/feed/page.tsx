// A public feed that greets a signed-in visitor by name: the shouts it
// lists are the same for everyone.
// ok: CLK101
import { currentUser } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

export default async function Feed() {
  const user = await currentUser()
  const shouts = await prisma.shout.findMany({ orderBy: { at: 'desc' }, take: 30 })
  return (
    <main>
      <h1>Hello {user?.firstName ?? 'there'}</h1>
      <ul>{shouts.map((s) => <li key={s.id}>{s.body}</li>)}</ul>
    </main>
  )
}
