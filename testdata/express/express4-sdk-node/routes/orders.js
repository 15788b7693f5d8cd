const express = require('express')
const { Order } = require('../models')

const router = express.Router()

// ok: CLK101
router.get('/', async (req, res) => {
  res.json(await Order.find({ userId: req.auth.userId }))
})

// ok: CLK101
router.post('/', async (req, res) => {
  res.json(await Order.create({ userId: req.auth.userId, total: req.body.total }))
})

module.exports = router
