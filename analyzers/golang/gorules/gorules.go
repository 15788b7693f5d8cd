// Package gorules connects clerklint's YAML rule set to go/analysis: every Go pass is
// an *analysis.Analyzer named by its rule id, whose documentation comes from the one
// YAML entry of that rule, and whose parameters come from Settings.
//
// It is pure Go (no cgo, no gitleaks) because golangci-lint module plugins and
// `go vet -vettool` build it, often with CGO_ENABLED=0.
package gorules

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Settings are the knobs of the Go passes, shared by the three drivers: the
// clerklint CLI (.clerklint.yml), the golangci-lint plugin (linters.settings.custom)
// and the vet tool (none). JSON tags are the golangci-lint setting names.
//
// The defaults are not here: they are the params of the YAML rule that owns
// them (CLK101 public-routes, shared with the js engine; CLK201
// privileged-routes, shared with the js engine; CLK603 max-token-lifetime),
// read by FromRules from the rule set the driver runs, so a --rules file or a
// config params override changes them for Go as for JavaScript. The zero
// Settings reads the built-in YAML (analysistest entry points).
type Settings struct {
	// PublicRoutes are doublestar globs over route paths that need no session
	// (added to CLK101's public-routes).
	PublicRoutes []string `json:"public-routes"`
	// PrivilegedRoutes are globs of routes that need a role or permission check
	// (replacing CLK201's privileged-routes when set).
	PrivilegedRoutes []string `json:"privileged-routes"`
	// MaxTokenLifetime is the longest acceptable JWT template lifetime (CLK603),
	// as a Go duration; "" for CLK603's max-token-lifetime.
	MaxTokenLifetime string `json:"max-token-lifetime"`
	// Disable lists rule ids not to run.
	Disable []string `json:"disable"`

	// params are the YAML defaults resolved by FromRules; nil means the
	// built-in rule set's.
	params *params
}

// params are the rule-set parameters of the Go passes.
type params struct {
	set          *rules.Set
	public       []rules.Glob
	publicData   []string
	publicIntake []string
	privileged   []rules.Glob
	lifetime     time.Duration
}

// Owners of the parameters the Go passes share with each other (and, for the
// routes, with the js engine).
const (
	PublicRoutesRule     = ruleid.UnprotectedEndpoint    // params.public-routes
	PrivilegedRoutesRule = ruleid.MissingAuthorization   // params.privileged-routes
	TokenLifetimeRule    = ruleid.LongLivedTokenTemplate // params.max-token-lifetime
)

// FromRules resolves s against a rule set: the defaults come from the params
// of the rules that own them in set (the CLI's selected set, or the built-in
// one when set is nil, as for the golangci-lint plugin and the vet tool), and
// s's knobs apply on top. A rule the selection dropped (--disable CLK101)
// still lends its built-in params to the passes sharing them (CLK102 reads
// the public routes too). Errors name the YAML file, line, rule and field, or
// the setting.
func FromRules(set *rules.Set, s Settings) (Settings, error) {
	builtin, err := ruleSet()
	if err != nil {
		return s, err
	}
	if set == nil {
		set = builtin
	}
	owner := func(id string) (*rules.Rule, error) {
		if r := set.Get(id); r != nil {
			return r, nil
		}
		if r := builtin.Get(id); r != nil {
			return r, nil
		}
		return nil, fmt.Errorf("gorules: rule %s is not declared in rules/*.yaml", id)
	}
	p := &params{set: set}
	r, err := owner(PublicRoutesRule)
	if err != nil {
		return s, err
	}
	if err := r.Param("public-routes", &p.public); err != nil {
		return s, err
	}
	if err := r.Param("public-data", &p.publicData); err != nil {
		return s, err
	}
	if err := r.Param("public-intake", &p.publicIntake); err != nil {
		return s, err
	}
	if r, err = owner(PrivilegedRoutesRule); err != nil {
		return s, err
	}
	if err := r.Param("privileged-routes", &p.privileged); err != nil {
		return s, err
	}
	if r, err = owner(TokenLifetimeRule); err != nil {
		return s, err
	}
	var lifetime string
	if err := r.Param("max-token-lifetime", &lifetime); err != nil {
		return s, err
	}
	if p.lifetime, err = time.ParseDuration(lifetime); err != nil || p.lifetime <= 0 {
		return s, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "params.max-token-lifetime", Msg: fmt.Sprintf("want a positive Go duration such as 168h, got %q", lifetime)}
	}
	s.params = p
	if err := s.validate(set); err != nil {
		return s, err
	}
	return s, nil
}

