type Ctx = { body: unknown; status: number }

export async function debugConfig(ctx: Ctx) {
  // ruleid: CLK008
  ctx.body = { clerkSecretKey: process.env.CLERK_SECRET_KEY }
}

export async function health(ctx: Ctx) {
  // ok: CLK008
  ctx.body = { clerk: process.env.CLERK_SECRET_KEY ? 'configured' : 'missing' }
}
