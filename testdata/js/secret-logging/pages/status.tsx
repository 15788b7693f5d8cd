export const getServerSideProps = async () => {
  const secretKey = process.env.CLERK_SECRET_KEY
  const res = await fetch('https://api.clerk.com/v1/users?limit=1', { headers: { Authorization: `Bearer ${secretKey}` } })
  // ok: CLK008
  return { props: { ok: res.ok, keyConfigured: Boolean(secretKey) } }
}

export default function Status({ ok }: { ok: boolean }) {
  return <p>{ok ? 'up' : 'down'}</p>
}
