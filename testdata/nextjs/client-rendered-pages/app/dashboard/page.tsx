'use client'
import { useEffect, useState } from 'react'
import { useAuth, RedirectToSignIn } from '@clerk/nextjs'

// A client page gated in the browser: the server sends every visitor the
// same shell, and the projects come from /api/projects, which checks the
// session itself.
// ok: CLK101
export default function Dashboard() {
  const { isLoaded, isSignedIn } = useAuth()
  const [projects, setProjects] = useState<{ ownerId: string }[]>([])
  useEffect(() => {
    if (isSignedIn) fetch('/api/projects').then((r) => r.json()).then(setProjects)
  }, [isSignedIn])
  if (isLoaded && !isSignedIn) return <RedirectToSignIn />
  return <ul>{projects.map((p, i) => <li key={i}>{p.ownerId}</li>)}</ul>
}
