// ok: CLK101
export function isPrivatePath(p: string): boolean {
  return p.startsWith('/api/') && !p.startsWith('/api/public')
}
