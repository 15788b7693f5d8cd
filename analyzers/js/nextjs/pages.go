package nextjs

import (
	"bytes"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Private pages (CLK101). A page is an entrypoint like a route handler: its
// server code runs, and its HTML or RSC payload is sent, for whoever
// requests the URL. Which pages are meant to be private is read from the URL
// (the protected-pages param and the config's privileged-routes), never
// guessed from the code, so an app's public pages stay silent.

// clientGates are the @clerk/nextjs components and hooks that gate what a
// page shows. They only name the mistake in messages: none of them stops
// the request, so none counts as protection.
var clientGates = map[string]bool{
	"SignedIn": true, "SignedOut": true, "Show": true, "Protect": true,
	"RedirectToSignIn": true, "useAuth": true, "useUser": true, "useSession": true,
}

// privateGlob is a URL glob of private pages and the setting it came from,
// for messages.
type privateGlob struct {
	g    rules.Glob
	from string
}

func (c *checker) addPrivate(pages, privileged []rules.Glob) {
	for _, g := range pages {
		c.private = append(c.private, privateGlob{g, "protected-pages"})
	}
	for _, g := range privileged {
		c.private = append(c.private, privateGlob{g, "privileged-routes"})
	}
}

// accountComponents are Clerk's hosted account screens: they load what they
// show from Clerk's Frontend API with the visitor's own session, so a page
// rendering nothing else has nothing of its own to protect.
var accountComponents = map[string]bool{"UserProfile": true, "OrganizationProfile": true}

// pageExts are routeExts in a fixed order, so that lookups are deterministic.
var pageExts = []string{".tsx", ".ts", ".jsx", ".js", ".mts", ".mjs"}

// pageState caches, per app, whether a layout or template protects itself:
// a layout renders for every page below it, so it is judged once.
type pageState struct {
	mu      sync.Mutex
	layouts map[string]*layoutVerdict
}

type layoutVerdict struct {
	once      sync.Once
	protected bool
	gate      string // a client gate the layout imports ("" if none)
	client    bool   // the layout runs in the browser ('use client', _app)
	// loads: a server layout that may load data for each request (an async
	// function in its module, or a default export the model cannot see).
	loads bool
	path  string
	at    rules.Position // its default export
}

// pageRoute returns the URL an App Router page (app/**/page.*) or a Pages
// Router page (pagesPageRoute, less 404 and 500) serves. Route.Dir tells
// the routers apart ("app" or "pages", under src/ or not).
func pageRoute(rel string) (Route, bool) {
	if r, ok := RouteOf(rel); ok {
		if r.Kind != AppPage {
			return Route{}, false
		}
		return r, true
	}
	segs := strings.Split(strings.TrimSuffix(strings.TrimPrefix(rel, "src/"), path.Ext(rel)), "/")
	if len(segs) < 2 || segs[0] != "pages" {
		return Route{}, false
	}
	segs = segs[1:]
	if len(segs) == 1 && (segs[0] == "404" || segs[0] == "500") {
		return Route{}, false
	}
	// pagesPageRoute builds the URL with the App Router's folder rules; names
	// those rules would treat specially ((group), @slot, _private) mean
	// something else under pages/, so such pages are not judged.
	for _, d := range segs {
		if strings.HasPrefix(d, "(") || strings.HasPrefix(d, "@") || strings.HasPrefix(d, "_") {
			return Route{}, false
		}
	}
	return pagesPageRoute(rel)
}

// pagesPageRoute is the URL a Pages Router page serves: pages/** outside
// pages/api and _-prefixed files (_app, _document, _error), index.* serving
// its folder. The URL is RouteOf's for the same folders spelled as an App
// Router page.
func pagesPageRoute(rel string) (Route, bool) {
	ext := path.Ext(rel)
	if !routeExts[ext] {
		return Route{}, false
	}
	stem := strings.TrimSuffix(rel, ext)
	prefix := ""
	if strings.HasPrefix(stem, "src/") {
		prefix, stem = "src/", stem[len("src/"):]
	}
	if !strings.HasPrefix(stem, "pages/") {
		return Route{}, false
	}
	segs := strings.Split(stem[len("pages/"):], "/")
	last := segs[len(segs)-1]
	if segs[0] == "api" || strings.HasPrefix(last, "_") {
		return Route{}, false
	}
	if last == "index" {
		segs = segs[:len(segs)-1]
	}
	r, ok := RouteOf(prefix + path.Join(append(append([]string{"app"}, segs...), "page"+ext)...))
	if ok {
		r.Dir = prefix + "pages"
	}
	return r, ok
}

// pagesRouter: the route is a Pages Router page.
func pagesRouter(r Route) bool { return path.Base(r.Dir) == "pages" }

// privatePage decides from the path alone whether a file is a page CLK101
// judges: one of its URLs matches protected-pages (or privileged-routes) and
// public-routes do not cover it.
// The returned string names the matching glob, for messages.
func (c *checker) privatePage(rel string) (Route, string, bool) {
	if len(c.private) == 0 {
		return Route{}, "", false
	}
	r, ok := pageRoute(rel)
	if !ok || c.isPublic(r) {
		return Route{}, "", false
	}
	for _, s := range r.Samples {
		for _, p := range c.private {
			if p.g.Match(s) {
				return r, fmt.Sprintf("%s '%s'", p.from, p.g), true
			}
		}
	}
	return Route{}, "", false
}

// checkPage reports a private page that nothing on the server protects: the
// middleware does not cover its URL, and neither the page (App Router: its
// default export; Pages Router: getServerSideProps) nor a layout or template
// above it requires a session.
func (c *checker) checkPage(pass *js.Pass, as *appState, mod *js.Module, route Route, glob string) {
	exp := mod.Exports["default"]
	if exp == nil {
		return // not a page Next can render (a build error)
	}
	// The page's endpoint: its state is set on every way out below.
	fn, _ := js.ExportHandler(mod, "default")
	e := c.baseEndpoint(pass, mod, route, false, "default", exp.Pos, fn, nil, nil)
	e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PrivateURL, What: glob, At: e.Registration})
	e.Protection.State = endpoint.Unprotected
	defer func() { as.eps.add(e) }()
	by := func(k endpoint.EvidenceKind, what string) {
		e.Protection.State = endpoint.Protected
		e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: k, What: what, At: e.Registration})
	}
	if st, _ := c.mwEvidence(as, route, &e, false); st != endpoint.Unprotected {
		e.Protection.State = st
		return
	}
	if !endpoint.NeedsSession(&e).Report {
		return // the app's own public list names it: public by intent, whatever its URL says
	}
	covered, why, mw := as.coverage(route)
	if covered {
		return
	}
	m := pass.Model
	if c.exitsFirst(mod, exp) {
		by(endpoint.HandlerCheck, "an unconditional redirect or notFound()")
		return // redirects or 404s unconditionally: renders nothing
	}
	if accountOnly(mod, exp) {
		by(endpoint.HandlerCheck, "Clerk's account component, which loads data with the visitor's session")
		return // a <UserProfile /> page: Clerk serves the data per session
	}
	if c.helperGapReported(as, mod, route) {
		e.Protection.State, e.Protection.Why = endpoint.Unknown, "its auth helper throws where no clerkMiddleware runs (CLK103)"
		return // CLK103: its auth() throws on this URL, the one root cause
	}
	gate := c.clientGate(mod)
	client := mod.UseClient() || pagesRouter(route)
	var self string
	var loader *layoutVerdict // a client page's server layout that loads data
	loads := !mod.UseClient() // server code of the page runs per request
	if pagesRouter(route) {
		loads = mod.Exports["getServerSideProps"] != nil
		if !loads {
			if !pagesData(mod, pass.Src) {
				clientRendered(&e, "no getServerSideProps, getStaticProps or getInitialProps")
				return
			}
			loads = true
			self = "it has no getServerSideProps, so nothing on the server checks the session before the page and its data are sent"
		} else if p := m.ExportProtection(mod, "getServerSideProps", &c.spec); p.Protected {
			by(endpoint.HandlerCheck, "getServerSideProps: "+p.By)
			return
		} else {
			self = fmt.Sprintf("getServerSideProps does not check the session (%s)", pageReason(p))
		}
		if app := c.pagesApp(pass, as, route); app != nil && gate == "" {
			gate, client = app.gate, true
		}
	} else {
		p := js.Protection{Reason: "a 'use client' page cannot check it on the server"}
		if !mod.UseClient() {
			p = m.ExportProtection(mod, "default", &c.spec)
		}
		if p.Protected || (!mod.UseClient() && c.componentsProtect(m, mod)) {
			by(endpoint.HandlerCheck, p.By)
			return
		}
		for _, l := range c.enclosingLayouts(pass, as, route) {
			if l.protected {
				by(endpoint.Wrapper, "a layout above it")
				return
			}
			if gate == "" {
				gate, client = l.gate, l.client
			}
			if loader == nil && l.loads && c.privateTree(as, l.path) {
				loader = l
			}
		}
		// A page of a module that awaits nothing (declared async or not),
		// whose own calls (e.Effects, scanned for the endpoint above) do
		// nothing.
		page := mod.Funcs[exp.Local]
		fixed := !mod.UseClient() && exp.From == nil && page != nil && page.Wrapped == nil && e.EffectsKnown &&
			c.rendersFixed(m, mod, page, map[*js.Func]bool{page: true}, 0)
		awaitsNothing := !anyAwaits(mod) && len(e.Effects) == 0
		fixed = fixed && (awaitsNothing || signedInLoads(m, mod, &e))
		shell, itself := "a server page that awaits nothing", "the page loads nothing itself"
		if !awaitsNothing {
			shell, itself = "a server page that loads data only for a signed-in session", "the page loads nothing itself for a signed-out visitor"
		}
		switch {
		case mod.UseClient() && loader == nil:
			clientRendered(&e, "'use client', and no server layout of its section loads data")
			return
		case fixed && loader == nil:
			clientRendered(&e, shell+", rendering only client components and fixed markup, and no server layout of its section loads data")
			return
		case mod.UseClient():
			loads = true
			self = fmt.Sprintf("its own code runs in the browser, but the server layout %s above it may load data for each request and requires no session", as.app.Rel(loader.path))
		case fixed:
			self = fmt.Sprintf("%s, but the server layout %s above it may load data for each request and requires no session", itself, as.app.Rel(loader.path))
		default:
			self = fmt.Sprintf("neither the page nor a layout above it requires a session (%s)", pageReason(p))
		}
	}
	pos := exp.Pos
	pos.File = ""
	var related []rules.Related
	if mw != nil {
		related = append(related, rules.Related{Position: withFile(mw.At, mw.File), Message: "the middleware that does not protect it"})
	}
	if loader != nil {
		related = append(related, rules.Related{Position: withFile(loader.at, loader.path), Message: "the server layout that loads data for it"})
	}
	gated := "its server code and data loading run for signed-out visitors"
	if gate != "" {
		gated = fmt.Sprintf("%s from @clerk/nextjs only decides what is rendered, it does not stop the request: the page's own code and data loading still run for signed-out visitors, and whatever it renders outside the gate is sent to them", gate)
		if client {
			gated = fmt.Sprintf("%s from @clerk/nextjs gates it in the browser only: the server answers the URL and sends the page to signed-out visitors", gate)
			if loads {
				gated = fmt.Sprintf("%s from @clerk/nextjs gates it in the browser only: the server answers the URL and sends the page, with the data its server code loaded, to signed-out visitors", gate)
			}
		}
	}
	selfFix := "call await auth.protect() at the top of the page or its layout"
	switch {
	case pagesRouter(route):
		selfFix = "check getAuth(ctx.req) in getServerSideProps and return a redirect to sign-in"
	case mod.UseClient():
		selfFix = "call await auth.protect() in a server layout above it"
	}
	fix := "protect the path in clerkMiddleware (auth.protect() for a createRouteMatcher that matches it) or " + selfFix
	if mw == nil {
		where := as.middlewarePath()
		fix = fmt.Sprintf("export clerkMiddleware() from %s (Clerk's server helpers need it) and protect the path there with auth.protect(), or %s", where, selfFix)
	}
	pass.Report(rules.Finding{RuleID: ruleid.UnprotectedEndpoint, Position: pos, Construct: "page:" + route.Pattern, Related: related,
		Message: fmt.Sprintf("page %s is meant to be private (%s) but is not protected: %s, and %s; %s; %s, or add it to public-routes if it is meant to be public", route.Pattern, glob, why, self, gated, fix)})
}

