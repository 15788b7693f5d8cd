package gopasses

import (
	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/clerkerr"
	"github.com/clerklint/clerklint/analyzers/golang/cliauth"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/hardcodedkey"
	"github.com/clerklint/clerklint/analyzers/golang/secrets"
	"github.com/clerklint/clerklint/analyzers/golang/webhooks"
)

// codeAnalyzers are the passes that judge code within a function: hardcoded keys,
// leaked secrets, webhook verification, ignored Clerk errors, CLI token handling.
//
// CLK302 (webhook route behind auth) is registered here with the other webhook
// rules; it reads the route model (analyzers/golang/gomodel) through Requires.
func codeAnalyzers(s gorules.Settings) []*analysis.Analyzer {
	return []*analysis.Analyzer{
		hardcodedkey.NewSecretKey(s),      // CLK001
		hardcodedkey.NewPublishableKey(s), // CLK005
		hardcodedkey.NewWebhookSecret(s),  // CLK006
		secrets.New(s),                    // CLK008
		webhooks.NewUnverified(s),         // CLK301
		webhooks.NewBehindAuth(s),         // CLK302
		webhooks.NewUserDeleted(s),        // CLK303
		clerkerr.New(s),                   // CLK501
		cliauth.NewTokenFile(s),           // CLK601
		cliauth.NewCallbackListen(s),      // CLK602
		cliauth.NewTokenLifetime(s),       // CLK603
	}
}
