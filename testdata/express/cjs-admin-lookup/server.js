const express = require('express')
const { clerkMiddleware } = require('@clerk/express')

const app = express()
app.use(clerkMiddleware())
app.use('/api/admin', require('./routes/admin'))

app.listen(3000)
