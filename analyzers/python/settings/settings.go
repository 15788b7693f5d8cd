// Package settings holds CLK503 for the python engine: a settings function
// cached with functools.lru_cache or functools.cache whose settings hold
// Clerk, JWKS or CORS values. The cache keeps the values read at first call
// for the life of the process, so a rotated key or a changed JWKS URL or
// CORS origin in the environment is ignored until a restart.
package settings

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers CLK503 with the python engine.
var Rule = python.Rule{IDs: []string{ruleid.CachedClerkSettings}, New: New}

type checker struct{}

// New builds the CLK503 checker.
func New([]*rules.Rule, scan.Options) (python.Checker, error) { return checker{}, nil }

// clerkValue matches a setting that comes from Clerk or bounds who may call
// the API.
var clerkValue = lazyregexp.New(`(?i)clerk|jwks|cors|allowed_origins|authorized_parties|issuer`)

// CheckModule reports cached settings functions holding Clerk values.
func (checker) CheckModule(m *python.Model, f *python.File, report func(rules.Finding)) {
	for _, st := range python.Children(f.Root()) {
		if st.Type() != "decorated_definition" {
			continue
		}
		fn := python.FuncDef(st)
		if fn == nil || !cached(f, st) {
			continue
		}
		if what := holds(m, f, fn); what != "" {
			report(rules.Finding{RuleID: ruleid.CachedClerkSettings, Position: f.Pos(fn.ChildByFieldName("name")),
				Message: f.Text(fn.ChildByFieldName("name")) + " is cached with lru_cache and returns " + what + ": the values read at the first call stay for the life of the process, so changing CLERK_* keys, the JWKS URL or CORS origins in the environment needs a restart of every worker; restart on config changes, or read these values without the cache"})
		}
	}
}

// cached reports whether a definition is decorated with lru_cache or cache.
func cached(f *python.File, def *sitter.Node) bool {
	for _, d := range python.Children(def) {
		if d.Type() != "decorator" {
			continue
		}
		t := strings.TrimSpace(strings.TrimPrefix(f.Text(d), "@"))
		t = strings.TrimPrefix(t, "functools.")
		if strings.HasPrefix(t, "lru_cache") || t == "cache" {
			return true
		}
	}
	return false
}

// holds returns what Clerk-related settings a cached function returns: the
// class it instantiates (a pydantic BaseSettings with Clerk, JWKS or CORS
// fields) or the environment variables it reads, or "".
func holds(m *python.Model, f *python.File, fn *sitter.Node) string {
	body := fn.ChildByFieldName("body")
	what := ""
	python.WalkBody(body, func(n *sitter.Node) bool {
		if what != "" || n.Type() != "call" {
			return what == ""
		}
		dotted, last := f.Callee(n)
		if last == "getenv" || last == "get" && strings.Contains(dotted, "environ") {
			if v, ok := f.StringValue(f.Arg(n, 0, "")); ok && clerkValue.MatchString(v) {
				what = "the environment's " + v
			}
			return what == ""
		}
		sym := m.Resolve(f, dotted)
		if sym.Node != nil && sym.Node.Type() == "class_definition" && clerkValue.MatchString(sym.File.Text(sym.Node.ChildByFieldName("body"))) {
			what = "a " + last + " holding Clerk, JWKS or CORS settings"
		}
		return what == ""
	})
	if what == "" && strings.Contains(f.Text(body), "environ[") && clerkValue.MatchString(f.Text(body)) {
		what = "Clerk settings read from the environment"
	}
	return what
}
