// Package sveltekit is clerklint's SvelteKit model and the rules that read
// it. It runs on the js engine's project model and answers, per SvelteKit
// app (an app depending on @sveltejs/kit) that uses Clerk (svelte-clerk, the
// older clerk-sveltekit, or @clerk/backend directly):
//
//   - which endpoints exist and at what URL (routes.go): the exported HTTP
//     verbs of src/routes/**/+server.{ts,js}, the load of
//     +page.server.{ts,js} (a page) and each of its form actions (POST to
//     the page's URL, ?/name for a named one); route ids become URLs with
//     groups dropped and [param], [...rest], [[optional]] kept;
//   - what the server hooks do to a request (hooks.go): src/hooks.server's
//     handle, through sequence(…): withClerkHandler() and handleClerk()
//     authenticate, handleClerk's protectedPaths and a hand-written guard
//     that throws or returns for a signed-out request on some paths protect
//     those paths (the guard's path tests are evaluated on each route's
//     sample URLs, like a matcher; a test the analysis cannot read makes
//     the verdict unknown and the rules quiet);
//   - whether a handler protects itself (js.Model.Protection with the
//     YAML's auth spec: locals.auth() / event.locals.auth() read and tested
//     with an exit, project helpers credited by their bodies);
//   - whether a +layout.server load above a page protects it. It runs before
//     the page's data is sent, but never for form actions or +server
//     endpoints: they are reported with a note saying so.
//
// Rules: CLK101 (endpoint.NeedsSession over the produced endpoints; pages
// with a server load only when their URL says they are private), CLK103
// (locals.auth() read where no Clerk handler runs in hooks.server, or read
// by a handle that runs before it), CLK302 (a webhook receiver the hooks
// guard requires a session for), CLK401 (a svelte-clerk component that
// routes by path on a page that is not a rest route), CLK502 (race.go:
// Clerk state read in onMount, before Clerk has loaded) and CLK701
// (svelte-clerk components used while the root layout renders no
// ClerkProvider).
//
// Out of reach: kit.files options that move src/routes or the hooks, param
// matchers ([id=integer] is treated as [id]), guards in handles defined in
// other modules (the verdict is then unknown), +page.svelte pages without a
// server load (they render only what the browser could render anyway).
package sveltekit

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers the SvelteKit rules with the js engine.
var Rule = js.Rule{IDs: []string{ruleid.UnprotectedEndpoint, ruleid.SessionNotChecked, ruleid.MiddlewareGap, ruleid.WebhookRouteBehindAuth, ruleid.SignInNotCatchAll, ruleid.AuthURLNoRoute, ruleid.ClerkProviderMissing, ruleid.ClerkNotLoadedRace}, New: New}

// SDK is svelte-clerk, whose locals.auth(), components and provider the
// rules know; clerk-sveltekit is its older community predecessor.
const (
	SDK       = "svelte-clerk"
	LegacySDK = "clerk-sveltekit"
)

// params is the union of the params blocks of the rules it implements
// (each is shared with the Next.js and React models).
type params struct {
	js.RouteParams `yaml:",inline"`
	// URLEnv and URLProps (CLK402): env variables, and svelte-clerk
	// component props and Clerk handler options, holding a sign-in/up URL
	// or a redirect target.
	URLEnv   []string `yaml:"url-env"`
	URLProps []string `yaml:"url-props"`
}

type checker struct {
	*js.RouteSettings
	urlEnv  map[string]bool
	urlProp map[string]bool

	projects js.PerModel[state]
}

// New builds the checker from the enabled rules.
func New(rs []*rules.Rule, opts scan.Options) (js.Checker, error) {
	c := &checker{urlEnv: map[string]bool{}, urlProp: map[string]bool{}}
	s, err := js.GatherRouteSettings(rs, opts, func(_ *rules.Rule, p *params) {
		for _, n := range p.URLEnv {
			c.urlEnv[n] = true
		}
		for _, n := range p.URLProps {
			c.urlProp[n] = true
		}
	})
	if err != nil {
		return nil, err
	}
	c.RouteSettings = s
	// SvelteKit's error(401) throws an HttpError, as redirect() does.
	c.Spec.Exits = append(c.Spec.Exits, "error")
	if len(c.Methods) == 0 {
		c.Methods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"}
	}
	c.Methods = append(c.Methods, "fallback")
	return c, nil
}

