// Package reactspa is clerklint's model of React single-page apps (Vite and
// Create React App with @clerk/clerk-react v5 or @clerk/react v6): the SPA
// forms of two rules the Next.js model implements for Next apps.
//
// CLK701 (the provider):
//   - the app renders Clerk components or calls Clerk hooks (ui-names) in
//     modules the entry imports, but neither the entry (index.html's module
//     script, else src/main.* for Vite, src/index.* for CRA) nor anything it
//     imports brings in <ClerkProvider>: reported on the entry's render call;
//   - a @clerk/clerk-react <ClerkProvider> with no publishableKey prop (v5
//     reads no environment variable and throws at startup; @clerk/react v6
//     falls back to VITE_CLERK_PUBLISHABLE_KEY, so it is not reported);
//   - a publishableKey read from an env variable the bundler leaves undefined
//     in the browser (Vite: import.meta.env without VITE_, CRA: process.env
//     without REACT_APP_), directly or through a const of the same file.
//
// CLK401 (React Router): a <Route path> element or a route object
// ({ path, element }) whose element renders a path-routed Clerk component
// (path-routed: SignIn, SignUp, UserProfile, OrganizationProfile; in the file
// or one component away, in the same file or an imported module) while the
// route path does not end with a splat ("/sign-in/*"), or whose path prop
// names another URL than the route. @clerk/clerk-react and @clerk/react
// components route by hash unless they get a path prop or routing="path";
// @clerk/react-router's route by path unless routing="hash"/"virtual".
//
// Out of reach: providers that wrap only part of the tree (any module the
// entry reaches importing ClerkProvider counts), envPrefix or define settings
// in vite.config (a config with either is trusted), routes built by helper
// functions, nested routes' parent prefixes (a relative route path is only
// compared with the end of the path prop) and routers other than React
// Router. Client-side gating in an SPA is not judged: it protects nothing,
// and the API the SPA calls must verify the token (the backends' CLK101).
// Nor are `if (!isSignedIn) navigate(…)` checks made before isLoaded: they
// bounce signed-in users while Clerk loads (a usability bug that fails
// closed), not the unhandled missing session CLK102 describes.
package reactspa

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers the SPA model with the js engine.
var Rule = js.Rule{IDs: []string{ruleid.SignInNotCatchAll, ruleid.ClerkProviderMissing}, New: New}

// sdks are the Clerk React packages an SPA renders components from, and
// whether their routed components route by path with no props
// (@clerk/react-router passes the current pathname as the default path; the
// plain React SDKs leave clerk-js to default to hash routing).
var sdks = map[string]bool{"@clerk/clerk-react": false, "@clerk/react": false, "@clerk/react-router": true}

// v5SDK is the package whose ClerkProvider requires publishableKey.
const v5SDK = "@clerk/clerk-react"

// params are the CLK401/CLK701 YAML params, shared with analyzers/js/nextjs
// (each implementation receives the whole block).
type params struct {
	// UINames (CLK701): components and hooks that need a ClerkProvider above.
	UINames []string `yaml:"ui-names"`
	// PathRouted (CLK401): components that route their steps by path.
	PathRouted []string `yaml:"path-routed"`
	// Auth is the Next.js rules' shared auth spec; the SPA model has no
	// server side and does not use it.
	Auth js.AuthSpec `yaml:"auth"`
}

type checker struct {
	enabled  map[string]bool
	ui       map[string]bool
	routed   map[string]bool
	projects js.PerModel[state]
}

// New builds the checker from the enabled CLK401/CLK701 rules.
func New(rs []*rules.Rule, _ scan.Options) (js.Checker, error) {
	c := &checker{enabled: map[string]bool{}, ui: map[string]bool{}, routed: map[string]bool{}}
	for _, r := range rs {
		var p params
		if err := r.DecodeParams(&p); err != nil {
			return nil, err
		}
		c.enabled[r.ID] = true
		for _, n := range p.UINames {
			c.ui[n] = true
		}
		for _, n := range p.PathRouted {
			c.routed[n] = true
		}
	}
	return c, nil
}

// clerkSPA is the SPA app holding p when it depends on a Clerk React SDK.
func clerkSPA(m *js.Model, p string) *js.App {
	a := m.App(p)
	if a == nil || !a.SPA() {
		return nil
	}
	for pkg := range sdks {
		if a.Has(pkg) {
			return a
		}
	}
	return nil
}

// Wants the JS/TS files of Vite and CRA apps that depend on a Clerk React SDK.
func (c *checker) Wants(m *js.Model, f *scan.File) bool { return clerkSPA(m, f.Path) != nil }

type state struct {
	apps map[*js.App]*appState
}

