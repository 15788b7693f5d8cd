import nodemailer from 'nodemailer'

// The recipient is the caller's to choose: the company's mail account
// relays for anyone.
// ruleid: CLK101
export async function POST(req: Request) {
  const { to, subject, message } = await req.json()
  const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } })
  await transporter.sendMail({ from: 'sales@studio.example', to, subject, text: message })
  return Response.json({ sent: true })
}
