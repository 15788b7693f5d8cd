package express

// Linking the files' routers into routing trees (mounts across files,
// basePath, plugins, functions handed the app) and walking each tree from
// its app to the endpoints, with the middleware chain in registration order.

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// maxFiles bounds the files of one app the model reads.
const maxFiles = 4000

// appModel is one server app's routes.
type appModel struct {
	app   *js.App
	files map[string]*fileRouters
	eps   []*routeEP
	// clerk: the app depends on a Clerk SDK for its framework (otherwise
	// only on a webhook verifier).
	clerk bool
	// setsAuth: the app's own code assigns req.auth (another auth
	// middleware), so reading it proves nothing about Clerk's.
	setsAuth bool
}

// authAssign is an assignment to a request's auth field.
var authAssign = lazyregexp.New(`\.auth\s*=[^=>]`)

// routeEP is an endpoint with what the rules need beside the model's view.
type routeEP struct {
	endpoint.Endpoint
	// mountedAt is where Clerk's authenticating middleware is registered on
	// the route's chain (nil: none); mountedAfter is one registered on a
	// covering path after the route (too late).
	mountedAt, mountedAfter *endpoint.Evidence
	// reads are the route's session reads (getAuth(req), req.auth), in its
	// middleware and handler.
	reads []endpoint.SessionRead
	// webhook: the handler verifies a webhook signature or the URL is a
	// webhook route; protectedBy is the middleware requiring a session.
	webhook     bool
	protectedBy *endpoint.Evidence
	// verifier is the webhook verifier the handler calls; parsedBy the JSON
	// body parser that consumes the body before it.
	verifier string
	parsedBy *endpoint.Evidence
	// rt is the router it is registered on; routeAuth its own route-level
	// protecting middleware, for SiblingsUseAuth.
	rt        *router
	routeAuth *endpoint.Evidence
	// unknownLayer: a middleware on the chain the analysis cannot judge (it
	// may mount Clerk itself); unmounted: no app visibly mounts its router.
	unknownLayer, unmounted bool
}

// build reads the app's files and produces its endpoints.
func (c *checker) build(m *js.Model, a *js.App) *appModel {
	am := &appModel{app: a, files: map[string]*fileRouters{}}
	for _, s := range sdks {
		am.clerk = am.clerk || a.Has(s)
	}
	n := 0
	only := ""
	for _, fw := range frameworks {
		if a.Has(fw) {
			if only != "" {
				only = ""
				break
			}
			only = fw
		}
	}
	for _, f := range m.Sources(a.Dir) {
		if m.App(f.Path) != a || n >= maxFiles || testFile(f.Path) {
			continue
		}
		src := m.ReadSmall(f.Path)
		if src == nil {
			if f.Size > 1<<20 && mentionsServer(nil, f.Path) {
				m.Project.Gap(f.Path, "not read (over 1 MiB): the Express/Fastify/Hono route model could not read it")
			}
			continue
		}
		if !mentionsServer(src, f.Path) {
			continue
		}
		am.setsAuth = am.setsAuth || authAssign.Match(src)
		n++
		// One parse gives the routes' tree and the summary.
		pf, err := m.ParseBytes(f.Path, src)
		mod := pf.Module()
		if mod == nil {
			pf.Close()
			continue
		}
		if err == nil {
			err = mod.Err
		}
		if err != nil {
			m.Project.Gap(f.Path, "not parsed ("+err.Error()+"): the Express/Fastify/Hono route model could not read its routes")
			pf.Close()
			continue
		}
		am.files[f.Path] = readFile(pf.Tree, f.Path, mod, only)
		pf.Close()
	}
	c.link(m, am)
	c.walk(m, am)
	siblings(am.eps)
	return am
}

func testFile(p string) bool {
	return strings.Contains(p, ".test.") || strings.Contains(p, ".spec.") || strings.Contains("/"+p, "/__tests__/") || strings.Contains("/"+p, "/test/") || strings.Contains("/"+p, "/tests/")
}

// mentionsServer: a file that can create, mount or handle routes.
func mentionsServer(src []byte, p string) bool {
	if src == nil {
		return true
	}
	for _, w := range []string{"express", "fastify", "hono", "Router", "req", "request", ".use(", ".get(", ".post(", "clerk", "Clerk", "module.exports", "export "} {
		if bytes.Contains(src, []byte(w)) {
			return true
		}
	}
	return false
}

