import { useAuth } from '@clerk/clerk-react'
import { listUsers } from './lib/admin'

export function App() {
  const { getToken } = useAuth()
  // ok: CLK004
  const apiUrl = import.meta.env.VITE_API_URL
  return <button onClick={async () => listUsers(apiUrl, await getToken())}>Users</button>
}
