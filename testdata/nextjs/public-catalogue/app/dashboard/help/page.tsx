// Under /dashboard, but the app's own public list names this page.
// ok: CLK101
export default function HelpPage() {
  return <article>Ask us anything at help@example.com.</article>
}
