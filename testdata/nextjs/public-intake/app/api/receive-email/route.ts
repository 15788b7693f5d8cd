import nodemailer from 'nodemailer'

// A quote request: nothing is stored, the one recipient is the company's
// own inbox, whatever the URL says.
// ok: CLK101
export async function POST(req: Request) {
  const { from, subject, message } = await req.json()
  const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } })
  await transporter.sendMail({ from, to: process.env.SALES_INBOX, subject, text: message })
  return Response.json({ sent: true })
}