// clientRendered marks a private page no server code answers for: its own
// code runs in the browser, and what it shows comes from APIs and server
// actions judged as endpoints of their own (CLK101 judges pages, as in
// SvelteKit and React Router, only where the server loads data for them).
func clientRendered(e *endpoint.Endpoint, why string) {
	e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.ClientRendered, What: why, At: e.Registration})
}

// pagesData: a Pages Router page without getServerSideProps still sends
// data from the server: getStaticProps' props, or getInitialProps (a static
// property, assigned rather than exported, so the bytes decide).
func pagesData(mod *js.Module, src []byte) bool {
	return mod.Exports["getStaticProps"] != nil || bytes.Contains(src, []byte("getInitialProps"))
}

// privateTree: the layout's own URL is a private page's (it wraps only the
// private section), so what it loads is meant for signed-in visitors. A
// layout above the section (the root layout, a route group's) wraps public
// pages too, and what it loads is shown to everyone by design.
func (c *checker) privateTree(as *appState, layout string) bool {
	_, _, ok := c.privatePage(as.app.Rel(path.Join(path.Dir(layout), "page.tsx")))
	return ok
}

// rendersFixed: every component fn renders is a client component, a
// package's (next/link, Clerk's), or a server component that awaits
// nothing, whose calls are known to do nothing and that renders fixed
// markup in turn (a forwardRef or memo is its function), so
// nothing is loaded for the request. Whatever cannot be followed (a
// re-export the model cannot resolve, deeper than maxRenderDepth) counts
// as loading.
func (c *checker) rendersFixed(m *js.Model, mod *js.Module, fn *js.Func, seen map[*js.Func]bool, depth int) bool {
	if depth == maxRenderDepth {
		return false
	}
	for _, name := range fn.Renders {
		r := m.ResolveCallee(mod, js.RenderCallee(name))
		if r.Fn != nil && len(r.Path) == 0 {
			if inner := reactWrapped(r.Mod, r.Fn); inner != nil {
				r.Fn = inner // const Card = React.forwardRef((props, ref) => <div …/>)
			}
		}
		switch {
		case r.Pkg != "" || (r.Mod != nil && r.Mod.UseClient()) || seen[r.Fn]:
		case r.Fn == nil || len(r.Path) > 0 || r.Fn.Awaits || r.Fn.Wrapped != nil:
			return false
		default:
			seen[r.Fn] = true
			if effects, known := m.Effects(r.Mod, r.Fn); !known || len(effects) > 0 || !c.rendersFixed(m, r.Mod, r.Fn, seen, depth+1) {
				return false
			}
		}
	}
	return true
}

