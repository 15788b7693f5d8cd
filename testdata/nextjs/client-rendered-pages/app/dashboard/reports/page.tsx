import { ReportsClient } from '../../../components/ReportsClient'
import { Frame } from '../../../components/Frame'

// A server page in name only: synchronous, it renders a client component
// inside fixed markup and loads nothing for the request.
// ok: CLK101
export default function Reports() {
  return (
    <Frame title="Reports">
      <ReportsClient />
    </Frame>
  )
}
