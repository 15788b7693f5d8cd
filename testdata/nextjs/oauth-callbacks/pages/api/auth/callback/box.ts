import type { NextApiRequest, NextApiResponse } from 'next'
import { db } from '@/lib/db'

// The query's user id decides whose account gets the Box tokens.
// ruleid: CLK101
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const code = req.query.code as string
  const owner = req.query.user as string
  const r = await fetch('https://api.box.com/oauth2/token', {
    method: 'POST',
    body: new URLSearchParams({ code, client_secret: process.env.BOX_CLIENT_SECRET! }),
  })
  const tokens = await r.json()
  await db.integration.create({ data: { ownerId: owner, boxToken: tokens.access_token } })
  res.redirect('/integrations')
}
