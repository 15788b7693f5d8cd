import { auth } from '@clerk/nextjs/server'

const BASE = process.env.BACKEND_URL

async function sessionToken() {
  try {
    const { getToken } = await auth()
    return getToken()
  } catch {
    return null
  }
}

// Every call carries the caller's own session token, which the backend
// verifies; signed out, the token is null and the backend answers 401.
async function call(path: string, init: RequestInit = {}) {
  const headers = { ...(init.headers || {}) } as Record<string, string>
  const token = await sessionToken()
  if (token) headers['Authorization'] = `Bearer ${token}`
  const res = await fetch(`${BASE}${path}`, { ...init, headers })
  return res.json()
}

export async function backendGet(path: string) {
  return call(path, { method: 'GET' })
}

export async function backendPost(path: string, body: unknown) {
  return call(path, { method: 'POST', body: JSON.stringify(body) })
}

// The app's own service token: whoever reaches the caller of this speaks
// as the app.
export async function serviceGet(path: string) {
  const res = await fetch(`${BASE}${path}`, {
    headers: { Authorization: `Bearer ${process.env.BACKEND_SERVICE_TOKEN}` },
  })
  return res.json()
}
