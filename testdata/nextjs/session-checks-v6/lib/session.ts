import { auth } from '@clerk/nextjs/server'

// Returning the promise to an awaiting caller is fine.
// ok: CLK102
export const session = () => auth()
