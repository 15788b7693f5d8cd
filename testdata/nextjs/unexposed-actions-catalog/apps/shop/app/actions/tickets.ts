'use server'
import { store } from '../../lib/store'

// The ticket board's client code calls this one: anyone can call it.
// ruleid: CLK101
export async function closeTicket(ticketId: string) {
  await store.ticket.update({ where: { id: ticketId }, data: { open: false } })
}

// next comes from the pnpm catalog next-line (15.2.4): from 15 on an
// export no client code refers to gets no action id, so nobody can call it.
// ok: CLK101
export async function wipeTickets(board: string) {
  await store.ticket.deleteMany({ where: { board } })
}
