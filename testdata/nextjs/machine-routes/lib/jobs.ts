import { timingSafeEqual } from 'crypto'

// The scheduler's key, compared in constant time.
export function isSchedulerKey(key: string) {
  const expected = process.env.SCHEDULER_SECRET
  if (!expected) return false
  try {
    return timingSafeEqual(Buffer.from(key), Buffer.from(expected))
  } catch {
    return false
  }
}

// Looks like a check, but any non-empty key passes.
export function hasSchedulerKey(key: string) {
  if (!process.env.SCHEDULER_SECRET) return false
  return key.length > 0
}

export const queue = {
  async run(job: string) {
    await fetch(`${process.env.WORKER_URL}/run/${job}`, { method: 'POST', headers: { authorization: `Bearer ${process.env.WORKER_TOKEN}` } })
  },
}
