import { auth } from '@clerk/nextjs/server'
import { prisma } from '@/lib/db'

export default async function NotesPage() {
  // Nothing checks the session before the page renders, so a signed-out
  // render hands out an action bound to a null user.
  const { userId } = await auth()

  // ruleid: CLK101
  async function addNote(formData: FormData) {
    'use server'
    await prisma.note.create({ data: { authorId: userId, body: String(formData.get('body')) } })
  }

  return (
    <form action={addNote}>
      <input name="body" />
    </form>
  )
}
