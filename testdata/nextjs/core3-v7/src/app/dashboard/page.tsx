import { auth } from '@clerk/nextjs/server'
import { notesFor } from '@/lib/notes'
import { addNoteAction } from './actions'

// ok: CLK101, CLK102
export default async function Dashboard() {
  const { userId } = await auth.protect()
  const notes = await notesFor(userId)
  return (
    <main>
      <ul>{notes.map((n) => <li key={n.id}>{n.body}</li>)}</ul>
      <form action={addNoteAction}>
        <input name="body" />
        <button>Add</button>
      </form>
    </main>
  )
}
