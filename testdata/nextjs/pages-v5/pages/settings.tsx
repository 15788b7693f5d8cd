import { getAuth, buildClerkProps } from '@clerk/nextjs/server'
import type { GetServerSideProps } from 'next'

// ok: CLK101, CLK102
export const getServerSideProps: GetServerSideProps = async (ctx) => {
  const { userId } = getAuth(ctx.req)
  if (!userId) {
    return { redirect: { destination: '/sign-in', permanent: false } }
  }
  return { props: { ...buildClerkProps(ctx.req) } }
}

// ok: CLK101, CLK102
export default function Settings() {
  return <h1>Settings</h1>
}
