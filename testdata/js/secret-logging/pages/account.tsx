export async function getServerSideProps() {
  const secretKey = process.env.CLERK_SECRET_KEY
  const res = await fetch('https://api.clerk.com/v1/users?limit=1', { headers: { Authorization: `Bearer ${secretKey}` } })
  const users = await res.json()
  // ruleid: CLK008
  return { props: { users, secretKey } }
}

export default function Account({ users }: { users: unknown[] }) {
  return <pre>{JSON.stringify(users)}</pre>
}