// clerkApp is the SvelteKit app holding p when it uses Clerk.
func clerkApp(m *js.Model, p string) *js.App {
	a := m.App(p)
	if a == nil || a.Framework != "sveltekit" || len(a.Clerk) == 0 {
		return nil
	}
	return a
}

// Wants the route files, the hooks and the components of Clerk SvelteKit
// apps.
func (c *checker) Wants(m *js.Model, f *scan.File) bool {
	a := clerkApp(m, f.Path)
	if a == nil {
		return false
	}
	k, _ := RouteFile(a.Rel(f.Path))
	return k != NotRoute || strings.HasSuffix(f.Path, ".svelte")
}

type state struct {
	mu   sync.Mutex
	apps map[*js.App]*appState
}

// appState is one app's hooks and what the rules gathered about it.
type appState struct {
	app   *js.App
	hooks *hooks // nil: no hooks.server file
	// legacy: the app authenticates with clerk-sveltekit (locals.session)
	// rather than svelte-clerk (locals.auth()); modern: with svelte-clerk.
	legacy, modern bool

	uiOnce         sync.Once
	uiUse, uiFile  string // the first svelte-clerk component a component imports
	providerOnce   sync.Once
	provider       bool // the root layout (or what it imports) renders ClerkProvider
	rootLayout     string
	mu             sync.Mutex
	eps            []endpoint.Endpoint
	layoutGuardsMu sync.Mutex
	layoutGuards   map[string]*layoutGuard
	// urls is the route index CLK402 reads (urlOnce builds it); envOnce:
	// the env files' URLs are judged once, from the first file visited.
	urlOnce, envOnce sync.Once
	urls             *routeIndex
}

// layoutGuard is a +layout.server load that protects the pages below it.
type layoutGuard struct {
	file string
	by   string
	at   rules.Position
}

func (c *checker) app(m *js.Model, a *js.App) *appState {
	st := c.projects.Get(m, func(st *state) { st.apps = map[*js.App]*appState{} })
	st.mu.Lock()
	defer st.mu.Unlock()
	if as := st.apps[a]; as != nil {
		return as
	}
	as := &appState{app: a, layoutGuards: map[string]*layoutGuard{}}
	_, as.legacy = a.SDK(LegacySDK)
	if _, as.modern = a.SDK(SDK); as.modern {
		as.legacy = false
	}
	as.hooks = readHooksFile(m, a)
	for _, ext := range []string{".svelte"} {
		if p := path.Join(a.Dir, "src/routes/+layout"+ext); m.File(p) != nil {
			as.rootLayout = p
		}
	}
	st.apps[a] = as
	return as
}

// readHooksFile parses the app's hooks.server module, nil when it has none.
func readHooksFile(m *js.Model, a *js.App) *hooks {
	for _, rel := range []string{"src/hooks.server.ts", "src/hooks.server.js", "src/hooks.server/index.ts", "src/hooks.server/index.js"} {
		p := path.Join(a.Dir, rel)
		f := m.File(p)
		if f == nil || !m.Source(f) {
			continue
		}
		pf, err := m.ParseSmall(p)
		defer pf.Close()
		mod := pf.Module()
		if pf.Src == nil || mod == nil || mod.Err != nil {
			return &hooks{file: p, why: "the hooks file " + p + " could not be read"}
		}
		if err != nil {
			return &hooks{file: p, why: "the hooks file " + p + " could not be parsed"}
		}
		return readHooks(m, pf.Tree, mod, p)
	}
	return nil
}

// Check runs the rules on one file of a Clerk SvelteKit app.
func (c *checker) Check(pass *js.Pass) {
	m := pass.Model
	a := clerkApp(m, pass.File.Path)
	if a == nil {
		return
	}
	as := c.app(m, a)
	kind, dir := RouteFile(a.Rel(pass.File.Path))
	if c.Enabled[ruleid.AuthURLNoRoute] {
		if kind == Hooks {
			c.checkHookURLs(pass, as) // handleClerk's signInUrl too
		}
		if !as.legacy {
			as.envOnce.Do(func() { c.checkEnvURLs(pass, as) })
			if strings.HasSuffix(pass.File.Path, ".svelte") {
				c.checkComponentURLs(pass, as)
			}
		}
	}
	switch kind {
	case Server, PageServer:
		c.checkServer(pass, as, kind, dir)
	case LayoutServer:
		c.checkAuthUse(pass, as)
	case Hooks:
		c.checkHooks(pass, as)
		c.checkHookSessions(pass, as)
	}
	if strings.HasSuffix(pass.File.Path, ".svelte") {
		c.checkComponent(pass, as, kind, dir)
	}
}

