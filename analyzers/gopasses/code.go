package gopasses

import (
	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/gorules"
)

// codeAnalyzers are the passes that judge code within a function: hardcoded keys,
// leaked secrets, webhook verification, ignored Clerk errors, CLI token handling.
func codeAnalyzers(s gorules.Settings) []*analysis.Analyzer {
	return []*analysis.Analyzer{}
}
