import { clerkClient, getAuth } from '@clerk/react-router/server'
import { redirect } from 'react-router'
import type { Route } from './+types/profile'

// The quickstart's server-side read: signed-out visitors are sent to sign in.
// ok: CLK101, CLK102
export async function loader(args: Route.LoaderArgs) {
  const { userId } = await getAuth(args)
  if (!userId) return redirect('/sign-in?redirect_url=' + args.request.url)
  const user = await clerkClient(args).users.getUser(userId)
  return { user: JSON.stringify(user) }
}

export default function Profile({ loaderData }: Route.ComponentProps) {
  return <pre>{loaderData.user}</pre>
}
