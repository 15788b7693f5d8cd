import { auth } from '@clerk/nextjs/server'

// ok: CLK101, CLK102, CLK201, CLK202
export async function POST() {
  const { isAuthenticated, has } = await auth()
  if (!isAuthenticated) return new Response('Unauthorized', { status: 401 })
  if (!has({ permission: 'org:billing:manage' })) {
    return new Response('Forbidden', { status: 403 })
  }
  return Response.json({ portal: 'https://billing.example.com' })
}
