// /settings/profile: protected by src/app/settings/layout.tsx.
// ok: CLK101
export default function Profile() {
  return <p>profile</p>
}
