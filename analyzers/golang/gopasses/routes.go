package gopasses

import (
	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/authz"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/sessions"
	"github.com/clerklint/clerklint/analyzers/golang/urls"
)

// routeAnalyzers are the passes built on the route registration model
// (analyzers/golang/gomodel) and the session facts: unprotected endpoints, unchecked
// sessions, unverified tokens, authorization and authorized parties. (CLK302,
// webhook routes behind auth, reads the same model but is registered with the
// webhook rules in code.go.)
func routeAnalyzers(s gorules.Settings) []*analysis.Analyzer {
	return []*analysis.Analyzer{
		sessions.NewUnprotected(s),  // CLK101
		sessions.NewSessionCheck(s), // CLK102
		sessions.NewTokenVerify(s),  // CLK104
		authz.New(s),                // CLK201
		authz.NewOwnership(s),       // CLK203
		urls.New(s),                 // CLK404
	}
}
