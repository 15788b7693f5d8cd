import { Router } from 'express'
import { getAuth } from '@clerk/express'
import { db } from '../db.js'

const router = Router()

router.get('/:id', async (req, res) => {
  // ruleid: CLK203
  const trip = await db.trip.findUnique({ where: { id: req.params.id } })
  res.json(trip)
})

router.delete('/:id', async (req, res) => {
  // ruleid: CLK203
  await db.trip.delete({ where: { id: req.params.id } })
  res.status(204).end()
})

router.put('/:id', async (req, res) => {
  const { userId } = getAuth(req)
  // ok: CLK203 (the owner is part of the filter)
  const n = await db.trip.updateMany({ where: { id: req.params.id, ownerId: userId }, data: { title: req.body.title } })
  if (n.count === 0) return res.status(404).end()
  res.status(204).end()
})

router.get('/:id/summary', async (req, res) => {
  const { userId } = getAuth(req)
  // ok: CLK203 (compared with the caller before it is returned)
  const trip = await db.trip.findUnique({ where: { id: req.params.id } })
  if (!trip || trip.ownerId !== userId) return res.status(404).end()
  res.json({ title: trip.title })
})

router.post('/:id/expenses', async (req, res) => {
  const { userId } = getAuth(req)
  // ok: CLK203 (the parent trip is looked up by the caller first)
  const trip = await db.trip.findFirst({ where: { id: req.params.id, ownerId: userId } })
  if (!trip) return res.status(404).end()
  res.json(await db.expense.create({ data: { tripId: trip.id, amount: req.body.amount } }))
})

export default router
