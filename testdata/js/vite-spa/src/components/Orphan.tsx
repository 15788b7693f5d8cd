// Not imported by the entry yet, but under src/ of a single-page app.
export function Orphan() {
  // ruleid: CLK004
  return <pre>{process.env.CLERK_SECRET_KEY}</pre>
}
