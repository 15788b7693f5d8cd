// ruleid: CLK103
import { ClerkApp } from '@clerk/remix'
import { Outlet } from '@remix-run/react'

function App() {
  return <Outlet />
}

export default ClerkApp(App)
