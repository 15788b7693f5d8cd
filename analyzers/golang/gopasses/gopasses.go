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
// rules s disables, sorted by rule id.
func Analyzers(s gorules.Settings) ([]*analysis.Analyzer, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	var out []*analysis.Analyzer
	for _, a := range append(routeAnalyzers(s), codeAnalyzers(s)...) {
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
