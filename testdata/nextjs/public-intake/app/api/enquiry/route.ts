import { transporter, inboxOptions } from '../../../lib/mailer'

function renderEnquiry(fields: { name: string; phone: string; note: string }) {
  const text = `${fields.name} (${fields.phone}): ${fields.note}`
  return { text, html: `<p>${text}</p>` }
}

// The enquiry form spreads the mailer's own options: it goes to the
// studio's inbox whatever the visitor sends.
// ok: CLK101
export async function POST(req: Request) {
  const fields = await req.json()
  await transporter.sendMail({ ...inboxOptions, ...renderEnquiry(fields), subject: 'Enquiry' })
  return Response.json({ ok: true })
}
