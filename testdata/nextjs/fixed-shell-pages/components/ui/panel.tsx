import * as React from 'react'
import { Usage } from '../Usage'

// A panel whose element may be a server component that loads data.
// ok: CLK101
export function Panel({ live, ...props }: React.ComponentProps<'section'> & { live?: boolean }) {
  const Comp = live ? Usage : 'section'
  return <Comp {...props} />
}
