// Package fastapi is the FastAPI (and Starlette) model of the python
// engine: it produces an endpoint.Endpoint for every route of every app
// (decorators on apps and APIRouters, add_api_route, websockets, routers
// included across modules with their prefixes and dependencies composed),
// with the protection its dependencies, middleware and handler checks give
// it. CLK101 is endpoint.NeedsSession over them; CLK102 reports a session
// read whose failure result (None from ClerkHTTPBearer(auto_error=False), a
// request state whose is_signed_in is never tested) is never checked.
package fastapi

import (
	"fmt"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers the FastAPI model with the python engine.
var Rule = python.Rule{IDs: []string{ruleid.UnprotectedEndpoint, ruleid.SessionNotChecked}, New: New}

type checker struct {
	enabled map[string]bool
	public  []rules.Glob
	// publicData are CLK101's public-data models (endpoint.AddPublicReads).
	publicData []string
	// built caches the model per Model, for Endpoints after Check.
	built map[*python.Model][]endpoint.Endpoint
}

// New builds the FastAPI checker; CLK101's public-routes param and the
// config's public-routes say which URLs need no session.
func New(rs []*rules.Rule, opts scan.Options) (python.Checker, error) {
	c := &checker{enabled: python.Enabled(rs), built: map[*python.Model][]endpoint.Endpoint{}}
	for _, r := range rs {
		if r.ID == ruleid.UnprotectedEndpoint {
			if err := r.Param("public-routes", &c.public); err != nil {
				return nil, err
			}
			if err := r.Param("public-data", &c.publicData); err != nil {
				return nil, err
			}
		}
	}
	c.public = append(c.public, opts.PublicRoutes...)
	return c, nil
}

func (c *checker) endpoints(m *python.Model) ([]endpoint.Endpoint, *model) {
	fm := build(m)
	es := fm.endpoints(c.publicEvidence)
	for i := range es {
		endpoint.AddPublicReads(&es[i], c.publicData, false)
	}
	c.built[m] = es
	return es, fm
}

// Endpoints returns the endpoints of the model built by Check.
func (c *checker) Endpoints(m *python.Model) []endpoint.Endpoint {
	if es, ok := c.built[m]; ok {
		return es
	}
	es, _ := c.endpoints(m)
	return es
}

func (c *checker) publicEvidence(url string) *endpoint.Evidence {
	for _, g := range c.public {
		if rules.MatchRoute([]rules.Glob{g}, url) {
			return &endpoint.Evidence{Kind: endpoint.PublicConfig, What: "public-routes " + g.String(), Broad: g.Broad()}
		}
	}
	return nil
}

// Check reports CLK101 and CLK102 on the project's FastAPI endpoints.
func (c *checker) Check(m *python.Model, report func(rules.Finding)) {
	es, fm := c.endpoints(m)
	if !usesClerk(m) {
		return
	}
	for i := range es {
		e := &es[i]
		if c.enabled[ruleid.UnprotectedEndpoint] {
			if v := endpoint.NeedsSession(e); v.Report {
				report(rules.Finding{RuleID: ruleid.UnprotectedEndpoint, Position: rules.Position{File: e.Registration.File, Line: e.Registration.Line},
					Message: fmt.Sprintf("FastAPI route %s (handler %s) has no Clerk session check and %s: add a dependency that verifies the session (Depends(clerk_guard) on the route, dependencies=[...] on its APIRouter or include_router, or a check in the handler that raises 401), or list it in public-routes if it is meant to be public",
						e.String(), orUnknown(e.Name), v.Reason),
					Construct: "fastapi " + e.String()})
			}
		}
	}
	if c.enabled[ruleid.SessionNotChecked] {
		c.unchecked(fm, report)
	}
}

// unchecked reports CLK102: for each route whose protection is only
// fail-open, the place the unchecked value comes from.
func (c *checker) unchecked(fm *model, report func(rules.Finding)) {
	for _, rt := range fm.routes {
		if rt.fn == nil {
			continue
		}
		for _, g := range fm.handlerGuards(rt.fnFile, rt.fn) {
			if g.g.v != optional || g.g.unchecked == nil {
				continue
			}
			var msg string
			if g.param != "" && !strings.Contains(g.g.what, "authenticate_request") {
				msg = fmt.Sprintf("%s is %s, which is None for requests without a valid session token, and %s never checks it: raise HTTPException(status_code=401) when it is None, or drop auto_error=False so the dependency rejects the request",
					g.param, g.g.what, rt.fnFile.Text(rt.fn.ChildByFieldName("name")))
			} else {
				msg = fmt.Sprintf("%s: a request without a valid session gets a signed-out state, not an error; raise HTTPException(status_code=401) when not request_state.is_signed_in", g.g.what)
			}
			report(rules.Finding{RuleID: ruleid.SessionNotChecked, Position: rules.Position{File: g.g.unchecked.File, Line: g.g.unchecked.Line}, Message: msg})
		}
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "not found"
	}
	return s
}

// usesClerk reports whether the project's Python side uses Clerk: a Clerk
// package in a manifest, or a module that imports one or reads a CLERK_
// setting. Without it CLK101 has no session to ask for.
func usesClerk(m *python.Model) bool {
	if m.Packages["fastapi-clerk-auth"] || m.Packages["clerk-backend-api"] {
		return true
	}
	found := false
	m.Each(func(f *python.File) {
		if !found && (f.ImportsFrom("fastapi_clerk_auth") || f.ImportsFrom("clerk_backend_api") || strings.Contains(string(f.Src), "CLERK_")) {
			found = true
		}
	})
	return found
}
