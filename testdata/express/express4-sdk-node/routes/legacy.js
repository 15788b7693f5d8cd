const express = require('express')
const { Order } = require('../models')

const router = express.Router()

// ruleid: CLK103
router.get('/mine', async (req, res) => {
  if (!req.auth.userId) return res.status(401).end()
  res.json(await Order.find({ userId: req.auth.userId }))
})

module.exports = router
