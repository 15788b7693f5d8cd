import { hasSchedulerKey, queue } from '../../../../lib/jobs'

// The helper reads the secret but never compares the key with it.
// ruleid: CLK101
export async function POST(req: Request) {
  const key = req.headers.get('x-scheduler-key') ?? ''
  if (!hasSchedulerKey(key)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 })
  }
  await queue.run('retry')
  return Response.json({ queued: true })
}