// link resolves every layer naming a router (local, imported, required,
// returned by a factory, a plugin function) and merges basePath routers
// into their parents.
func (c *checker) link(m *js.Model, am *appModel) {
	paths := make([]string, 0, len(am.files))
	for p := range am.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		f := am.files[p]
		for _, rt := range allRouters(f) {
			for _, g := range rt.regs {
				for _, l := range g.layers {
					if l.sub == nil {
						l.sub = am.routerOf(m, f, l)
					}
					if l.sub != nil {
						l.sub.mounted = true
						if l.sub.framework == "" {
							l.sub.framework = rt.framework
						}
					}
				}
			}
		}
		for _, pc := range f.calls {
			var sub *router
			if pc.spec != "" {
				if tf := am.files[m.Resolve(f.path, pc.spec)]; tf != nil {
					sub = tf.params[tf.exports["default"]]
				}
			} else {
				sub = am.exported(m, f, pc.callee, func(tf *fileRouters, local string) *router { return tf.params[local] })
			}
			if sub == nil || sub == pc.arg {
				continue
			}
			sub.mounted = true
			if sub.framework == "" {
				sub.framework = pc.arg.framework
			}
			pc.arg.regs = append(pc.arg.regs, &reg{kind: regUse, path: "", at: pc.at, order: pc.order,
				layers: []*layer{{file: f.path, sub: sub, what: pc.callee.String(), at: pc.at}}})
		}
	}
	for _, p := range paths {
		for _, rt := range allRouters(am.files[p]) {
			if rt.parent == nil {
				if rt.base != "" { // new Hono().basePath('/api')
					for _, g := range rt.regs {
						g.path = joinPath(rt.base, g.path)
					}
				}
				continue
			}
			top := rt.parent
			for top.parent != nil {
				top = top.parent
			}
			for _, g := range rt.regs {
				if g.path != "" || g.kind == regRoute {
					g.path = joinPath(rt.base, g.path)
				} else {
					g.path = rt.base
				}
				top.regs = append(top.regs, g)
			}
			rt.regs = nil
		}
	}
	for _, p := range paths {
		for _, rt := range allRouters(am.files[p]) {
			sort.SliceStable(rt.regs, func(i, j int) bool { return rt.regs[i].order < rt.regs[j].order })
		}
	}
}

// allRouters lists a file's routers, declared and parameter ones.
func allRouters(f *fileRouters) []*router {
	out := slices.Clone(f.routers)
	starts := make([]uint32, 0, len(f.inline))
	for s := range f.inline {
		starts = append(starts, s)
	}
	slices.Sort(starts)
	for _, s := range starts {
		out = append(out, f.inline[s])
	}
	return out
}

// routerOf is the router a layer names, if any.
func (am *appModel) routerOf(m *js.Model, f *fileRouters, l *layer) *router {
	switch {
	case l.fn != nil:
		return f.inline[l.fnStart]
	case strings.HasPrefix(l.ident, "require:"):
		if tf := am.files[m.Resolve(f.path, strings.TrimPrefix(l.ident, "require:"))]; tf != nil {
			return tf.topRouter(tf.exports["default"])
		}
	case l.ident != "":
		root, rest, _ := strings.Cut(l.ident, ".")
		if rt := f.topRouter(root); rt != nil && rest == "" {
			return rt
		}
		if rt := f.params[root]; rt != nil && rest == "" {
			return rt
		}
		callee := js.Callee{Root: root}
		if rest != "" {
			callee.Path = strings.Split(rest, ".")
		}
		return am.exported(m, f, callee, func(tf *fileRouters, local string) *router {
			if rt := tf.topRouter(local); rt != nil {
				return rt
			}
			return tf.params[local]
		})
	case l.call != nil:
		if rt := f.factories[l.call.Root]; rt != nil && len(l.call.Path) == 0 {
			return rt
		}
		return am.exported(m, f, *l.call, func(tf *fileRouters, local string) *router { return tf.factories[local] })
	}
	return nil
}

// topRouter is the router a top-level name of the file holds.
func (f *fileRouters) topRouter(local string) *router {
	if local == "" {
		return nil
	}
	return f.top[local]
}

