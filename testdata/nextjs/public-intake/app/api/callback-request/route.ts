import { transporter, inboxOptions } from '../../../lib/mailer'

// The app's options come first, then the request's body: a `to` in the
// body replaces the inbox, so anyone can send through the studio's account.
// ruleid: CLK101
export async function POST(req: Request) {
  const message = await req.json()
  await transporter.sendMail({ ...inboxOptions, ...message })
  return Response.json({ ok: true })
}
