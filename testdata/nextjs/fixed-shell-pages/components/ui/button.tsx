import * as React from 'react'
import { Slot } from '@radix-ui/react-slot'

// A server-compatible button that renders its child in place when asked
// (the shadcn/ui asChild shape): the element is a choice of a package
// component and a host element.
// ok: CLK101
export const Button = React.forwardRef<HTMLButtonElement, React.ButtonHTMLAttributes<HTMLButtonElement> & { asChild?: boolean }>(
  ({ asChild = false, className, ...props }, ref) => {
    const Comp = asChild ? Slot : 'button'
    return <Comp ref={ref} className={['btn', className].join(' ')} {...props} />
  },
)
Button.displayName = 'Button'
