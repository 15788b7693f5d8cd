// Package golangci registers clerklint's Go analysis passes as a golangci-lint v2
// module plugin named "clerklint" (github.com/golangci/plugin-module-register).
//
// golangci-lint's `custom` command blank-imports this package into a custom
// binary (see .custom-gcl.yml at the repository root); the run configuration
// (.golangci-plugin.yml) enables the linter and passes its settings, decoded
// strictly into gorules.Settings and resolved against the embedded rule set
// (gorules.FromRules, as the CLI and the vet tool do). Each rule is its own analyzer named by its id,
// so findings print as "CLK101: … (clerklint)". Like go vet, golangci-lint
// analyses one package at a time, so a route registered in a function only
// tests call is reported here and not by `clerklint scan`, which sees the
// whole module (godriver's test-only decision).
//
// The import graph stays pure Go: golangci-lint is built with CGO_ENABLED=0.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gopasses"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// Name is the plugin name; it must equal the key under
// linters.settings.custom in the golangci-lint configuration.
const Name = "clerklint"

// init is how golangci-lint finds module plugins: the custom binary imports this
// package for its side effect of registering with plugin-module-register.
func init() {
	register.Plugin(Name, New)
}

// New decodes and validates the plugin settings. Unknown keys, invalid globs and
// durations, and unknown rule ids are errors, so a typo in .golangci-plugin.yml
// stops golangci-lint instead of silently changing what is checked.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[gorules.Settings](conf)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	// The defaults are the embedded YAML's rule params; the settings apply on top.
	if s, err = gorules.FromRules(nil, s); err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	return &plugin{settings: s}, nil
}

type plugin struct {
	settings gorules.Settings
}

// BuildAnalyzers returns the same passes as `clerklint scan` and the vet tool.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return gopasses.Analyzers(p.settings)
}

// GetLoadMode asks for type information: the passes resolve Clerk, chi, gin and
// svix calls by their types and exchange facts across packages.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
