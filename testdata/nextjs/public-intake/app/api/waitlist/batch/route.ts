import { db } from '@/lib/db'

// A batch of signups from the event kiosk: the handler drops repeats with
// a Set and counts domains in a Map of its own, both gone when it returns.
// ok: CLK101
export async function POST(req: Request) {
  const { emails } = (await req.json()) as { emails: string[] }
  const seen = new Set<string>()
  const domains = new Map<string, number>()
  for (const email of emails) {
    if (seen.has(email)) continue
    seen.add(email)
    const domain = email.split('@')[1]
    domains.set(domain, (domains.get(domain) ?? 0) + 1)
    await db.waitlistEntry.create({ data: { email } })
  }
  return Response.json({ added: seen.size, domains: Object.fromEntries(domains) })
}
