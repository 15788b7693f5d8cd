import type { LoaderFunction } from '@remix-run/node'
import { rootAuthLoader } from '@clerk/remix/ssr.server'
import { Outlet } from '@remix-run/react'

// ok: CLK101
export const loader: LoaderFunction = (args) => rootAuthLoader(args)

// Remix needs export default ClerkApp(App).
// ruleid: CLK701
export default function App() {
  return <Outlet />
}