// exported follows an imported name (ES or CommonJS, default or named, a
// namespace member) to the file exporting it and picks the router pick
// finds under the exported local name.
func (am *appModel) exported(m *js.Model, f *fileRouters, c js.Callee, pick func(*fileRouters, string) *router) *router {
	in := f.mod.Locals[c.Root]
	if in == nil || in.Import == nil {
		return nil
	}
	tf := am.files[m.Resolve(f.path, in.Import.Spec)]
	if tf == nil {
		return nil
	}
	name := in.Imported
	switch {
	case name == "*" && len(c.Path) == 1:
		name = c.Path[0]
	case name == "*" && len(c.Path) == 0:
		name = "default"
	case len(c.Path) > 0:
		return nil
	}
	local := tf.exports[name]
	if local == "" {
		return nil
	}
	if rt := pick(tf, local); rt != nil {
		return rt
	}
	// export default fp(routes): the router of the wrapped plugin.
	if fn := tf.mod.Funcs[local]; fn != nil && fn.Wrapped != nil {
		for _, a := range fn.Wrapped.Args {
			if a.Local != "" {
				if rt := pick(tf, a.Local); rt != nil {
					return rt
				}
			}
		}
	}
	return nil
}

// chainLayer is a middleware on a route's way, classified.
type chainLayer struct {
	l     *layer
	level endpoint.EvidenceKind // GlobalMiddleware, GroupMiddleware, RouteMiddleware
	path  string                // the use path it covers ("" for all)
	order int
	rt    *router
}

// walk produces the endpoints of every app's tree, then of the routers
// nothing visible mounts (their protection is unknown).
func (c *checker) walk(m *js.Model, am *appModel) {
	paths := make([]string, 0, len(am.files))
	for p := range am.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	seen := map[*router]bool{}
	for _, p := range paths {
		for _, rt := range am.files[p].routers {
			if rt.app && rt.parent == nil && !rt.mounted {
				c.visit(m, am, rt, "", nil, nil, seen, 0)
			}
		}
	}
	for _, p := range paths {
		for _, rt := range allRouters(am.files[p]) {
			if rt.app || rt.mounted || rt.parent != nil || len(rt.regs) == 0 {
				continue
			}
			from := len(am.eps)
			c.visit(m, am, rt, "", nil, nil, seen, 0)
			for _, e := range am.eps[from:] {
				e.unmounted = true
				if e.Protection.State != endpoint.Protected {
					e.Protection.State, e.Protection.Why = endpoint.Unknown, "its router is not mounted where the analysis can see (by another package, or at run time)"
				}
			}
		}
	}
}

// visit walks one router: uses accumulate in order; a route's chain is the
// inherited layers, the uses before it covering its path, its own layers.
// later are the ancestors' uses registered after this router was mounted.
func (c *checker) visit(m *js.Model, am *appModel, rt *router, prefix string, inherited, later []chainLayer, seen map[*router]bool, depth int) {
	if seen[rt] || depth > 16 {
		return
	}
	seen[rt] = true
	defer delete(seen, rt)
	level := endpoint.GlobalMiddleware
	if depth > 0 {
		level = endpoint.GroupMiddleware
	}
	// Fastify hooks cover the whole context, whatever their order.
	var hooks []chainLayer
	for _, g := range rt.regs {
		if g.kind == regHook {
			for _, l := range g.layers {
				hooks = append(hooks, chainLayer{l: l, level: level, path: relUse(prefix, g), order: g.order, rt: rt})
			}
		}
	}
	uses := append(slices.Clone(inherited), hooks...)
	for i, g := range rt.regs {
		switch g.kind {
		case regUse:
			var mws []chainLayer
			for _, l := range g.layers {
				if l.sub != nil {
					after := append(slices.Clone(later), c.usesAfter(rt, i, prefix, level)...)
					sub := append(slices.Clone(uses), mws...)
					c.visit(m, am, l.sub, joinUse(prefix, g), sub, after, seen, depth+1)
					continue
				}
				mws = append(mws, chainLayer{l: l, level: level, path: relUse(prefix, g), order: g.order, rt: rt})
			}
			uses = append(uses, mws...)
		case regRoute:
			var chain []chainLayer
			url := joinPath(prefix, g.path)
			for _, u := range uses {
				if covers(u.path, url, g.dynamic) {
					chain = append(chain, u)
				}
			}
			for _, l := range g.layers {
				chain = append(chain, chainLayer{l: l, level: endpoint.RouteMiddleware, order: g.order, rt: rt})
			}
			after := append(slices.Clone(later), c.usesAfter(rt, i, prefix, level)...)
			am.eps = append(am.eps, c.endpointOf(m, am, rt, g, url, chain, after))
		}
	}
}

