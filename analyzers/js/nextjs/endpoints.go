package nextjs

// The Next.js producer of the language-neutral endpoint model: one
// endpoint.Endpoint per App Router handler method, Pages API route, server
// action (module-level and inline) and private page the checker visits,
// with the protection chain, the public-by-design evidence, the request
// inputs the handler reads and what it does (js.Model.Effects). CLK101 on
// routes and server actions is endpoint.NeedsSession over these.

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
)

// produced are the endpoints of one app, appended as files are checked,
// and the authorization evidence checkAuthz found for them (by file and
// export), attached when the scan collects them.
type produced struct {
	mu    sync.Mutex
	list  []endpoint.Endpoint
	authz map[string][]endpoint.Evidence
}

func (p *produced) addAuthz(file, name string, ev endpoint.Evidence) {
	p.mu.Lock()
	if p.authz == nil {
		p.authz = map[string][]endpoint.Evidence{}
	}
	p.authz[file+"#"+name] = append(p.authz[file+"#"+name], ev)
	p.mu.Unlock()
}

func (p *produced) add(e endpoint.Endpoint) {
	p.mu.Lock()
	p.list = append(p.list, e)
	p.mu.Unlock()
}

// Endpoints returns every endpoint the checker produced for the project
// (js.EndpointSource).
func (c *checker) Endpoints(m *js.Model) []endpoint.Endpoint {
	st := c.state(m)
	var out []endpoint.Endpoint
	for _, as := range st.apps {
		as.eps.mu.Lock()
		for _, e := range as.eps.list {
			if ev := as.eps.authz[e.Registration.File+"#"+e.Name]; len(ev) > 0 {
				e.Authz = append(append([]endpoint.Evidence(nil), e.Authz...), ev...)
			}
			out = append(out, e)
		}
		as.eps.mu.Unlock()
	}
	endpoint.Sort(out)
	return out
}

func at(file string, p rules.Position) endpoint.Pos {
	return endpoint.Pos{File: file, Line: p.Line, Col: p.Column}
}

// baseEndpoint fills what every Next.js endpoint has: framework, kind,
// methods, URL, registration, handler span, inputs and effects.
func (c *checker) baseEndpoint(pass *js.Pass, mod *js.Module, route Route, useServer bool, name string, pos rules.Position, fn *js.Func, node *sitter.Node, t *js.Tree) endpoint.Endpoint {
	file := pass.File.Path
	e := endpoint.Endpoint{Name: name, URL: route.Pattern, Registration: at(file, pos)}
	switch {
	case useServer:
		e.Framework, e.Kind, e.Methods, e.URL = "next-action", endpoint.Action, []string{"POST"}, ""
	case route.Kind == AppHandler:
		e.Framework, e.Kind, e.Methods = "next-app", endpoint.Route, []string{name}
	case route.Kind == PagesAPI:
		e.Framework, e.Kind = "next-pages", endpoint.Route
	case route.Kind == AppPage || pagesRouter(route):
		e.Framework, e.Kind, e.Methods = "next-page", endpoint.Page, []string{"GET"}
	}
	if fn != nil {
		e.Handler, e.HandlerEnd = at(file, fn.Pos), fn.Pos.EndLine
		e.Effects, e.EffectsKnown = pass.Model.GuardedEffects(mod, fn, &c.spec)
	}
	if node != nil && t != nil {
		e.Inputs = inputs(t, file, node, route, useServer)
		e.Effects = append(e.Effects, js.EnvReturns(t, file, node, useServer)...)
	}
	return e
}

