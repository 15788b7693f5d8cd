// Error pages are never judged.
// ok: CLK101
export default function NotFound() {
  return <p>not found</p>
}
