import OpenAI from 'openai'
import { db } from '@/lib/db'

const openai = new OpenAI()

// Stores feedback, then pays for a model call on every anonymous post.
// ruleid: CLK101
export async function POST(req: Request) {
  const { text } = await req.json()
  const summary = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] })
  await db.feedback.create({ data: { text, summary: summary.choices[0].message.content } })
  return Response.json({ ok: true })
}
