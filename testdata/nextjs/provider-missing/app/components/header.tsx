'use client'
// ok: CLK701
import { UserButton, Show } from '@clerk/nextjs'

export function Header() {
  return (
    <Show when="signed-in">
      <UserButton />
    </Show>
  )
}
