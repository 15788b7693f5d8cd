import { helperModules } from '@/components/Panel'

// ok: CLK101
export default function Dashboard() {
  return <div>{helperModules.length}</div>
}
