import type { NextApiRequest, NextApiResponse } from 'next'

// A public health route.
// ok: CLK101
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.status(200).send('ok')
}
