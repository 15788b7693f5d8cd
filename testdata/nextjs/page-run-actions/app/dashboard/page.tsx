// ok: CLK101
import Stats from '@/components/Stats'

export default async function Dashboard() {
  return <Stats />
}
