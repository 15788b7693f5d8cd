import { clerkMiddleware, rootAuthLoader } from '@clerk/react-router/server'
import { Outlet } from 'react-router'
import type { Route } from './+types/root'
import { Providers } from './components/providers'

export const middleware: Route.MiddlewareFunction[] = [clerkMiddleware()]

// ok: CLK101, CLK103
export const loader = (args: Route.LoaderArgs) => rootAuthLoader(args)

// The provider comes from a component the root imports.
// ok: CLK701
export default function App({ loaderData }: Route.ComponentProps) {
  return <Providers loaderData={loaderData}><Outlet /></Providers>
}
