import sharp from 'sharp'

// Resizes the posted image in memory and sends it back: nothing is stored
// and no one else's data is touched.
// ok: CLK101
export async function POST(req: Request) {
  const { image } = await req.json()
  const input = Buffer.from(String(image).split(',')[1] ?? '', 'base64')
  const png = await sharp(input).resize(96, 96).png().toBuffer()
  return new Response(png, { headers: { 'Content-Type': 'image/png' } })
}
