import { ClerkProvider } from '@clerk/react-router'
import { rootAuthLoader } from '@clerk/react-router/ssr.server'
import { Outlet } from 'react-router'
import type { Route } from './+types/_auth'

// ok: CLK101
export const loader = (args: Route.LoaderArgs) => rootAuthLoader(args)

export default function AuthLayout({ loaderData }: Route.ComponentProps) {
  return <ClerkProvider loaderData={loaderData}><Outlet /></ClerkProvider>
}
