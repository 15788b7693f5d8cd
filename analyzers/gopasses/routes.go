package gopasses

import (
	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/gorules"
)

// routeAnalyzers are the passes built on the route registration model
// (analyzers/gomodel): unprotected endpoints, unchecked sessions, authorization,
// webhook routes behind auth.
func routeAnalyzers(s gorules.Settings) []*analysis.Analyzer {
	return []*analysis.Analyzer{}
}
