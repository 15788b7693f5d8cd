package gopasses

import (
	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/authparty"
	"github.com/clerklint/clerklint/analyzers/authz"
	"github.com/clerklint/clerklint/analyzers/gorules"
	"github.com/clerklint/clerklint/analyzers/sessioncheck"
	"github.com/clerklint/clerklint/analyzers/tokenverify"
	"github.com/clerklint/clerklint/analyzers/unprotectedroute"
)

// routeAnalyzers are the passes built on the route registration model
// (analyzers/gomodel) and the session facts: unprotected endpoints, unchecked
// sessions, unverified tokens, authorization and authorized parties. (CLK302,
// webhook routes behind auth, reads the same model but is registered with the
// webhook rules in code.go.)
func routeAnalyzers(s gorules.Settings) []*analysis.Analyzer {
	return []*analysis.Analyzer{
		unprotectedroute.New(s), // CLK101
		sessioncheck.New(s),     // CLK102
		tokenverify.New(s),      // CLK104
		authz.New(s),            // CLK201
		authparty.New(s),        // CLK404
	}
}