// loadsNothing: every function of a server layout's module is known to
// do nothing and calls no project function (what one returns may be data,
// whatever the model makes of its body): it awaits only the visitor's own
// session (auth(), has({ plan })), and the layout renders only fixed
// markup and client components, so a signed-out visitor gets no data from
// it.
func (c *checker) loadsNothing(m *js.Model, mod *js.Module, layout *js.Func) bool {
	for _, fn := range mod.Funcs {
		if effects, known := m.Effects(mod, fn); !known || len(effects) > 0 {
			return false
		}
		for _, cs := range fn.Calls {
			if r := m.ResolveCallee(mod, cs.Callee); r.Fn != nil || (r.Mod != nil && r.Pkg == "") {
				return false
			}
		}
	}
	return c.rendersFixed(m, mod, layout, map[*js.Func]bool{layout: true}, 0)
}

// reactWrapped is the component React's forwardRef or memo wraps (the
// shadcn/ui shape `const Card = React.forwardRef((props, ref) => …)`),
// nil for any other function.
func reactWrapped(mod *js.Module, fn *js.Func) *js.Func {
	w := fn.Wrapped
	if w == nil || len(w.Args) == 0 || w.Args[0].Func == nil || len(w.Callee.Path) > 1 {
		return nil
	}
	in := mod.Locals[w.Callee.Root]
	if in == nil || in.Import == nil || in.Import.Spec != "react" {
		return nil
	}
	name := in.Imported // forwardRef(…), or React.forwardRef(…) on the namespace
	if len(w.Callee.Path) == 1 {
		name = w.Callee.Path[0]
	}
	if name != "forwardRef" && name != "memo" {
		return nil
	}
	return w.Args[0].Func
}

