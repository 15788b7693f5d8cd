import { auth } from '@clerk/nextjs/server'
import { revalidatePath } from 'next/cache'

// ok: CLK101, CLK102
export default async function NotesPage() {
  await auth.protect()

  async function addNote(formData: FormData) {
    'use server'
    const { userId } = await auth.protect()
    console.log('note by', userId, formData.get('body'))
    revalidatePath('/notes')
  }

  return (
    <form action={addNote}>
      <input name="body" />
    </form>
  )
}
