import { deleteEverything } from '../store.server'

// An object entry of routes.ts is a route like route().
// ruleid: CLK101
export async function action() {
  await deleteEverything()
  return null
}

export default function Legacy() {
  return null
}