// inputs lists the request values a handler reads: route params, the query,
// the body, form data, headers, cookies, server-action arguments.
func inputs(t *js.Tree, file string, fn *sitter.Node, route Route, useServer bool) []endpoint.Input {
	var out []endpoint.Input
	seen := map[endpoint.InputKind]bool{}
	add := func(k endpoint.InputKind, name string, n *sitter.Node) {
		if seen[k] && k != endpoint.Argument {
			return
		}
		seen[k] = true
		out = append(out, endpoint.Input{Kind: k, Name: name, At: at(file, t.Pos(n))})
	}
	for i, p := range js.Params(fn) {
		text := t.Text(p)
		switch {
		case useServer:
			name := paramText(t, p)
			if strings.Contains(text, "FormData") {
				add(endpoint.Form, name, p)
			} else {
				add(endpoint.Argument, name, p)
			}
		case i == 1 && route.Kind == AppHandler && strings.Contains(route.Pattern, "["):
			add(endpoint.PathParam, "params", p)
		}
	}
	body := fn.ChildByFieldName("body")
	if body == nil {
		return out
	}
	js.Walk(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "call_expression":
			c := js.CalleeOf(t, n)
			last := c.Root
			if k := len(c.Path); k > 0 {
				last = c.Path[k-1]
			}
			switch {
			case last == "json" && len(c.Path) == 1 && c.Root != "NextResponse" && c.Root != "Response" && c.Root != "res":
				add(endpoint.Body, "", n)
			case last == "text" && len(c.Path) == 1 && c.Root != "res":
				add(endpoint.Body, "", n)
			case last == "formData":
				add(endpoint.Form, "", n)
			case len(c.Path) == 0 && c.Root == "headers":
				add(endpoint.Header, "", n)
			case len(c.Path) == 0 && c.Root == "cookies":
				add(endpoint.Cookie, "", n)
			}
		case "member_expression":
			prop := n.ChildByFieldName("property")
			if prop == nil {
				break
			}
			switch t.Text(prop) {
			case "searchParams":
				add(endpoint.Query, "", n)
			case "query":
				if route.Kind == PagesAPI {
					add(endpoint.Query, "", n)
				}
			case "body":
				if route.Kind == PagesAPI {
					add(endpoint.Body, "", n)
				}
			case "headers":
				add(endpoint.Header, "", n)
			case "cookies":
				add(endpoint.Cookie, "", n)
			case "params":
				if strings.Contains(route.Pattern, "[") {
					add(endpoint.PathParam, "params", n)
				}
			}
		}
		return true
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Line < out[j].At.Line })
	return out
}

// mwEvidence is the middleware's part of a route's protection: its state
// and evidence (GlobalMiddleware when it protects every sample URL, the
// public-list entry that lets it through), and why when it does not
// protect. noGet says the route answers no GET or HEAD (a route.ts
// exporting only writes).
func (c *checker) mwEvidence(as *appState, route Route, e *endpoint.Endpoint, noGet bool) (endpoint.State, string) {
	v, why, sample := as.verdict(route)
	switch {
	case v == Unknown:
		return endpoint.Unknown, why
	case v != Protected:
		if sample != "" {
			if pr, ok := as.mw.PublicBy(sample); ok {
				what := fmt.Sprintf("%s ['%s']", pr.Matcher, pr.Pattern)
				if (pr.Broad || pr.Tree) && ((noGet && paramsOnly(pr.Pattern, route)) || ownURL(pr.Pattern, route)) && as.onlyServed(pr, route) {
					// The wildcard stands for this route's parameters,
					// lets nothing else through and nothing under it can
					// be read: the entry was written to open this route's
					// writes (a form receiver's '/r/:path*'). Or it is the
					// route's own URL with Clerk's usual '(.*)' after it
					// ('/api/validate(.*)' for /api/validate), letting no
					// other route through: a name, like '/api/contact'.
					pr.Broad, pr.Tree = false, false
					what += ", which lets through no other route of the app"
				}
				e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicMatcher,
					What: what, At: at(as.mw.File, pr.At), Broad: pr.Broad, Tree: pr.Tree})
			}
		}
		return endpoint.Unprotected, why
	}
	mw := as.mw
	e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: endpoint.GlobalMiddleware, What: "clerkMiddleware (" + mw.File + ")", At: at(mw.File, mw.At)})
	return endpoint.Protected, ""
}

