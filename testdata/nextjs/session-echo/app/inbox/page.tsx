'use server'
// The same shape loading the user's messages by an id that is null signed
// out.
import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

export default async function Inbox() {
  // ruleid: CLK102
  const { userId } = await auth()
  const messages = await prisma.message.findMany({ where: { recipientId: userId } })
  return <ul>{messages.map((m) => <li key={m.id}>{m.text}</li>)}</ul>
}
