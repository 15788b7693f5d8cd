// This file implements CLK004: Clerk secrets and server-only Clerk
// SDKs reaching code that is bundled for the browser. It runs on the js
// engine's project model and decides three things:
//
//   - which modules are client code: every 'use client' module and everything
//     it imports (transitively, through re-exports, skipping type-only
//     imports, 'use server' modules and modules importing 'server-only'), and
//     all source of a Vite or Create React App single-page app (what its
//     index.html entry imports, plus its src/ folder minus tests);
//   - what in a client module is a secret: a read of a secret env name
//     (process.env, import.meta.env, destructuring, and the YAML's
//     tree-sitter queries for accessors such as t3-env's env.X), or an import
//     of a server-only Clerk SDK (@clerk/backend, clerkClient from
//     @clerk/nextjs/server);
//   - which build configs publish secrets to every client module: next.config
//     env/publicRuntimeConfig entries, vite.config define entries (including
//     the whole process.env) and an envPrefix that covers CLERK_ names.
//
// Out of reach: Pages Router pages (bundled for the client, but their
// getServerSideProps half is not: telling the halves apart needs usage
// analysis), values passed from server components as props, and secrets read
// through helpers the queries do not describe.

package secrets

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// ClientCode registers CLK004 with the js engine: js.NewEngine(secrets.ClientCode, …).
var ClientCode = js.Rule{IDs: []string{ruleid.SecretInClientCode}, New: NewClientCode}

type clientParams struct {
	// SecretNames match a whole trailing part of a variable name that starts
	// after a '_' (CLK003's semantics): CLERK_SECRET_KEY also catches
	// VITE_CLERK_SECRET_KEY and MYAPP_CLERK_SECRET_KEY.
	SecretNames []rules.Regexp `yaml:"secret-names"`
	// WholeNames must match the whole variable name (bare names that are too
	// generic to match as a suffix: WEBHOOK_SECRET).
	WholeNames []rules.Regexp `yaml:"whole-names"`
	// ServerModules are imports that must not reach client code.
	ServerModules []serverModule `yaml:"server-modules"`
	// SecretReads are tree-sitter queries for further ways to read an env
	// variable; each captures @name (the variable name, an identifier or a
	// string) and optionally @read (the span reported).
	SecretReads []string `yaml:"secret-reads"`
	// SPAEntries are a single-page app's entry modules, relative to the app,
	// used when its index.html names no module script.
	SPAEntries []rules.Glob `yaml:"spa-entries"`
	// SPAClientPaths: besides what the entries import, every source file of
	// an SPA under these globs (relative to the app) is client code...
	SPAClientPaths []rules.Glob `yaml:"spa-client-paths"`
	// ...except files under these globs (relative to the app): tests, stories,
	// server folders. They are never roots of client code.
	NotClientPaths []rules.Glob `yaml:"not-client-paths"`
	// NextConfigKeys are next.config keys whose entries Next.js inlines into
	// the client bundle.
	NextConfigKeys []string `yaml:"next-config-keys"`
	// EnvPrefixProbes are names a Vite envPrefix must not cover.
	EnvPrefixProbes []string `yaml:"env-prefix-probes"`
	// EnvValidators are modules (specifier globs) that build a validated env
	// object (t3-env): a module importing one lists server variables on
	// purpose, and the library throws when client code reads them, so its
	// process.env reads are not reported (reads of the object are, through
	// secret-reads).
	EnvValidators []string `yaml:"env-validators"`
}

type serverModule struct {
	// Module is an import specifier or a doublestar glob over specifiers.
	Module string `yaml:"module"`
	// Names, when set, limit the finding to these imported names (a namespace
	// or whole-module import counts as all of them).
	Names []string `yaml:"names"`
}

type clientChecker struct {
	names      *keys.SecretNames
	modules    []serverModule
	queries    []*js.Query
	spaEntries []rules.Glob
	spaPaths   []rules.Glob
	notClient  []rules.Glob
	nextKeys   map[string]bool
	probes     []string
	validators []string

	projects js.PerModel[state]
}

