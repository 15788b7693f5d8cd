import PDFDocument from 'pdfkit'

// A pdfkit document built in memory, collected from its data events.
// ok: CLK101
export async function POST(req: Request) {
  const { name } = await req.json()
  const doc = new PDFDocument({ size: 'A4' })
  const parts: Buffer[] = []
  doc.on('data', (part: Buffer) => parts.push(part))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(parts))))
  doc.fontSize(24).text(`Awarded to ${name}`)
  doc.end()
  return new Response(await done, { headers: { 'Content-Type': 'application/pdf' } })
}