// usesAfter are the middleware uses of rt registered after its i-th
// registration.
func (c *checker) usesAfter(rt *router, i int, prefix string, level endpoint.EvidenceKind) []chainLayer {
	var out []chainLayer
	for _, g := range rt.regs[i+1:] {
		if g.kind != regUse {
			continue
		}
		for _, l := range g.layers {
			if l.sub == nil {
				out = append(out, chainLayer{l: l, level: level, path: relUse(prefix, g), order: g.order, rt: rt})
			}
		}
	}
	return out
}

// relUse is a use's covered path under the router's prefix ("" for all).
func relUse(prefix string, g *reg) string {
	p := strings.TrimSuffix(strings.TrimSuffix(g.path, "*"), "/")
	if p == "" {
		return strings.TrimSuffix(prefix, "/")
	}
	return strings.TrimSuffix(joinPath(prefix, p), "/")
}

func joinUse(prefix string, g *reg) string {
	if g.path == "" {
		return prefix
	}
	return joinPath(prefix, strings.TrimSuffix(strings.TrimSuffix(g.path, "*"), "/"))
}

// covers: a use on path p runs for url (Express matches use paths by
// segment prefix). A dynamic URL is covered only by a use on every path.
func covers(p, url string, dynamic bool) bool {
	if p == "" || p == "/" {
		return true
	}
	if dynamic {
		return false
	}
	return url == p || strings.HasPrefix(url, p+"/")
}

// layerKind is what a middleware does for authentication.
type layerKind uint8

const (
	lkNone     layerKind = iota
	lkMount              // Clerk's authenticating middleware: attaches the auth state, rejects nothing
	lkProtect            // Clerk's requiring middleware (requireAuth, ClerkExpressRequireAuth)
	lkCheck              // a project middleware that checks the session and ends the request
	lkUnknown            // may end the request on its own terms (another auth library, a check the analysis cannot read)
	lkReadOnly           // reads the session and never rejects
)

// classified is a layer's verdict.
type classified struct {
	kind  layerKind
	what  string
	reads []endpoint.SessionRead
	// secret: a project middleware comparing the request with a secret
	// from process.env.
	secret bool
	// mounts: a project middleware that runs Clerk's authenticating
	// middleware itself (clerkMiddleware()(req, res, next)).
	mounts bool
}

// authish names middleware from a package or of unknown origin that may
// authenticate by other means (passport, express-jwt, an API-key check).
var authish = lazyregexp.New(`(?i)auth|jwt|passport|guard|protect|verify|token|apikey|api_key|sign|svix|hmac|login|user|permission|role|admin|secret|basic`)

// classify decides what a middleware layer does.
func (c *checker) classify(m *js.Model, am *appModel, l *layer) classified {
	f := am.files[l.file]
	if f == nil {
		return classified{kind: lkUnknown, what: l.what}
	}
	mod := f.mod
	switch {
	case l.fn != nil:
		return c.classifyFunc(m, am, mod, l.fn, l.what)
	case l.call != nil:
		return c.classifyCall(m, am, f, *l.call, l.what, 0)
	case l.ident != "" && !strings.HasPrefix(l.ident, "require:"):
		root, rest, _ := strings.Cut(l.ident, ".")
		if fn := mod.Funcs[root]; fn != nil && rest == "" {
			return c.classifyFunc(m, am, mod, fn, l.what)
		}
		if call, ok := f.consts[root]; ok && rest == "" {
			return c.classifyCall(m, am, f, call, l.what, 0)
		}
		callee := js.Callee{Root: root}
		if rest != "" {
			callee.Path = strings.Split(rest, ".")
		}
		res := m.ResolveCallee(mod, callee)
		switch {
		case res.Fn != nil && len(res.Path) == 0:
			return c.classifyFunc(m, am, res.Mod, res.Fn, l.what)
		case res.Pkg != "":
			if k := clerkMiddleware(res.Pkg, res.Name); k != lkNone {
				return classified{kind: k, what: l.what}
			}
			if authish.MatchString(res.Pkg + " " + res.Name) {
				return classified{kind: lkUnknown, what: l.what}
			}
			return classified{what: l.what}
		}
		// an exported const of another file bound to a call, or its
		// function (module.exports = fn, which const x = require('./m')
		// binds)
		if tf, name, ok := c.importedFrom(m, am, mod, root, rest); ok {
			if call, ok := tf.consts[tf.exports[name]]; ok {
				return c.classifyCall(m, am, tf, call, l.what, 1)
			}
			if fn := tf.mod.Funcs[tf.exports[name]]; fn != nil && (rest == "" || name == rest) {
				return c.classifyFunc(m, am, tf.mod, fn, l.what)
			}
		}
	}
	if authish.MatchString(l.what) {
		return classified{kind: lkUnknown, what: l.what}
	}
	return classified{what: l.what}
}

