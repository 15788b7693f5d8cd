package express_test

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestEndpointsProduced checks the inventory of an Express app whose routers
// are mounted across files: full URLs, protection in registration order, the
// gap of a route registered before the global auth, inputs and effects.
func TestEndpointsProduced(t *testing.T) {
	files := map[string]string{
		"package.json": `{"dependencies":{"express":"^5.1.0","@clerk/express":"^1.7.0"}}`,
		"db.js":        "const db = require('./pool')\nmodule.exports = { db }\n",
		"pool.js":      "module.exports = {}\n",
		"routes/items.js": `const { Router } = require('express')
const { db } = require('../db')
const router = Router()
router.route('/:id').get(async (req, res) => res.json(await db.query('SELECT * FROM items WHERE id = $1', [req.params.id])))
module.exports = router
`,
		"routes/v2.js": `const express = require('express')
function makeRouter() {
  const r = express.Router()
  r.post('/', async (req, res) => { await require('../db').db.query('INSERT INTO items VALUES ($1)', [req.body.name]); res.end() })
  return r
}
module.exports = { makeRouter }
`,
		"server.js": `const express = require('express')
const { clerkMiddleware, requireAuth } = require('@clerk/express')
const { makeRouter } = require('./routes/v2')
const app = express()
app.use(clerkMiddleware())
app.get('/early', (req, res) => res.json({ ok: true }))
app.use('/api', requireAuth())
app.use('/api/items', require('./routes/items'))
app.use('/api/v2/items', makeRouter())
app.listen(3000)
`,
	}
	eps := map[string]endpoint.Endpoint{}
	for _, e := range scantest.Endpoints(t, files, engines.JS()) {
		if e.Framework == "express" {
			eps[e.String()] = e
		}
	}
	want := map[string]endpoint.State{
		"GET /early":         endpoint.Unprotected,
		"GET /api/items/:id": endpoint.Protected,
		"POST /api/v2/items": endpoint.Protected,
	}
	if len(eps) != len(want) {
		t.Fatalf("endpoints = %v, want %v", keys(eps), want)
	}
	for k, st := range want {
		e, ok := eps[k]
		if !ok {
			t.Fatalf("no endpoint %s in %v", k, keys(eps))
		}
		if e.Protection.State != st {
			t.Errorf("%s: state %s, want %s (%+v)", k, e.Protection.State, st, e.Protection)
		}
	}
	items := eps["GET /api/items/:id"]
	if len(items.Protection.By) != 2 || items.Protection.By[0].Kind != endpoint.FailOpen || items.Protection.By[1].What != "requireAuth()" {
		t.Errorf("GET /api/items/:id evidence = %+v, want clerkMiddleware (fail-open) then requireAuth()", items.Protection.By)
	}
	if len(items.Inputs) != 1 || items.Inputs[0].Kind != endpoint.PathParam {
		t.Errorf("GET /api/items/:id inputs = %+v, want the path parameter", items.Inputs)
	}
	if len(items.Effects) != 1 || items.Effects[0].Kind != endpoint.DBRead || !items.EffectsKnown {
		t.Errorf("GET /api/items/:id effects = %+v (known %v), want one database read", items.Effects, items.EffectsKnown)
	}
	early := eps["GET /early"]
	if early.Protection.Gap != nil {
		t.Errorf("GET /early: gap %+v, but requireAuth() after it covers /api only", early.Protection.Gap)
	}
	if !early.EffectsKnown || len(early.Effects) != 0 {
		t.Errorf("GET /early effects = %+v, want none", early.Effects)
	}
}

func keys(m map[string]endpoint.Endpoint) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
