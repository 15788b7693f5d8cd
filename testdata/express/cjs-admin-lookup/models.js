const mongoose = require('mongoose')

const Show = mongoose.model('Show', new mongoose.Schema({ title: String }))

module.exports = { Show }