// NewClientCode builds the checker from the CLK004 entry.
func NewClientCode(rs []*rules.Rule, _ scan.Options) (js.Checker, error) {
	if len(rs) != 1 {
		return nil, fmt.Errorf("clientsecret: want the %s rule, got %d rules", ruleid.SecretInClientCode, len(rs))
	}
	r := rs[0]
	var p clientParams
	if err := r.DecodeParams(&p); err != nil {
		return nil, err
	}
	if len(p.SecretNames)+len(p.WholeNames) == 0 {
		return nil, paramError(r, "secret-names", "is required (the env variable names that hold Clerk secrets)")
	}
	c := &clientChecker{modules: p.ServerModules, spaEntries: p.SPAEntries, spaPaths: p.SPAClientPaths,
		notClient: p.NotClientPaths, nextKeys: map[string]bool{}, probes: p.EnvPrefixProbes, validators: p.EnvValidators}
	names, err := keys.NewSecretNames(rules.Patterns(p.SecretNames), rules.Patterns(p.WholeNames))
	if err != nil {
		return nil, paramError(r, "secret-names", err.Error())
	}
	c.names = names
	for i, m := range p.ServerModules {
		if m.Module == "" || !doublestar.ValidatePattern(m.Module) {
			return nil, paramError(r, fmt.Sprintf("server-modules.%d.module", i), fmt.Sprintf("invalid module %q", m.Module))
		}
	}
	for i, v := range p.EnvValidators {
		if !doublestar.ValidatePattern(v) {
			return nil, paramError(r, fmt.Sprintf("env-validators.%d", i), fmt.Sprintf("invalid module glob %q", v))
		}
	}
	known := builtinReads()
	for i, src := range p.SecretReads {
		// Compiled for each grammar on first use: start-up cost. A query
		// from the user's rules or config is compiled for one grammar now,
		// so that a mistake in it is a load error.
		q := js.LazyQuery(src)
		if !known[src] {
			if err := q.Check(js.JavaScript); err != nil {
				q.Close()
				return nil, paramError(r, fmt.Sprintf("secret-reads.%d", i), err.Error())
			}
		}
		if !strings.Contains(src, "@name") {
			q.Close()
			return nil, paramError(r, fmt.Sprintf("secret-reads.%d", i), "the query must capture @name")
		}
		c.queries = append(c.queries, q)
	}
	for _, k := range p.NextConfigKeys {
		c.nextKeys[k] = true
	}
	return c, nil
}

// builtinReads are the secret-reads queries of the built-in CLK004, which
// TestBuiltinSecretReadsCompile compiles for every grammar: checking them
// again at load would be start-up time spent on a known answer.
var builtinReads = sync.OnceValue(func() map[string]bool {
	known := map[string]bool{}
	set, err := rules.Builtin()
	if err != nil {
		return known
	}
	var reads []string
	if r := set.Get(ruleid.SecretInClientCode); r == nil || r.Param("secret-reads", &reads) != nil {
		return known
	}
	for _, src := range reads {
		known[src] = true
	}
	return known
})

func paramError(r *rules.Rule, field, msg string) error {
	return &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "params." + field, Msg: msg}
}

// secret reports whether an env variable name holds a Clerk secret.
func (c *clientChecker) secret(name string) bool { return c.names.Match(name) }

// configKind names the build config a file is, by its base name.
func configKind(p string) string {
	base := path.Base(p)
	switch strings.TrimSuffix(base, path.Ext(base)) {
	case "next.config":
		return "next"
	case "vite.config":
		return "vite"
	}
	return ""
}

// Wants every JS/TS file the engine offers: which ones are client code is
// decided in Check, where a failure is reported as an internal error of the
// file instead of crashing the scanner (Wants runs outside its recover).
func (c *clientChecker) Wants(*js.Model, *scan.File) bool { return true }

