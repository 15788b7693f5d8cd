import { useAuth } from '@clerk/nextjs'

// No getServerSideProps: Next serves this page to anyone; useAuth() only
// decides in the browser what is shown.
// ruleid: CLK101
export default function Dashboard() {
  const { isSignedIn } = useAuth()
  if (!isSignedIn) return null
  return <main>dashboard</main>
}
