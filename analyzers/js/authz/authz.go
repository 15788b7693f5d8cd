// Package authz is CLK201 and CLK202 for the JavaScript producers that do
// not judge them themselves (Express, Fastify, Hono, SvelteKit; the
// Next.js model keeps its own, nextjs/authz.go): once every endpoint is
// gathered, authzrule judges them from the evidence the producers and
// js.Model.Effects filled (role and permission tests, Clerk Backend API
// calls with their arguments' origins, query filters).
package authz

import (
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/endpoint/authzrule"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// Rule registers CLK201 and CLK202 for the non-Next.js JS endpoints.
var Rule = js.Rule{IDs: authzrule.IDs, New: New}

type checker struct{ *authzrule.Checker }

// New builds the checker from the enabled rules' params.
func New(rs []*rules.Rule, opts scan.Options) (js.Checker, error) {
	c, err := authzrule.New(rs, opts)
	if err != nil {
		return nil, err
	}
	return checker{c}, nil
}

// Wants no file: the rules judge endpoints.
func (checker) Wants(*js.Model, *scan.File) bool { return false }

// Check is never called (Wants is false).
func (checker) Check(*js.Pass) {}

// CheckEndpoints judges the endpoints of every JS producer but Next.js's
// (the scan hands every engine's endpoints over).
func (c checker) CheckEndpoints(_ *js.Model, es []endpoint.Endpoint, report func(rules.Finding)) {
	for i := range es {
		e := &es[i]
		if strings.HasPrefix(e.Framework, "next") || js.LangOf(e.Registration.File) == js.NoLang {
			continue // nextjs/authz.go; another engine's endpoint (Go's, Python's)
		}
		c.Judge(e, report)
	}
}
