// Reached through the @/* alias from a 'use client' module.
export function formatUser(label: string) {
  // ok: CLK004
  return `${label} (${process.env.NEXT_PUBLIC_APP_NAME})`
}
