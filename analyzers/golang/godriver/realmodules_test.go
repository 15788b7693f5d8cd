package godriver

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/clerklint/clerklint/analyzers/golang/godriver/drivertest"
	"github.com/clerklint/clerklint/analyzers/golang/gopasses"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// The testdata modules under testdata/gomod require the real clerk-sdk-go, chi,
// gin and svix modules (through the module proxy, or the module cache), so these
// tests catch what the analysistest stubs in testdata/src cannot: an SDK API the
// passes match on that does not exist, or differs, in the versions users run.

const (
	seededDir = "../../../testdata/gomod/seeded"
	cleanDir  = "../../../testdata/gomod/clean"
	// testonlyDir holds routers only its tests build (testonly.go); the
	// other drivers, which see one package at a time, report them.
	testonlyDir = "../../../testdata/gomod/testonly"
	stubsDir    = "../../../testdata/src"
)

// TestSeededModule runs the registered passes (gopasses.Analyzers) over the
// seeded-mistakes service and checks every finding against its annotations.
func TestSeededModule(t *testing.T) {
	checkModule(t, seededDir)
}

// TestCleanModule is the seeded service written correctly: nothing to report.
func TestCleanModule(t *testing.T) {
	checkModule(t, cleanDir)
}

// TestTestOnlyModule: the routes of functions only tests reach are not
// reported, their twins that main reaches are, and the endpoints say which.
func TestTestOnlyModule(t *testing.T) {
	res := checkModule(t, testonlyDir)
	testOnly := map[int]bool{}
	for _, e := range res.Endpoints {
		if e.Registration.File == "routers.go" {
			testOnly[e.Registration.Line] = e.TestOnly
		}
	}
	want := map[int]bool{13: false, 22: true, 35: true, 44: false, 53: false, 63: true, 72: false}
	if !maps.Equal(testOnly, want) {
		t.Errorf("TestOnly by registration line of routers.go = %v, want %v", testOnly, want)
	}
}

func checkModule(t *testing.T, dir string) *Result {
	abs := drivertest.NeedModule(t, dir)
	wants, err := drivertest.Wants(abs)
	if err != nil {
		t.Fatal(err)
	}
	analyzers, err := gopasses.Analyzers(gorules.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if missing := drivertest.Unregistered(wants, analyzers); len(missing) > 0 {
		t.Errorf("%s annotates rules with no registered Go analyzer (analyzers/golang/gopasses): %v", dir, missing)
	}
	res, err := Run(abs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("the module did not analyse cleanly: %v", res.Errors)
	}
	var got []drivertest.Got
	for _, f := range res.Findings {
		got = append(got, drivertest.Got{File: f.File, Line: f.Line, Column: f.Column, Rule: f.RuleID, Message: f.Message})
	}
	if problems := drivertest.Check(wants, got); len(problems) > 0 {
		t.Errorf("%s:\n%s", dir, strings.Join(problems, "\n"))
	}
	return res
}

// TestRealModulesResolve checks the driver itself against the real modules with a
// test-only pass that resolves one call of each SDK by its full name: if the
// driver loaded the module but the types did not resolve, it would find nothing.
func TestRealModulesResolve(t *testing.T) {
	abs := drivertest.NeedModule(t, seededDir)
	want := []string{
		"github.com/clerk/clerk-sdk-go/v2.SetKey",
		"github.com/clerk/clerk-sdk-go/v2.SessionClaimsFromContext",
		"github.com/clerk/clerk-sdk-go/v2/user.Get",
		"github.com/clerk/clerk-sdk-go/v2/http.WithHeaderAuthorization",
		"(*github.com/go-chi/chi/v5.Mux).Get",
		"(*github.com/gin-gonic/gin.RouterGroup).GET",
		"(*github.com/svix/svix-webhooks/go.Webhook).Verify",
	}
	resolver := &analysis.Analyzer{
		Name: "resolve",
		Doc:  "report calls of selected SDK functions",
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if sel, ok := n.(*ast.SelectorExpr); ok {
						if fn, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok && slices.Contains(want, fn.FullName()) {
							pass.ReportRangef(sel, "%s", fn.FullName())
						}
					}
					return true
				})
			}
			return nil, nil
		},
	}
	res, err := Run(abs, Options{Analyzers: []*analysis.Analyzer{resolver}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %v", res.Errors)
	}
	seen := map[string]bool{}
	for _, f := range res.Findings {
		seen[f.Message] = true
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("no call of %s resolved in %s", w, seededDir)
		}
	}
}

