// Package gopasses is the registry of clerklint's Go analysis passes: the one list
// the three drivers share (the clerklint CLI, the golangci-lint module plugin and
// the `go vet -vettool` binary). Like every Go pass it is pure Go.
package gopasses

import (
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// Analyzers returns one analyzer per Go rule, configured with s and without the
// rules s disables, sorted by rule id. Settings not yet resolved against a
// rule set (gorules.FromRules) are resolved against the built-in one; an
// analyzer whose rule the YAML lacks is an error, never a panic.
func Analyzers(s gorules.Settings) ([]*analysis.Analyzer, error) {
	if !s.Resolved() {
		var err error
		if s, err = gorules.FromRules(nil, s); err != nil {
			return nil, err
		}
	}
	var out []*analysis.Analyzer
	for _, a := range all(s) {
		if _, err := gorules.Rule(a.Name); err != nil {
			return nil, err
		}
		if !slices.Contains(s.Disable, a.Name) {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b *analysis.Analyzer) int {
		if a.Name < b.Name {
			return -1
		}
		return 1
	})
	return out, nil
}

// IDs are the rule ids the Go passes implement, sorted: the go engine's
// declared list, checked against the YAML by analyzers/engines.
func IDs() []string {
	var ids []string
	for _, a := range all(gorules.Settings{}) {
		ids = append(ids, a.Name)
	}
	slices.Sort(ids)
	return ids
}

func all(s gorules.Settings) []*analysis.Analyzer {
	return append(routeAnalyzers(s), codeAnalyzers(s)...)
}
