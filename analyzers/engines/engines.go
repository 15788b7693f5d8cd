// Package engines is the registry of clerklint's file engines: the one place that
// maps a rule's `engine:` name to code. The CLI and the fixture tests both take the
// list from here, so a rule cannot ship without an engine behind it.
package engines

import (
	"github.com/clerklint/clerklint/analyzers/clientsecret"
	"github.com/clerklint/clerklint/analyzers/envfile"
	"github.com/clerklint/clerklint/analyzers/godriver"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/nextjs"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/secrets"
	"github.com/clerklint/clerklint/analyzers/tokendecode"
)

// Suppress names the rules (CLK000) implemented by the report layer's inline
// suppression rather than by a file engine; it has no Checker.
const Suppress = "suppress"

// All returns every engine, in a fixed order.
func All() []scan.Engine {
	return []scan.Engine{
		secrets.Engine,
		envfile.Engine,
		// The syntax-tree engine; framework models plug in as more js.Rules.
		js.NewEngine(clientsecret.Rule, nextjs.Rule, tokendecode.Rule),
		{Name: Suppress},
		// The Go passes run through go/analysis on each module (analyzers/godriver),
		// not through the file walk.
		{Name: godriver.EngineName},
	}
}
