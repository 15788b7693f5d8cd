'use server'
import { backend } from '../../lib/backend'
import { http } from '../../lib/http'

// The backend sees the caller's own session, or none: the action lends
// the caller nothing.
// ok: CLK101
export async function deleteFile(id: string) {
  const { error } = await backend.DELETE('/files/{id}', { params: { path: { id } } })
  if (error) throw new Error('delete failed')
}

// ok: CLK101
export async function listFiles() {
  const { data } = await backend.GET('/me/files')
  return data
}

// ok: CLK101
export async function renameFile(id: string, name: string) {
  const res = await http.patch(`/files/${id}`, { name })
  return res.data
}
