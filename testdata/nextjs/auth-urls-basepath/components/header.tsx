'use client'
import { SignInButton } from '@clerk/nextjs'

// ok: CLK402
export function Header() {
  return <header><SignInButton mode="modal" /></header>
}
