import { auth } from '@clerk/nextjs/server'

// A layout that requires a session protects every page below it.
// ok: CLK101
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  await auth.protect()
  return <section>{children}</section>
}
