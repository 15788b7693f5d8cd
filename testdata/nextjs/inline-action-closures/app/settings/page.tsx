import { currentUser } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

export default async function SettingsPage() {
  const user = await currentUser()
  if (!user) return null

  // ok: CLK101
  const renameAccount = async (name: string) => {
    'use server'
    const clerkId = user.id
    await prisma.account.update({ where: { clerkId }, data: { name } })
  }

  return <button onClick={() => renameAccount('new name')}>Rename</button>
}
