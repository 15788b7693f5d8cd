import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

export default async function AccountPage() {
  const { userId } = await auth()

  // The page renders only signed in (the middleware protects /account), and
  // the userId this action closes over travels encrypted in the rendered
  // reference: it acts for that user and nobody else.
  // ok: CLK101
  async function saveBio(formData: FormData) {
    'use server'
    await prisma.profile.upsert({
      where: { ownerId: userId! },
      create: { ownerId: userId!, bio: String(formData.get('bio')) },
      update: { bio: String(formData.get('bio')) },
    })
  }

  // Closes over nothing: its id alone is enough to call it, signed in or not.
  // ruleid: CLK101
  async function clearDrafts() {
    'use server'
    await prisma.draft.deleteMany({ where: { stale: true } })
  }

  return (
    <form action={saveBio}>
      <textarea name="bio" />
      <button formAction={clearDrafts}>Clear drafts</button>
    </form>
  )
}
