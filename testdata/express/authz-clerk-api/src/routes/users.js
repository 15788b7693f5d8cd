import { Router } from 'express'
import { clerkClient, getAuth } from '@clerk/express'
import { prisma } from '../db.js'
import { requirePermission } from '../middleware/roles.js'

const router = Router()

// Any signed-in user can ban anyone.
router.post('/:id/ban', async (req, res) => {
  // ruleid: CLK201
  await clerkClient.users.banUser(req.params.id)
  res.status(204).end()
})

router.post('/:id/unban', async (req, res) => {
  if (!getAuth(req).has({ permission: 'org:users:manage' })) return res.status(403).end()
  // ok: CLK201
  await clerkClient.users.unbanUser(req.params.id)
  res.status(204).end()
})

router.delete('/:id', requirePermission('org:users:delete'), async (req, res) => {
  // ok: CLK201, CLK202
  await clerkClient.users.deleteUser(req.params.id)
  res.status(204).end()
})

// Deleting one's own account needs no role.
router.delete('/me', async (req, res) => {
  const { userId } = getAuth(req)
  // ok: CLK201
  await clerkClient.users.deleteUser(userId)
  res.status(204).end()
})

// Writing one's own role from the body: every user can promote themselves.
router.patch('/me/role', async (req, res) => {
  const { userId } = getAuth(req)
  // ruleid: CLK201
  await clerkClient.users.updateUserMetadata(userId, { publicMetadata: { role: req.body.role } })
  res.status(204).end()
})

router.patch('/me/theme', async (req, res) => {
  const { userId } = getAuth(req)
  // ok: CLK201
  await clerkClient.users.updateUserMetadata(userId, { publicMetadata: { theme: req.body.theme } })
  res.status(204).end()
})

router.get('/:userId/profile', async (req, res) => {
  // ruleid: CLK202
  res.json(await clerkClient.users.getUser(req.params.userId))
})

router.get('/:userId/account', async (req, res) => {
  if (req.params.userId !== req.auth.userId) return res.status(403).end()
  // ok: CLK202
  res.json(await clerkClient.users.getUser(req.params.userId))
})

router.get('/notes', async (req, res) => {
  // ruleid: CLK202
  res.json(await prisma.note.findMany({ where: { userId: req.query.userId } }))
})

router.get('/my-notes', async (req, res) => {
  const { userId } = getAuth(req)
  // ok: CLK202
  res.json(await prisma.note.findMany({ where: { userId } }))
})

// The caller owns the payout (checked after the fetch); the freelancer it
// goes to is a counterpart the owner picks, not the caller.
router.post('/payouts/:id/release', async (req, res) => {
  const { userId } = getAuth(req)
  const payout = await prisma.payout.findUnique({ where: { id: req.params.id } })
  if (!payout || payout.ownerId !== userId) return res.status(403).end()
  // ok: CLK202
  await prisma.payout.update({ where: { id: payout.id }, data: { status: 'released', userId: req.body.freelancerId } })
  // ok: CLK202
  const work = await prisma.submission.findFirst({ where: { payoutId: payout.id, userId: req.body.freelancerId } })
  res.json(work)
})

export default router
