'use client'
import { SignedIn } from '@clerk/nextjs'

// A client layout hides its pages in the browser only.
// ok: CLK101
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return <SignedIn>{children}</SignedIn>
}
