// Package engines is the registry of clerklint's engines: the one place that
// maps a rule's `engine:` name to code. The CLI and the fixture tests both take the
// list from here, so a rule cannot ship without an engine behind it.
package engines

import (
	"github.com/clerklint/clerklint/analyzers/files/envfile"
	"github.com/clerklint/clerklint/analyzers/files/instances"
	filesecrets "github.com/clerklint/clerklint/analyzers/files/secrets"
	"github.com/clerklint/clerklint/analyzers/golang/godriver"
	"github.com/clerklint/clerklint/analyzers/history"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/js/authz"
	jsclerkerr "github.com/clerklint/clerklint/analyzers/js/clerkerr"
	"github.com/clerklint/clerklint/analyzers/js/express"
	"github.com/clerklint/clerklint/analyzers/js/nextjs"
	"github.com/clerklint/clerklint/analyzers/js/ownership"
	"github.com/clerklint/clerklint/analyzers/js/plans"
	"github.com/clerklint/clerklint/analyzers/js/reactrouter"
	"github.com/clerklint/clerklint/analyzers/js/reactspa"
	jssecrets "github.com/clerklint/clerklint/analyzers/js/secrets"
	"github.com/clerklint/clerklint/analyzers/js/sessions"
	"github.com/clerklint/clerklint/analyzers/js/sveltekit"
	"github.com/clerklint/clerklint/analyzers/js/webhooks"
	"github.com/clerklint/clerklint/analyzers/python"
	pyauthz "github.com/clerklint/clerklint/analyzers/python/authz"
	"github.com/clerklint/clerklint/analyzers/python/clerkerr"
	"github.com/clerklint/clerklint/analyzers/python/django"
	"github.com/clerklint/clerklint/analyzers/python/fastapi"
	"github.com/clerklint/clerklint/analyzers/python/flask"
	pysecrets "github.com/clerklint/clerklint/analyzers/python/secrets"
	"github.com/clerklint/clerklint/analyzers/python/settings"
	"github.com/clerklint/clerklint/analyzers/python/tokens"
	"github.com/clerklint/clerklint/analyzers/python/web"
	pywebhooks "github.com/clerklint/clerklint/analyzers/python/webhooks"
	"github.com/clerklint/clerklint/analyzers/scan"
)

// Suppress names the rules (CLK000) implemented by the report layer's inline
// suppression rather than by a file engine; it has no Checker.
const Suppress = "suppress"

// All returns every engine, in a fixed order.
func All() []scan.Engine {
	return []scan.Engine{
		filesecrets.Engine,
		envfile.Engine,
		instances.Engine,
		JS(),
		Python(),
		{Name: Suppress, IDs: []string{"CLK000"}},
		// CLK011 is scan --history's: the command reads the git log itself.
		history.Engine,
		// The Go passes run through go/analysis on each module of the walked
		// go.mod files, once the file engines are done (scan.Engine.Project).
		godriver.Engine(),
	}
}

// JSRules are the rule implementations on the syntax-tree engine; framework
// models plug in here as more js.Rules (nextjs and reactspa implement the
// same CLK401/CLK701 ids, each for its own apps; nextjs and express the
// same session rules, each for its own apps).
func JSRules() []js.Rule {
	return []js.Rule{jssecrets.ClientCode, nextjs.Rule, express.Rule, reactspa.Rule, sveltekit.Rule, reactrouter.Rule, jssecrets.Logged, sessions.Rule, webhooks.Rule, plans.Rule, ownership.Rule, authz.Rule, jsclerkerr.Rule}
}

// JS is the syntax-tree engine with every js rule: the engine refuses a rule
// set whose js rules it does not all implement, so tests build it from here.
func JS() scan.Engine { return js.NewEngine(JSRules()...) }

// PythonRules are the rule implementations on the Python engine.
func PythonRules() []python.Rule {
	return []python.Rule{web.NewRule(fastapi.Model, flask.Model, django.Model), clerkerr.Rule, pysecrets.Rule, pywebhooks.Rule, tokens.Rule, settings.Rule, pyauthz.Rule, pyauthz.Ownership}
}

// Python is the Python engine with every python rule.
func Python() scan.Engine { return python.NewEngine(PythonRules()...) }