// Check reports the file's findings.
func (c *clientChecker) Check(pass *js.Pass) {
	if k := configKind(pass.File.Path); k != "" {
		c.checkConfig(pass, k)
		// A config file is never client code itself.
		return
	}
	st := c.state(pass.Model)
	reach := st.reach[pass.File.Path]
	if reach == nil {
		return
	}
	mod := pass.Module()
	if mod == nil || mod.Err != nil {
		return
	}
	why, related := st.explain(pass.Model, pass.File.Path)
	seen := map[rules.Position]bool{}
	report := func(pos rules.Position, what, construct, fix string) {
		if seen[pos] {
			return
		}
		seen[pos] = true
		pos.File = ""
		pass.Report(rules.Finding{RuleID: ruleid.SecretInClientCode, Position: pos, Construct: construct, Related: related,
			Message: fmt.Sprintf("%s %s: %s", why, what, fix)})
	}
	validated := c.validatedEnv(mod)
	for _, r := range mod.EnvReads {
		if c.secret(r.Name) && !validated {
			report(r.Pos, "reads "+r.Object+"."+r.Name, "read:"+r.Name,
				"read the secret only in server code (a route handler, server action or backend) and rotate it if a build shipped it")
		}
	}
	for _, imp := range mod.Imports {
		if imp.TypeOnly {
			continue
		}
		if what := c.serverImport(imp); what != "" {
			report(imp.Statement, "imports "+what, "import:"+imp.Spec,
				"the server SDK needs the secret key and must only run on a server; call your own API route instead")
		}
	}
	if len(c.queries) > 0 && c.names.Mentioned(pass.Src) {
		c.runQueries(pass, func(pos rules.Position, name, text string) {
			report(pos, "reads "+text, "read:"+name,
				"read the secret only in server code (a route handler, server action or backend)")
		})
	}
}

// validatedEnv reports whether the module builds a validated env object.
func (c *clientChecker) validatedEnv(mod *js.Module) bool {
	for _, imp := range mod.Imports {
		for _, v := range c.validators {
			if ok, _ := doublestar.Match(v, imp.Spec); ok && !imp.TypeOnly {
				return true
			}
		}
	}
	return false
}

// serverImport describes an import of a server-only SDK, "" if it is not one.
func (c *clientChecker) serverImport(imp *js.Import) string {
	for _, sm := range c.modules {
		if sm.Module != imp.Spec {
			if ok, _ := doublestar.Match(sm.Module, imp.Spec); !ok || !strings.ContainsAny(sm.Module, "*?[{") {
				continue
			}
		}
		if len(sm.Names) == 0 {
			return imp.Spec
		}
		if imp.Kind != js.ImportStatic && imp.Kind != js.ImportReExport {
			return imp.Spec // require/import(): the whole module
		}
		for _, n := range imp.Names {
			if n.TypeOnly {
				continue
			}
			if n.Imported == "*" {
				return imp.Spec + " (namespace)"
			}
			for _, want := range sm.Names {
				if n.Imported == want {
					return want + " from " + imp.Spec
				}
			}
		}
	}
	return ""
}

// runQueries applies the YAML's secret-read queries to the file's tree.
func (c *clientChecker) runQueries(pass *js.Pass, found func(pos rules.Position, name, text string)) {
	t, err := pass.Tree()
	if err != nil {
		return
	}
	for _, q := range c.queries {
		q.Matches(t, t.Root(), func(_ int, caps js.Captures) bool {
			n := caps["name"]
			if n == nil {
				return true
			}
			name := js.Unquote(t, n)
			if !c.secret(name) {
				return true
			}
			at := n
			if r := caps["read"]; r != nil {
				at = r
			}
			text := t.Text(at)
			if len(text) > 60 || strings.Contains(text, "\n") {
				text = name
			}
			found(t.Pos(at), name, text)
			return true
		})
	}
}

// state is CLK004's view of one project: the client modules.
type state struct {
	reach map[string]*js.Reach
	spa   map[string]string // SPA root → app directory
	kit   map[string]bool   // SvelteKit client roots (components, universal loads)
}

// svelteKitClient reports whether a file of a SvelteKit app (path relative
// to the app) is bundled for the browser by itself: a .svelte component,
// a universal load (+page.ts, +layout.ts) or the client hooks.
func svelteKitClient(rel string) bool {
	base := path.Base(rel)
	if strings.HasSuffix(base, ".svelte") {
		return !svelteKitServerOnly(rel)
	}
	if !strings.HasPrefix(rel, "src/") {
		return false
	}
	for _, stem := range []string{"+page.", "+layout.", "hooks.client."} {
		if strings.HasPrefix(base, stem) && !strings.Contains(base, ".server.") && (strings.HasSuffix(base, ".ts") || strings.HasSuffix(base, ".js")) {
			return stem != "hooks.client." || path.Dir(rel) == "src"
		}
	}
	return false
}

// svelteKitServerOnly: a module SvelteKit never bundles for the browser
// ($lib/server/**, *.server.ts).
func svelteKitServerOnly(p string) bool {
	return strings.Contains("/"+p, "/lib/server/") || strings.Contains(path.Base(p), ".server.")
}

func (c *clientChecker) state(m *js.Model) *state {
	return c.projects.Get(m, func(st *state) { c.build(m, st) })
}

