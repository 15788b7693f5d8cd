// ok: CLK101
const mongoose = require('mongoose')

const Order = mongoose.model('Order', new mongoose.Schema({ userId: String, total: Number }))

module.exports = { Order }
