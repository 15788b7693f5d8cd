import type { NextApiRequest, NextApiResponse } from 'next'
import { prisma } from '../../lib/prisma'

// Public only through the broad '/api/:path*', and it writes.
// ruleid: CLK101
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(201).json(await prisma.invoice.create({ data: req.body }))
}
