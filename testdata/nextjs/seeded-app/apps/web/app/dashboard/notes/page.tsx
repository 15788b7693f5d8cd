import { db } from '@/lib/db'

export default function NotesPage() {
  // ruleid: CLK101
  async function saveNote(formData: FormData) {
    'use server'
    await db.note.create({ data: { body: formData.get('body') as string } })
  }
  return (
    <form action={saveNote}>
      <textarea name="body" />
    </form>
  )
}
