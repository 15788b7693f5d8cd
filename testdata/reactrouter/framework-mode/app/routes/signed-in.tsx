import { getAuth } from '@clerk/react-router/server'
import { Outlet, redirect } from 'react-router'
import type { Route } from './+types/signed-in'

// ok: CLK101, CLK102
export async function loader(args: Route.LoaderArgs) {
  const { userId } = await getAuth(args)
  if (!userId) throw redirect('/sign-in')
  return null
}

export default function SignedInLayout() {
  return <Outlet />
}