// paramsOnly reports whether a public entry's wildcard stands only for the
// route's parameters: its literal prefix is the route's URL up to the
// first dynamic segment ('/r/:path*' for /r/[slug]; not '/api(.*)' for
// /api/items, whose "items" the entry never wrote).
func paramsOnly(pattern string, route Route) bool {
	i := strings.IndexAny(pattern, "(:*[{^$\\?+")
	j := strings.IndexByte(route.Pattern, '[')
	return i >= 0 && j >= 0 && strings.TrimRight(pattern[:i], "/") == strings.TrimRight(route.Pattern[:j], "/")
}

// ownURL reports whether a public entry is a static route's own URL with a
// wildcard after it: its literal prefix is the whole URL.
func ownURL(pattern string, route Route) bool {
	i := strings.IndexAny(pattern, "(:*[{^$\\?+")
	return i > 0 && !strings.Contains(route.Pattern, "[") && strings.TrimRight(pattern[:i], "/") == strings.TrimRight(route.Pattern, "/")
}

// onlyServed reports whether a public entry lets through no URL of the app
// but the route's own: no other page, route handler or API route of the
// app has a sample URL it matches.
func (as *appState) onlyServed(pr PublicRule, route Route) bool {
	if pr.pat == nil {
		return false
	}
	for _, r := range as.served {
		if r.Pattern == route.Pattern && r.Dir == route.Dir {
			continue
		}
		for _, s := range r.Samples {
			if ok, err := pr.pat.Match(s); err != nil || ok {
				return false
			}
		}
	}
	return true
}

// selfEvidence records the handler's own protection.
func selfEvidence(e *endpoint.Endpoint, self js.Protection, wrap *js.WrappedCall, file string) {
	kind := endpoint.HandlerCheck
	if wrap != nil && strings.Contains(self.By, "wrapper") {
		kind = endpoint.Wrapper
	}
	what := self.By
	if what == "" {
		what = "session check"
	}
	e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: kind, What: what, At: at(file, self.At)})
	e.Sessions = append(e.Sessions, endpoint.SessionRead{What: what, At: at(file, self.At), Checked: true})
}