type appState struct {
	entry string // the entry module's project path; "" when none was found
	// router: the app depends on React Router, whose routes CLK401 reads.
	router bool
	// customEnv: vite.config sets envPrefix or define, so which variables
	// reach the browser is not judged.
	customEnv bool
	// comps maps a module path to its components (function names, "default"
	// for an anonymous default export) and the path-routed Clerk elements
	// they render; only modules that import one are parsed.
	comps map[string]map[string][]clerkUse
}

func (c *checker) state(m *js.Model) *state {
	return c.projects.Get(m, func(st *state) { c.build(m, st) })
}

func (c *checker) build(m *js.Model, st *state) {
	st.apps = map[*js.App]*appState{}
	for _, a := range m.Apps {
		if !a.SPA() || clerkSPA(m, path.Join(a.Dir, "package.json")) != a {
			continue
		}
		as := &appState{entry: entryOf(m, a), comps: map[string]map[string][]clerkUse{},
			router: a.Has("react-router-dom") || a.Has("react-router") || a.Has("@clerk/react-router")}
		st.apps[a] = as
		for _, name := range []string{"vite.config.ts", "vite.config.js", "vite.config.mts", "vite.config.mjs"} {
			if src := m.ReadSmall(path.Join(a.Dir, name)); src != nil {
				as.customEnv = bytes.Contains(src, []byte("envPrefix")) || bytes.Contains(src, []byte("define"))
				break
			}
		}
		if !c.enabled[ruleid.SignInNotCatchAll] || !as.router {
			continue
		}
		for _, f := range m.Sources(a.Dir) {
			if m.App(f.Path) != a {
				continue
			}
			src := m.ReadSmall(f.Path)
			if src == nil || !importsSDK(src) || !c.mentionsRouted(src) {
				continue
			}
			pf, err := m.ParseBytes(f.Path, src)
			if err != nil {
				pf.Close()
				continue
			}
			mod := pf.Module()
			if mod != nil && mod.Err == nil {
				as.comps[f.Path] = c.components(pf.Tree, c.routedLocals(mod))
			}
			pf.Close()
		}
	}
}

func importsSDK(src []byte) bool {
	for pkg := range sdks {
		if bytes.Contains(src, []byte(pkg)) {
			return true
		}
	}
	return false
}

func (c *checker) mentionsRouted(src []byte) bool {
	for n := range c.routed {
		if bytes.Contains(src, []byte("<"+n)) {
			return true
		}
	}
	return false
}

// entryOf is the app's entry module: Vite's index.html module script, else
// the conventional src/main.* (Vite) or src/index.* (CRA).
func entryOf(m *js.Model, a *js.App) string {
	if a.Framework == "vite" {
		for _, p := range m.ModuleScripts(a) {
			if m.Source(m.File(p)) {
				return p
			}
		}
	}
	stem := "src/main"
	if a.Framework == "cra" {
		stem = "src/index"
	}
	for _, ext := range []string{".tsx", ".jsx", ".ts", ".js"} {
		if p := path.Join(a.Dir, stem+ext); m.Source(m.File(p)) {
			return p
		}
	}
	return ""
}

