import { prisma } from '@/lib/db'

// The invitee has no account: the app lists this route, and only this one,
// as public. Its GET and POST are both what the entry opened.
// ok: CLK101
export async function GET(req: Request) {
  const code = new URL(req.url).searchParams.get('code') ?? ''
  const invite = await prisma.invite.findUnique({ where: { code } })
  return Response.json({ valid: !!invite && !invite.used })
}

// ok: CLK101
export async function POST(req: Request) {
  const { code, answer } = await req.json()
  const invite = await prisma.invite.findUnique({ where: { code } })
  if (!invite || invite.used) return Response.json({ error: 'invalid' }, { status: 400 })
  await prisma.answer.create({ data: { inviteId: invite.id, answer } })
  return Response.json({ ok: true })
}