// signedInLoads: everything the page's module loads runs only for a
// signed-in session (`userId ? findUnique({ where: { id: userId } }) :
// null` in a helper it awaits: Effect.SignedIn), so a signed-out visitor
// is answered with a shell, as by a page that loads nothing. Every project
// function its module calls must be known to do only that, or be a
// synchronous one doing nothing (a formatter): an async one with no effect
// may still hand back data the model cannot see.
func signedInLoads(m *js.Model, mod *js.Module, e *endpoint.Endpoint) bool {
	if len(e.Effects) == 0 || len(endpoint.SignedOut(e).Effects) > 0 {
		return false
	}
	for _, fn := range mod.Funcs {
		for _, cs := range fn.Calls {
			r := m.ResolveCallee(mod, cs.Callee)
			if r.Fn == nil {
				if r.Mod != nil && r.Pkg == "" {
					return false // a project module's value the model cannot follow
				}
				continue
			}
			if len(r.Path) > 0 || r.Fn.Wrapped != nil {
				return false
			}
			effects, known := m.Effects(r.Mod, r.Fn)
			if !known || (len(effects) == 0 && r.Fn.Async) || slices.ContainsFunc(effects, func(f endpoint.Effect) bool { return !f.SignedIn }) {
				return false
			}
		}
	}
	return true
}

