'use client'
// ok: CLK101
import { memberCard, memberRecord } from '@/app/actions/cards'

export function Cards({ handle }: { handle: string }) {
  return (
    <div>
      <button onClick={() => memberCard(handle)}>card</button>
      <button onClick={() => memberRecord(handle)}>record</button>
    </div>
  )
}
