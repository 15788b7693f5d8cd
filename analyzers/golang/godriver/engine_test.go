package godriver

import (
	"go/ast"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

func TestRunRulesFilter(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	// No pass left after filtering by the rule set: nothing is loaded, even
	// from a root that would not load.
	res, err := Run("/nonexistent", Options{Analyzers: []*analysis.Analyzer{probe("CLK999")}, Rules: set})
	if err != nil || len(res.Modules) != 0 || len(res.Errors) != 0 {
		t.Errorf("Run = %+v, %v", res, err)
	}
}

// TestProjectModules: the modules are the walked go.mod files, minus what
// the go command skips below the root and gitignored untracked ones; in
// files mode only those holding a named .go file.
func TestProjectModules(t *testing.T) {
	root := writeTree(t, map[string]string{
		"go.mod":                    "module example.com/root\n",
		"main.go":                   "package main\n",
		"svc/go.mod":                "module example.com/svc\n",
		"svc/api/api.go":            "package api\n",
		"tools/go.mod":              "module example.com/tools\n",
		"testdata/fixture/go.mod":   "module example.com/fixture\n",
		"_old/go.mod":               "module example.com/old\n",
		".github/go.mod":            "module example.com/gh\n",
		"generated/go.mod":          "module example.com/gen\n",
		"svc/README.md":             "# svc\n",
		"tools/testdata/x/go.mod":   "module example.com/x\n",
		"tools/cmd/tool/main.go":    "package main\n",
		"tools/internal/x/x.go":     "package x\n",
		"tools/_build/inner/go.mod": "module example.com/inner\n",
	})
	var files []*scan.File
	for _, p := range []string{"go.mod", "main.go", "svc/go.mod", "svc/api/api.go", "svc/README.md", "tools/go.mod", "tools/cmd/tool/main.go",
		"testdata/fixture/go.mod", "_old/go.mod", ".github/go.mod", "generated/go.mod", "tools/testdata/x/go.mod", "tools/_build/inner/go.mod"} {
		f := &scan.File{Path: p, Abs: filepath.Join(root, filepath.FromSlash(p)), Lang: strings.TrimPrefix(filepath.Ext(p), "."), Report: true}
		if p == "generated/go.mod" {
			f.Ignored = true // gitignored, untracked
		}
		files = append(files, f)
	}
	p := &scan.Project{Root: root, Files: files}
	dirs := func(ms []Module) string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Dir+"="+m.Path)
		}
		return strings.Join(out, ",")
	}
	if got, want := dirs(ProjectModules(p)), ".=example.com/root,svc=example.com/svc,tools=example.com/tools"; got != want {
		t.Errorf("ProjectModules = %s, want %s", got, want)
	}
	only := func(paths ...string) {
		for _, f := range files {
			f.Report = slices.Contains(paths, f.Path)
		}
	}
	only("svc/api/api.go", "tools/cmd/tool/main.go", "svc/README.md")
	if got, want := dirs(ProjectModules(p)), "svc=example.com/svc,tools=example.com/tools"; got != want {
		t.Errorf("files mode = %s, want %s", got, want)
	}
	only("svc/README.md")
	if got := ProjectModules(p); len(got) != 0 {
		t.Errorf("no .go file named: %v, want no module", got)
	}
}

// lister stands in for the route model's result: it lists endpoints with
// absolute positions, as a Go pass sees files.
type lister struct{ eps []endpoint.Endpoint }

func (l *lister) EndpointList() []endpoint.Endpoint { return l.eps }

// routeProbe is a fake producer: one endpoint per function named Handle*.
var routeProbe = &analysis.Analyzer{
	Name:       "routeprobe",
	Doc:        "list Handle* functions as endpoints",
	ResultType: reflect.TypeOf((*lister)(nil)),
	Run: func(pass *analysis.Pass) (any, error) {
		l := &lister{}
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || !strings.HasPrefix(fd.Name.Name, "Handle") {
					continue
				}
				p := pass.Fset.Position(fd.Pos())
				at := endpoint.Pos{File: filepath.ToSlash(p.Filename), Line: p.Line, Col: p.Column}
				l.eps = append(l.eps, endpoint.Endpoint{
					Framework: "net/http", Kind: endpoint.Route, URL: "/" + strings.ToLower(strings.TrimPrefix(fd.Name.Name, "Handle")),
					Registration: at, Handler: at,
					Protection: endpoint.Protection{State: endpoint.Unprotected, By: []endpoint.Evidence{{At: at}}},
				})
			}
		}
		return l, nil
	},
}

// TestRunGathersEndpoints: endpoints listed by a pass result (here a
// prerequisite of the reporting pass, as the route model is) reach the
// Result once per package, positioned relative to the root.
func TestRunGathersEndpoints(t *testing.T) {
	needGo(t)
	root := writeTree(t, map[string]string{
		"go.mod":          "module example.com/app\n\ngo 1.22\n",
		"api/api.go":      "package api\n\nfunc HandleOrders() {}\n\nfunc helper() {}\n",
		"api/api_test.go": "package api\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) { helper() }\n",
	})
	user := &analysis.Analyzer{Name: "CLK101", Doc: "needs the routes", Requires: []*analysis.Analyzer{routeProbe},
		Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	res, err := Run(root, Options{Analyzers: []*analysis.Analyzer{user}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %v", res.Errors)
	}
	if len(res.Endpoints) != 1 {
		t.Fatalf("endpoints = %+v, want one (the test variant's copy dropped)", res.Endpoints)
	}
	e := res.Endpoints[0]
	want := endpoint.Pos{File: "api/api.go", Line: 3, Col: 1}
	if e.URL != "/orders" || e.Registration != want || e.Handler != want || e.Protection.By[0].At != want {
		t.Errorf("endpoint = %+v, want /orders at %v", e, want)
	}
}
