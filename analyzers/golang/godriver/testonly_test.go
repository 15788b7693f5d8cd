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

// TestTestOnlySpans checks the fixpoint on references alone: a long chain
// that only a test enters joins link by link (in time linear in its
// length); a pair calling each other does not (the least fixpoint), nor a
// function production also calls, nor one only such a function calls.
func TestTestOnlySpans(t *testing.T) {
	r := newTestReach()
	decl := func(name string, line int) {
		r.decls["p."+name] = &reachDecl{module: ".", name: "p." + name, file: "p/p.go", start: line, end: line}
	}
	ref := func(callee, caller string, test bool) {
		rs := r.refs["p."+callee]
		if rs == nil {
			rs = &reachRefs{callers: map[string]bool{}}
			r.refs["p."+callee] = rs
		}
		if test {
			rs.fromTests = true
		} else {
			rs.callers[caller] = true
		}
	}
	const chain = 100000
	for i := range chain {
		decl("c"+strconv.Itoa(i), i+1)
		if i == 0 {
			ref("c0", "", true)
		} else {
			ref("c"+strconv.Itoa(i), "p.c"+strconv.Itoa(i-1), false)
		}
	}
	// A cycle entered from the chain; a function production calls too; one
	// only that function calls.
	decl("loopA", chain+1)
	decl("loopB", chain+2)
	ref("loopA", "p.c5", false)
	ref("loopA", "p.loopB", false)
	ref("loopB", "p.loopA", false)
	decl("shared", chain+3)
	ref("shared", "p.c7", false)
	ref("shared", "", false)
	decl("untested", chain+4)
	ref("untested", "p.shared", false)

	spans := r.spans()["p/p.go"]
	got := map[int]bool{}
	for _, s := range spans {
		got[s[0]] = true
	}
	for i := range chain {
		if !got[i+1] {
			t.Fatalf("chain link c%d not test-only", i)
		}
	}
	// loopA's callers are c5 (test-only) and loopB, which only loopA
	// calls: neither joins first, so the least fixpoint leaves both out.
	for name, line := range map[string]int{"loopA": chain + 1, "loopB": chain + 2, "shared": chain + 3, "untested": chain + 4} {
		if got[line] {
			t.Errorf("%s is test-only, want reachable", name)
		}
	}
}
