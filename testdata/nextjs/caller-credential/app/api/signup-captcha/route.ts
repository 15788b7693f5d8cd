import axios from 'axios'
import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

// A captcha says a human sent it, not who: the invite it writes is
// anyone's to create.
// ruleid: CLK101
export async function POST(req: Request) {
  const { token, email } = await req.json()
  const { data } = await axios.post('https://challenges.cloudflare.com/turnstile/v0/siteverify', { secret: process.env.TURNSTILE_SECRET_KEY, response: token })
  if (!data.success) return Response.json({ error: 'captcha' }, { status: 400 })
  await prisma.invite.create({ data: { email } })
  return Response.json({ ok: true })
}
