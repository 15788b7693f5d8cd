// Clerk's Frontend API proxied through the app's own domain: Clerk
// authenticates every request it forwards, so the route is public.
const FAPI = 'https://frontend-api.clerk.services'

async function forward(req: Request) {
  const url = new URL(req.url)
  const headers = new Headers(req.headers)
  headers.set('Clerk-Proxy-Url', `${url.origin}/__clerk`)
  headers.set('Clerk-Secret-Key', process.env.CLERK_SECRET_KEY ?? '')
  const res = await fetch(FAPI + url.pathname.replace(/^\/__clerk/, '') + url.search, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : await req.arrayBuffer(),
  })
  return new Response(res.body, { status: res.status, headers: res.headers })
}

// ok: CLK101
export { forward as GET, forward as POST }
