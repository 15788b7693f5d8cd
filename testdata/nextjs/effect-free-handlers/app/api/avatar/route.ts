import sharp from 'sharp'

// Writes the resized image to the server's disk for anyone who posts one.
// ruleid: CLK101
export async function POST(req: Request) {
  const form = await req.formData()
  const file = form.get('file') as File
  const name = String(form.get('name'))
  await sharp(Buffer.from(await file.arrayBuffer())).resize(256, 256).toFile(`public/avatars/${name}.png`)
  return Response.json({ ok: true })
}
