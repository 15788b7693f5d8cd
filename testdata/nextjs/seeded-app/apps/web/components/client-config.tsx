'use client'

export function ClientConfig() {
  // ruleid: CLK004
  const key = process.env.CLERK_SECRET_KEY
  return <pre>{key ? 'configured' : 'missing'}</pre>
}
