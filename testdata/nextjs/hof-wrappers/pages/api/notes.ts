import type { NextApiRequest, NextApiResponse } from 'next'
import { withApiAuth } from '@/lib/with-auth'

async function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ saved: req.body })
}

// ok: CLK101
export default withApiAuth(handler)
