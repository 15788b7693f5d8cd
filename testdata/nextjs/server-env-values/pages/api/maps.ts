import type { NextApiRequest, NextApiResponse } from 'next'

// ruleid: CLK101
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ mapsKey: process.env.MAPS_SERVER_KEY })
}
