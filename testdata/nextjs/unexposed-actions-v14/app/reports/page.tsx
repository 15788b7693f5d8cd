import { archiveReports } from '../../lib/reports'

// ok: CLK101
export default function ReportsPage() {
  return (
    <form action={archiveReports.bind(null, 'core')}>
      <button type="submit">Archive</button>
    </form>
  )
}
