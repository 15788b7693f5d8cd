import { isSchedulerKey, queue } from '../../../../lib/jobs'

// A machine route: a project helper compares the bearer key with the
// scheduler's secret, and the handler exits when it does not match.
// ok: CLK101
export async function POST(req: Request) {
  const key = (req.headers.get('authorization') ?? '').replace('Bearer ', '')
  if (!isSchedulerKey(key)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 })
  }
  await queue.run('nightly')
  return Response.json({ queued: true })
}
