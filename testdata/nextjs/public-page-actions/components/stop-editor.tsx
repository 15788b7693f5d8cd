'use client'
// ok: CLK101
import { listStops } from '@/app/actions/stops'

export function StopEditor({ tripId }: { tripId: string }) {
  return <button onClick={() => listStops(tripId)}>Reload</button>
}