// build finds the roots of client code and walks the import graph from them.
func (c *clientChecker) build(m *js.Model, st *state) {
	st.spa = map[string]string{}
	st.kit = map[string]bool{}
	var roots []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			roots = append(roots, p)
		}
	}
	var paths []string
	for _, f := range m.Sources("") {
		if configKind(f.Path) != "" || c.notClientFile(m, f.Path) {
			continue
		}
		paths = append(paths, f.Path)
	}
	for i, heads := range m.Heads(paths) {
		for _, d := range heads {
			if d == "use client" {
				add(paths[i])
			}
		}
	}
	for _, a := range m.Apps {
		if !a.SPA() {
			continue
		}
		for _, p := range c.spaRoots(m, a) {
			if m.App(p) == a && !c.notClientFile(m, p) {
				st.spa[p] = a.Dir
				add(p)
			}
		}
	}
	for _, a := range m.Apps {
		if a.Framework != "sveltekit" {
			continue
		}
		for _, f := range m.Sources(a.Dir) {
			if m.App(f.Path) == a && svelteKitClient(a.Rel(f.Path)) && !c.notClientFile(m, f.Path) {
				st.kit[f.Path] = true
				add(f.Path)
			}
		}
	}
	// Only modules leading to one that can be reported are parsed: on a
	// large SPA that is a few files out of thousands.
	st.reach = m.ClosureWithin(roots, m.Reaching(roots, c.mayReport), func(e *js.Edge, to *js.Module) bool {
		if e.Import.TypeOnly || to.UseServer() {
			return false // erased at build time; server actions are called by reference
		}
		if a := m.App(to.Path); a != nil && a.Framework == "sveltekit" && svelteKitServerOnly(a.Rel(to.Path)) {
			// SvelteKit refuses to bundle $lib/server and *.server modules
			// for the browser: importing one from client code fails the build.
			return false
		}
		for _, imp := range to.Imports {
			if imp.Spec == "server-only" {
				return false // importing it from client code fails the build: it never ships
			}
		}
		return true
	})
}

// mayReport says from bytes whether Check could report in a client module:
// it names a secret (an env read or a secret-reads query match) or spells a
// server module's specifier.
func (c *clientChecker) mayReport(_ string, src []byte) bool {
	if c.names.Mentioned(src) {
		return true
	}
	for _, sm := range c.modules {
		lit := sm.Module
		if i := strings.IndexAny(lit, "*?[{\\"); i >= 0 {
			lit = lit[:i]
		}
		if lit == "" || bytes.Contains(src, []byte(lit)) {
			return true
		}
	}
	return false
}

// notClientFile applies not-client-paths relative to the file's app.
func (c *clientChecker) notClientFile(m *js.Model, p string) bool {
	rel := p
	if a := m.App(p); a != nil {
		rel = a.Rel(p)
	}
	for _, g := range c.notClient {
		if g.Match(rel) {
			return true
		}
	}
	return false
}

// spaRoots are an SPA's entry modules (index.html module scripts, else the
// spa-entries globs) and its source under spa-client-paths.
func (c *clientChecker) spaRoots(m *js.Model, a *js.App) []string {
	out := m.ModuleScripts(a)
	entries := len(out) > 0
	for _, f := range m.Sources(a.Dir) {
		rel := a.Rel(f.Path)
		if !entries {
			for _, g := range c.spaEntries {
				if g.Match(rel) {
					out = append(out, f.Path)
				}
			}
		}
		for _, g := range c.spaPaths {
			if g.Match(rel) {
				out = append(out, f.Path)
				break
			}
		}
	}
	return out
}

// explain words why a module is client code, with the import chain as
// related locations.
func (st *state) explain(m *js.Model, p string) (string, []rules.Related) {
	r := st.reach[p]
	chain := js.Chain(st.reach, p)
	var related []rules.Related
	for _, e := range chain {
		pos := e.Import.Statement
		pos.File = e.From.Path
		related = append(related, rules.Related{Position: pos, Message: "imported here by " + e.From.Path})
	}
	var root string
	if st.kit[r.Root] {
		kind := "SvelteKit component"
		if !strings.HasSuffix(r.Root, ".svelte") {
			kind = "SvelteKit universal module"
		}
		if len(chain) == 0 {
			return kind + " (bundled for the browser)", nil
		}
		root = kind + " " + r.Root
	} else if dir, ok := st.spa[r.Root]; ok {
		app := dir
		if app == "" {
			app = "the project root"
		}
		root = fmt.Sprintf("single-page app %s (all of its code ships to the browser)", app)
		if len(chain) == 0 {
			return "client code of " + root, nil
		}
	} else {
		root = fmt.Sprintf("'use client' module %s", r.Root)
		if len(chain) == 0 {
			return "'use client' module", nil
		}
	}
	via := ""
	if len(chain) > 1 {
		var mids []string
		for _, e := range chain[1:] {
			mids = append(mids, e.From.Path)
		}
		via = " via " + strings.Join(mids, ", ")
	}
	return fmt.Sprintf("module bundled for the browser (imported by %s%s)", root, via), related
}

