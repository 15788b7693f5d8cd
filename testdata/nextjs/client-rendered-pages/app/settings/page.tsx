'use client'
import { SignedIn } from '@clerk/nextjs'

// ok: CLK101
export default function Settings() {
  return <SignedIn><form>theme</form></SignedIn>
}