// Endpoints returns the endpoints produced for the project (js.EndpointSource).
func (c *checker) Endpoints(m *js.Model) []endpoint.Endpoint {
	st := c.projects.Get(m, func(st *state) { st.apps = map[*js.App]*appState{} })
	st.mu.Lock()
	defer st.mu.Unlock()
	var out []endpoint.Endpoint
	for _, as := range st.apps {
		as.mu.Lock()
		out = append(out, as.eps...)
		as.mu.Unlock()
	}
	endpoint.Sort(out)
	return out
}

func at(file string, p rules.Position) endpoint.Pos {
	return endpoint.Pos{File: file, Line: p.Line, Col: p.Column}
}

// handlerRef is one request handler of a route module.
type handlerRef struct {
	name    string // the verb, "load", or the action's name
	kind    endpoint.Kind
	methods []string
	url     string
	pos     rules.Position // where it is declared
	fn      *js.Func
	fnMod   *js.Module // the module declaring fn (an action may be imported)
}

// checkServer produces the endpoints of a +server or +page.server module
// and judges them.
func (c *checker) checkServer(pass *js.Pass, as *appState, kind FileKind, dir string) {
	mod := pass.Module()
	if mod == nil || mod.Err != nil {
		return
	}
	c.checkAuthUse(pass, as)
	url := URLOf(dir)
	var refs []handlerRef
	if kind == Server {
		for _, verb := range c.Methods {
			exp := mod.Exports[verb]
			if exp == nil {
				continue
			}
			methods := []string{verb}
			if verb == "fallback" {
				methods = nil
			}
			fn, _ := js.ExportHandler(mod, verb)
			refs = append(refs, handlerRef{name: verb, kind: endpoint.Route, methods: methods, url: url, pos: exp.Pos, fn: fn})
		}
	} else {
		if exp := mod.Exports["load"]; exp != nil {
			fn, _ := js.ExportHandler(mod, "load")
			refs = append(refs, handlerRef{name: "load", kind: endpoint.Page, methods: []string{"GET"}, url: url, pos: exp.Pos, fn: fn})
		}
		if mod.Exports["actions"] != nil {
			if t, err := pass.Tree(); err == nil {
				refs = append(refs, actions(pass.Model, t, mod, url)...)
			}
		}
	}
	if len(refs) == 0 {
		return
	}
	samples := Samples(url)
	webhook := c.webhookReceiver(mod, samples)
	var loadGuard *endpoint.Evidence
	for _, ref := range refs {
		e := c.endpointOf(pass, as, mod, ref, dir, samples, webhook)
		if ref.kind == endpoint.Page && e.Protection.State == endpoint.Protected && e.Protection.By[0].Kind == endpoint.HandlerCheck {
			loadGuard = &endpoint.Evidence{Kind: endpoint.LoadGuard, At: e.Protection.By[0].At,
				What: fmt.Sprintf("the page's load checks the session (%s), but SvelteKit does not run load for form actions", e.Protection.By[0].What)}
		}
		if ref.kind == endpoint.Action && loadGuard != nil && e.Protection.State == endpoint.Unprotected && e.Protection.Gap == nil {
			e.Protection.Gap = loadGuard
		}
		endpoint.MarkPublicColumns(&e, c.PublicFields)
		endpoint.AddPublicReads(&e, c.PublicData, true)
		endpoint.AddPublicWrites(&e, c.PublicIntake)
		as.mu.Lock()
		as.eps = append(as.eps, e)
		as.mu.Unlock()
		c.judge(pass, as, e, ref, dir, webhook)
	}
}

