// /dashboard/team: protected by its template.
// ok: CLK101
export default function Team() {
  return <p>team</p>
}
