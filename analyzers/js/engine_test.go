package js_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
)

// routeRule is how a framework model plugs in: it borrows CLK004's id here
// only because a Rule must implement an id the YAML declares for `js`.
// It reports route handlers that no auth check protects.
type routeRule struct {
	spec  *js.AuthSpec
	mu    sync.Mutex
	trees []*js.Tree
}

func (r *routeRule) Wants(m *js.Model, f *scan.File) bool {
	return strings.HasSuffix(f.Path, "/route.ts") && m.App(f.Path) != nil && m.App(f.Path).Framework == "next"
}

func (r *routeRule) Check(pass *js.Pass) {
	mod := pass.Module()
	for _, verb := range []string{"GET", "POST"} {
		exp := mod.Exports[verb]
		if exp == nil {
			continue
		}
		if p := pass.Model.ExportProtection(mod, verb, r.spec); !p.Protected {
			pos := exp.Pos
			pass.Report(rules.Finding{RuleID: "CLK004", Position: pos, Message: verb + ": " + p.Reason})
		}
	}
	// A tree and a query on it, as rules that inspect syntax do.
	t, err := pass.Tree()
	if err != nil {
		return
	}
	r.mu.Lock()
	r.trees = append(r.trees, t)
	r.mu.Unlock()
	q, err := js.NewQuery(`((call_expression function: (identifier) @fn) (#eq? @fn "auth"))`)
	if err != nil {
		panic(err)
	}
	defer q.Close()
	q.Matches(t, t.Root(), func(int, js.Captures) bool { return true })
}

func TestEngineRunsRules(t *testing.T) {
	spec := &js.AuthSpec{
		Checks:   []js.FuncRef{{Module: "@clerk/nextjs/server", Name: "auth"}},
		Protects: []js.FuncRef{{Module: "@clerk/nextjs/server", Name: "auth.protect"}},
		Exits:    []string{"redirect"},
	}
	rr := &routeRule{spec: spec}
	// It claims every js rule of the set, so that adding one (the Next.js
	// rules) does not make NewEngine refuse the set.
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range set.All() {
		if r.HasEngine(js.Name) {
			ids = append(ids, r.ID)
		}
	}
	rule := js.Rule{IDs: ids, New: func([]*rules.Rule, scan.Options) (js.Checker, error) { return rr, nil }}
	root := t.TempDir()
	for name, src := range map[string]string{
		"package.json":            `{"dependencies":{"next":"15","@clerk/nextjs":"^6"}}`,
		"lib/auth.ts":             "import { auth } from '@clerk/nextjs/server'\nexport const requireUser = async () => { await auth.protect() }\n",
		"app/api/a/route.ts":      "import { requireUser } from '../../../lib/auth'\nexport async function GET() { await requireUser(); return Response.json(1) }\nexport async function POST() { return Response.json(2) }\n",
		"app/api/b/route.ts":      "import { auth } from '@clerk/nextjs/server'\nexport const GET = async () => { const { userId } = await auth(); return Response.json(userId) }\n",
		"app/page.tsx":            "export default function Page() { return <p /> }\n",
		"node_modules/x/route.ts": "export async function GET() {}\n",
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fs, err := scantest.Engines(js.NewEngine(rule))(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.File+":"+itoa(f.Line)+" "+f.Message)
	}
	sort.Strings(got)
	want := []string{
		"app/api/a/route.ts:3 POST: no auth check",
		"app/api/b/route.ts:2 GET: reads userId but never stops a request without it",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(rr.trees) != 2 {
		t.Errorf("parsed %d route trees, want 2", len(rr.trees))
	}
	for _, tr := range rr.trees {
		if tr.Closed() == false {
			t.Errorf("the engine did not close a tree after Check")
		}
	}
}

func TestEngineRejectsUnimplementedRule(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	_, err = js.NewEngine().New(set.ByEngine(js.Name), scan.Options{})
	if err == nil || !strings.Contains(err.Error(), "the js engine does not implement it") {
		t.Errorf("err = %v", err)
	}
}

func itoa(n int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+n)))
}

