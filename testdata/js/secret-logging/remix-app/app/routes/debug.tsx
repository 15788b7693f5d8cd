import { useLoaderData } from '@remix-run/react'

export async function loader() {
  const secretKey = process.env.CLERK_SECRET_KEY
  // ruleid: CLK008
  return { secretKey, region: process.env.FLY_REGION }
}

export default function Debug() {
  const data = useLoaderData<typeof loader>()
  return <pre>{JSON.stringify(data)}</pre>
}
