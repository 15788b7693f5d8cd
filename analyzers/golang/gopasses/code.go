package gopasses

import (
	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/clerkerr"
	"github.com/clerklint/clerklint/analyzers/golang/cliauth"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/secrets"
	"github.com/clerklint/clerklint/analyzers/golang/webhooks"
)

// codeAnalyzers are the passes that judge code within a function: leaked
// secrets, webhook verification, ignored Clerk errors, CLI token handling.
// Hardcoded keys (CLK001, CLK005, CLK006) are the secrets file engine's, which
// reads .go files like any other source.
//
// CLK302 (webhook route behind auth) is registered here with the other webhook
// rules; it reads the route model (analyzers/golang/gomodel) through Requires.
func codeAnalyzers(s gorules.Settings) []*analysis.Analyzer {
	return []*analysis.Analyzer{
		secrets.New(s),               // CLK008
		webhooks.NewUnverified(s),    // CLK301
		webhooks.NewBehindAuth(s),    // CLK302
		webhooks.NewUserDeleted(s),   // CLK303
		clerkerr.New(s),              // CLK501
		cliauth.NewTokenFile(s),      // CLK601
		cliauth.NewCallbackListen(s), // CLK602
		cliauth.NewTokenLifetime(s),  // CLK603
	}
}
