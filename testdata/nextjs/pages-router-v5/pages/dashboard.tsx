import { useAuth } from '@clerk/nextjs'

// No getServerSideProps: Next serves the same static HTML to everyone and
// useAuth() decides in the browser what is shown. Nothing on the server
// answers with data, so there is nothing here to protect: the APIs the page
// calls are judged on their own.
// ok: CLK101
export default function Dashboard() {
  const { isSignedIn } = useAuth()
  if (!isSignedIn) return null
  return <main>dashboard</main>
}