// anyAwaits: some function of the module awaits, so a server component of
// it may load data for each request.
func anyAwaits(mod *js.Module) bool {
	for _, fn := range mod.Funcs {
		if fn.Awaits {
			return true
		}
	}
	return false
}

// helperGapReported: CLK103 reports the page (checkHelperUse: an auth
// function imported where no clerkMiddleware runs for it throws, so the page
// fails rather than renders), and a second finding for the same missing
// middleware would be noise. Check runs checkHelperUse on server modules,
// and judges matchers on App Router routes only.
func (c *checker) helperGapReported(as *appState, mod *js.Module, route Route) bool {
	if !c.enabled[ruleid.MiddlewareGap] || mod.UseClient() {
		return false
	}
	n, _ := c.helperGap(as, mod, route, !pagesRouter(route))
	return n != nil
}

// pageReason words a protection verdict for a page or getServerSideProps,
// whose returns render or pass props rather than answer a request.
func pageReason(p js.Protection) string {
	switch {
	case len(p.Unchecked) > 0:
		return fmt.Sprintf("it reads %s but never redirects or returns when it is missing", strings.Join(p.Unchecked, ", "))
	case strings.HasPrefix(p.Reason, "returns before"):
		return "no auth check"
	}
	return p.Reason
}

// componentsProtect: the page's default export awaits nothing, so it loads
// nothing itself, and every function of its module that awaits (the server
// components that load data, under <Suspense>) requires a session: Clerk's
// "protect as close to the resource as possible". Components imported from
// elsewhere are not followed, so a page rendering only those stays judged.
func (c *checker) componentsProtect(m *js.Model, mod *js.Module) bool {
	exp := mod.Exports["default"]
	if exp == nil || exp.From != nil {
		return false
	}
	page := mod.Funcs[exp.Local]
	if page == nil || page.Awaits || page.Wrapped != nil {
		return false
	}
	n := 0
	for _, fn := range mod.Funcs {
		if fn == page || !fn.Awaits {
			continue
		}
		if !m.Protection(mod, fn, &c.spec).Protected {
			return false
		}
		n++
	}
	return n > 0
}

// exitsFirst: the page's first statement redirects or 404s (`redirect('/x')`,
// `return notFound()`), so it renders nothing of its own.
func (c *checker) exitsFirst(mod *js.Module, exp *js.Export) bool {
	fn := mod.Funcs[exp.Local]
	if exp.From != nil || fn == nil || len(fn.Steps) == 0 {
		return false
	}
	st := fn.Steps[0]
	if (st.Kind != js.StepCall && st.Kind != js.StepReturn) || !st.Callee.Valid() {
		return false
	}
	last := st.Callee.Root
	if k := len(st.Callee.Path); k > 0 {
		last = st.Callee.Path[k-1]
	}
	for _, e := range c.spec.Exits {
		if e == last {
			return true
		}
	}
	return false
}

