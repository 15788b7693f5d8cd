import { Resend } from 'resend'

const resend = new Resend(process.env.RESEND_API_KEY)

// Sends mail for anyone: an outbound effect.
// ruleid: CLK101
export async function POST(req: Request) {
  const { to } = await req.json()
  await resend.emails.send({ from: 'hi@example.com', to, subject: 'Hi', text: 'Hello' })
  return Response.json({ sent: true })
}
