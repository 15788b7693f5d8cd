const express = require('express')
const mongoose = require('mongoose')
const requireUser = require('../middlewares/requireUser')

const Cart = mongoose.model('Cart')
const router = express.Router()

// The middleware comes from require(): its body checks the session.
// ok: CLK101
router.post('/items', requireUser, async (req, res) => {
  await Cart.updateOne({ owner: req.body.owner }, { $push: { items: req.body.item } })
  res.status(201).end()
})

// ruleid: CLK101
router.delete('/items/:id', async (req, res) => {
  await Cart.deleteOne({ _id: req.params.id })
  res.status(204).end()
})

module.exports = router
