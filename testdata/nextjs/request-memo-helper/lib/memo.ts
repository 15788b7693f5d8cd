// ok: CLK101
export function cache<T>(fn: () => Promise<T>) {
  let v: Promise<T> | undefined
  return () => (v ??= fn())
}
