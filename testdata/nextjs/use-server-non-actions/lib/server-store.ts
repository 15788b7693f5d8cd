// ok: CLK101
import { MemoryCache } from 'cache-kit'
import { makeCall } from 'call-kit'

// A cache built on the server that loads from a service: what the
// package call does is not known.
export function makeServerStore() {
  const store = new MemoryCache({ onEvict: (key: string) => console.warn(key) })
  makeCall(store)
  return store
}
