import { Router } from 'express'
import { clerkClient, getAuth } from '@clerk/express'
import { prisma } from '../db.js'

const router = Router()

// The organization comes from the query string, not from the session.
router.get('/members', async (req, res) => {
  // ruleid: CLK202
  res.json(await clerkClient.organizations.getOrganizationMembershipList({ organizationId: req.query.orgId }))
})

router.get('/my-members', async (req, res) => {
  const { orgId } = getAuth(req)
  // ok: CLK202
  res.json(await clerkClient.organizations.getOrganizationMembershipList({ organizationId: orgId }))
})

router.get('/projects', async (req, res) => {
  // ruleid: CLK202
  res.json(await prisma.project.findMany({ where: { orgId: req.body.orgId } }))
})

router.get('/my-projects', async (req, res) => {
  const { orgId } = getAuth(req)
  // ok: CLK202
  res.json(await prisma.project.findMany({ where: { orgId } }))
})

// Adding anyone to any organization: a membership change with nobody's role checked.
router.post('/:orgId/members', async (req, res) => {
  // ruleid: CLK201
  await clerkClient.organizations.createOrganizationMembership({ organizationId: req.params.orgId, userId: req.body.userId, role: 'org:member' })
  res.status(201).end()
})

router.post('/:orgId/invite', async (req, res) => {
  if (getAuth(req).orgRole !== 'org:admin') return res.status(403).end()
  // ok: CLK201
  await clerkClient.organizations.createOrganizationMembership({ organizationId: req.params.orgId, userId: req.body.userId, role: 'org:member' })
  res.status(201).end()
})

// The roles allowed are an array literal tested in place.
router.post('/:orgId/enroll', async (req, res) => {
  if (!['org:admin', 'org:manager'].includes(getAuth(req).orgRole)) return res.status(403).end()
  // ok: CLK201
  await clerkClient.organizations.createOrganizationMembership({ organizationId: req.params.orgId, userId: req.body.userId, role: 'org:member' })
  res.status(201).end()
})

// The list holds the plans a caller may pick: no role is tested.
router.post('/:orgId/join', async (req, res) => {
  if (!['free', 'pro'].includes(req.body.plan)) return res.status(400).end()
  // ruleid: CLK201
  await clerkClient.organizations.createOrganizationMembership({ organizationId: req.params.orgId, userId: req.body.userId, role: 'org:member' })
  res.status(201).end()
})

// Unfollowing: the caller's own row, found by their Clerk id, is one
// party of the relation; the path names the other.
router.delete('/follows/:targetId', async (req, res) => {
  const me = await prisma.user.findUnique({ where: { clerkId: getAuth(req).userId } })
  // ok: CLK202
  await prisma.follow.deleteMany({ where: { userId: req.params.targetId, followerUserId: me.id } })
  res.status(204).end()
})

// The same delete for a follower the body names: nobody's session in it.
router.delete('/follows/:targetId/by', async (req, res) => {
  // ruleid: CLK202
  const them = await prisma.user.findUnique({ where: { clerkId: req.body.clerkId } })
  // ruleid: CLK202
  await prisma.follow.deleteMany({ where: { userId: req.params.targetId, followerUserId: them.id } })
  res.status(204).end()
})

export default router
