'use client'
import { useUser } from '@clerk/nextjs'

// The page is client code, but the server layout above it renders the user
// list into the response for signed-out visitors too.
// ruleid: CLK101
export default function Admin() {
  const { user } = useUser()
  return <h1>Hello {user?.firstName}</h1>
}
