import { withAuth } from '../../lib/with-auth'

// ok: CLK101, CLK102, CLK201, CLK202
export default withAuth(async (req, res, userId) => {
  res.status(200).json([{ id: 1, owner: userId }])
})