// actions lists the form actions of `export const actions = { … }`.
func actions(m *js.Model, t *js.Tree, mod *js.Module, url string) []handlerRef {
	local := mod.Exports["actions"].Local
	var obj *sitter.Node
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if obj != nil {
			return false
		}
		if n.Type() == "variable_declarator" {
			if name := n.ChildByFieldName("name"); name != nil && t.Text(name) == local {
				if v := js.Unwrap(n.ChildByFieldName("value")); v != nil && v.Type() == "object" {
					obj = v
				}
			}
			return false
		}
		return n.Type() == "program" || n.Type() == "export_statement" || n.Type() == "lexical_declaration" || n.Type() == "variable_declaration"
	})
	if obj == nil {
		return nil
	}
	var out []handlerRef
	for i := 0; i < int(obj.NamedChildCount()); i++ {
		p := obj.NamedChild(i)
		var name string
		var fn *js.Func
		fnMod := mod
		named := func(local string) {
			if fn = mod.Funcs[local]; fn != nil {
				return
			}
			if in := mod.Locals[local]; in != nil && in.Import != nil && !in.TypeOnly {
				// an action imported from a project module
				if to := m.Resolve(mod.Path, in.Import.Spec); to != "" {
					fnMod, fn = m.ExportFunc(to, in.Imported)
				}
			}
		}
		switch p.Type() {
		case "pair":
			k, v := p.ChildByFieldName("key"), js.Unwrap(p.ChildByFieldName("value"))
			if k == nil || v == nil {
				continue
			}
			name = js.Unquote(t, k)
			switch {
			case js.IsFunc(v):
				fn = js.SummarizeFunc(t, v, name)
			case v.Type() == "identifier":
				named(t.Text(v))
			}
		case "method_definition":
			if k := p.ChildByFieldName("name"); k != nil {
				name = js.Unquote(t, k)
				fn = js.SummarizeFunc(t, p, name)
			}
		case "shorthand_property_identifier":
			name = t.Text(p)
			named(name)
		default:
			continue
		}
		u := url
		if name != "default" {
			u = url + "?/" + name
		}
		if fn == nil {
			fnMod = nil
		}
		out = append(out, handlerRef{name: name, kind: endpoint.Action, methods: []string{"POST"}, url: u, pos: t.Pos(p), fn: fn, fnMod: fnMod})
	}
	return out
}

// webhookReceiver names why a module is a webhook receiver ("" if not): it
// imports a verifier, or its URL is a webhook path.
func (c *checker) webhookReceiver(mod *js.Module, samples []string) string {
	for _, imp := range mod.Imports {
		for _, w := range c.WebhookModules {
			if !imp.TypeOnly && imp.Spec == w {
				return "it imports " + w
			}
		}
	}
	for _, g := range c.WebhookRoutes {
		if len(samples) > 0 && g.Match(samples[0]) {
			return "its path is a webhook path"
		}
	}
	return ""
}

