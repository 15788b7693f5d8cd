// ok: CLK103
import { ClerkApp } from '@clerk/remix'
import { rootAuthLoader } from '@clerk/remix/ssr.server'
import type { LoaderFunction } from '@remix-run/node'
import { Outlet } from '@remix-run/react'

// ok: CLK101
export const loader: LoaderFunction = (args) => rootAuthLoader(args)

function App() {
  return <Outlet />
}

export default ClerkApp(App)
