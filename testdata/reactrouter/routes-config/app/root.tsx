// ok: CLK103
import { ClerkProvider } from '@clerk/react-router'
import { rootAuthLoader } from '@clerk/react-router/server'
import { Outlet } from 'react-router'

// ok: CLK101
export async function loader(args) {
  return rootAuthLoader(args)
}

export default function App({ loaderData }) {
  return <ClerkProvider loaderData={loaderData}><Outlet /></ClerkProvider>
}
