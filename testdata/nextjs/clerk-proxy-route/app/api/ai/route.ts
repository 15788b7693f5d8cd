// Calls a paid AI API for anyone. The link below is documentation, not a
// proxy target: a fetch-only route is exempt only when it forwards to
// Clerk's Frontend API. Auth setup: https://clerk.com/docs/references/nextjs
// ruleid: CLK101
export async function POST(req: Request) {
  const { prompt } = await req.json()
  const res = await fetch('https://api.openai.com/v1/responses', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({ model: 'gpt-4.1-mini', input: prompt }),
  })
  return Response.json(await res.json())
}