// TestStubsMatchRealModules compares every stub package under testdata/src that
// belongs to a module the seeded service requires with the real package: each
// exported name a stub declares must exist in the real package with the same
// kind and type (function signatures without parameter names, struct fields and
// methods the stub lists, interface methods the stub lists).
func TestStubsMatchRealModules(t *testing.T) {
	abs := drivertest.NeedModule(t, seededDir)
	data, err := os.ReadFile(filepath.Join(abs, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	mf, err := modfile.Parse("go.mod", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	stubRoot, err := filepath.Abs(stubsDir)
	if err != nil {
		t.Fatal(err)
	}
	var paths, unchecked []string
	err = filepath.WalkDir(stubRoot, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		rel, _ := filepath.Rel(stubRoot, filepath.Dir(p))
		pkg := filepath.ToSlash(rel)
		if slices.Contains(paths, pkg) || slices.Contains(unchecked, pkg) {
			return nil
		}
		for _, r := range mf.Require {
			if !r.Indirect && (pkg == r.Mod.Path || strings.HasPrefix(pkg, r.Mod.Path+"/")) {
				paths = append(paths, pkg)
				return nil
			}
		}
		if strings.Contains(pkg, ".") { // a third-party stub, not a fixture package
			unchecked = append(unchecked, pkg)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Skipf("no stubs of the seeded module's requirements under %s", stubsDir)
	}
	t.Logf("checking %d stub packages; not required by the seeded module, so unchecked: %v", len(paths), unchecked)

	mode := packages.NeedName | packages.NeedTypes | packages.NeedImports
	stubs, err := packages.Load(&packages.Config{
		Mode: mode,
		Dir:  stubRoot,
		Env:  append(os.Environ(), "GOPATH="+filepath.Dir(stubRoot), "GO111MODULE=off", "GOWORK=off", "GOFLAGS=", "GOPROXY=off"),
	}, paths...)
	if err != nil {
		t.Fatal(err)
	}
	real, err := packages.Load(&packages.Config{Mode: mode, Dir: abs, Env: append(os.Environ(), "GOWORK=off")}, paths...)
	if err != nil {
		t.Fatal(err)
	}
	realByPath := map[string]*packages.Package{}
	for _, p := range real {
		realByPath[p.PkgPath] = p
	}
	for _, sp := range stubs {
		if len(sp.Errors) > 0 {
			t.Errorf("stub %s does not type-check: %v", sp.PkgPath, sp.Errors)
			continue
		}
		rp := realByPath[sp.PkgPath]
		if rp == nil || len(rp.Errors) > 0 || rp.Types == nil {
			t.Errorf("stub %s: no such package in the real module: %v", sp.PkgPath, rp)
			continue
		}
		for _, name := range sp.Types.Scope().Names() {
			so := sp.Types.Scope().Lookup(name)
			if !so.Exported() {
				continue
			}
			ro := rp.Types.Scope().Lookup(name)
			if ro == nil {
				t.Errorf("%s.%s: declared by the stub, absent from the real package", sp.PkgPath, name)
				continue
			}
			for _, p := range compareObjects(so, ro) {
				t.Errorf("%s.%s: %s", sp.PkgPath, name, p)
			}
		}
	}
}

func compareObjects(stub, real types.Object) []string {
	if fmt.Sprintf("%T", stub) != fmt.Sprintf("%T", real) {
		return []string{fmt.Sprintf("stub is a %T, real is a %T", stub, real)}
	}
	switch stub := stub.(type) {
	case *types.Func:
		return compareTypes("signature", stub.Type(), real.Type())
	case *types.Var:
		return compareTypes("type", stub.Type(), real.Type())
	case *types.Const:
		return compareTypes("type", types.Default(stub.Type()), types.Default(real.Type()))
	case *types.TypeName:
		return compareTypeNames(stub, real.(*types.TypeName))
	}
	return nil
}

func compareTypes(what string, stub, real types.Type) []string {
	if s, r := typeString(stub), typeString(real); s != r {
		return []string{fmt.Sprintf("%s differs:\n\tstub: %s\n\treal: %s", what, s, r)}
	}
	return nil
}

// typeString prints a type with full package paths and without parameter
// names, so a stub may name parameters differently.
func typeString(t types.Type) string {
	sig, ok := t.(*types.Signature)
	if !ok {
		return types.TypeString(t, nil)
	}
	tuple := func(tu *types.Tuple, variadic bool) string {
		var parts []string
		for i := range tu.Len() {
			s := typeString(tu.At(i).Type())
			if variadic && i == tu.Len()-1 {
				s = "..." + strings.TrimPrefix(s, "[]")
			}
			parts = append(parts, s)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	s := "func" + tuple(sig.Params(), sig.Variadic())
	if sig.Results().Len() > 0 {
		s += " " + tuple(sig.Results(), false)
	}
	return s
}

func compareTypeNames(stub, real *types.TypeName) []string {
	if stub.IsAlias() != real.IsAlias() {
		return []string{fmt.Sprintf("alias: stub %v, real %v", stub.IsAlias(), real.IsAlias())}
	}
	var problems []string
	su, ru := stub.Type().Underlying(), real.Type().Underlying()
	switch su := su.(type) {
	case *types.Struct:
		if _, ok := ru.(*types.Struct); !ok {
			return []string{"stub is a struct, real is " + typeString(ru)}
		}
		for i := range su.NumFields() {
			f := su.Field(i)
			if !f.Exported() {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(real.Type(), true, real.Pkg(), f.Name())
			rf, ok := obj.(*types.Var)
			if !ok {
				problems = append(problems, "field "+f.Name()+" absent from the real struct")
				continue
			}
			problems = append(problems, prefix("field "+f.Name()+": ", compareTypes("type", f.Type(), rf.Type()))...)
		}
	case *types.Interface:
		ri, ok := ru.(*types.Interface)
		if !ok {
			return []string{"stub is an interface, real is " + typeString(ru)}
		}
		for i := range su.NumMethods() {
			m := su.Method(i)
			idx, rm := -1, (*types.Func)(nil)
			for j := range ri.NumMethods() {
				if ri.Method(j).Name() == m.Name() {
					idx, rm = j, ri.Method(j)
				}
			}
			if idx < 0 {
				problems = append(problems, "method "+m.Name()+" absent from the real interface")
				continue
			}
			problems = append(problems, prefix("method "+m.Name()+": ", compareTypes("signature", m.Type(), rm.Type()))...)
		}
	default:
		problems = append(problems, compareTypes("underlying type", su, ru)...)
	}
	if sn, ok := stub.Type().(*types.Named); ok && !stub.IsAlias() {
		for i := range sn.NumMethods() {
			m := sn.Method(i)
			if !m.Exported() {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(real.Type(), true, real.Pkg(), m.Name())
			rm, ok := obj.(*types.Func)
			if !ok {
				problems = append(problems, "method "+m.Name()+" absent from the real type")
				continue
			}
			problems = append(problems, prefix("method "+m.Name()+": ", compareTypes("signature", m.Type(), rm.Type()))...)
		}
	}
	return problems
}

func prefix(p string, ss []string) []string {
	for i := range ss {
		ss[i] = p + ss[i]
	}
	return ss
}