// endpointOf fills one endpoint's evidence.
func (c *checker) endpointOf(pass *js.Pass, as *appState, mod *js.Module, ref handlerRef, dir string, samples []string, webhook string) endpoint.Endpoint {
	m, file := pass.Model, pass.File.Path
	fw := "sveltekit"
	e := endpoint.Endpoint{Framework: fw, Kind: ref.kind, Methods: ref.methods, URL: ref.url, Name: ref.name, Registration: at(file, ref.pos)}
	var self js.Protection
	fnMod := mod
	if ref.fnMod != nil {
		fnMod = ref.fnMod
	}
	if ref.fn != nil {
		e.Handler, e.HandlerEnd = at(fnMod.Path, ref.fn.Pos), ref.fn.Pos.EndLine
		m.NoteHandler(&e, fnMod, ref.fn)
		effects, known, authz := m.EffectsAndAuthorization(fnMod, ref.fn)
		e.Effects, e.EffectsKnown, e.Authz = effects, known, append(e.Authz, authz...)
		e.Effects = append(e.Effects, envReturns(pass, fnMod, ref.fn, ref.kind != endpoint.Route)...)
		if ref.kind == endpoint.Action {
			self = m.Protection(fnMod, ref.fn, &c.Spec)
		} else {
			self = m.ExportProtection(mod, ref.name, &c.Spec)
		}
	} else {
		// A handler built by a library (uploadthing's createRouteHandler, an
		// adapter) or re-exported: what protects it is not in reach.
		e.Handler = e.Registration
		e.Protection.State, e.Protection.Why = endpoint.Unknown, "the handler is not a function the analysis can read"
		return e
	}
	if self.Protected {
		e.Protection.State = endpoint.Protected
		e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: endpoint.HandlerCheck, What: self.By, At: at(file, self.At)})
		e.Sessions = append(e.Sessions, endpoint.SessionRead{What: self.By, At: at(file, self.At), Checked: true})
		return e
	}
	tested := presenceTested(pass, fnMod, ref.fn, self.Unchecked)
	for _, n := range self.Unchecked {
		read := endpoint.SessionRead{What: n, At: e.Handler, Checked: tested[n]}
		if p, ok := ref.fn.BoundAt(n); ok {
			read.At = at(fnMod.Path, p)
		}
		e.Sessions = append(e.Sessions, read)
	}
	if call := opaqueGuard(fnMod, ref.fn); call != "" {
		e.Protection.State, e.Protection.Why = endpoint.Unknown, "it first calls "+call+", which may check the session but which the analysis cannot follow"
		return e
	}
	if forwardsCredentials(m, fnMod.Path, ref.fn, e.Effects) {
		e.Protection.State, e.Protection.Why = endpoint.Unknown, "it forwards the caller's credentials (a cookie, a header or the session token) in an Authorization header to another service, which verifies them"
		return e
	}
	if self.Secret {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.SharedSecret, What: js.SecretCheck, At: e.Registration})
	}
	if webhook != "" && ref.kind == endpoint.Route {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.WebhookVerify, What: "a webhook receiver (" + webhook + ")", At: e.Registration})
	}
	if c.matchAll(c.Public, samples) {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicConfig, What: "public-routes", At: e.Registration})
	}
	if ref.kind == endpoint.Page && c.matchAll(c.Private, samples) {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PrivateURL, What: "protected-pages", At: e.Registration})
	}
	// The hooks guard, for every URL the route serves.
	verdict := js.Yes
	why := ""
	var by *guard
	for _, s := range samples {
		v, g, w := as.hooks.verdict(s)
		switch {
		case v == js.Unknown && verdict != js.No:
			verdict, why = js.Unknown, w
		case v == js.No:
			verdict, why = js.No, ""
		case v == js.Yes && by == nil:
			by = g
		}
		if verdict == js.No {
			break
		}
	}
	switch verdict {
	case js.Yes:
		e.Protection.State = endpoint.Protected
		e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: endpoint.GlobalMiddleware, What: by.what + " in " + as.hooks.file, At: at(as.hooks.file, by.at)})
		return e
	case js.Unknown:
		e.Protection.State, e.Protection.Why = endpoint.Unknown, why
		return e
	}
	if ref.kind == endpoint.Page {
		if lg := c.layoutGuard(m, as, dir); lg != nil {
			e.Protection.State = endpoint.Protected
			e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: endpoint.GroupMiddleware, What: lg.by + " in " + lg.file, At: at(lg.file, lg.at)})
			return e
		}
	} else if lg := c.layoutGuard(m, as, dir); lg != nil {
		e.Protection.Gap = &endpoint.Evidence{Kind: endpoint.LoadGuard,
			What: fmt.Sprintf("the load of %s checks the session (%s), but SvelteKit does not run layout loads for form actions or +server endpoints", lg.file, lg.by),
			At:   at(lg.file, lg.at)}
	}
	e.Protection.State = endpoint.Unprotected
	if len(self.Unchecked) > 0 {
		e.Protection.State = endpoint.ReadsOnly
	}
	return e
}

// credential marks a handler reading the caller's credentials: a cookie,
// the request's headers, the session token.
var credential = lazyregexp.New(`cookies\.get\(|headers\.get\(\s*['"]authorization|getToken\(`)

// forwardsCredentials reports a handler that calls another service with an
// Authorization header built from the caller's credentials: that service
// authenticates the request, so the handler's own protection is unknown.
func forwardsCredentials(m *js.Model, file string, fn *js.Func, effects []endpoint.Effect) bool {
	outbound := false
	for _, f := range effects {
		outbound = outbound || f.Kind == endpoint.Outbound
	}
	if !outbound {
		return false
	}
	src := m.ReadSmall(file)
	if src == nil {
		return false
	}
	lines := bytes.Split(src, []byte("\n"))
	if fn.Pos.Line < 1 || fn.Pos.EndLine > len(lines) || fn.Pos.EndLine < fn.Pos.Line {
		return false
	}
	body := bytes.Join(lines[fn.Pos.Line-1:fn.Pos.EndLine], []byte("\n"))
	return bytes.Contains(body, []byte("Authorization")) && credential.Match(body)
}

// guardName marks a call that may be a session guard by its name.
var guardName = lazyregexp.New(`(?i)(auth|login|session|signed|require|protect|guard|ensure|check|verify|user)`)

