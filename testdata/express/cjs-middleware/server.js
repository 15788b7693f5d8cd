const express = require('express')
const { getAuth } = require('@clerk/express')
const conditionalClerk = require('./middlewares/clerk')

const app = express()
app.use(conditionalClerk)
app.use(express.json())
app.use('/api/cart', require('./routes/cart'))

// getAuth() runs after the conditional Clerk middleware.
// ok: CLK103
app.get('/api/me', (req, res) => {
  const { userId } = getAuth(req)
  if (!userId) return res.status(401).end()
  res.json({ userId })
})

app.listen(3000)
