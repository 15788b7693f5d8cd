import { redirect } from 'react-router'
import { clerkClient, getAuth } from '@clerk/react-router/server'
import type { Route } from './+types/profile'

export async function loader(args: Route.LoaderArgs) {
  const { userId } = await getAuth(args)
  if (!userId) {
    return redirect('/sign-in?redirect_url=' + args.request.url)
  }
  const user = await clerkClient(args).users.getUser(userId)
  return { user: JSON.stringify(user) }
}

export default function Profile({ loaderData }: Route.ComponentProps) {
  return <pre>{JSON.parse(loaderData.user).firstName}</pre>
}
