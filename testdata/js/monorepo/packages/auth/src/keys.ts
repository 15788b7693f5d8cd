// Re-exported by the package index, which a 'use client' module of apps/web imports.
// ruleid: CLK004
export const keyInfo = process.env.CLERK_SECRET_KEY?.slice(0, 8)
