import Slip from '@/components/Slip'
import { renderToBuffer } from '@react-pdf/renderer'

// The same into a buffer.
// ok: CLK101
export async function POST(req: Request) {
  const body = await req.json()
  const pdf = await renderToBuffer(<Slip number={String(body.number)} total={String(body.total)} />)
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } })
}
