import { Resend } from 'resend'
import { db } from '@/lib/db'

const resend = new Resend(process.env.RESEND_API_KEY)

// An intake URL, but the mail goes wherever the visitor says: the app's
// mail account sends to any address anyone posts.
// ruleid: CLK101
export async function POST(req: Request) {
  const { email, note } = await req.json()
  await db.waitlistEntry.create({ data: { email } })
  await resend.emails.send({ from: 'hello@studio.example', to: email, subject: 'You are on the list', text: note })
  return Response.json({ ok: true })
}
