'use server'
// A page module marked 'use server' (its default export is then an action
// too) that only renders its signed-in or signed-out header: signed out,
// nothing runs.
import { currentUser } from '@clerk/nextjs/server'
import { Header } from '@/components/header'

export default async function Welcome() {
  // ok: CLK102
  const user = await currentUser()
  return <Header name={user?.firstName ?? 'guest'} />
}
