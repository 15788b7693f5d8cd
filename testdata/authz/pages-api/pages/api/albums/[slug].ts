import type { NextApiRequest, NextApiResponse } from 'next'
import { getAuth } from '@clerk/nextjs/server'
import { db } from '@/lib/db'
import { AlbumPolicy } from '@/lib/policy'

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).json({ error: 'Unauthorized' })
  const slug = String(req.query.slug)
  const album = await db.album.findFirst({ where: { slug } })
  if (!album || !new AlbumPolicy(album).canEdit({ id: userId })) {
    return res.status(404).json({ error: 'Not found' })
  }
  // ok: CLK203 (a policy object was asked with the record and the caller)
  await db.album.delete({ where: { slug } })
  return res.status(204).end()
}
