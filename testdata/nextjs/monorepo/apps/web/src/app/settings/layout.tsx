import { requireUserId } from '@acme/auth'

// The workspace helper throws without a session: every settings page is protected.
// ok: CLK101
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  await requireUserId()
  return <section>{children}</section>
}
