import { createHash, timingSafeEqual } from 'node:crypto'

const sha = (s: string) => createHash('sha256').update(s).digest()

// Whether the request carries the scheduler's bearer secret: both sides
// hashed to equal lengths, then compared in constant time.
export async function fromScheduler(req: Request) {
  const sent = req.headers.get('authorization') ?? ''
  const wanted = `Bearer ${process.env.SCHEDULER_SECRET ?? ''}`
  const left = sha(sent)
  const right = sha(wanted)
  return timingSafeEqual(left, right)
}

// Hashes the header against a word written in the code: anyone who reads
// the source (or guesses) gets in.
export function fromKnownCaller(req: Request) {
  const sent = createHash('sha256').update(req.headers.get('x-caller') ?? '').digest('hex')
  const wanted = createHash('sha256').update('scheduler').digest('hex')
  return sent === wanted
}