// checkConfig reports next.config and vite.config entries that publish
// secrets to every client module.
func (c *clientChecker) checkConfig(pass *js.Pass, kind string) {
	t, err := pass.Tree()
	if err != nil {
		return
	}
	report := func(n *sitter.Node, msg, construct string) {
		pos := t.Pos(n)
		pass.Report(rules.Finding{RuleID: ruleid.SecretInClientCode, Position: pos, Message: msg, Construct: construct})
	}
	walkPairs(t, t.Root(), func(pair *sitter.Node, key string) {
		v := pair.ChildByFieldName("value")
		if v == nil {
			return
		}
		switch {
		case kind == "next" && c.nextKeys[key]:
			c.checkNextEnv(t, key, v, report)
		case kind == "vite" && key == "define":
			c.checkDefine(t, v, report)
		case kind == "vite" && key == "envPrefix":
			c.checkEnvPrefix(t, v, report)
		}
	})
}

// walkPairs calls fn for every object property (pair) with its key text.
func walkPairs(t *js.Tree, n *sitter.Node, fn func(pair *sitter.Node, key string)) {
	if n.Type() == "pair" {
		if k := n.ChildByFieldName("key"); k != nil {
			fn(n, js.Unquote(t, k))
		}
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		walkPairs(t, n.NamedChild(i), fn)
	}
}

type reportFn func(n *sitter.Node, msg, construct string)

func (c *clientChecker) checkNextEnv(t *js.Tree, key string, v *sitter.Node, report reportFn) {
	what := "next.config " + key
	if isEnvObject(t, v) {
		report(v, fmt.Sprintf("%s is the whole process.env: Next.js inlines every %s entry into the browser bundle, Clerk secrets included; list only public values", what, key), "next:"+key+":process.env")
		return
	}
	if v.Type() != "object" {
		return
	}
	for i := 0; i < int(v.NamedChildCount()); i++ {
		e := v.NamedChild(i)
		switch e.Type() {
		case "spread_element":
			if e.NamedChildCount() > 0 && isEnvObject(t, e.NamedChild(0)) {
				report(e, fmt.Sprintf("%s spreads process.env: Next.js inlines every %s entry into the browser bundle, Clerk secrets included", what, key), "next:"+key+":...process.env")
			}
		case "shorthand_property_identifier":
			if name := t.Text(e); c.secret(name) {
				report(e, fmt.Sprintf("%s exposes %s: Next.js inlines every %s entry into the browser bundle whatever its prefix; read it in server code instead", what, name, key), "next:"+key+":"+name)
			}
		case "pair":
			k := e.ChildByFieldName("key")
			if k == nil {
				continue
			}
			name := js.Unquote(t, k)
			if read := c.secretRead(t, e.ChildByFieldName("value")); c.secret(name) || read != "" {
				if read == "" {
					read = name
				}
				report(e, fmt.Sprintf("%s exposes %s as %s: Next.js inlines every %s entry into the browser bundle whatever its prefix; read it in server code instead", what, read, name, key), "next:"+key+":"+name)
			}
		}
	}
}