// routeEndpoint builds a route handler's or server action's endpoint.
// self is the handler's own protection; unchecked the session names read
// and never checked (CLK102's), which make it ReadsOnly.
func (c *checker) routeEndpoint(pass *js.Pass, as *appState, mod *js.Module, route Route, useServer bool, ep endpointRef, self js.Protection, unchecked []string, ctx *epContext) endpoint.Endpoint {
	fn, wrap := js.ExportHandler(mod, ep.name)
	var node *sitter.Node
	if t := ctx.tree(pass); t != nil && fn != nil {
		node = ctx.funcs[[2]int{fn.Pos.Line, fn.Pos.Column}]
	}
	e := c.baseEndpoint(pass, mod, route, useServer, ep.name, ep.pos, fn, node, ctx.t)
	file := pass.File.Path
	if fn == nil && mod.Exports[ep.name] != nil && mod.Exports[ep.name].From != nil {
		e.Handler = e.Registration // re-exported: its effects are elsewhere
	}
	if dm, f := memoTarget(pass.Model, mod, ep.name); useServer && fn == nil && f != nil {
		// A memo wrapper of an imported function: that function's body is
		// what the action does.
		e.Handler = e.Registration
		e.Effects, e.EffectsKnown = pass.Model.GuardedEffects(dm, f, &c.spec)
		if dm.UseClient() {
			// Imported into server code, a 'use client' module's function
			// is a client reference: calling it on the server throws before
			// its body runs.
			e.Effects, e.EffectsKnown = nil, true
		}
		file = dm.Path
	}
	switch {
	case self.Protected:
		selfEvidence(&e, self, wrap, file)
		e.Protection.State = endpoint.Protected
		if !useServer && !c.isPublic(route) {
			if st, _ := c.mwEvidence(as, route, &e, false); st == endpoint.Protected {
				// the middleware is the outer layer
				e.Protection.By = append(e.Protection.By[len(e.Protection.By)-1:], e.Protection.By[:len(e.Protection.By)-1]...)
			}
		}
		return e
	case len(unchecked) > 0:
		for _, n := range unchecked {
			e.Sessions = append(e.Sessions, endpoint.SessionRead{What: n, At: at(file, self.At)})
		}
	}
	if self.Secret {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.SharedSecret, What: js.SecretCheck, At: e.Registration})
	}
	if useServer {
		if why := c.unexposedAction(pass.Model, as, mod, ep.name); why != "" {
			e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.Unexposed, What: why, At: e.Registration})
		}
		e.Protection.State = endpoint.Unprotected
		if len(unchecked) > 0 {
			e.Protection.State = endpoint.ReadsOnly
		}
		return e
	}
	if c.delegates(mod) {
		e.Protection.State, e.Protection.Why = endpoint.Unknown, "it delegates to a framework with its own per-procedure auth (tRPC, Hono)"
		return e
	}
	if c.isPublic(route) {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicConfig, What: "public-routes", At: e.Registration})
	}
	if host := clerkFAPIHost.Find(pass.Src); host != nil && onlyFetches(e.Effects) {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.ClerkProxy, What: "a proxy of Clerk's Frontend API (" + string(host) + ")", At: e.Registration})
	}
	if ep.name == "POST" || ep.name == "default" {
		if w := c.webhookReceiver(pass, mod); w != "" {
			e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.WebhookVerify, What: "a webhook verifier (" + w + ")", At: e.Registration})
		}
	}
	if c.callbackGuarded(pass, mod, ep.name) {
		e.Protection.State = endpoint.Protected
		e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: endpoint.HandlerCheck, What: "a session check in the upload callback", At: e.Registration})
		return e
	}
	noGet := route.Kind == AppHandler && mod.Exports["GET"] == nil && mod.Exports["HEAD"] == nil
	st, why := c.mwEvidence(as, route, &e, noGet)
	e.Protection.State = st
	if st == endpoint.Unknown {
		e.Protection.Why = why
	}
	if st == endpoint.Unprotected && len(unchecked) > 0 {
		e.Protection.State = endpoint.ReadsOnly
	}
	if e.Protection.State == endpoint.Unprotected && node != nil && endpoint.SignInPath(e.URL) {
		if code, only := oauthCode(ctx.t, node, route.Kind == PagesAPI); code != nil {
			endpoint.AddOAuthCallback(&e, at(file, ctx.t.Pos(code)), only)
		}
	}
	ctx.why = why
	return e
}

// clerkFAPIHost is a Clerk Frontend API host in a route's source: a proxy
// route (Clerk's proxy setup) forwards the browser's requests there, and
// Clerk authenticates each one itself.
var clerkFAPIHost = lazyregexp.New(`https://(?:clerk\.[a-z0-9-]+\.[a-z0-9.-]+|[a-z0-9-]+\.clerk\.accounts\.dev|frontend-api\.clerk\.(?:services|dev))`)

// onlyFetches: the effects are outbound fetches and nothing else.
func onlyFetches(effects []endpoint.Effect) bool {
	for _, f := range effects {
		if f.Kind != endpoint.Outbound || f.Target != "fetch" {
			return false
		}
	}
	return len(effects) > 0
}

// forwardsToken returns the outbound call a handler passes the session token
// to ("" if none): it reads getToken from auth() and its body sends an
// Authorization header (Bearer ${token}) with a call to another service.
func forwardsToken(pass *js.Pass, ctx *epContext, e *endpoint.Endpoint, names []string) string {
	if !slices.Contains(names, "getToken") || e.HandlerEnd == 0 {
		return ""
	}
	var out *endpoint.Effect
	for i := range e.Effects {
		if f := e.Effects[i]; (f.Kind == endpoint.DBRead || f.Kind == endpoint.DBWrite) && f.CallerCredential {
			return "Supabase (" + f.Target + ")" // a client built with it: the database verifies it
		}
		if e.Effects[i].Kind == endpoint.Outbound && e.Effects[i].At.File == pass.File.Path {
			out = &e.Effects[i]
			break
		}
	}
	if out == nil {
		return ""
	}
	lines := bytes.Split(pass.Src, []byte("\n"))
	if e.Handler.Line < 1 || e.HandlerEnd > len(lines) {
		return ""
	}
	body := bytes.Join(lines[e.Handler.Line-1:e.HandlerEnd], []byte("\n"))
	if !bytes.Contains(body, []byte("Authorization")) || !sendsToken(body) {
		return ""
	}
	return out.Target
}

