'use client'
import { closeTicket } from '../app/actions/tickets'

// ok: CLK101
export function TicketBoard({ id }: { id: string }) {
  return <button onClick={() => closeTicket(id)}>Close</button>
}
