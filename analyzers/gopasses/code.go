package gopasses

import (
	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/clerkerr"
	"github.com/clerklint/clerklint/analyzers/cliauth"
	"github.com/clerklint/clerklint/analyzers/gorules"
	"github.com/clerklint/clerklint/analyzers/hardcodedkey"
	"github.com/clerklint/clerklint/analyzers/secretleak"
	"github.com/clerklint/clerklint/analyzers/webhook"
)

// codeAnalyzers are the passes that judge code within a function: hardcoded keys,
// leaked secrets, webhook verification, ignored Clerk errors, CLI token handling.
//
// CLK302 (webhook route behind auth) is registered here with the other webhook
// rules; it reads the route model (analyzers/gomodel) through Requires.
func codeAnalyzers(s gorules.Settings) []*analysis.Analyzer {
	return []*analysis.Analyzer{
		hardcodedkey.NewSecretKey(s),      // CLK001
		hardcodedkey.NewPublishableKey(s), // CLK005
		hardcodedkey.NewWebhookSecret(s),  // CLK006
		secretleak.New(s),                 // CLK008
		webhook.NewUnverified(s),          // CLK301
		webhook.NewBehindAuth(s),          // CLK302
		webhook.NewUserDeleted(s),         // CLK303
		clerkerr.New(s),                   // CLK501
		cliauth.NewTokenFile(s),           // CLK601
		cliauth.NewCallbackListen(s),      // CLK602
		cliauth.NewTokenLifetime(s),       // CLK603
	}
}
