import { auth } from '@clerk/nextjs/server'

// ok: CLK701
export default async function ProtectedLayout({ children }: { children: React.ReactNode }) {
  await auth.protect()
  return <section>{children}</section>
}
