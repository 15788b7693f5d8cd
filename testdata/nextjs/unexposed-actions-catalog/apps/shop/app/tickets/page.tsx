import { TicketBoard } from '../../components/TicketBoard'

// ok: CLK101
export default function TicketsPage() {
  return <TicketBoard id="t1" />
}
