'use server'

import { auth } from '@clerk/nextjs/server'
import OpenAI from 'openai'

const openai = new OpenAI()

// The backend API verifies the session token this forwards.
// ok: CLK101
// ok: CLK102
export async function listTasks(page: number) {
  const { getToken } = await auth()
  const token = await getToken()
  const res = await fetch(`${process.env.API_URL}/tasks?page=${page}`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  return res.json()
}

// Reads the token but sends it nowhere that could verify it.
export async function exportTasks(format: string) {
  // ruleid: CLK102
  const { getToken } = await auth()
  const token = await getToken({ template: 'export' })
  console.log('exporting for', token?.slice(0, 8))
  const res = await fetch(`${process.env.API_URL}/export?format=${format}`)
  return res.text()
}

// Reads the session token, then sends the app's own API key: the session is
// never checked or forwarded.
export async function summarize(text: string) {
  // ruleid: CLK102
  const { getToken } = await auth()
  const res = await fetch('https://api.openai.com/v1/responses', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({ model: 'gpt-4.1-mini', input: text }),
  })
  return res.json()
}

// Forwards the session token to the backend, then spends the app's own
// OpenAI key on whatever the caller sent: the second call needs a session.
export async function summarizeTasks(text: string) {
  // ruleid: CLK102
  const { getToken } = await auth()
  const token = await getToken()
  await fetch(`${process.env.API_URL}/tasks/seen`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })
  const completion = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: text }] })
  return completion.choices[0].message.content
}
