export type Note = { id: string; userId: string; body: string }
const notes: Note[] = []
export async function notesFor(userId: string) {
  return notes.filter((n) => n.userId === userId)
}
export async function addNote(userId: string, body: string) {
  const n = { id: crypto.randomUUID(), userId, body }
  notes.push(n)
  return n
}
export async function deleteUserData(userId: string) {
  for (let i = notes.length - 1; i >= 0; i--) if (notes[i].userId === userId) notes.splice(i, 1)
}
