'use client'

// Client code that shows events is not a receiver.
export function EventLog({ events }: { events: { type: string; data: { id: string } }[] }) {
  // ok: CLK301, CLK303
  return <ul>{events.filter((e) => e.type === 'user.created').map((e) => <li key={e.data.id}>{e.data.id}</li>)}</ul>
}
