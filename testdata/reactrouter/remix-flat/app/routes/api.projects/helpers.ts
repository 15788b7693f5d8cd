// A folder route's other modules are not routes.
// ok: CLK101
export async function loader() {
  return null
}
