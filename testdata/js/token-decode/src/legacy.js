const express = require('express')
const jwt_decode = require('jwt-decode')
const { decode } = require('jsonwebtoken')

const app = express()

app.get('/me', (req, res) => {
  // ruleid: CLK104
  const payload = jwt_decode(req.cookies.__session)
  res.json({ user: payload.sub })
})

app.get('/org', (req, res) => {
  // ruleid: CLK104
  const { org_id } = decode(req.cookies.__session)
  res.json({ org: org_id })
})

module.exports = app