var (
	tokenVar = lazyregexp.New(`(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*await\s+getToken\(`)
	bearerOf = lazyregexp.New(`Bearer \$\{\s*(?:await\s+getToken\(|([A-Za-z_$][\w$]*)\s*\})|["']Bearer ["']\s*\+\s*([A-Za-z_$][\w$]*)`)
)

// sendsToken reports whether a handler's text builds a Bearer header from
// the session token itself (Bearer ${token} with token = await getToken(),
// or Bearer ${await getToken()}), not from some API key of its own.
func sendsToken(body []byte) bool {
	vars := map[string]bool{}
	for _, m := range tokenVar.FindAllSubmatch(body, -1) {
		vars[string(m[1])] = true
	}
	for _, m := range bearerOf.FindAllSubmatch(body, -1) {
		if len(m[1]) == 0 && len(m[2]) == 0 {
			return true // Bearer ${await getToken(...)}
		}
		if vars[string(m[1])] || vars[string(m[2])] {
			return true
		}
	}
	return false
}

// endpointRef is one exported handler of a module.
type endpointRef = endpointExport

// epContext holds the file's tree and function index, built on first use.
type epContext struct {
	t      *js.Tree
	funcs  map[[2]int]*sitter.Node
	parsed bool
	why    string // the middleware's reason for the last route, for messages
	// origin is the module's Access-Control-Allow-Origin: * (nil when it
	// sends none), read once for all its handlers.
	origin     *endpoint.Evidence
	originRead bool
}

// anyOrigin is the evidence that the route module answers every origin
// (js.AnyOrigin), nil when it does not.
func (ctx *epContext) anyOrigin(pass *js.Pass) *endpoint.Evidence {
	if !ctx.originRead {
		ctx.originRead = true
		if pos, ok := js.AnyOrigin(ctx.tree(pass)); ok {
			ctx.origin = &endpoint.Evidence{Kind: endpoint.AnyOrigin, What: "Access-Control-Allow-Origin: *", At: at(pass.File.Path, pos)}
		}
	}
	return ctx.origin
}

// handlerNode is the syntax node of the function export names (nil when
// it is no function of the module, or the file does not parse).
func (ctx *epContext) handlerNode(pass *js.Pass, mod *js.Module, export string) *sitter.Node {
	fn, _ := js.ExportHandler(mod, export)
	if fn == nil || ctx.tree(pass) == nil {
		return nil
	}
	return ctx.funcs[[2]int{fn.Pos.Line, fn.Pos.Column}]
}

func (ctx *epContext) tree(pass *js.Pass) *js.Tree {
	if !ctx.parsed {
		ctx.parsed = true
		if t, err := pass.Tree(); err == nil {
			ctx.t, ctx.funcs = t, funcIndex(t)
		}
	}
	return ctx.t
}

// actionVerdictMsg and routeVerdictMsg are CLK101's messages over
// endpoint.NeedsSession.
func routeVerdictMsg(what string, v endpoint.Verdict, why, selfReason, hint string) string {
	if v.Pattern != nil {
		return fmt.Sprintf("%s is not protected: %s; make the public pattern name only the endpoints meant to be public (or drop it) and protect this one with auth.protect() in clerkMiddleware, or check auth() in the handler and return 401%s", what, v.Reason, hint)
	}
	return fmt.Sprintf("%s is not protected: %s, and the handler does not check the session (%s); %s; protect it in clerkMiddleware (auth.protect() for this path) or check auth() in the handler and return 401, or add it to public-routes if it is meant to be public%s", what, why, selfReason, v.Reason, hint)
}
