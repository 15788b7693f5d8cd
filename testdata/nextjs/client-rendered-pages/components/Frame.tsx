// A synchronous server component: fixed markup around its children.
// ok: CLK101
export function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <h1>{title}</h1>
      {children}
    </section>
  )
}
