import { prisma } from '@/lib/prisma'

// Runs work in one transaction and hands back what it returned.
export async function inUnitOfWork<T>(work: (tx: unknown) => Promise<T>): Promise<T> {
  let out: T
  await prisma.$transaction(async (tx) => {
    out = await work(tx)
  })
  return out!
}

// Runs the database part in a transaction, then the outside calls with
// its result.
export async function inUnitThen<T, U>(work: (tx: unknown) => Promise<T>, after: (done: T) => Promise<U>) {
  let done: T | undefined
  await prisma.$transaction(async (tx) => {
    done = await work(tx)
  })
  if (!done) throw new Error('no result')
  const followUp = await after(done)
  return { done, followUp }
}

// Calls both, but hands the second a fresh value.
export async function inUnitThenFresh<T, U>(work: (tx: unknown) => Promise<T>, after: (done: unknown) => Promise<U>) {
  await work(null)
  return after(await loadDefaults())
}

async function loadDefaults() {
  return prisma.account.findFirst({})
}
