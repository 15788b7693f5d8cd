// No directive, but imported by a 'use client' module: bundled for the browser.
// ruleid: CLK004
import { createClerkClient } from '@clerk/backend'
export * from './webhook'

// ruleid: CLK004
export const adminKey = process.env.CLERK_SECRET_KEY ?? ''
// ok: CLK004
export const appUrl = process.env.NEXT_PUBLIC_APP_URL
export const admin = () => createClerkClient({ secretKey: adminKey })
