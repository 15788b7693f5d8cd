import { deleteEverything } from '../store.server'

// Declared by a project function routes.ts calls: not in the route table,
// so not judged.
// ok: CLK101
export async function action() {
  await deleteEverything()
  return null
}
