'use client'
// ok: CLK101
import { useState } from 'react'
import { addReview, listReviews, reviewersOf } from '@/app/actions/reviews'
import { listStops } from '@/app/actions/stops'

export function ReviewList({ tripId }: { tripId: string }) {
  const [items, setItems] = useState<unknown[]>([])
  return (
    <div>
      <button onClick={async () => setItems(await listReviews(tripId))}>More</button>
      <button onClick={async () => setItems(await reviewersOf(tripId))}>Who</button>
      <button onClick={async () => setItems(await listStops(tripId))}>Stops</button>
      <form action={async (fd: FormData) => { await addReview(tripId, String(fd.get('text'))) }}>
        <textarea name="text" />
      </form>
      <pre>{items.length}</pre>
    </div>
  )
}