// Validate checks the knobs (globs, durations, rule ids) against the built-in
// rule set, so a typo fails the driver at start-up.
func (s Settings) Validate() error {
	set, err := ruleSet()
	if err != nil {
		return err
	}
	return s.validate(set)
}

func (s Settings) validate(set *rules.Set) error {
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
	for _, id := range s.Disable {
		if set.Get(id) == nil {
			return fmt.Errorf("disable: unknown rule id %q", id)
		}
	}
	return nil
}

// Resolved reports whether FromRules has filled in the rule-set defaults.
func (s Settings) Resolved() bool { return s.params != nil }

// defaults returns the resolved params, or the built-in ones.
func (s Settings) defaults() *params {
	if s.params != nil {
		return s.params
	}
	if b, err := builtinSettings(); err == nil {
		return b.params
	}
	return &params{} // the built-in YAML is broken: the package tests say so
}

var builtinSettings = sync.OnceValues(func() (Settings, error) { return FromRules(nil, Settings{}) })

// Rules returns the rule set the settings were resolved against (the
// built-in one by default), for passes that decode their own params.
func (s Settings) Rules() *rules.Set { return s.defaults().set }

// PublicRouteGlobs returns the rule set's public routes plus the configured globs.
func (s Settings) PublicRouteGlobs() []rules.Glob {
	return append(slices.Clone(s.defaults().public), mustGlobs(s.PublicRoutes)...)
}

// PublicData returns CLK101's public-data models (endpoint.AddPublicReads).
func (s Settings) PublicData() []string { return slices.Clone(s.defaults().publicData) }

// PublicIntake returns CLK101's public-intake words (endpoint.AddPublicWrites).
func (s Settings) PublicIntake() []string { return slices.Clone(s.defaults().publicIntake) }

// PrivilegedRouteGlobs returns the configured globs, or the rule set's.
func (s Settings) PrivilegedRouteGlobs() []rules.Glob {
	if len(s.PrivilegedRoutes) > 0 {
		return mustGlobs(s.PrivilegedRoutes)
	}
	return slices.Clone(s.defaults().privileged)
}

// TokenLifetime returns the CLK603 threshold.
func (s Settings) TokenLifetime() time.Duration {
	if d, err := time.ParseDuration(s.MaxTokenLifetime); err == nil && s.MaxTokenLifetime != "" {
		return d
	}
	return s.defaults().lifetime
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

// Rule returns the YAML entry of a built-in rule, or an error when the YAML
// lacks it (a programming error the package tests catch).
func Rule(id string) (*rules.Rule, error) {
	set, err := ruleSet()
	if err != nil {
		return nil, err
	}
	r := set.Get(id)
	if r == nil {
		return nil, fmt.Errorf("gorules: rule %s is not declared in rules/*.yaml", id)
	}
	return r, nil
}

// NewAnalyzer builds the analyzer of one rule: Name is the rule id, so golangci-lint
// prints "CLK101: …" and users enable/disable per id; Doc is the YAML title and
// rationale, so `go vet -vettool … help CLK101` shows the same text as
// `clerklint explain CLK101`.
//
// It never panics: for an id the YAML lacks, Doc says so and Run fails, and
// gopasses.Analyzers refuses the list.
func NewAnalyzer(id string, run func(*analysis.Pass) (any, error), requires ...*analysis.Analyzer) *analysis.Analyzer {
	doc := id + ": not declared in rules/*.yaml"
	if r, err := Rule(id); err == nil {
		doc = Doc(r)
	} else {
		run = func(*analysis.Pass) (any, error) { return nil, err }
	}
	return &analysis.Analyzer{
		Name:     id,
		Doc:      doc,
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
