import * as React from 'react'

// A server-compatible UI component in the shadcn/ui shape: React.forwardRef
// around a function rendering markup.
// ok: CLK101
export const Card = React.forwardRef<HTMLDivElement, React.HTMLAttributes<HTMLDivElement>>(({ className, ...props }, ref) => (
  <div ref={ref} className={['card', className].join(' ')} {...props} />
))
Card.displayName = 'Card'
