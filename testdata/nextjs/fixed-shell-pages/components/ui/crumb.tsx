import * as React from 'react'
import * as SlotPrimitive from '@radix-ui/react-slot'

// The same choice through a namespace member (Slot.Root in newer shadcn/ui).
// ok: CLK101
export function CrumbLink({ asChild, ...props }: React.ComponentProps<'a'> & { asChild?: boolean }) {
  const Comp = asChild ? SlotPrimitive.Slot : 'a'
  return <Comp data-slot="crumb-link" {...props} />
}
