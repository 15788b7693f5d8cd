// ok: CLK101
// The app's one import of Clerk, re-exported for the server's stand-ins.
export { clerkMiddleware, requireAuth, getAuth } from '@clerk/express'