// accountOnly: the page renders a Clerk account component (UserProfile,
// OrganizationProfile) and nothing that could load data of its own: every
// import is from @clerk/*, react or next/*, and its default export calls
// only what those imports bind.
func accountOnly(mod *js.Module, exp *js.Export) bool {
	fn := mod.Funcs[exp.Local]
	if exp.From != nil || fn == nil || fn.Wrapped != nil || len(mod.Funcs) > 1 {
		return false // other components of the module may load data
	}
	account := false
	for _, imp := range mod.Imports {
		if imp.TypeOnly {
			continue
		}
		switch {
		case strings.HasPrefix(imp.Spec, "@clerk/"):
			for _, n := range imp.Names {
				account = account || (accountComponents[n.Imported] && !n.TypeOnly)
			}
		case imp.Spec == "react", strings.HasPrefix(imp.Spec, "next/"):
		default:
			return false
		}
	}
	if !account {
		return false
	}
	for _, st := range fn.Steps {
		if st.Callee.Valid() && mod.Locals[st.Callee.Root] == nil {
			return false // fetch(), a local helper…
		}
	}
	return true
}

// clientGate returns a Clerk gating component or hook the module imports
// from a Clerk package ("" if none).
func (c *checker) clientGate(mod *js.Module) string {
	for _, imp := range mod.Imports {
		if imp.TypeOnly || !strings.HasPrefix(imp.Spec, "@clerk/") {
			continue
		}
		for _, n := range imp.Names {
			if clientGates[n.Imported] && !n.TypeOnly {
				if strings.HasPrefix(n.Imported, "use") {
					return n.Imported + "()"
				}
				return "<" + n.Imported + ">"
			}
		}
	}
	return ""
}

// enclosingLayouts returns the verdicts of the layout.* and template.* files
// between an App Router page and the router root, nearest first.
func (c *checker) enclosingLayouts(pass *js.Pass, as *appState, route Route) []*layoutVerdict {
	root := path.Join(as.app.Dir, route.Dir)
	var out []*layoutVerdict
	for dir := path.Dir(pass.File.Path); strings.HasPrefix(dir+"/", root+"/"); dir = path.Dir(dir) {
		for _, base := range []string{"layout", "template"} {
			for _, ext := range pageExts {
				if p := path.Join(dir, base+ext); pass.Model.File(p) != nil {
					out = append(out, c.layout(pass.Model, as, p))
				}
			}
		}
		if dir == root {
			break
		}
	}
	return out
}

// pagesApp returns the verdict of the Pages Router's _app (its client gate,
// for the message: _app cannot protect a page on the server).
func (c *checker) pagesApp(pass *js.Pass, as *appState, route Route) *layoutVerdict {
	root := path.Join(as.app.Dir, route.Dir)
	for _, ext := range pageExts {
		if p := path.Join(root, "_app"+ext); pass.Model.File(p) != nil {
			return c.layout(pass.Model, as, p)
		}
	}
	return nil
}

// layout judges a layout, template or _app file once per app.
func (c *checker) layout(m *js.Model, as *appState, p string) *layoutVerdict {
	ps := &as.pages
	ps.mu.Lock()
	if ps.layouts == nil {
		ps.layouts = map[string]*layoutVerdict{}
	}
	v := ps.layouts[p]
	if v == nil {
		v = &layoutVerdict{}
		ps.layouts[p] = v
	}
	ps.mu.Unlock()
	v.once.Do(func() {
		v.path = p
		mod := m.Module(p)
		if mod == nil || mod.Err != nil {
			v.loads = true // a layout the model cannot read may load anything
			return
		}
		v.gate = c.clientGate(mod)
		v.client = mod.UseClient() || path.Base(strings.TrimSuffix(p, path.Ext(p))) == "_app"
		exp := mod.Exports["default"]
		if v.client || exp == nil {
			return
		}
		v.protected = m.ExportProtection(mod, "default", &c.spec).Protected
		fn := mod.Funcs[exp.Local]
		v.loads = exp.From != nil || fn == nil || (anyAwaits(mod) && !c.loadsNothing(m, mod, fn))
		v.at = exp.Pos
	})
	return v
}
