// Package reactrouter is clerklint's endpoint producer for React Router v7
// framework mode and Remix v2 apps using Clerk (@clerk/react-router,
// @clerk/remix), and the rules that read it.
//
// Routes come from app/routes.ts (route, index, layout, prefix, spreads,
// nested children, flatRoutes()) or, without one, from the flat file
// convention under app/routes (routes.go). Each route module's exported
// loader and action run on the server and answer requests of their own
// (single fetch's .data URLs, Remix's ?_data): a loader of a module with a
// default export is a page load (GET), of one without (a resource route) an
// API route; an action answers POST, PUT, PATCH and DELETE.
//
// Protection: a loader or action that reads getAuth(args) and exits when
// userId is missing (throw redirect('/sign-in'), redirectToSignIn, a 401
// Response), or calls a project helper whose body does (js.Model.Protection
// with the YAML's auth spec). rootAuthLoader and clerkMiddleware()
// authenticate but protect nothing. A layout route's loader guards the page
// loads below it but never their actions or resource routes: React Router
// does not run parent loaders for a form submission, so those are reported
// with a note saying so (endpoint.LoadGuard).
//
// Rules: CLK101 (endpoint.NeedsSession), CLK102 (getAuth read and userId
// used without a test while the handler reads or writes data), CLK103 (the
// root renders Clerk's provider but its loader never calls rootAuthLoader,
// whose state the provider needs; on @clerk/react-router 3 and later, no
// clerkMiddleware() in the root's middleware export), CLK401 (a path-routed
// Clerk component on a route that is not a splat) and CLK701 (routes use
// Clerk's components or hooks and the root renders no provider): root.go.
//
// Out of reach: routes built by project functions or
// remixRoutesOptionAdapter (the modules they name are not judged), loaders
// exported from other modules, Remix's remix.config routes() option.
package reactrouter

