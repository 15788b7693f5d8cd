package godriver

import (
	"go/ast"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/clerklint/clerklint/rules"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func needGo(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH")
	}
}

func TestFindModules(t *testing.T) {
	root := writeTree(t, map[string]string{
		"go.mod":                         "module example.com/root\n",
		"svc/api/go.mod":                 "module example.com/api\n",
		"svc/api/nested/go.mod":          "module example.com/nested\n",
		"testdata/fixture/go.mod":        "module example.com/fixture\n",
		"svc/api/testdata/x/go.mod":      "module example.com/x\n",
		"vendor/example.com/v/go.mod":    "module example.com/v\n",
		"web/node_modules/pkg/go.mod":    "module example.com/n\n",
		".hidden/go.mod":                 "module example.com/h\n",
		"_scratch/go.mod":                "module example.com/s\n",
		"legacy/old/go.mod":              "module example.com/old\n",
		"svc/api/internal/notamodule.go": "package internal\n",
	})
	mods, err := FindModules(root, rules.MustGlobs("legacy/**"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Module{{".", "example.com/root"}, {"svc/api", "example.com/api"}, {"svc/api/nested", "example.com/nested"}}
	if !slices.Equal(mods, want) {
		t.Errorf("FindModules = %v, want %v", mods, want)
	}
	// A fixture module scanned as the root is analysed.
	mods, err = FindModules(filepath.Join(root, "testdata", "fixture"), nil)
	if err != nil || !slices.Equal(mods, []Module{{".", "example.com/fixture"}}) {
		t.Errorf("FindModules(testdata/fixture) = %v, %v", mods, err)
	}
}

func TestWorkspaceEnv(t *testing.T) {
	root := writeTree(t, map[string]string{
		"go.work":      "go 1.25\n\nuse ./a\n",
		"a/go.mod":     "module example.com/a\n",
		"b/go.mod":     "module example.com/b\n",
		"b/sub/go.mod": "module example.com/sub\n",
	})
	has := func(env []string) bool { return slices.Contains(env, "GOWORK=off") }
	if env, ws := workspaceEnv([]string{"PATH=/bin"}, filepath.Join(root, "a")); has(env) || !ws {
		t.Error("a module used by go.work must be loaded in the workspace")
	}
	if env, ws := workspaceEnv([]string{"PATH=/bin"}, filepath.Join(root, "b")); !has(env) || ws {
		t.Error("a module outside go.work must be loaded with GOWORK=off")
	}
	if env, ws := workspaceEnv([]string{"GOWORK=/x/go.work"}, filepath.Join(root, "b")); has(env) || !ws {
		t.Error("an explicit GOWORK must be kept")
	}
	if _, ws := workspaceEnv([]string{"GOWORK=off"}, filepath.Join(root, "a")); ws {
		t.Error("GOWORK=off is no workspace")
	}
}

// probe is a test-only pass standing in for the real ones: it reports every call
// of a function named SetKey, with the callee's declaration as related location
// when it is in the same package.
func probe(name string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      "report SetKey calls",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
			ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
				call := n.(*ast.CallExpr)
				var id *ast.Ident
				switch fn := call.Fun.(type) {
				case *ast.Ident:
					id = fn
				case *ast.SelectorExpr:
					id = fn.Sel
				}
				if id == nil || id.Name != "SetKey" {
					return
				}
				obj, _ := pass.TypesInfo.Uses[id].(*types.Func)
				if obj == nil {
					return
				}
				d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: "SetKey called from " + pass.Pkg.Name()}
				if obj.Pkg() == pass.Pkg {
					d.Related = []analysis.RelatedInformation{{Pos: obj.Pos(), Message: "declared here"}}
				}
				pass.Report(d)
			})
			return nil, nil
		},
	}
}

