// ok: CLK103
import { clerkMiddleware } from '@clerk/nextjs/server'

export default clerkMiddleware()
