// Package web is what the Python web framework models share: the guards
// (what a dependency, decorator, middleware or function called by a handler
// does about the Clerk session, memoised per definition), what a handler
// function tells about its endpoint, and the CLK101/CLK102 checker over the
// endpoints the frameworks produce. A framework model (python/fastapi,
// python/flask, python/django) only finds routes and what is in front of
// them; whether an endpoint is protected is decided here and by
// endpoint.NeedsSession, once for all of them.
package web

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Framework is a framework model.
type Framework struct {
	// Name is the framework as messages spell it ("FastAPI").
	Name string
	// Fix says how to protect one of its routes, for CLK101's message.
	Fix string
	// Sites builds the model: one Site per endpoint.
	Sites func(m *python.Model, g *Guards) []Site
}

// Site is an endpoint a framework model produced with the handler's own
// guards, which CLK102 reads for a session result nothing checks.
type Site struct {
	Endpoint endpoint.Endpoint
	Own      []GuardAt
}

// NewRule registers the framework models with the python engine as the one
// implementation of CLK101 and CLK102.
func NewRule(fws ...Framework) python.Rule {
	return python.Rule{IDs: []string{ruleid.UnprotectedEndpoint, ruleid.SessionNotChecked}, New: func(rs []*rules.Rule, opts scan.Options) (python.Checker, error) {
		return newChecker(fws, rs, opts)
	}}
}

type checker struct {
	fws     []Framework
	enabled map[string]bool
	public  []rules.Glob
	// publicData are CLK101's public-data models (endpoint.AddPublicReads).
	publicData []string
	// built caches the sites per Model, for Endpoints after Check.
	built map[*python.Model][]Site
}

// newChecker reads CLK101's public-routes and public-data params and the
// config's public-routes: which URLs need no session.
func newChecker(fws []Framework, rs []*rules.Rule, opts scan.Options) (python.Checker, error) {
	c := &checker{fws: fws, enabled: python.Enabled(rs), built: map[*python.Model][]Site{}}
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

// sites builds every framework's model once per Model, with one Guards so
// a dependency shared by two frameworks is judged once.
func (c *checker) sites(m *python.Model) []Site {
	if ss, ok := c.built[m]; ok {
		return ss
	}
	g := NewGuards(m)
	var out []Site
	for _, fw := range c.fws {
		for _, s := range fw.Sites(m, g) {
			e := &s.Endpoint
			if e.URL != "" && e.Protection.State == endpoint.Unprotected {
				if ev := c.publicEvidence(e.URL); ev != nil {
					e.Public = append(e.Public, *ev)
				}
			}
			endpoint.AddPublicReads(e, c.publicData, false)
			out = append(out, s)
		}
	}
	c.built[m] = out
	return out
}

// Endpoints returns the endpoints of every framework model.
func (c *checker) Endpoints(m *python.Model) []endpoint.Endpoint {
	var out []endpoint.Endpoint
	for _, s := range c.sites(m) {
		out = append(out, s.Endpoint)
	}
	return out
}

func (c *checker) publicEvidence(url string) *endpoint.Evidence {
	for _, g := range c.public {
		if rules.MatchRoute([]rules.Glob{g}, url) {
			return &endpoint.Evidence{Kind: endpoint.PublicConfig, What: "public-routes " + g.String(), Broad: g.Broad()}
		}
	}
	return nil
}

// Check reports CLK101 (endpoint.NeedsSession) and CLK102 on the endpoints
// of a project whose Python side uses Clerk.
func (c *checker) Check(m *python.Model, report func(rules.Finding)) {
	ss := c.sites(m)
	if !UsesClerk(m) {
		return
	}
	fix := map[string]Framework{}
	for _, fw := range c.fws {
		fix[strings.ToLower(fw.Name)] = fw
	}
	for _, s := range ss {
		e := &s.Endpoint
		if c.enabled[ruleid.UnprotectedEndpoint] {
			if v := endpoint.NeedsSession(e); v.Report {
				fw := fix[e.Framework]
				report(rules.Finding{RuleID: ruleid.UnprotectedEndpoint, Position: rules.Position{File: e.Registration.File, Line: e.Registration.Line},
					Message: fmt.Sprintf("%s route %s (handler %s) has no Clerk session check and %s: %s, or list it in public-routes if it is meant to be public",
						fw.Name, e.String(), orUnknown(e.Name), v.Reason, fw.Fix),
					Construct: e.Framework + " " + e.String()})
			}
		}
		if c.enabled[ruleid.SessionNotChecked] && e.Protection.State != endpoint.Protected {
			// Another guard in front rejects signed-out requests: the
			// unchecked value always belongs to a signed-in user there.
			unchecked(s, report)
		}
	}
}

// unchecked reports CLK102: a handler guard that is only fail-open, at the
// place its unchecked value comes from.
func unchecked(s Site, report func(rules.Finding)) {
	for _, g := range s.Own {
		if g.Guard.Verdict != Optional || g.Guard.Unchecked == nil {
			continue
		}
		var msg string
		if g.Param != "" && !strings.Contains(g.Guard.What, "authenticate_request") {
			msg = fmt.Sprintf("%s is %s, which is None for requests without a valid session token, and %s never checks it: raise HTTPException(status_code=401) when it is None, or drop auto_error=False so the dependency rejects the request",
				g.Param, g.Guard.What, s.Endpoint.Name)
		} else {
			msg = fmt.Sprintf("%s: a request without a valid session gets a signed-out state, not an error; reject the request (401) when not request_state.is_signed_in", g.Guard.What)
		}
		report(rules.Finding{RuleID: ruleid.SessionNotChecked, Position: rules.Position{File: g.Guard.Unchecked.File, Line: g.Guard.Unchecked.Line}, Message: msg})
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "not found"
	}
	return s
}

// UsesClerk reports whether the project's Python side uses Clerk: a Clerk
// package in a manifest, or a module that imports one or reads a CLERK_
// setting. Without it CLK101 has no session to ask for. The modules are
// read as sources, so one whose tree Stream freed counts too.
func UsesClerk(m *python.Model) bool {
	if m.Packages["fastapi-clerk-auth"] || m.Packages["clerk-backend-api"] {
		return true
	}
	found := false
	m.Sources(func(_ string, src []byte) bool {
		found = bytes.Contains(src, []byte("CLERK_")) || clerkImport.Match(src)
		return !found
	})
	return found
}

// clerkImport matches an import of a Clerk package, at module level or in a
// function.
var clerkImport = lazyregexp.New(`(?m)^[ \t]*(?:from[ \t]+(?:fastapi_clerk_auth|clerk_backend_api)\b|import[ \t][^\n]*\b(?:fastapi_clerk_auth|clerk_backend_api)\b)`)
