import { getAuth } from '@clerk/nextjs/server'
import type { NextApiRequest, NextApiResponse } from 'next'
import { createPost, postsBy } from '../../../lib/posts'

// ok: CLK101, CLK102, CLK201, CLK202
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { userId } = getAuth(req)
  if (!userId) {
    return res.status(401).json({ error: 'Not authenticated' })
  }
  if (req.method === 'POST') {
    const post = await createPost(userId, req.body.title)
    return res.status(201).json(post)
  }
  return res.status(200).json(await postsBy(userId))
}