// importedFrom finds the project file an imported root comes from and
// the name it exports it under: const x = require('./m') binds what
// module.exports holds ("default"), a namespace's member its own name.
func (c *checker) importedFrom(m *js.Model, am *appModel, mod *js.Module, root, rest string) (*fileRouters, string, bool) {
	in := mod.Locals[root]
	if in == nil || in.Import == nil {
		return nil, "", false
	}
	tf := am.files[m.Resolve(mod.Path, in.Import.Spec)]
	if tf == nil {
		return nil, "", false
	}
	name := in.Imported
	switch {
	case name == "*" && rest != "":
		name = rest
	case name == "*":
		name = "default"
	}
	return tf, name, true
}

// clerkMiddleware classifies Clerk's own middleware factories by package
// and export: the authenticating ones (attach the auth state, reject
// nothing) and the requiring ones.
func clerkMiddleware(pkg, name string) layerKind {
	last := name[strings.LastIndexByte(name, '.')+1:]
	switch pkg {
	case "@clerk/express":
		switch last {
		case "clerkMiddleware":
			return lkMount
		case "requireAuth":
			return lkProtect
		}
	case "@clerk/clerk-sdk-node":
		switch last {
		case "ClerkExpressWithAuth", "expressWithAuth":
			return lkMount
		case "ClerkExpressRequireAuth", "expressRequireAuth":
			return lkProtect
		}
	case "@clerk/fastify":
		if last == "clerkPlugin" {
			return lkMount
		}
	case "@hono/clerk-auth":
		if last == "clerkMiddleware" {
			return lkMount
		}
	}
	return lkNone
}

// classifyCall classifies a middleware built by a call: Clerk's, a package's,
// or a project factory's returned function.
func (c *checker) classifyCall(m *js.Model, am *appModel, f *fileRouters, call js.Callee, what string, depth int) classified {
	res := m.ResolveCallee(f.mod, call)
	switch {
	case res.Pkg != "":
		if k := clerkMiddleware(res.Pkg, res.Name); k != lkNone {
			return classified{kind: k, what: what}
		}
		if h := m.CalleeHelper(f.mod, call, &c.spec); h.Kind == js.Protects {
			return classified{kind: lkProtect, what: what}
		}
		if authish.MatchString(res.Pkg + " " + res.Name) {
			return classified{kind: lkUnknown, what: what}
		}
		return classified{what: what}
	case res.Fn != nil && len(res.Path) == 0 && depth < 4:
		if inner := res.Fn.Returns; inner != nil {
			return c.classifyFunc(m, am, res.Mod, inner, what)
		}
		// a factory returning Clerk's middleware: return requireAuth()
		for _, st := range res.Fn.Steps {
			if st.Kind == js.StepReturn && st.Callee.Valid() {
				if tf := am.files[res.Mod.Path]; tf != nil {
					return c.classifyCall(m, am, tf, st.Callee, what, depth+1)
				}
			}
		}
		return classified{kind: lkUnknown, what: what}
	}
	if authish.MatchString(call.String()) {
		return classified{kind: lkUnknown, what: what}
	}
	return classified{what: what}
}

