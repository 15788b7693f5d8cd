import type { GetServerSideProps } from 'next'
import { getAuth, buildClerkProps } from '@clerk/nextjs/server'

// getServerSideProps redirects signed-out visitors before any data loads.
// ok: CLK101
export default function Admin({ count }: { count: number }) {
  return <p>{count} users</p>
}

// ok: CLK101, CLK102
export const getServerSideProps: GetServerSideProps = async (ctx) => {
  const { userId } = getAuth(ctx.req)
  if (!userId) {
    return { redirect: { destination: '/sign-in', permanent: false } }
  }
  return { props: { count: 1, ...buildClerkProps(ctx.req) } }
}
