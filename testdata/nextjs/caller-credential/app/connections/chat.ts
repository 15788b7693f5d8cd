'use server'

import axios from 'axios'

// The browser hands over the workspace token it was granted; every call
// below goes out with that token and nothing of the app's.
// ok: CLK101
export async function listRooms(workspaceToken: string) {
  const url = `https://chat.example.com/api/rooms?${new URLSearchParams({ limit: '100' })}`
  const { data } = await axios.get(url, {
    headers: { Authorization: `Bearer ${workspaceToken}` },
  })
  return data.rooms.map((r: { id: string; name: string }) => ({ value: r.id, label: r.name }))
}

async function sendOne(workspaceToken: string, room: string, text: string) {
  await axios.post(
    'https://chat.example.com/api/messages',
    { room, text },
    { headers: { Authorization: `Bearer ${workspaceToken}`, 'Content-Type': 'application/json' } },
  )
}

// ok: CLK101
export async function broadcast(workspaceToken: string, rooms: string[], text: string) {
  if (!text) return { sent: 0 }
  rooms.forEach((room) => {
    sendOne(workspaceToken, room, text)
  })
  return { sent: rooms.length }
}

const botToken = process.env.CHAT_BOT_TOKEN

// The app's bot token goes out: whoever calls this speaks as the app.
// ruleid: CLK101
export async function announce(room: string, text: string) {
  await axios.post(
    'https://chat.example.com/api/messages',
    { room, text },
    { headers: { Authorization: `Bearer ${botToken}` } },
  )
}

// The caller's token in the header, the app's key in the query string.
// ruleid: CLK101
export async function translateRoom(workspaceToken: string, room: string) {
  const res = await fetch(`https://chat.example.com/api/translate?room=${room}&key=${process.env.TRANSLATE_API_KEY}`, {
    headers: { Authorization: `Bearer ${workspaceToken}` },
  })
  return res.json()
}

const internalHeaders = { 'X-Service': 'flows' }

// Headers built elsewhere may carry the app's credentials.
// ruleid: CLK101
export async function archiveRoom(workspaceToken: string, room: string) {
  await fetch(`https://chat.example.com/api/rooms/${room}/archive`, {
    method: 'POST',
    headers: { ...internalHeaders, Authorization: `Bearer ${workspaceToken}` },
  })
}

const relayKey = process.env.RELAY_SHARED_KEY

// A header whose name says nothing can still carry the app's secret.
// ruleid: CLK101
export async function relayMessage(workspaceToken: string, text: string) {
  await fetch('https://relay.example.com/send', {
    method: 'POST',
    headers: { Authorization: `Bearer ${workspaceToken}`, 'X-Relay': relayKey ?? '' },
    body: JSON.stringify({ text }),
  })
}
