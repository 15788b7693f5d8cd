// ok: CLK101
import { auth } from '@clerk/nextjs/server'
import { StopEditor } from '@/components/stop-editor'

export default async function Planner() {
  const { userId } = await auth.protect()
  return <StopEditor tripId={userId} />
}
