'use server'

import { prisma } from '@/lib/db'

// Formats what it is given with closures of its own: they are part of its
// body, and nothing in it touches data or leaves the server.
// ok: CLK101
export async function formatLabel(kind: string, size: string) {
  const normalise = async (s: string) => s.trim().toLowerCase()
  function title(s: string) {
    return s.charAt(0).toUpperCase() + s.slice(1)
  }
  const k = await normalise(kind)
  return `${title(k)} (${(await normalise(size)).toUpperCase()})`
}

// A closure that writes is the action writing.
// ruleid: CLK101
export async function saveLabel(kind: string) {
  const persist = async (k: string) => prisma.label.create({ data: { kind: k } })
  return persist(kind.trim())
}
