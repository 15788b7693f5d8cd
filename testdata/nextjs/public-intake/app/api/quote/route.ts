import { Resend } from 'resend'

const resend = new Resend(process.env.RESEND_API_KEY)

// The recipients are a list of the studio's own addresses.
// ok: CLK101
export async function POST(req: Request) {
  const { email, message } = await req.json()
  await resend.emails.send({
    from: 'site@studio.example',
    to: ['sales@studio.example', process.env.SALES_INBOX!],
    replyTo: email,
    subject: 'Quote request',
    text: message,
  })
  return Response.json({ ok: true })
}
