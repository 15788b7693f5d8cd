// ok: CLK008
export const env = { CLERK_SECRET_KEY: process.env.CLERK_SECRET_KEY ?? '' }