import (
	"fmt"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers the producer and its rules with the js engine.
var Rule = js.Rule{IDs: []string{ruleid.UnprotectedEndpoint, ruleid.SessionNotChecked, ruleid.MiddlewareGap, ruleid.SignInNotCatchAll, ruleid.ClerkProviderMissing}, New: New}

// The Clerk SDKs of the two frameworks.
const (
	SDK      = "@clerk/react-router"
	RemixSDK = "@clerk/remix"
)

type checker struct {
	*js.RouteSettings
	projects js.PerModel[state]
}

// New builds the checker from the enabled rules.
func New(rs []*rules.Rule, opts scan.Options) (js.Checker, error) {
	s, err := js.NewRouteSettings(rs, opts)
	if err != nil {
		return nil, err
	}
	return &checker{RouteSettings: s}, nil
}

// clerkApp is the React Router or Remix app holding p when it uses Clerk's
// SDK for it.
func clerkApp(m *js.Model, p string) *js.App {
	a := m.App(p)
	if a == nil || (a.Framework != "react-router" && a.Framework != "remix") {
		return nil
	}
	if _, ok := a.SDK(SDK); ok {
		return a
	}
	if _, ok := a.SDK(RemixSDK); ok {
		return a
	}
	return nil
}

// isSDK reports whether an import specifier is one of the Clerk SDKs or
// their entry points (/ssr.server, /server, /api.server).
func isSDK(spec string) bool {
	for _, s := range []string{SDK, RemixSDK} {
		if spec == s || strings.HasPrefix(spec, s+"/") {
			return true
		}
	}
	return false
}

type state struct {
	mu   sync.Mutex
	apps map[*js.App]*appState
}

// appState is one app's route table and the endpoints produced so far.
type appState struct {
	app *js.App
	tbl *table

	mu  sync.Mutex
	eps []endpoint.Endpoint

	guardsMu sync.Mutex
	guards   map[string]*guard // layout module → its loader's guard (nil: none)
}

// guard is a layout loader that requires a session.
type guard struct {
	file, by string
	at       rules.Position
}

func (c *checker) app(m *js.Model, a *js.App) *appState {
	st := c.projects.Get(m, func(st *state) { st.apps = map[*js.App]*appState{} })
	st.mu.Lock()
	defer st.mu.Unlock()
	if as := st.apps[a]; as != nil {
		return as
	}
	as := &appState{app: a, tbl: buildTable(m, a), guards: map[string]*guard{}}
	st.apps[a] = as
	return as
}

// Wants the modules of Clerk React Router and Remix apps.
func (c *checker) Wants(m *js.Model, f *scan.File) bool {
	return clerkApp(m, f.Path) != nil
}

// Check produces and judges the endpoints of one route module, and checks
// the root.
func (c *checker) Check(pass *js.Pass) {
	m := pass.Model
	a := clerkApp(m, pass.File.Path)
	if a == nil {
		return
	}
	as := c.app(m, a)
	rs := as.tbl.routes[pass.File.Path]
	if len(rs) == 0 {
		return
	}
	mod := pass.Module()
	if mod == nil || mod.Err != nil {
		return
	}
	if pass.File.Path == as.tbl.root {
		c.checkRoot(pass, as, mod)
	}
	splat := false
	for _, r := range rs {
		c.produce(pass, as, mod, r)
		splat = splat || r.splat()
	}
	if c.Enabled[ruleid.SignInNotCatchAll] && !splat && pass.File.Path != as.tbl.root {
		c.checkRouted(pass, mod, rs[0])
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

func at(p rules.Position, file string) endpoint.Pos {
	if p.File != "" {
		file = p.File
	}
	return endpoint.Pos{File: file, Line: p.Line, Col: p.Column}
}

// handler is one request handler of a route module.
type handler struct {
	name    string // loader or action
	kind    endpoint.Kind
	methods []string
	pos     rules.Position
	fnMod   *js.Module
	fn      *js.Func
}

// handlerFunc is the function answering an export's requests: its own, or
// the one a wrapper call receives (withAuth(async (args) => …)).
func handlerFunc(m *js.Model, mod *js.Module, name string) (*js.Module, *js.Func) {
	fnMod, fn := m.ExportFunc(mod.Path, name)
	if fnMod == nil {
		return nil, nil
	}
	fn, _ = js.InnerHandler(fnMod, fn)
	return fnMod, fn
}

var writeMethods = []string{"POST", "PUT", "PATCH", "DELETE"}

// produce builds the endpoints of one route module at one URL and judges
// them.
func (c *checker) produce(pass *js.Pass, as *appState, mod *js.Module, r route) {
	m := pass.Model
	page := mod.Exports["default"] != nil
	var hs []handler
	for _, name := range []string{"loader", "action"} {
		exp := mod.Exports[name]
		if exp == nil {
			continue
		}
		h := handler{name: name, pos: exp.Pos}
		switch {
		case name == "loader" && page:
			h.kind, h.methods = endpoint.Page, []string{"GET"}
		case name == "loader":
			h.kind, h.methods = endpoint.Route, []string{"GET"}
		case page:
			h.kind, h.methods = endpoint.Action, writeMethods
		default:
			h.kind, h.methods = endpoint.Route, writeMethods
		}
		h.fnMod, h.fn = handlerFunc(m, mod, name)
		hs = append(hs, h)
	}
	samples := Samples(r.url)
	var own *endpoint.Evidence // the module's own loader guard
	for _, h := range hs {
		e := c.endpointOf(pass, as, mod, r, h, samples)
		if h.name == "loader" && e.Protection.State == endpoint.Protected && e.Protection.By[0].Kind == endpoint.HandlerCheck {
			own = &endpoint.Evidence{Kind: endpoint.LoadGuard, At: e.Protection.By[0].At,
				What: fmt.Sprintf("the route's loader checks the session (%s), but React Router does not run loaders for a form submission", e.Protection.By[0].What)}
		}
		if h.name == "action" && own != nil && e.Protection.State != endpoint.Protected && e.Protection.Gap == nil {
			e.Protection.Gap = own
		}
		as.mu.Lock()
		as.eps = append(as.eps, e)
		as.mu.Unlock()
		c.judge(pass, as, e, h)
	}
}

// endpointOf fills one endpoint's evidence.
func (c *checker) endpointOf(pass *js.Pass, as *appState, mod *js.Module, r route, h handler, samples []string) endpoint.Endpoint {
	m, file := pass.Model, pass.File.Path
	e := endpoint.Endpoint{Framework: as.app.Framework, Kind: h.kind, Methods: h.methods, URL: r.url, Name: h.name, Registration: at(h.pos, file)}
	if h.fn == nil {
		e.Handler = e.Registration
		e.Protection.State, e.Protection.Why = endpoint.Unknown, "the "+h.name+" is not a function the analysis can read"
		return e
	}
	e.Handler, e.HandlerEnd = at(h.fn.Pos, h.fnMod.Path), h.fn.Pos.EndLine
	m.NoteHandler(&e, h.fnMod, h.fn)
	e.Effects, e.EffectsKnown = m.Effects(h.fnMod, h.fn)
	self := m.ExportProtection(mod, h.name, &c.Spec)
	if self.Protected {
		e.Protection.State = endpoint.Protected
		e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: endpoint.HandlerCheck, What: self.By, At: at(self.At, h.fnMod.Path)})
		e.Sessions = append(e.Sessions, endpoint.SessionRead{What: self.By, At: at(self.At, h.fnMod.Path), Checked: true})
		return e
	}
	if len(self.Unchecked) > 0 {
		e.Sessions = append(e.Sessions, c.sessionRead(m, h))
	}
	if self.Secret {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.SharedSecret, What: js.SecretCheck, At: e.Registration})
	}
	if why := c.WebhookReceiver(mod, samples); why != "" && h.kind == endpoint.Route {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.WebhookVerify, What: "a webhook receiver (" + why + ")", At: e.Registration})
	}
	if js.MatchAll(c.Public, samples) {
		ev := endpoint.Evidence{Kind: endpoint.PublicConfig, What: "public-routes", At: e.Registration}
		if h.name == "action" && !js.MatchAll(c.ConfigPublic, samples) {
			// The default list names public pages ('/', the home page): it
			// opens what their GET shows, not the writes of the action at
			// the same URL, which answers POSTs from anyone.
			ev.Broad, ev.What = true, "public-routes ("+r.url+" listed as a public page, which opens its reads, not its form submissions)"
		}
		e.Public = append(e.Public, ev)
	}
	if h.kind == endpoint.Page && js.MatchAll(c.Private, samples) {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PrivateURL, What: "protected-pages", At: e.Registration})
	}
	if g := c.layoutGuard(m, as, r); g != nil {
		if h.kind == endpoint.Page {
			e.Protection.State = endpoint.Protected
			e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: endpoint.GroupMiddleware, What: "the loader of " + g.file + " (" + g.by + ")", At: at(g.at, g.file)})
			return e
		}
		what := "a form submission"
		if h.kind == endpoint.Route {
			what = "a resource route"
		}
		e.Protection.Gap = &endpoint.Evidence{Kind: endpoint.LoadGuard, At: at(g.at, g.file),
			What: fmt.Sprintf("the loader of the layout route %s checks the session (%s), but React Router does not run layout loaders for %s", g.file, g.by, what)}
	}
	e.Protection.State = endpoint.Unprotected
	if len(self.Unchecked) > 0 {
		e.Protection.State = endpoint.ReadsOnly
	}
	// Once the protection is known: the URL part judges unprotected routes.
	endpoint.MarkPublicColumns(&e, c.PublicFields)
	endpoint.AddPublicReads(&e, c.PublicData, true)
	return e
}

