import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

// A component's own parameter named like the session value shadows it: the
// action reads the caller's argument, not the render's session.
export default async function Rename() {
  const { userId } = await auth()
  if (!userId) return null

  // ruleid: CLK101
  async function rename(userId: string, name: string) {
    'use server'
    await prisma.account.update({ where: { clerkId: userId }, data: { name } })
  }

  return <form action={rename.bind(null, 'someone', 'x')} />
}
