// Which roles may open which sections.
// ok: CLK101
export const routeAccessMap: Record<string, string[]> = {
  '/admin(.*)': ['admin'],
  '/teacher(.*)': ['teacher'],
  '/list/teachers': ['admin', 'teacher'],
}
