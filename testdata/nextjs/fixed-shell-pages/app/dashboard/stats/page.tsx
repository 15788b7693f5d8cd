import { Panel } from '../../../components/ui/panel'

// The panel's element can be a server component that loads every
// account's usage for signed-out visitors too.
// ruleid: CLK101
export default function Stats() {
  return <Panel live />
}
