import { Resend } from 'resend'
import { db } from '@/lib/db'

const resend = new Resend(process.env.RESEND_API_KEY)

// The contact form: keeps the message and mails the studio's own inbox.
// ok: CLK101
export async function POST(req: Request) {
  const { name, email, message } = await req.json()
  await db.inquiry.create({ data: { name, email, message } })
  await resend.emails.send({
    from: 'site@studio.example',
    to: process.env.CONTACT_INBOX,
    subject: `New inquiry from ${name}`,
    text: message,
  })
  return Response.json({ ok: true })
}