func (c *clientChecker) checkDefine(t *js.Tree, v *sitter.Node, report reportFn) {
	if v.Type() != "object" {
		return
	}
	for i := 0; i < int(v.NamedChildCount()); i++ {
		e := v.NamedChild(i)
		if e.Type() != "pair" {
			continue
		}
		k, val := e.ChildByFieldName("key"), e.ChildByFieldName("value")
		if k == nil || val == nil {
			continue
		}
		key := js.Unquote(t, k)
		switch {
		case key == "process.env" || key == "import.meta.env":
			if u := unwrapJSON(t, val); u.Type() == "object" {
				for j := 0; j < int(u.NamedChildCount()); j++ {
					p := u.NamedChild(j)
					if p.Type() == "spread_element" && p.NamedChildCount() > 0 && isEnvObject(t, p.NamedChild(0)) {
						report(p, fmt.Sprintf("vite.config define %s spreads process.env: Vite replaces it in client code with every server variable, Clerk secrets included", key), "vite:define:"+key)
					}
					if p.Type() != "pair" {
						continue
					}
					pk := p.ChildByFieldName("key")
					if pk == nil {
						continue
					}
					name := js.Unquote(t, pk)
					if read := c.secretRead(t, p.ChildByFieldName("value")); c.secret(name) || read != "" {
						report(p, fmt.Sprintf("vite.config define %s.%s inlines a Clerk secret into client code: remove it and keep the secret on a server", key, name), "vite:define:"+key+"."+name)
					}
				}
				continue
			}
			report(e, fmt.Sprintf("vite.config define %s replaces %s in client code with the whole server environment, Clerk secrets included: define only the public values you need", key, key), "vite:define:"+key)
		case strings.HasPrefix(key, "process.env.") || strings.HasPrefix(key, "import.meta.env."):
			name := key[strings.LastIndexByte(key, '.')+1:]
			if read := c.secretRead(t, val); c.secret(name) || read != "" {
				report(e, fmt.Sprintf("vite.config define %s inlines a Clerk secret into client code: remove it and keep the secret on a server", key), "vite:define:"+key)
			}
		default:
			if read := c.secretRead(t, val); read != "" {
				report(e, fmt.Sprintf("vite.config define %s inlines %s into client code: remove it and keep the secret on a server", key, read), "vite:define:"+key)
			}
		}
	}
}

func (c *clientChecker) checkEnvPrefix(t *js.Tree, v *sitter.Node, report reportFn) {
	var strs []*sitter.Node
	switch v.Type() {
	case "string", "template_string":
		strs = append(strs, v)
	case "array":
		for i := 0; i < int(v.NamedChildCount()); i++ {
			if e := v.NamedChild(i); e.Type() == "string" || e.Type() == "template_string" {
				strs = append(strs, e)
			}
		}
	}
	for _, s := range strs {
		prefix := js.Unquote(t, s)
		for _, probe := range c.probes {
			if strings.HasPrefix(probe, prefix) {
				report(s, fmt.Sprintf("vite.config envPrefix %q publishes %s (and every variable starting with it) to client code as import.meta.env: keep Clerk secrets out of public prefixes", prefix, probe), "vite:envPrefix:"+prefix)
				break
			}
		}
	}
}

// isEnvObject reports process.env (optionally wrapped in JSON.stringify or
// a spread copy) or loadEnv(…) results passed whole.
func isEnvObject(t *js.Tree, n *sitter.Node) bool {
	n = unwrapJSON(t, n)
	switch n.Type() {
	case "member_expression":
		return t.Text(n) == "process.env"
	case "call_expression":
		if f := n.ChildByFieldName("function"); f != nil && t.Text(f) == "loadEnv" {
			return true
		}
	}
	return false
}

// unwrapJSON strips JSON.stringify(x) and parentheses.
func unwrapJSON(t *js.Tree, n *sitter.Node) *sitter.Node {
	for n != nil {
		switch n.Type() {
		case "parenthesized_expression":
			n = n.NamedChild(0)
			continue
		case "call_expression":
			if f := n.ChildByFieldName("function"); f != nil && t.Text(f) == "JSON.stringify" {
				if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
					n = args.NamedChild(0)
					continue
				}
			}
		}
		return n
	}
	return n
}

// secretRead finds a secret variable read in an expression: X.NAME or
// X['NAME'] with NAME a secret (process.env, a loadEnv result, …).
func (c *clientChecker) secretRead(t *js.Tree, n *sitter.Node) string {
	if n == nil {
		return ""
	}
	switch n.Type() {
	case "member_expression":
		if p := n.ChildByFieldName("property"); p != nil && c.secret(t.Text(p)) {
			return t.Text(n)
		}
	case "subscript_expression":
		if i := n.ChildByFieldName("index"); i != nil && c.secret(js.Unquote(t, i)) {
			return t.Text(n)
		}
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		if r := c.secretRead(t, n.NamedChild(i)); r != "" {
			return r
		}
	}
	return ""
}
