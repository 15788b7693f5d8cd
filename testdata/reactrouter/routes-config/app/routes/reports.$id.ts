import { deleteEverything } from '../store.server'

// A flat route that flatRoutes() adds: DELETE /reports/:id.
// ruleid: CLK101
export async function action() {
  await deleteEverything()
  return new Response(null, { status: 204 })
}
