package godriver

import (
	"go/ast"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
)

// routeProbeRule stands in for a route rule: it requires the route model and
// reports every call of a function named register.
var routeProbeRule = &analysis.Analyzer{
	Name: "CLK101", Doc: "reports register calls", Requires: []*analysis.Analyzer{gomodel.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "register" {
						pass.Reportf(call.Pos(), "route")
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

// otherProbeRule reports the same calls without the route model: not a route
// rule, so test-only code does not silence it.
var otherProbeRule = &analysis.Analyzer{
	Name: "CLK008", Doc: "reports register calls", Run: routeProbeRule.Run,
}

// checkTestOnly scans files with both probes and compares the findings
// ("file:line rule") with want.
func checkTestOnly(t *testing.T, files map[string]string, want ...string) {
	t.Helper()
	if got := runTestOnly(t, files); !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func runTestOnly(t *testing.T, files map[string]string) []string {
	t.Helper()
	root := writeTree(t, files)
	res, err := Run(root, Options{Analyzers: []*analysis.Analyzer{routeProbeRule, otherProbeRule}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.File+":"+strconv.Itoa(f.Line)+" "+f.RuleID)
	}
	return got
}

const testOnlyLib = `package lib

func register(string) {}

// SetupTestRouter: exported, called only by the test.
func SetupTestRouter() { register("/a") }

func setupFake() { register("/b") }
`

const testOnlyTest = `package lib

import "testing"

func TestRouters(t *testing.T) { SetupTestRouter(); setupFake() }
`

// TestTestOnlyLibraryExports: in a module without a main package an exported
// function may be another module's API, so only the unexported one is
// test-only; the rule that does not judge routes keeps both.
func TestTestOnlyLibraryExports(t *testing.T) {
	needGo(t)
	checkTestOnly(t, map[string]string{
		"go.mod":          "module example.com/lib\n\ngo 1.22\n",
		"lib/lib.go":      testOnlyLib,
		"lib/lib_test.go": testOnlyTest,
	}, "lib/lib.go:6 CLK008", "lib/lib.go:6 CLK101", "lib/lib.go:8 CLK008")
}

// TestTestOnlyApplication: with a main package both are test-only, unless
// main (here through a package-level variable) reaches them.
func TestTestOnlyApplication(t *testing.T) {
	needGo(t)
	files := map[string]string{
		"go.mod":          "module example.com/app\n\ngo 1.22\n",
		"lib/lib.go":      testOnlyLib,
		"lib/lib_test.go": testOnlyTest,
		"main.go":         "package main\n\nfunc main() {}\n",
	}
	checkTestOnly(t, files, "lib/lib.go:6 CLK008", "lib/lib.go:8 CLK008")
	files["main.go"] = "package main\n\nimport \"example.com/app/lib\"\n\nvar setup = lib.SetupTestRouter\n\nfunc main() { setup() }\n"
	checkTestOnly(t, files, "lib/lib.go:6 CLK008", "lib/lib.go:6 CLK101", "lib/lib.go:8 CLK008")
}

// TestTestOnlyIncompleteModule: a module that did not load completely may
// hide the call that serves a router; nothing in it is test-only.
func TestTestOnlyIncompleteModule(t *testing.T) {
	needGo(t)
	checkTestOnly(t, map[string]string{
		"go.mod":          "module example.com/app\n\ngo 1.22\n",
		"lib/lib.go":      testOnlyLib,
		"lib/lib_test.go": testOnlyTest,
		"main.go":         "package main\n\nimport \"example.com/app/lib\"\n\nfunc main() { lib.SetupTestRouter(undefined) }\n",
	}, "lib/lib.go:6 CLK008", "lib/lib.go:6 CLK101", "lib/lib.go:8 CLK008", "lib/lib.go:8 CLK101")
}
