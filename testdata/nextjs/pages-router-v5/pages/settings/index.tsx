import type { GetServerSideProps } from 'next'
import { getAuth } from '@clerk/nextjs/server'

// getServerSideProps reads the session but loads the settings either way.
// ruleid: CLK101
export default function Settings({ theme }: { theme: string }) {
  return <p>{theme}</p>
}

// ok: CLK101, CLK102
export const getServerSideProps: GetServerSideProps = async (ctx) => {
  const { userId } = getAuth(ctx.req)
  return { props: { theme: userId ? 'dark' : 'light' } }
}
