import { rootAuthLoader } from '@clerk/react-router/server'
import { Outlet } from 'react-router'
import type { Route } from './+types/root'

// ok: CLK101
export const loader = (args: Route.LoaderArgs) => rootAuthLoader(args)

// The Clerk state is loaded but never handed to a provider.
// ruleid: CLK701
export default function App() {
  return <main><Outlet /></main>
}