// sessionRead is where a handler reads the auth state it never tests: its
// first call of an auth function.
func (c *checker) sessionRead(m *js.Model, h handler) endpoint.SessionRead {
	for _, cs := range h.fn.Calls {
		if hp := m.CalleeHelper(h.fnMod, cs.Callee, &c.Spec); hp.Kind == js.Check {
			return endpoint.SessionRead{What: cs.Callee.String() + "(args)", At: at(cs.Pos, h.fnMod.Path)}
		}
	}
	return endpoint.SessionRead{What: "the auth state", At: at(h.fn.Pos, h.fnMod.Path)}
}

// layoutGuard is the first layout route above r whose loader requires a
// session (memoised per layout module).
func (c *checker) layoutGuard(m *js.Model, as *appState, r route) *guard {
	for i := len(r.parents) - 1; i >= 0; i-- {
		p := r.parents[i]
		as.guardsMu.Lock()
		g, seen := as.guards[p]
		as.guardsMu.Unlock()
		if !seen {
			if mod := m.Module(p); mod != nil && mod.Err == nil && mod.Exports["loader"] != nil {
				if pr := m.ExportProtection(mod, "loader", &c.Spec); pr.Protected {
					g = &guard{file: p, by: pr.By, at: pr.At}
				}
			}
			as.guardsMu.Lock()
			as.guards[p] = g
			as.guardsMu.Unlock()
		}
		if g != nil {
			return g
		}
	}
	return nil
}

