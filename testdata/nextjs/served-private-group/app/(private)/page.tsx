import { prisma } from '@/lib/db'

// The home page of the (private) group: '/' is public by CLK101's default
// public-routes, but the group says it is for signed-in users, so the
// tasks it lists are not rows the app serves to anyone.
// ok: CLK101
export default async function Home() {
  const tasks = await prisma.task.findMany()
  return <ul>{tasks.map((t) => <li key={t.id}>{t.title}</li>)}</ul>
}
