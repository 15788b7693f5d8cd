import Slip from '@/components/Slip'
import { renderToFile } from '@react-pdf/renderer'

// renderToFile writes the server's disk, at a name the caller picks.
// ruleid: CLK101
export async function POST(req: Request) {
  const { number, total } = await req.json()
  await renderToFile(<Slip number={number} total={total} />, `archive/${number}.pdf`)
  return Response.json({ ok: true })
}
