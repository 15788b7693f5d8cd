'use client'
import { SignInButton } from '@clerk/nextjs'

// ok: CLK101
export default function Home() {
  return <SignInButton />
}
