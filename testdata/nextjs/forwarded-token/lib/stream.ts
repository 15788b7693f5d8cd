// Helpers handed the route's request whole: they forward its own
// Authorization header to the streaming service, which checks it.
export async function startStream(request: Request, offer: unknown) {
  const auth: HeadersInit = { Authorization: request.headers.get('Authorization') as string }
  const res = await fetch(`${process.env.STREAM_URL}/start`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify(offer),
  })
  return res.json()
}

export async function stopStream(request: Request) {
  const headers: HeadersInit = { Authorization: request.headers.get('Authorization') as string }
  const res = await fetch(`${process.env.STREAM_URL}/stop`, { headers })
  return res.json()
}

// The admin token is the app's.
export async function streamStats(request: Request) {
  const headers = { Authorization: `Bearer ${process.env.STREAM_ADMIN_TOKEN}`, 'X-Caller': request.headers.get('x-forwarded-for') ?? '' }
  const res = await fetch(`${process.env.STREAM_URL}/stats`, { headers })
  return res.json()
}
