import { getAuth } from '@clerk/nextjs/server'
import type { GetServerSideProps } from 'next'

// ok: CLK101, CLK102
export const getServerSideProps: GetServerSideProps = async ({ req }) => {
  const { sessionClaims } = getAuth(req)
  if (sessionClaims?.metadata?.role !== 'admin') {
    return { notFound: true }
  }
  return { props: {} }
}

// ok: CLK101, CLK102
export default function Admin() {
  return <h1>Admin</h1>
}
