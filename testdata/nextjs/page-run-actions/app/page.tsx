// The public home page loads its photos through server actions and renders
// a server component from a 'use server' module.
// ok: CLK101
import { listPhotos, photographerOf } from '@/app/actions/photos'
import Featured from '@/components/Featured'

export default async function Home({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const { q = '', page = '1' } = await searchParams
  const photos = await listPhotos({ q, page: Number(page) })
  const by = photos[0] ? await photographerOf(photos[0].ownerId) : null
  return (
    <main>
      <Featured />
      <ul>{photos.map((p) => <li key={p.id}>{p.title}</li>)}</ul>
      <p>{by?.name}</p>
    </main>
  )
}
