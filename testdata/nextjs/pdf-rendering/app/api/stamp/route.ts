import { PDFDocument, StandardFonts } from 'pdf-lib'

// pdf-lib's save returns the bytes; nothing is written.
// ok: CLK101
export async function POST(req: Request) {
  const { label } = await req.json()
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage()
  page.drawText(String(label), { x: 48, y: 720, size: 18, font })
  return new Response(await pdf.save(), { headers: { 'Content-Type': 'application/pdf' } })
}
