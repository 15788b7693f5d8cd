import type { NextApiRequest, NextApiResponse } from 'next'

// ruleid: CLK101
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ invoices: [] })
}
