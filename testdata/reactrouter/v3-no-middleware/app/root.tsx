import { ClerkProvider } from '@clerk/react-router'
import { rootAuthLoader } from '@clerk/react-router/server'
import { Outlet } from 'react-router'
import type { Route } from './+types/root'

// @clerk/react-router 3 reads the auth state only from clerkMiddleware(), which the root does not export.
// ruleid: CLK103
export const loader = (args: Route.LoaderArgs) => rootAuthLoader(args)

// ok: CLK701
export default function App({ loaderData }: Route.ComponentProps) {
  return <ClerkProvider loaderData={loaderData}><Outlet /></ClerkProvider>
}
