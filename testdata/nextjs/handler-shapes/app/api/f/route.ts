import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function GET() {
  const { userId, getToken } = await auth()
  if (!userId) return new Response('Unauthorized', { status: 401 })
  const token = await getToken({ template: 'supabase' })
  const res = await fetch('https://db.example.com/rest/v1/todos', {
    headers: { Authorization: `Bearer ${token}` },
  })
  return Response.json(await res.json())
}
