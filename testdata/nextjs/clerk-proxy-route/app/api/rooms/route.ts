type D1 = { prepare(sql: string): { bind(...v: unknown[]): { run(): Promise<unknown> } } }
declare const env: { DB: D1 }

// A Cloudflare D1 insert: a write, for anyone.
// ruleid: CLK101
export async function POST(req: Request) {
  const { name } = await req.json()
  await env.DB.prepare('INSERT INTO rooms (name) VALUES (?1)').bind(name).run()
  return Response.json({ ok: true })
}
