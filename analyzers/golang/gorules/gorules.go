// Package gorules connects clerklint's YAML rule set to go/analysis: every Go pass is
// an *analysis.Analyzer named by its rule id, whose documentation comes from the one
// YAML entry of that rule, and whose parameters come from Settings.
//
// It is pure Go (no cgo, no gitleaks) because golangci-lint module plugins and
// `go vet -vettool` build it, often with CGO_ENABLED=0.
package gorules

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/rules"
)

// Settings are the knobs of the Go passes, shared by the three drivers: the
// clerklint CLI (.clerklint.yml), the golangci-lint plugin (linters.settings.custom)
// and the vet tool (defaults). JSON tags are the golangci-lint setting names.
type Settings struct {
	// PublicRoutes are doublestar globs over route paths that need no session
	// (added to DefaultPublicRoutes).
	PublicRoutes []string `json:"public-routes"`
	// PrivilegedRoutes are globs of routes that need a role or permission check
	// (replacing DefaultPrivilegedRoutes when set).
	PrivilegedRoutes []string `json:"privileged-routes"`
	// MaxTokenLifetime is the longest acceptable JWT template lifetime (CLK603),
	// as a Go duration; default DefaultMaxTokenLifetime.
	MaxTokenLifetime string `json:"max-token-lifetime"`
	// Disable lists rule ids not to run.
	Disable []string `json:"disable"`
}

// Defaults from the Clerk checklists.
var (
	DefaultPublicRoutes     = []string{"/", "/health", "/health/**", "/healthz", "/health*", "/ready", "/ready*", "/readyz", "/livez", "/metrics", "/favicon.ico", "/static/**", "/assets/**"}
	DefaultPrivilegedRoutes = []string{"/admin", "/admin/**", "/internal", "/internal/**"}
)

// DefaultMaxTokenLifetime is the seed guide's "~7 day expiry" for CLI tokens.
const DefaultMaxTokenLifetime = 7 * 24 * time.Hour

// Validate checks globs and durations so a typo fails the driver at start-up.
func (s Settings) Validate() error {
	for _, g := range append(append([]string(nil), s.PublicRoutes...), s.PrivilegedRoutes...) {
		if _, err := rules.NewGlob(g); err != nil {
			return err
		}
	}
	if s.MaxTokenLifetime != "" {
		if _, err := time.ParseDuration(s.MaxTokenLifetime); err != nil {
			return fmt.Errorf("max-token-lifetime: %w", err)
		}
	}
	set, err := ruleSet()
	if err != nil {
		return err
	}
	for _, id := range s.Disable {
		if set.Get(id) == nil {
			return fmt.Errorf("disable: unknown rule id %q", id)
		}
	}
	return nil
}

// PublicRouteGlobs returns the defaults plus the configured globs.
func (s Settings) PublicRouteGlobs() []rules.Glob {
	return mustGlobs(append(append([]string(nil), DefaultPublicRoutes...), s.PublicRoutes...))
}

// PrivilegedRouteGlobs returns the configured globs, or the defaults.
func (s Settings) PrivilegedRouteGlobs() []rules.Glob {
	if len(s.PrivilegedRoutes) > 0 {
		return mustGlobs(s.PrivilegedRoutes)
	}
	return mustGlobs(DefaultPrivilegedRoutes)
}

// TokenLifetime returns the CLK603 threshold.
func (s Settings) TokenLifetime() time.Duration {
	if d, err := time.ParseDuration(s.MaxTokenLifetime); err == nil && s.MaxTokenLifetime != "" {
		return d
	}
	return DefaultMaxTokenLifetime
}

// mustGlobs is only reached after Validate (or on the tested defaults); an invalid
// glob here is dropped rather than crashing a lint run.
func mustGlobs(ps []string) []rules.Glob {
	var out []rules.Glob
	for _, p := range ps {
		if g, err := rules.NewGlob(p); err == nil {
			out = append(out, g)
		}
	}
	return out
}

var ruleSet = sync.OnceValues(rules.Builtin)

// Rule returns the YAML entry of a built-in rule. A Go pass for an id the YAML lacks
// is a programming error caught by the package tests, so it panics at init.
func Rule(id string) *rules.Rule {
	set, err := ruleSet()
	if err != nil {
		panic(err)
	}
	r := set.Get(id)
	if r == nil {
		panic(fmt.Sprintf("gorules: rule %s is not declared in rules/*.yaml", id))
	}
	return r
}

// NewAnalyzer builds the analyzer of one rule: Name is the rule id, so golangci-lint
// prints "CLK101: …" and users enable/disable per id; Doc is the YAML title and
// rationale, so `go vet -vettool … help CLK101` shows the same text as
// `clerklint explain CLK101`.
func NewAnalyzer(id string, run func(*analysis.Pass) (any, error), requires ...*analysis.Analyzer) *analysis.Analyzer {
	r := Rule(id)
	return &analysis.Analyzer{
		Name:     id,
		Doc:      Doc(r),
		URL:      "https://github.com/clerklint/clerklint#" + strings.ToLower(id),
		Run:      run,
		Requires: requires,
	}
}

// Doc renders a rule for go/analysis: first line the title, then the rationale,
// the rule's Go notes and the fix.
func Doc(r *rules.Rule) string {
	why := strings.TrimSpace(r.Rationale)
	if note := strings.TrimSpace(r.Frameworks["go"]); note != "" {
		why += "\n" + note
	}
	return fmt.Sprintf("%s\n\n%s\nFix: %s", r.Title, why, strings.TrimSpace(r.Fix))
}
