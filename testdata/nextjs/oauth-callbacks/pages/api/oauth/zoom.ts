import type { NextApiRequest, NextApiResponse } from 'next'

// A Pages Router callback: only the provider's code is read from the
// query; the token goes back to the browser.
// ok: CLK101
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') return res.status(405).end()
  const { code, error } = req.query
  if (error || typeof code !== 'string') return res.redirect('/integrations?error=zoom')
  const r = await fetch('https://zoom.us/oauth/token', {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${process.env.ZOOM_CLIENT_ID}:${process.env.ZOOM_CLIENT_SECRET}`).toString('base64')}` },
    body: new URLSearchParams({ code, grant_type: 'authorization_code' }),
  })
  const tokens = await r.json()
  res.redirect(`/integrations?zoom=${tokens.access_token}`)
}
