const express = require('express')
const requireAdmin = require('../middleware/requireAdmin')
const loadUser = require('../middleware/loadUser')
const { Show } = require('../models')

const router = express.Router()

// ok: CLK101, CLK201
router.get('/shows', requireAdmin, async (req, res) => {
  res.json(await Show.find({}))
})

// ok: CLK101
// ruleid: CLK201
router.get('/stats', loadUser, async (req, res) => {
  res.json({ count: await Show.countDocuments({}) })
})

module.exports = router
