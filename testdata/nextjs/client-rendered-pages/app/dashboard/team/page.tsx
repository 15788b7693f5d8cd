import { Frame } from '../../../components/Frame'
import { TeamList } from '../../../components/TeamList'

// Synchronous itself, but it renders a server component that loads every
// user's email for signed-out visitors too.
// ruleid: CLK101
export default function Team() {
  return (
    <Frame title="Team">
      <TeamList />
    </Frame>
  )
}
