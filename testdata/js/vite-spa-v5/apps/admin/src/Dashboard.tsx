import { useAuth } from '@clerk/clerk-react'

export function Dashboard() {
  const { getToken } = useAuth()
  // ok: CLK701
  return <button onClick={async () => fetch('/api/report', { headers: { Authorization: `Bearer ${await getToken()}` } })}>Report</button>
}
