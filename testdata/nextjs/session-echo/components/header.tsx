// ok: CLK102
export function Header({ name }: { name: string }) {
  return <h1>Hello {name}</h1>
}