// opaqueGuard is a statement call, before the handler's first return, on a
// value the module neither imports nor declares (locals.security
// .isAuthenticated(), an object a hook put on locals) whose name says it may
// guard the session: "" when there is none.
func opaqueGuard(mod *js.Module, fn *js.Func) string {
	for _, st := range fn.Steps {
		if st.Kind == js.StepReturn {
			return ""
		}
		if st.Kind != js.StepCall || !st.Callee.Valid() || len(st.Callee.Path) == 0 {
			continue
		}
		if mod.Funcs[st.Callee.Root] != nil || mod.Locals[st.Callee.Root] != nil {
			continue
		}
		if name := st.Callee.String(); guardName.MatchString(name[len(st.Callee.Root):]) {
			return name
		}
	}
	return ""
}

func (c *checker) matchAll(globs []rules.Glob, samples []string) bool {
	if len(globs) == 0 || len(samples) == 0 {
		return false
	}
	for _, s := range samples {
		ok := false
		for _, g := range globs {
			if g.Match(s) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// layoutGuard finds a +layout.server load between the route and the root
// that requires a session (memoised per directory).
func (c *checker) layoutGuard(m *js.Model, as *appState, dir string) *layoutGuard {
	for _, d := range routeDirs(dir) {
		as.layoutGuardsMu.Lock()
		lg, seen := as.layoutGuards[d]
		as.layoutGuardsMu.Unlock()
		if !seen {
			lg = nil
			for _, ext := range []string{".ts", ".js"} {
				p := path.Join(as.app.Dir, "src/routes", d, "+layout.server"+ext)
				mod := m.Module(p)
				if mod == nil || mod.Err != nil || mod.Exports["load"] == nil {
					continue
				}
				if pr := m.ExportProtection(mod, "load", &c.Spec); pr.Protected {
					lg = &layoutGuard{file: p, by: pr.By, at: pr.At}
				}
			}
			as.layoutGuardsMu.Lock()
			as.layoutGuards[d] = lg
			as.layoutGuardsMu.Unlock()
		}
		if lg != nil {
			return lg
		}
	}
	return nil
}

// judge reports CLK101 and CLK302 on one endpoint.
func (c *checker) judge(pass *js.Pass, as *appState, e endpoint.Endpoint, ref handlerRef, dir string, webhook string) {
	pos := ref.pos
	pos.File = ""
	what := map[endpoint.Kind]string{endpoint.Route: ref.name + " " + e.URL, endpoint.Page: "the page load of " + e.URL, endpoint.Action: "the form action " + e.URL}[ref.kind]
	if webhook != "" && ref.kind == endpoint.Route && c.Enabled[ruleid.WebhookRouteBehindAuth] {
		for _, b := range e.Protection.By {
			if b.Kind == endpoint.GlobalMiddleware {
				pass.Report(rules.Finding{RuleID: ruleid.WebhookRouteBehindAuth, Position: pos, Construct: "webhook:" + ref.name,
					Related: []rules.Related{{Position: rules.Position{File: b.At.File, Line: b.At.Line, Column: b.At.Col}, Message: "requires a session here"}},
					Message: fmt.Sprintf("webhook receiver %s (%s) is behind %s (%s), which rejects requests without a Clerk session: Svix delivers without one, so every delivery fails; let the webhook path through the guard and verify the svix signature instead", what, webhook, b.What, b.At)})
			}
		}
	}
	if r, f, ok := endpoint.UncheckedSession(&e); ok && c.Enabled[ruleid.SessionNotChecked] {
		c.reportUnchecked(pass, as, what, pos, r, f)
	}
	if !c.Enabled[ruleid.UnprotectedEndpoint] || ref.name == "OPTIONS" {
		return
	}
	v := endpoint.NeedsSession(&e)
	if !v.Report {
		return
	}
	hooks := "src/hooks.server has no guard for this path"
	if as.hooks == nil {
		hooks = "there is no src/hooks.server"
	}
	check, hook := "const { userId } = locals.auth(); if (!userId) error(401)", "hooks.server's handle after withClerkHandler()"
	switch {
	case as.legacy:
		check, hook = "if (!locals.session) error(401)", "handleClerk's protectedPaths"
	case !as.modern:
		check, hook = "error(401) when the auth state your hooks put on locals is missing", "hooks.server's handle"
	}
	fix := fmt.Sprintf("check the session in the handler (%s) or guard its path in %s", check, hook)
	if ref.kind == endpoint.Page {
		fix = fmt.Sprintf("redirect signed-out visitors in its load or a +layout.server load above it, or guard its path in %s", hook)
	}
	pass.Report(rules.Finding{RuleID: ruleid.UnprotectedEndpoint, Position: pos, Construct: "sveltekit:" + string(ref.kind) + ":" + ref.name,
		Message: fmt.Sprintf("%s is not protected: %s and the handler does not check the session; %s; %s, or add it to public-routes if it is meant to be public", what, hooks, v.Reason, fix)})
}

// reportUnchecked reports (CLK102) a handler that reads the session into
// r.What and acts on it without testing it: svelte-clerk's locals.auth()
// returns a null userId for a signed-out request rather than throwing.
// It is reported at the read, or at the handler's declaration when the
// handler is imported from another module.
func (c *checker) reportUnchecked(pass *js.Pass, as *appState, what string, pos rules.Position, r endpoint.SessionRead, f *endpoint.Effect) {
	if r.At.File == pass.File.Path {
		pos = rules.Position{Line: r.At.Line, Column: r.At.Col}
	}
	does := "and goes on as if it were set"
	if f != nil {
		does = fmt.Sprintf("before %s (%s)", f.Target, f.At)
	}
	source, exit := "locals.auth()", "error(401, 'Unauthorized')"
	if as.legacy {
		source = "locals.session"
	}
	if strings.HasPrefix(what, "the page load") {
		exit = "redirect(307, '/sign-in')"
	}
	fix := fmt.Sprintf("add `if (!%s) %s` right after reading it, or guard the path in hooks.server", r.What, exit)
	if strings.HasPrefix(what, "the hook") || strings.HasPrefix(what, "a handle") {
		// A handle runs for every request: rejecting signed-out ones there
		// would lock them out of the whole site.
		fix = fmt.Sprintf("run it only `if (%s)`, so signed-out requests skip it and go on to resolve(event)", r.What)
	}
	pass.Report(rules.Finding{RuleID: ruleid.SessionNotChecked, Position: pos, Construct: "sveltekit:unchecked:" + what,
		Message: fmt.Sprintf("%s reads %s from %s but never tests it %s: a signed-out request runs it with no user; %s", what, r.What, source, does, fix)})
}

// envReturns lists the server secrets from process.env a handler of this
// route file puts in its response (js.EnvReturns; SvelteKit's json and
// text helpers count as responses, a load function's or action's return
// value as what the page receives).
func envReturns(pass *js.Pass, mod *js.Module, fn *js.Func, returns bool) []endpoint.Effect {
	var t *js.Tree
	if mod.Path == pass.File.Path { // a +server.ts handler, an action
		if !bytes.Contains(pass.Src, []byte("process.env")) {
			return nil
		}
		var err error
		if t, err = pass.Tree(); err != nil {
			return nil
		}
	} else { // a page's load in its +page.server.ts
		src := pass.Model.ReadSmall(mod.Path)
		if !bytes.Contains(src, []byte("process.env")) {
			return nil
		}
		pf, err := pass.Model.ParseBytes(mod.Path, src)
		defer pf.Close()
		if err != nil {
			return nil
		}
		t = pf.Tree
	}
	node := t.FuncAt(fn.Pos)
	if node == nil {
		return nil
	}
	var kit []string
	for _, im := range mod.Imports {
		if im.Spec == "@sveltejs/kit" {
			for _, n := range im.Names {
				if n.Imported == "json" || n.Imported == "text" {
					kit = append(kit, n.Local)
				}
			}
		}
	}
	return js.EnvReturns(t, mod.Path, node, returns, kit...)
}

// presenceTested are the names of unchecked the function tests for
// presence (`if (userId) { … }`): reading them is optional, not unchecked
// (the endpoint still rejects nothing). A function of another module is
// not looked into.
func presenceTested(pass *js.Pass, mod *js.Module, fn *js.Func, unchecked []string) map[string]bool {
	if len(unchecked) == 0 || mod.Path != pass.File.Path {
		return nil
	}
	t, err := pass.Tree()
	if err != nil {
		return nil
	}
	return js.PresenceTested(t, fn.Pos.Line, fn.Pos.EndLine)
}

// checkHookSessions reports (CLK102) a function of the hooks module (a
// handle, inline in sequence(…) or named) that reads userId from
// locals.auth() and acts on it untested: the handle runs for every request,
// signed-out ones included. Only a known effect that needs the user counts
// (a write, a Clerk Backend API call, a query by the session value): a
// handle that merely puts the auth state on locals is reading it
// optionally.
func (c *checker) checkHookSessions(pass *js.Pass, as *appState) {
	if !c.Enabled[ruleid.SessionNotChecked] || as.legacy || !bytes.Contains(pass.Src, authUse) {
		return
	}
	mod := pass.Module()
	if mod == nil || mod.Err != nil {
		return
	}
	var fns []*js.Func
	for _, fn := range mod.Funcs {
		if fn.Wrapped == nil {
			fns = append(fns, fn)
			continue
		}
		for _, a := range fn.Wrapped.Args {
			if a.Func != nil {
				fns = append(fns, a.Func)
			}
		}
	}
	for _, fn := range fns {
		p := pass.Model.Protection(mod, fn, &c.Spec)
		if p.Protected || len(p.Unchecked) == 0 {
			continue
		}
		tested := presenceTested(pass, mod, fn, p.Unchecked)
		e := endpoint.Endpoint{Kind: endpoint.Route, Protection: endpoint.Protection{State: endpoint.ReadsOnly}}
		e.Effects, e.EffectsKnown = pass.Model.Effects(mod, fn)
		for _, n := range p.Unchecked {
			at, _ := fn.BoundAt(n)
			e.Sessions = append(e.Sessions, endpoint.SessionRead{What: n, At: endpoint.Pos{File: pass.File.Path, Line: at.Line, Col: at.Column}, Checked: tested[n]})
		}
		r, f, ok := endpoint.UncheckedSession(&e)
		if !ok || f == nil || r.At.Line == 0 {
			continue
		}
		what := "the hook " + fn.Name
		if fn.Name == "" {
			what = "a handle of sequence(…)"
		}
		c.reportUnchecked(pass, as, what, rules.Position{Line: r.At.Line, Column: r.At.Col}, r, f)
	}
}

// authUse finds the first read of the svelte-clerk auth state in a server
// module's source (locals.auth), for CLK103.
var authUse = []byte("locals.auth")

// checkAuthUse reports (CLK103) a server module reading locals.auth where
// no Clerk handler runs in the hooks: svelte-clerk sets it there, so the
// call throws and whatever it was meant to protect fails.
func (c *checker) checkAuthUse(pass *js.Pass, as *appState) {
	if !c.Enabled[ruleid.MiddlewareGap] || as.legacy {
		return
	}
	i := bytes.Index(pass.Src, authUse)
	if i < 0 || (as.hooks != nil && (as.hooks.clerk != "" || as.hooks.clerkElsewhere)) {
		return
	}
	line := bytes.Count(pass.Src[:i], []byte("\n")) + 1
	col := i - bytes.LastIndexByte(pass.Src[:i], '\n')
	where := "there is no src/hooks.server.ts"
	if as.hooks != nil {
		where = as.hooks.file + " does not run withClerkHandler()"
	}
	pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: rules.Position{Line: line, Column: col, EndLine: line, EndColumn: col + len(authUse)}, Construct: "sveltekit:no-clerk-handler",
		Message: fmt.Sprintf("locals.auth is read here but %s: svelte-clerk sets locals.auth in that handler, so without it the call throws and the check it was meant to make never runs; export const handle = withClerkHandler() (or add it to sequence(…)) in src/hooks.server.ts", where)})
}

// checkHooks reports (CLK103) a handle of the sequence that reads
// locals.auth before withClerkHandler() has set it.
func (c *checker) checkHooks(pass *js.Pass, as *appState) {
	h := as.hooks
	if !c.Enabled[ruleid.MiddlewareGap] || h == nil || h.clerk == "" || as.legacy {
		return
	}
	for _, pos := range h.early {
		pos.File = ""
		pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: pos, Construct: "sveltekit:auth-before-clerk",
			Message: fmt.Sprintf("this handle reads locals.auth but runs before %s (%s:%d) in sequence(…), which runs handles in order: locals.auth is not set yet, so it throws; put withClerkHandler() first", h.clerk, h.file, h.clerkAt.Line)})
	}
}
