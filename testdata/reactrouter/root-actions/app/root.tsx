import { ClerkProvider } from '@clerk/react-router'
import { clerkMiddleware, rootAuthLoader } from '@clerk/react-router/server'
import { Outlet } from 'react-router'
import type { Route } from './+types/root'
import { db } from './lib/db.server'

export const middleware: Route.MiddlewareFunction[] = [clerkMiddleware()]

// ok: CLK101
export const loader = (args: Route.LoaderArgs) => rootAuthLoader(args)

// The root's action answers POSTs to / from anyone; '/' being a public page does not make it public.
// ruleid: CLK101
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  await db.preference.update({ where: { id: String(form.get('id')) }, data: { theme: String(form.get('theme')) } })
  return { ok: true }
}

export default function App({ loaderData }: Route.ComponentProps) {
  return <ClerkProvider loaderData={loaderData}><Outlet /></ClerkProvider>
}
