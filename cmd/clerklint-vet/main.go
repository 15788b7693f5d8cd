// Command clerklint-vet runs clerklint's Go analysis passes under the go vet
// protocol, with the built-in rule set's parameters:
//
//	go install github.com/clerklint/clerklint/cmd/clerklint-vet@latest
//	go vet -vettool=$(command -v clerklint-vet) ./...
//
// Findings are printed by go vet as "file:line:col: message"; add -json to see
// which rule (analyzer) reported each. `clerklint-vet help CLK101` explains a rule.
//
// go vet analyses one package at a time, so a route registered in a function
// that only tests call (a test router in a non-test file) is reported here;
// `clerklint scan` sees the whole module and does not report it.
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/clerklint/clerklint/analyzers/golang/gopasses"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

func main() {
	// The embedded rule set's params, as the CLI and the golangci-lint plugin
	// read them (gorules.FromRules); the vet protocol has no settings.
	s, err := gorules.FromRules(nil, gorules.Settings{})
	if err != nil {
		fmt.Fprintf(os.Stderr, "clerklint-vet: %v\n", err)
		os.Exit(1)
	}
	analyzers, err := gopasses.Analyzers(s)
	if err != nil {
		fmt.Fprintf(os.Stderr, "clerklint-vet: %v\n", err)
		os.Exit(1)
	}
	unitchecker.Main(analyzers...)
}
