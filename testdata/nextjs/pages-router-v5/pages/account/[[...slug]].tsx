import type { GetServerSideProps } from 'next'
import { getAuth } from '@clerk/nextjs/server'

// Optional catch-all under /account, protected by getServerSideProps.
// ok: CLK101
export default function Account() {
  return <p>account</p>
}

// ok: CLK101, CLK102
export async function getServerSideProps(ctx: Parameters<GetServerSideProps>[0]) {
  const { userId } = getAuth(ctx.req)
  if (!userId) return { notFound: true }
  return { props: {} }
}
