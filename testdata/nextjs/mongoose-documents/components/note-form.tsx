'use client'
// The client imports the action module, so its exports are server actions.
// ok: CLK101
import { addLabel, addNote, draftNote, ownNote } from '../app/notes/actions'

export function NoteForm() {
  return <button onClick={() => { addNote({ title: 't', body: 'b' }); draftNote('t'); ownNote('t'); addLabel('l') }}>save</button>
}
