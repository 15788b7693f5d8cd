import { getAuth } from '@clerk/nextjs/server'

export const withAuth = (handler) => async (req, res) => {
  const { userId } = getAuth(req)
  if (!userId) {
    return res.status(401).json({ error: 'Unauthorized' })
  }
  return handler(req, res, userId)
}