// classifyFunc classifies a project middleware by what its body does:
// checks the session and ends the request (protects), reads it and never
// rejects (read-only), may end the request otherwise (unknown), or none.
//
// A middleware built by a wrapper call around a function written in place
// (Hono's `createMiddleware(async (c, next) => …)`, express-async-handler)
// is judged by that function: the wrapper hands it the request.
func (c *checker) classifyFunc(m *js.Model, am *appModel, mod *js.Module, fn *js.Func, what string) classified {
	if fn.Wrapped != nil {
		if inner, _ := js.InnerHandler(mod, fn); inner != nil {
			fn = inner
		}
	}
	spec := &c.spec
	if am.app.Has("fastify") {
		spec = &c.hookSpec
	}
	p := m.Protection(mod, fn, spec)
	out := classified{what: what, secret: p.Secret, reads: c.sessionReads(m, am, mod, fn, p)}
	for _, cs := range fn.Calls {
		if res := m.ResolveCallee(mod, cs.Callee); res.Pkg != "" && clerkMiddleware(res.Pkg, res.Name) != lkNone {
			out.mounts = true
		}
	}
	if p.Protected {
		out.kind, out.what = lkCheck, what+" ("+p.By+")"
		return out
	}
	var ff *fnFacts
	if f := am.files[mod.Path]; f != nil {
		ff = f.facts(fn)
	}
	for i, st := range fn.Steps {
		if (st.Kind == js.StepGuard && st.Exit.Kind != js.ExitNone && !passThrough(fn, st.Exit)) || (st.Kind == js.StepReturn && i < len(fn.Steps)-1 && !handsOn(ff, st, fn.Steps[len(fn.Steps)-1])) {
			out.kind = lkUnknown
			return out
		}
	}
	if out.mounts {
		out.kind = lkMount
		return out
	}
	if !passesOn(fn) {
		// next() only on some paths (inside a try, after a token check the
		// analysis cannot read): it may end the request.
		out.kind = lkUnknown
		return out
	}
	if len(out.reads) > 0 {
		out.kind = lkReadOnly
	}
	return out
}

// passThrough: a guard's exit hands the request on (`if (skip) return
// next()`), as a middleware that skips some paths does: it ends nothing.
func passThrough(fn *js.Func, ex js.Exit) bool {
	if len(fn.Params) < 2 || len(ex.Calls) != 1 {
		return false
	}
	next := fn.Params[len(fn.Params)-1]
	return next != "" && ex.Calls[0].Root == next && len(ex.Calls[0].Path) == 0
}

// handsOn: an early return statement st only returns next() (the file's
// reader found no other return before the function's last statement).
func handsOn(ff *fnFacts, st, last js.Step) bool {
	if ff == nil || st.Callee.Valid() {
		return false
	}
	for _, l := range ff.stops {
		if l >= st.Pos.Line && l < last.Pos.Line {
			return false
		}
	}
	return true
}

// passesOn: a middleware that calls its next parameter as a top-level
// statement (or returns its call), so every request goes on; a hook
// without a next parameter (Fastify) goes on unless it exits.
func passesOn(fn *js.Func) bool {
	if len(fn.Params) < 2 {
		return true
	}
	next := fn.Params[len(fn.Params)-1]
	switch next {
	case "", "res", "reply", "response":
		return true
	}
	for _, st := range fn.Steps {
		if (st.Kind == js.StepCall || st.Kind == js.StepReturn) && st.Callee.Root == next && len(st.Callee.Path) == 0 && !st.Caught && !st.CatchReturns {
			return true
		}
	}
	return false
}

// sessionReads are a function's reads of the session (getAuth(), its
// request's auth fields). A read is unchecked when the function binds the
// auth state at its top level and never tests it (p.Unchecked); one inside
// a nested block (an optional `if (userId)` personalisation) is not judged.
func (c *checker) sessionReads(m *js.Model, am *appModel, mod *js.Module, fn *js.Func, p js.Protection) []endpoint.SessionRead {
	var out []endpoint.SessionRead
	unchecked := p.Unchecked
	if f := am.files[mod.Path]; f != nil {
		if ff := f.facts(fn); ff != nil {
			unchecked = slices.DeleteFunc(slices.Clone(unchecked), func(n string) bool { return ff.tested[n] })
		}
	}
	checked := p.Protected || len(unchecked) == 0
	for _, cs := range fn.Calls {
		if h := m.CalleeHelper(mod, cs.Callee, &c.spec); h.Kind == js.Check && h.File == "" {
			out = append(out, endpoint.SessionRead{What: cs.Callee.String() + "()", At: endpoint.Pos{File: mod.Path, Line: cs.Pos.Line, Col: cs.Pos.Column}, Checked: checked})
			break
		}
	}
	if f := am.files[mod.Path]; f != nil {
		if ff := f.facts(fn); ff != nil && len(ff.authReads) > 0 {
			out = append(out, endpoint.SessionRead{What: fmt.Sprintf("%s.auth", fn.Params[0]), At: ff.authReads[0], Checked: checked})
		}
	}
	return out
}