// judge reports CLK101 and CLK102 on one endpoint.
func (c *checker) judge(pass *js.Pass, as *appState, e endpoint.Endpoint, h handler) {
	pos := h.pos
	pos.File = ""
	what := map[endpoint.Kind]string{endpoint.Route: "the resource route " + strings.Join(e.Methods, "/") + " " + e.URL, endpoint.Page: "the loader of " + e.URL, endpoint.Action: "the action of " + e.URL}[h.kind]
	if c.Enabled[ruleid.UnprotectedEndpoint] {
		if v := endpoint.NeedsSession(&e); v.Report {
			fix := "const { userId } = await getAuth(args); if (!userId) throw redirect('/sign-in')"
			if h.kind == endpoint.Route {
				fix = "const { userId } = await getAuth(args); if (!userId) throw new Response('Unauthorized', { status: 401 })"
			}
			pass.Report(rules.Finding{RuleID: ruleid.UnprotectedEndpoint, Position: pos, Construct: as.app.Framework + ":" + string(h.kind) + ":" + h.name,
				Message: fmt.Sprintf("%s is not protected: it does not check the session and React Router runs it for any request to its URL; %s; check the session at its top (%s), or add the URL to public-routes in .clerklint.yml if it is meant to be public", what, v.Reason, fix)})
		}
	}
	if c.Enabled[ruleid.SessionNotChecked] && e.Protection.State == endpoint.ReadsOnly && len(e.Effects) > 0 && len(e.Sessions) > 0 {
		r := e.Sessions[0]
		rp := rules.Position{Line: r.At.Line, Column: r.At.Col}
		if r.At.File != pass.File.Path {
			rp = pos
		}
		pass.Report(rules.Finding{RuleID: ruleid.SessionNotChecked, Position: rp, Construct: as.app.Framework + ":unchecked:" + h.name,
			Message: fmt.Sprintf("%s reads the session with %s but never tests userId before it %s: a signed-out request gets userId null and runs it anyway; add if (!userId) throw redirect('/sign-in') (a 401 Response in a resource route) right after reading it", what, r.What, strings.TrimPrefix(describe(e.Effects[0]), "it "))})
	}
}

// describe names an effect for a message.
func describe(f endpoint.Effect) string {
	verb := map[endpoint.EffectKind]string{endpoint.DBRead: "reads data", endpoint.DBWrite: "writes data", endpoint.ClerkAPI: "calls the Clerk Backend API", endpoint.Outbound: "calls an external service", endpoint.Storage: "writes files"}[f.Kind]
	if verb == "" {
		verb = string(f.Kind)
	}
	return fmt.Sprintf("%s (%s at %s)", verb, f.Target, f.At)
}

// checkRouted reports a path-routed Clerk component on a route that is not
// a splat: <SignIn> and <SignUp> from these SDKs route by path unless
// routing="hash" or "virtual" is passed, and their later steps
// (/sign-in/factor-one, /sign-in/sso-callback) need the splat to match.
func (c *checker) checkRouted(pass *js.Pass, mod *js.Module, r route) {
	locals := map[string]string{}
	for local, n := range mod.Locals {
		if n.Import != nil && isSDK(n.Import.Spec) && c.PathRouted[n.Imported] && !n.TypeOnly && !n.Import.TypeOnly {
			locals[local] = n.Imported
		}
	}
	if len(locals) == 0 {
		return
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	u := strings.TrimSuffix(r.url, "/")
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() != "jsx_self_closing_element" && n.Type() != "jsx_opening_element" {
			return true
		}
		name := n.ChildByFieldName("name")
		if name == nil || locals[t.Text(name)] == "" || js.NonPathRouting(t, n) {
			return true
		}
		comp := locals[t.Text(name)]
		fix := fmt.Sprintf("make its route in app/routes.ts a splat serving %s/* (append /* to its path)", u)
		if !r.config {
			fix = "name the flat route module with a trailing $ segment (" + strings.TrimPrefix(strings.ReplaceAll(u, "/", "."), ".") + ".$.tsx)"
		}
		steps := fmt.Sprintf("its later steps (%s/factor-one, %s/sso-callback)", u, u)
		if comp != "SignIn" && comp != "SignUp" {
			steps = fmt.Sprintf("its sub-pages (%s/security, …)", u)
		}
		pass.Report(rules.Finding{RuleID: ruleid.SignInNotCatchAll, Position: t.Pos(name), Construct: "not-splat:" + comp,
			Message: fmt.Sprintf("<%s> routes by path, but this route serves %s only: %s match no route and 404; %s, or pass routing=\"hash\"", comp, r.url, steps, fix)})
		return true
	})
}
