import { auth } from '@clerk/nextjs/server'
import { store } from '../../lib/data'

// The section's layout loads data and requires a session first.
// ok: CLK101
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const { userId } = await auth.protect()
  const projects = await store.projects.forOwner(userId)
  return <section data-count={projects.length}>{children}</section>
}
