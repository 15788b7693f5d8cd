'use client'
// ok: CLK101
import { MemoryCache } from 'cache-kit'
import { makeCall } from 'call-kit'

// A browser-side cache: server code that imports this gets a client
// reference, which throws when called there.
export function makeStore() {
  const store = new MemoryCache({ onEvict: (key: string) => console.warn(key) })
  makeCall(store)
  return store
}
