// Package rules holds clerklint's rule set: the embedded YAML that declares every
// rule once, the Rule and Finding types shared by all engines, strict loading with
// file:line errors, and the user overrides from --rules and .clerklint.yml.
//
// The package knows nothing about engines: an engine is named by a rule's
// "engine" field and decodes its own parameters with DecodeParams.
package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Severity orders findings; the zero value is invalid so a missing severity is caught.
type Severity int

// Severities from least to most severe.
const (
	Info Severity = iota + 1
	Warning
	Error
)

var severityNames = map[Severity]string{Info: "info", Warning: "warning", Error: "error"}

// SeverityNames lists the accepted spellings, least severe first.
func SeverityNames() []string { return []string{"info", "warning", "error"} }

func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity is the inverse of String.
func ParseSeverity(s string) (Severity, error) {
	for k, v := range severityNames {
		if v == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want one of %s)", s, strings.Join(SeverityNames(), ", "))
}

// MarshalText lets JSON and YAML encoders print the name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalYAML accepts only the enum names.
func (s *Severity) UnmarshalYAML(n *yaml.Node) error {
	v, err := ParseSeverity(n.Value)
	if err != nil {
		return &fieldError{line: n.Line, msg: err.Error()}
	}
	*s = v
	return nil
}

// Paths restricts where a rule reports; globs are doublestar patterns over
// slash-separated paths relative to the scan root.
type Paths struct {
	Include []Glob `yaml:"include"`
	Exclude []Glob `yaml:"exclude"`
}

// Match reports whether a finding in path may be reported under these paths.
func (p Paths) Match(path string) bool {
	if len(p.Include) > 0 && !anyGlob(p.Include, path) {
		return false
	}
	return !anyGlob(p.Exclude, path)
}

func anyGlob(gs []Glob, path string) bool {
	for _, g := range gs {
		if g.Match(path) {
			return true
		}
	}
	return false
}

// Rule is one entry of the rule set, declared once in YAML.
type Rule struct {
	ID        string   `yaml:"id"`
	Slug      string   `yaml:"slug"`
	Title     string   `yaml:"title"`
	Severity  Severity `yaml:"severity"`
	Checklist string   `yaml:"checklist"`
	CWE       string   `yaml:"cwe"`
	// Engines implement the rule: one rule (e.g. CLK001) may be checked by several,
	// such as the file scanner and a Go analysis pass, and is still declared once.
	Engines   []string `yaml:"engines"`
	Rationale string   `yaml:"rationale"`
	// Frameworks holds what the rule means in one framework (what is
	// reported there, what counts as protection), keyed by Frameworks()
	// keys; `clerklint explain` shows the notes of the frameworks a project
	// uses, so the rationale stays a short why (MaxRationaleWords).
	Frameworks map[string]string `yaml:"frameworks"`
	Fix        string            `yaml:"fix"`
	Examples   Examples          `yaml:"examples"`
	Paths      Paths             `yaml:"paths"`
	// Params is decoded by the rule's engine (DecodeParams), so engines own
	// their parameter schema while errors still point at file:line.
	Params yaml.Node `yaml:"params"`

	// Pos is where the rule was declared.
	Pos Pos `yaml:"-"`

	// override is set when a config's rules.ID.params were merged into Params.
	override *paramsOverride
	// source is the entry's text as written in Pos.File.
	source string
	// item is the checklist item Checklist names, linked at load;
	// checklistLine is where the field is written.
	item          *ChecklistItem
	checklistLine int
}

// Source returns the rule's YAML entry exactly as written in the file that
// declared it (`clerklint rules --yaml`), the starting point of an override.
// Aliases in it (*nextjs-auth) refer to anchors elsewhere in that file.
func (r *Rule) Source() string { return r.source }

// HasEngine reports whether the named engine implements the rule.
func (r *Rule) HasEngine(name string) bool {
	for _, e := range r.Engines {
		if e == name {
			return true
		}
	}
	return false
}

// Pos is a place in a YAML file.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

var (
	idPattern   = lazyregexp.New(`^CLK[0-9]{3}$`)
	slugPattern = lazyregexp.New(`^[a-z][a-z0-9-]*[a-z0-9]$`)
	cwePattern  = lazyregexp.New(`^CWE-[0-9]+$`)
)

// Set is a validated rule set in id order.
type Set struct {
	rules []*Rule
	byID  map[string]*Rule
	items []*ChecklistItem
	// stacks are the built-in set's (Stack); user files cannot declare them.
	stacks []*Stack
}

// All returns the rules sorted by id.
func (s *Set) All() []*Rule { return s.rules }

// Get returns the rule with the given id, or nil.
func (s *Set) Get(id string) *Rule { return s.byID[id] }

// ByEngine returns the rules implemented by the named engine.
func (s *Set) ByEngine(engine string) []*Rule {
	var out []*Rule
	for _, r := range s.rules {
		if r.HasEngine(engine) {
			out = append(out, r)
		}
	}
	return out
}

// Engines returns the distinct engine names the set refers to, sorted.
func (s *Set) Engines() []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range s.rules {
		for _, e := range r.Engines {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	sort.Strings(out)
	return out
}

// Union returns the rules of every set, the first set's rule for an id
// several declare (the active rules of several scan roots, each with its own
// config, listed once in one report). nil sets are skipped; with one set it
// is returned as is.
func Union(sets ...*Set) *Set {
	sets = slices.DeleteFunc(slices.Clone(sets), func(s *Set) bool { return s == nil })
	switch len(sets) {
	case 0:
		return nil
	case 1:
		return sets[0]
	}
	seen := map[string]bool{}
	var rs []*Rule
	for _, s := range sets {
		for _, r := range s.rules {
			if !seen[r.ID] {
				seen[r.ID] = true
				rs = append(rs, r)
			}
		}
	}
	return newSet(rs, sets[0].items, sets[0].stacks) // checklist items and stacks come from the rule files, the same for every root
}

func newSet(rs []*Rule, items []*ChecklistItem, stacks []*Stack) *Set {
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	s := &Set{rules: rs, byID: make(map[string]*Rule, len(rs)), items: items, stacks: stacks}
	for _, r := range rs {
		s.byID[r.ID] = r
	}
	return s
}
