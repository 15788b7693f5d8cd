import { store } from '../../lib/data'

// A server layout of the private /admin section that loads every user's
// email for each request and requires no session.
// ok: CLK101
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const users = await store.users.list()
  return (
    <section>
      <aside>{users.map((u) => u.email).join(', ')}</aside>
      {children}
    </section>
  )
}