func TestRunPositionsAndDedupe(t *testing.T) {
	needGo(t)
	root := writeTree(t, map[string]string{
		"go.mod": "module example.com/app\n\ngo 1.22\n",
		"app/app.go": `package app

func SetKey(string) {}

func Init() {
	SetKey("sk_live_" + "0aB1cD2eF3gH4iJ5" + "kL6mN7oP8qR9sT0uV1wX2yZ3aB")
}
`,
		"app/app_test.go": `package app

import "testing"

func TestInit(t *testing.T) { SetKey("x") }
`,
		"app/ext_test.go": `package app_test

import (
	"testing"

	"example.com/app/app"
)

func TestExt(t *testing.T) { app.SetKey("y") }
`,
		"web/node_modules/x/go.mod": "module example.com/x\n",
	})
	res, err := Run(root, Options{Analyzers: []*analysis.Analyzer{probe("CLK001")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %v", res.Errors)
	}
	if len(res.Modules) != 1 || res.Modules[0].Dir != "." || res.Modules[0].Path != "example.com/app" {
		t.Errorf("modules = %+v", res.Modules)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.File+":"+strconv.Itoa(f.Line)+":"+strconv.Itoa(f.Column)+"-"+strconv.Itoa(f.EndLine)+":"+strconv.Itoa(f.EndColumn)+" "+f.RuleID+" "+f.Message)
	}
	want := []string{
		// app.go's call is reported by both "app" and "app [app.test]": once here.
		"app/app.go:6:2-6:72 CLK001 SetKey called from app",
		"app/app_test.go:5:31-5:42 CLK001 SetKey called from app",
		"app/ext_test.go:9:30-9:45 CLK001 SetKey called from app_test",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	f := res.Findings[0]
	if f.Secret != "sk_live_"+"0aB1cD2eF3gH4iJ5"+"kL6mN7oP8qR9sT0uV1wX2yZ3aB" {
		t.Errorf("Secret = %q, want the evaluated constant", f.Secret)
	}
	if f.Construct != "" {
		t.Errorf("Construct = %q, want none next to a secret", f.Construct)
	}
	if c := res.Findings[1].Construct; c != `SetKey("x")` {
		t.Errorf("Construct = %q, want the call text", c)
	}
	if len(f.Related) != 1 || f.Related[0].Position != (rules.Position{File: "app/app.go", Line: 3, Column: 6, EndLine: 3, EndColumn: 12}) {
		t.Errorf("Related = %+v", f.Related)
	}
}

func TestRunListsBrokenModules(t *testing.T) {
	needGo(t)
	root := writeTree(t, map[string]string{
		// A type error in one package: listed, and the other package still analysed.
		"good/go.mod": "module example.com/good\n\ngo 1.22\n",
		"good/ok/ok.go": `package ok

func SetKey(string) {}

func init() { SetKey("a") }
`,
		"good/bad/bad.go": "package bad\n\nvar x int = \"not an int\"\n",
		// A dependency without go.sum entries: the import does not resolve.
		"nosum/go.mod": "module example.com/nosum\n\ngo 1.22\n\nrequire github.com/clerk/clerk-sdk-go/v2 v2.4.2\n",
		"nosum/main.go": `package main

import "github.com/clerk/clerk-sdk-go/v2"

func main() { clerk.SetKey("b") }
`,
	})
	res, err := Run(root, Options{Analyzers: []*analysis.Analyzer{probe("CLK001")}, Env: append(os.Environ(), "GOFLAGS=-mod=readonly", "GOPROXY=off")})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].File != "good/ok/ok.go" {
		t.Errorf("findings = %+v, want the one in good/ok", res.Findings)
	}
	if len(res.Errors) != 2 {
		t.Fatalf("errors = %+v, want one per broken module", res.Errors)
	}
	for i, want := range []struct{ path, text string }{
		{"good/go.mod", "good/bad/bad.go:3:13: cannot use \"not an int\""},
		{"nosum/go.mod", "nosum/main.go:3:8: missing go.sum entry"},
	} {
		e := res.Errors[i]
		if e.Path != want.path || !strings.Contains(e.Message, want.text) || e.Internal {
			t.Errorf("error %d = %+v, want path %s and %q", i, e, want.path, want.text)
		}
	}

	// Without a go command nothing loads, and every module says so.
	t.Setenv("PATH", t.TempDir())
	res, err = Run(root, Options{Analyzers: []*analysis.Analyzer{probe("CLK001")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 0 || len(res.Errors) != 2 || !strings.Contains(res.Errors[0].Message, "go command required") {
		t.Errorf("without go: findings %v, errors %+v", res.Findings, res.Errors)
	}
}

func TestRunAnalyzerPanicIsInternal(t *testing.T) {
	needGo(t)
	root := writeTree(t, map[string]string{
		"go.mod":  "module example.com/p\n\ngo 1.22\n",
		"p/p.go":  "package p\n",
		"p2/p.go": "package p2\n",
	})
	boom := &analysis.Analyzer{Name: "CLK999", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	res, err := Run(root, Options{Analyzers: []*analysis.Analyzer{boom}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 2 || !res.Errors[0].Internal || !strings.Contains(res.Errors[0].Message, "CLK999 on example.com/p/p: panic: boom") {
		t.Errorf("errors = %+v", res.Errors)
	}
}

func TestRunNoAnalyzersLoadsNothing(t *testing.T) {
	res, err := Run(t.TempDir(), Options{Analyzers: []*analysis.Analyzer{}})
	if err != nil || len(res.Modules) != 0 {
		t.Errorf("Run with no analyzers = %+v, %v", res, err)
	}
}
