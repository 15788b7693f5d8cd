// ok: CLK101
type Query = Record<string, string | number | undefined>

export type BackendRequest = {
  path: string
  method?: 'GET' | 'POST'
  token?: string
  query?: Query
  body?: unknown
}

// Calls the inventory service; the only credential it can send is the
// bearer token its caller hands it.
export async function backendJson<T>(req: BackendRequest): Promise<T> {
  const url = new URL(req.path.replace(/^\//, ''), `${process.env.INVENTORY_URL}/`)
  if (req.query) {
    for (const [name, value] of Object.entries(req.query)) {
      if (value !== undefined) url.searchParams.set(name, String(value))
    }
  }
  const headers = new Headers()
  headers.set('Accept', 'application/json')
  if (req.token) {
    headers.set('Authorization', `Bearer ${req.token}`)
  }
  const res = await fetch(url.toString(), {
    method: req.method ?? 'GET',
    headers,
    body: req.body === undefined ? undefined : JSON.stringify(req.body),
  })
  if (!res.ok) throw new Error(`inventory answered ${res.status}`)
  return (await res.json()) as T
}

// The same service, always with the app's own key.
export async function serviceJson<T>(path: string): Promise<T> {
  const url = new URL(path, `${process.env.INVENTORY_URL}/`)
  const headers = new Headers({ Accept: 'application/json' })
  headers.set('x-api-key', process.env.INVENTORY_API_KEY ?? '')
  const res = await fetch(url.href, { headers })
  return (await res.json()) as T
}

// Signs the query string with the app's partner id.
export async function partnerJson<T>(path: string): Promise<T> {
  const url = new URL(path, `${process.env.INVENTORY_URL}/`)
  url.searchParams.set('partner_key', PARTNER)
  const res = await fetch(url.toString())
  return (await res.json()) as T
}

const PARTNER = 'storefront-web'
