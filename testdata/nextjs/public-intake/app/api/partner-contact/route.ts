import { transporter, replyOptions } from '../../../lib/mailer'

function reply(body: { email: string; text: string }) {
  return { to: body.email, text: body.text }
}

// The spread options name no recipient; the helper's result sets it to
// the address the visitor typed.
// ruleid: CLK101
export async function POST(req: Request) {
  const body = await req.json()
  await transporter.sendMail({ ...replyOptions, ...reply(body), subject: 'Thanks' })
  return Response.json({ ok: true })
}
