// The secret is compared with what the caller sent; only the outcome is
// returned.
// ok: CLK101
export async function POST(req: Request) {
  const given = req.headers.get('x-preview-token')
  const matches = given === process.env.PREVIEW_TOKEN
  return Response.json({ matches })
}
