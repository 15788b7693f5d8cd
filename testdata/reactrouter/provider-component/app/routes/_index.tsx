import { useUser } from '@clerk/react-router'

// ok: CLK701
export default function Home() {
  const { user } = useUser()
  return <p>Hello {user?.firstName ?? 'guest'}</p>
}
