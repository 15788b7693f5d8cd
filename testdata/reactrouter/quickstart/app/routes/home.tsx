import type { Route } from './+types/home'

// ok: CLK101
export function meta({}: Route.MetaArgs) {
  return [{ title: 'Clerk + React Router' }]
}

export default function Home() {
  return <p>Welcome</p>
}
