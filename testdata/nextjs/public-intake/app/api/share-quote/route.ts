import { Resend } from 'resend'

const resend = new Resend(process.env.RESEND_API_KEY)

// One of the listed recipients is the caller's: a relay for anyone.
// ruleid: CLK101
export async function POST(req: Request) {
  const { friend, message } = await req.json()
  await resend.emails.send({
    from: 'site@studio.example',
    to: ['sales@studio.example', friend],
    subject: 'A quote was shared with you',
    text: message,
  })
  return Response.json({ ok: true })
}
