import { nightly } from '../../../../lib/sync'

// ok: CLK101
export async function GET(req: Request) {
  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response('unauthorized', { status: 401 })
  }
  await nightly()
  return new Response('ok')
}
