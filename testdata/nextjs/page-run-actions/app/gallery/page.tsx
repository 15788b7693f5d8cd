// A public page that hands a server action the caller's id: the action
// itself takes any id, so the page running it proves nothing.
// ok: CLK101
import { auth } from '@clerk/nextjs/server'
import { savedAlbums } from '@/app/actions/albums'

export default async function Gallery() {
  const { userId } = await auth()
  const albums = userId ? await savedAlbums(userId) : []
  return <ul>{albums.map((a) => <li key={a.id}>{a.name}</li>)}</ul>
}
