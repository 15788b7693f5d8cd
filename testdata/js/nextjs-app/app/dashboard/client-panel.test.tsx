'use client'
// Tests never ship: not a root of client code.
// ok: CLK004
const secret = process.env.CLERK_SECRET_KEY
export default secret
