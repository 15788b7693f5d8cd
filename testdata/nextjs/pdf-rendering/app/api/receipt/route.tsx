import Slip from '@/components/Slip'
import { renderToStream } from '@react-pdf/renderer'

// Renders the fields the caller sent into a PDF and streams it back.
// ok: CLK101
export async function POST(req: Request) {
  const { number, total } = await req.json()
  const stream = await renderToStream(<Slip number={number} total={total} />)
  return new Response(stream as unknown as BodyInit, { headers: { 'Content-Type': 'application/pdf' } })
}
