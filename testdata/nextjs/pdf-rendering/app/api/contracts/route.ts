import { writeFile } from 'node:fs/promises'
import { PDFDocument } from 'pdf-lib'

// Rendering is harmless; storing the result on disk is a write.
// ruleid: CLK101
export async function POST(req: Request) {
  const { party } = await req.json()
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText(String(party))
  await writeFile(`contracts/${Date.now()}.pdf`, await pdf.save())
  return Response.json({ ok: true }, { status: 201 })
}
