// t3-env: server and client variables in one validated object.
import { createEnv } from '@t3-oss/env-nextjs'
import { z } from 'zod'

export const env = createEnv({
  server: { CLERK_SECRET_KEY: z.string() },
  client: { NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: z.string() },
  runtimeEnv: {
    // ok: CLK004
    CLERK_SECRET_KEY: process.env.CLERK_SECRET_KEY,
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
  },
})
