// Package authzrule reports CLK201 and CLK202 from the shared judgement
// (endpoint.Authz) for every engine whose producers leave it to it: the js
// engine's Express, Fastify, Hono and SvelteKit endpoints and the python
// engine's. It is the one place their params are read and their messages
// written.
package authzrule

import (
	"fmt"
	"path"
	"regexp"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// IDs are the rules reported here.
var IDs = []string{ruleid.MissingAuthorization, ruleid.ClientSuppliedUserID}

// Checker is the configured pair of rules an engine's thin wrapper
// registers (js/authz, python/authz).
type Checker struct {
	enabled map[string]bool
	a       *endpoint.Authz
}

// New builds the Checker from the enabled rules' params.
func New(rs []*rules.Rule, opts scan.Options) (*Checker, error) {
	a, err := Params(rs, opts)
	if err != nil {
		return nil, err
	}
	c := &Checker{enabled: map[string]bool{}, a: a}
	for _, r := range rs {
		c.enabled[r.ID] = true
	}
	return c, nil
}

// Judge reports the findings of one endpoint.
func (c *Checker) Judge(e *endpoint.Endpoint, report func(rules.Finding)) {
	for _, f := range findings(c.a, e, c.enabled) {
		report(f)
	}
}

// Params compiles CLK201's and CLK202's params into the shared judgement's
// configuration, for every engine that uses it: CLK201's privileged-routes
// (the config's replace them), clerk-client-apis and role-metadata-keys;
// CLK202's user-id-keys, org-id-keys, user-apis and org-apis.
func Params(rs []*rules.Rule, opts scan.Options) (*endpoint.Authz, error) {
	a := &endpoint.Authz{APIs: map[string]bool{}}
	var privURL []rules.Glob
	for _, r := range rs {
		var apis []string
		var userKeys, orgKeys, roleKeys *rules.Regexp
		for _, p := range []struct {
			key string
			v   any
		}{{"privileged-routes", &privURL}, {"clerk-client-apis", &apis}, {"role-metadata-keys", &roleKeys},
			{"user-id-keys", &userKeys}, {"org-id-keys", &orgKeys}, {"user-apis", &a.UserAPIs}, {"org-apis", &a.OrgAPIs}} {
			if err := r.Param(p.key, p.v); err != nil {
				return nil, err
			}
		}
		for _, s := range apis {
			a.APIs[s] = true
		}
		// A pattern path.Match cannot read would match nothing, silently.
		for _, l := range []struct {
			key  string
			pats []string
		}{{"user-apis", a.UserAPIs}, {"org-apis", a.OrgAPIs}} {
			for i, pat := range l.pats {
				if _, err := path.Match(pat, ""); err != nil {
					return nil, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: fmt.Sprintf("params.%s.%d", l.key, i), Msg: fmt.Sprintf("invalid pattern %q", pat)}
				}
			}
		}
		for _, re := range []struct {
			dst **regexp.Regexp
			src *rules.Regexp
		}{{&a.UserKeys, userKeys}, {&a.OrgKeys, orgKeys}, {&a.RoleKeys, roleKeys}} {
			if re.src != nil {
				*re.dst = re.src.Regexp
			}
		}
	}
	if len(opts.PrivilegedRoutes) > 0 {
		privURL = opts.PrivilegedRoutes
	}
	a.PrivilegedURL = func(url string) bool { return rules.MatchRoute(privURL, endpoint.SampleURL(url)) }
	return a, nil
}

// findings are the CLK201 and CLK202 findings of one endpoint, for every
// engine that leaves them to the shared judgement.
func findings(a *endpoint.Authz, e *endpoint.Endpoint, enabled map[string]bool) []rules.Finding {
	var out []rules.Finding
	if enabled[ruleid.MissingAuthorization] {
		if is, ok := a.NeedsRole(e); ok {
			f := rules.Finding{RuleID: ruleid.MissingAuthorization, Severity: rules.Warning, Position: at(e, e.Registration)}
			if is.URL {
				f.Construct = "privileged-url:" + e.URL
				f.Message = fmt.Sprintf("%s is under a privileged path (privileged-routes) and only checks that someone is signed in: every user of the instance can call it; check a role or permission first (has({ permission: 'org:admin:access' }) / has({ role: 'org:admin' }), or your own role claim)", e.String())
			} else {
				f.Position = at(e, is.Effect.At)
				f.Construct = "privileged-api:" + endpoint.APIName(is.Effect.Target)
				f.Message = fmt.Sprintf("%s calls %s, a privileged Clerk Backend API call on a user or organization that is not the caller's, and only checks that someone is signed in: any signed-in user can do it; check a role or permission first (has({ permission: 'org:users:manage' }) or has({ role: 'org:admin' }))", e.String(), is.Effect.Target)
			}
			out = append(out, f)
		}
	}
	if enabled[ruleid.ClientSuppliedUserID] {
		for _, is := range a.ClientSuppliedIDs(e) {
			what, instead := "a user id", "the session's userId"
			if is.Org {
				what, instead = "an organization id", "the session's orgId"
			}
			out = append(out, rules.Finding{RuleID: ruleid.ClientSuppliedUserID, Severity: rules.Warning, Position: at(e, is.Effect.At),
				Construct: "request-id:" + is.Effect.Target + ":" + is.By.Field,
				Message: fmt.Sprintf("%s passes %s taken from %s (`%s`) to %s as %s instead of %s: any signed-in user can act on another's data by changing it; use %s, or compare the two and return 403 (check a role first for admin tools)",
					e.String(), what, is.By.Input.Phrase(), is.By.Name, is.Effect.Target, is.By.Field, instead, instead)})
		}
	}
	return out
}

// at places a finding: p when it lies in the endpoint's handler file, else
// the registration (a helper other endpoints may call safely).
func at(e *endpoint.Endpoint, p endpoint.Pos) rules.Position {
	if p.File == "" || (p.File != e.Handler.File && p.File != e.Registration.File) {
		p = e.Registration
	}
	return rules.Position{File: p.File, Line: p.Line, Column: p.Col}
}
