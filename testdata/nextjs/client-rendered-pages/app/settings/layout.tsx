// A synchronous server layout: it loads nothing of its own.
// ok: CLK101
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return <main className="settings">{children}</main>
}