// Check reports the SPA rules on one file. Which checks apply is decided
// from the path and the bytes first: most files are never parsed here.
func (c *checker) Check(pass *js.Pass) {
	a := clerkSPA(pass.Model, pass.File.Path)
	if a == nil {
		return
	}
	as := c.state(pass.Model).apps[a]
	if as == nil {
		return
	}
	src := pass.Src
	entry := c.enabled[ruleid.ClerkProviderMissing] && pass.File.Path == as.entry
	provider := c.enabled[ruleid.ClerkProviderMissing] && bytes.Contains(src, []byte("ClerkProvider")) && importsSDK(src)
	routes := c.enabled[ruleid.SignInNotCatchAll] && as.router && bytes.Contains(src, []byte("path")) && bytes.Contains(src, []byte("element"))
	if !entry && !provider && !routes {
		return
	}
	mod := pass.Module()
	if mod == nil || mod.Err != nil {
		return
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	if entry {
		c.checkProvider(pass, as, t)
	}
	if provider {
		c.checkKey(pass, a, as, mod, t)
	}
	if routes {
		c.checkRoutes(pass, as, mod, t)
	}
}

// sdkName is the Clerk React package a module-local name was imported from,
// and the name it exports.
func sdkName(mod *js.Module, local string) (pkg, name string) {
	n := mod.Locals[local]
	if n == nil || n.TypeOnly || n.Import == nil || n.Import.TypeOnly {
		return "", ""
	}
	if _, ok := sdks[n.Import.Spec]; !ok {
		return "", ""
	}
	return n.Import.Spec, n.Imported
}

// checkProvider reports the entry's render call when modules the entry
// reaches use Clerk components or hooks and none of them imports
// ClerkProvider.
func (c *checker) checkProvider(pass *js.Pass, as *appState, t *js.Tree) {
	// Only modules that can lead to a Clerk import are parsed.
	use := pass.Model.ProviderScan([]string{as.entry}, js.ClerkReact{
		Provider: func(n string) bool { return n == "ClerkProvider" },
		UISpec:   func(spec string) bool { _, ok := sdks[spec]; return ok },
		UIName:   func(n string) bool { return c.ui[n] },
	}).Of(as.entry)
	if use.Provided || use.Name == "" {
		return
	}
	what, useFile, usePkg := use.What(), use.File, use.Spec
	call := renderCall(t)
	pos := rules.Position{Line: 1, Column: 1}
	if call != nil {
		pos = pass.Pos(call)
	}
	pos.File = ""
	pass.Report(rules.Finding{RuleID: ruleid.ClerkProviderMissing, Position: pos, Construct: "spa-no-provider",
		Related: []rules.Related{{Position: rules.Position{File: useFile, Line: 1, Column: 1}, Message: "uses " + what}},
		Message: fmt.Sprintf("the app uses %s from %s (%s) but its entry %s renders the tree without <ClerkProvider> and nothing it imports provides one: Clerk components and hooks throw outside the provider, so the app fails at startup; wrap what render() receives in <ClerkProvider publishableKey={import.meta.env.VITE_CLERK_PUBLISHABLE_KEY}>",
			what, usePkg, useFile, pass.File.Path)})
}

// renderCall is the entry's root render: x.render(<JSX/>) (createRoot(…)
// .render, root.render) or ReactDOM.render(<JSX/>, …).
func renderCall(t *js.Tree) *sitter.Node {
	var found *sitter.Node
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if found != nil {
			return false
		}
		if n.Type() != "call_expression" {
			return true
		}
		fn := n.ChildByFieldName("function")
		args := n.ChildByFieldName("arguments")
		if fn == nil || args == nil || fn.Type() != "member_expression" || args.NamedChildCount() == 0 {
			return true
		}
		if p := fn.ChildByFieldName("property"); p == nil || t.Text(p) != "render" {
			return true
		}
		if isJSX(js.Unwrap(args.NamedChild(0))) {
			found = n
			return false
		}
		return true
	})
	return found
}

func isJSX(n *sitter.Node) bool {
	if n == nil {
		return false
	}
	switch n.Type() {
	case "jsx_element", "jsx_self_closing_element", "jsx_fragment":
		return true
	case "ternary_expression": // PUBLISHABLE_KEY ? <ClerkProvider>…</ClerkProvider> : <App />
		for i := 1; i < int(n.NamedChildCount()); i++ {
			if isJSX(js.Unwrap(n.NamedChild(i))) {
				return true
			}
		}
	}
	return false
}

// element is a JSX element's opening tag: its name and attributes.
type element struct {
	node   *sitter.Node // the opening or self-closing element
	at     *sitter.Node // its name: where it is reported (a JSX tag's node may start at the whitespace before it)
	name   string
	attrs  map[string]*sitter.Node // attribute → value (nil for a bare attribute)
	spread bool                    // {...props}: any attribute may be set
}

// elementOf reads a jsx_opening_element or jsx_self_closing_element.
func elementOf(t *js.Tree, n *sitter.Node) *element {
	if n == nil || (n.Type() != "jsx_opening_element" && n.Type() != "jsx_self_closing_element") {
		return nil
	}
	name := n.ChildByFieldName("name")
	if name == nil {
		return nil
	}
	e := &element{node: n, at: name, name: t.Text(name), attrs: map[string]*sitter.Node{}}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		ch := n.NamedChild(i)
		switch ch.Type() {
		case "jsx_attribute":
			if ch.NamedChildCount() == 0 {
				continue
			}
			var val *sitter.Node
			if ch.NamedChildCount() > 1 {
				val = ch.NamedChild(1)
			}
			e.attrs[t.Text(ch.NamedChild(0))] = val
		case "jsx_expression":
			e.spread = true
		}
	}
	return e
}

// attrString is an attribute's static string value: "x" or {'x'}.
func attrString(t *js.Tree, v *sitter.Node) (string, bool) {
	if v == nil {
		return "", false
	}
	if v.Type() == "jsx_expression" && v.NamedChildCount() == 1 {
		v = js.Unwrap(v.NamedChild(0))
	}
	if v.Type() == "string" || (v.Type() == "template_string" && !strings.Contains(t.Text(v), "${")) {
		return js.Unquote(t, v), true
	}
	return "", false
}

// attrExpr is the expression inside an attribute's braces.
func attrExpr(v *sitter.Node) *sitter.Node {
	if v == nil || v.Type() != "jsx_expression" || v.NamedChildCount() != 1 {
		return nil
	}
	return js.Unwrap(v.NamedChild(0))
}
