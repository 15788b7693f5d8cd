import { SignedIn, SignedOut, UserButton } from '@clerk/react-router'

// ok: CLK101
export function loader() {
  return { title: 'Invoices' }
}

export default function Home() {
  return (
    <>
      <SignedOut>Sign in to see your invoices</SignedOut>
      <SignedIn><UserButton /></SignedIn>
    </>
  )
}
