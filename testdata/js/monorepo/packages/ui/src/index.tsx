'use client'
export function Button(props: { label: string }) {
  // ruleid: CLK004
  const machine = process.env.CLERK_MACHINE_SECRET_KEY
  return <button data-m={machine}>{props.label}</button>
}
