import OpenAI from 'openai'

const openai = new OpenAI()

// Search by a paid model: an outbound call billed to the app is not a read
// of public rows.
// ruleid: CLK101
export async function GET(req: Request) {
  const q = new URL(req.url).searchParams.get('q') ?? ''
  const r = await openai.embeddings.create({ model: 'text-embedding-3-small', input: q })
  return Response.json(r.data)
}