// idRule reports every file it wants under its own rule id, tagged with the
// implementation's name, and records the rules New received.
type idRule struct {
	name string
	ext  string
	got  []string
}

func (r *idRule) Wants(_ *js.Model, f *scan.File) bool { return strings.HasSuffix(f.Path, r.ext) }

func (r *idRule) Check(pass *js.Pass) {
	pass.Report(rules.Finding{RuleID: "CLK701", Position: rules.Position{Line: 1, Column: 1}, Message: r.name})
}

// TestEngineSharedRuleID: two implementations of one rule id (the Next.js
// and React SPA models of CLK701) both receive the rule and both report.
func TestEngineSharedRuleID(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	// The first claims every js rule (scantest runs the whole built-in set),
	// the second only CLK701.
	var all []string
	for _, r := range set.ByEngine(js.Name) {
		all = append(all, r.ID)
	}
	a, b := &idRule{name: "next", ext: ".ts"}, &idRule{name: "spa", ext: ".tsx"}
	impl := func(r *idRule, ids []string) js.Rule {
		return js.Rule{IDs: ids, New: func(rs []*rules.Rule, _ scan.Options) (js.Checker, error) {
			for _, x := range rs {
				r.got = append(r.got, x.ID)
			}
			return r, nil
		}}
	}
	root := scantest.WriteTree(t, map[string]string{"package.json": clerkApp, "a.ts": "export {}\n", "b.tsx": "export {}\n"})
	eng := js.NewEngine(impl(a, all), impl(b, []string{"CLK701"}))
	fs, err := scantest.Engines(eng)(root)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.File+" "+f.RuleID+" "+f.Message)
	}
	sort.Strings(got)
	want := "a.ts CLK701 next\nb.tsx CLK701 spa"
	if strings.Join(got, "\n") != want {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
	if !strings.Contains(","+strings.Join(a.got, ",")+",", ",CLK701,") || strings.Join(b.got, ",") != "CLK701" {
		t.Errorf("rules received: next %v, spa %v; want CLK701 each", a.got, b.got)
	}
}

// clerkApp is a package.json that makes its files Clerk code the engine
// offers to rules.
const clerkApp = `{"dependencies": {"@clerk/nextjs": "^6"}}`

// moduleRule records the summary a Pass gives for each file it wants.
type moduleRule struct {
	mu   sync.Mutex
	mods map[string]*js.Module
}

func (r *moduleRule) Wants(*js.Model, *scan.File) bool { return true }

func (r *moduleRule) Check(pass *js.Pass) {
	mod := pass.Module()
	r.mu.Lock()
	r.mods[pass.File.Path] = mod
	r.mu.Unlock()
}

// TestPassModuleOverSizeLimit: a file over the parser's size limit gets the
// summary an importer's Model.Module gives it (ErrTooLarge, nothing read, so
// no directives) when a Pass asks first, so the result does not depend on
// which goroutine summarises it.
func TestPassModuleOverSizeLimit(t *testing.T) {
	big := "'use client'\n" + strings.Repeat("export const x = 1\n", (2<<20)/19+1)
	root := scantest.WriteTree(t, map[string]string{"package.json": clerkApp, "big.ts": big})
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string // scantest runs the whole built-in set
	for _, r := range set.ByEngine(js.Name) {
		ids = append(ids, r.ID)
	}
	r := &moduleRule{mods: map[string]*js.Module{}}
	eng := js.NewEngine(js.Rule{IDs: ids, New: func([]*rules.Rule, scan.Options) (js.Checker, error) { return r, nil }})
	if _, err := scantest.Engines(eng)(root); err != nil {
		t.Fatal(err)
	}
	mod := r.mods["big.ts"]
	if mod == nil || mod.Err != js.ErrTooLarge || len(mod.Directives) != 0 {
		t.Errorf("big.ts summary = %+v, want ErrTooLarge and no directives", mod)
	}
}
