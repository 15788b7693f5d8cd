import { getAuth } from '@clerk/remix/ssr.server'
import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'

// A pathless layout: its loader runs before the page loads below it.
// ok: CLK101, CLK102
export const loader = async (args: LoaderFunctionArgs) => {
  const { userId } = await getAuth(args)
  if (!userId) return redirect('/sign-in')
  return null
}

export default function AppLayout() {
  return <Outlet />
}
