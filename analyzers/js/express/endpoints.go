package express

// One route's endpoint: its middleware chain classified in order, its
// handler's own check, reads, inputs and effects, and the registration gaps
// (a protecting middleware registered after it, siblings that use one).

import (
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// endpointOf builds the endpoint of route g of rt at url.
func (c *checker) endpointOf(m *js.Model, am *appModel, rt *router, g *reg, url string, chain, after []chainLayer) *routeEP {
	e := &routeEP{Endpoint: endpoint.Endpoint{Framework: rt.framework, Kind: endpoint.Route, Methods: g.methods, URL: url, Registration: g.at}, rt: rt}
	if g.dynamic {
		e.URL = ""
	}
	protected, unknown := false, ""
	for _, cl := range chain {
		k := c.classify(m, am, cl.l)
		ev := endpoint.Evidence{Kind: cl.level, What: k.what, At: cl.l.at}
		switch k.kind {
		case lkMount, lkReadOnly:
			if k.kind == lkMount && e.mountedAt == nil {
				e.mountedAt = &ev
			}
			ev.Kind = endpoint.FailOpen
			e.Protection.By = append(e.Protection.By, ev)
		case lkProtect, lkCheck:
			if k.kind == lkProtect && e.mountedAt == nil {
				e.mountedAt = &ev
			}
			if k.mounts && e.mountedAt == nil {
				e.mountedAt = &ev
			}
			protected = true
			e.Protection.By = append(e.Protection.By, ev)
			if e.protectedBy == nil {
				e.protectedBy = &ev
			}
			if cl.level == endpoint.RouteMiddleware {
				e.routeAuth = &ev
			}
		case lkUnknown:
			e.unknownLayer = true
			if unknown == "" {
				unknown = k.what
			}
		}
		if k.mounts && e.mountedAt == nil {
			e.mountedAt = &ev
		}
		for _, r := range k.reads {
			e.reads = append(e.reads, r)
			e.Sessions = append(e.Sessions, r)
		}
		if k.secret {
			e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.SharedSecret, What: k.what + " compares the request with a secret from process.env", At: cl.l.at})
		}
		e.Authz = append(e.Authz, c.layerAuthz(m, am, cl.l)...)
	}
	hmod, hfn := c.handler(m, am, g.handler)
	if w := c.wrapper(m, am, g.handler); w != "" {
		protected = true
		e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: endpoint.Wrapper, What: w, At: g.handler.at})
	}
	if hfn == nil {
		if !protected {
			e.Protection.State, e.Protection.Why = endpoint.Unknown, "the handler "+g.handler.what+" could not be followed"
		} else {
			e.Protection.State = endpoint.Protected
		}
		return e
	}
	e.Handler = endpoint.Pos{File: hmod.Path, Line: hfn.Pos.Line, Col: hfn.Pos.Column}
	e.HandlerEnd = hfn.Pos.EndLine
	m.NoteHandler(&e.Endpoint, hmod, hfn)
	effects, known, authz := m.EffectsAndAuthorization(hmod, hfn)
	e.Effects, e.EffectsKnown, e.Authz = effects, known, append(e.Authz, authz...)
	p := m.Protection(hmod, hfn, &c.spec)
	reads := c.sessionReads(m, am, hmod, hfn, p)
	e.reads = append(e.reads, reads...)
	e.Sessions = append(e.Sessions, reads...)
	if f := am.files[hmod.Path]; f != nil {
		if ff := f.facts(hfn); ff != nil {
			e.Inputs = append(e.Inputs, ff.inputs...)
			e.Effects = append(e.Effects, ff.env...)
		}
	}
	if p.Protected {
		protected = true
		e.Protection.By = append(e.Protection.By, endpoint.Evidence{Kind: endpoint.HandlerCheck, What: p.By, At: endpoint.Pos{File: hmod.Path, Line: p.At.Line, Col: p.At.Column}})
	}
	if p.Secret {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.SharedSecret, What: js.SecretCheck, At: e.Registration})
	}
	e.verifier = c.verifier(m, hmod, hfn)
	// CLK302 and CLK304 judge receivers of Clerk's (Svix-signed) webhooks;
	// a Stripe receiver only tells CLK101 the route is public by design.
	svix := e.verifier != "" && !js.StripeVerify(e.verifier)
	e.webhook = svix || c.webhookURL(e.URL)
	if svix {
		e.parsedBy = c.jsonFirst(m, am, chain)
	}
	switch {
	case e.verifier != "":
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.WebhookVerify, What: "a webhook verifier", At: e.Handler})
	case hookPath.MatchString(e.URL):
		// A receiver's signature check is CLK301's to judge: webhooks come
		// without a session.
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.WebhookVerify, What: "a webhook receiver's URL", At: e.Registration})
	}
	if signInPath.MatchString(e.URL) {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicMatcher, What: "an endpoint of the app's own sign-in flow (" + e.URL + ")", At: e.Registration})
	}
	if e.URL != "" {
		for _, gl := range c.public {
			if gl.Match(endpoint.SampleURL(e.URL)) {
				e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicConfig, What: "public-routes '" + gl.String() + "'", At: e.Registration})
				break
			}
		}
	}
	for _, cl := range after {
		if !covers(cl.path, url, g.dynamic) {
			continue
		}
		k := c.classify(m, am, cl.l)
		ev := endpoint.Evidence{Kind: endpoint.BeforeGlobalAuth, What: k.what, At: cl.l.at}
		if (k.kind == lkMount || k.kind == lkProtect) && e.mountedAfter == nil {
			e.mountedAfter = &ev
		}
		if (k.kind == lkProtect || k.kind == lkCheck) && e.Protection.Gap == nil {
			e.Protection.Gap = &ev
		}
	}
	switch {
	case protected:
		e.Protection.State = endpoint.Protected
		for i := range e.Sessions {
			e.Sessions[i].Checked = true // required before the read
		}
	case unknown != "":
		e.Protection.State, e.Protection.Why = endpoint.Unknown, "the middleware "+unknown+" may end the request on its own terms (another auth library, or a check the analysis cannot read)"
	case hasUnchecked(e.Sessions):
		e.Protection.State = endpoint.ReadsOnly
	default:
		e.Protection.State = endpoint.Unprotected
	}
	endpoint.MarkPublicColumns(&e.Endpoint, c.publicFields)
	endpoint.AddPublicReads(&e.Endpoint, c.publicData, true)
	endpoint.AddPublicWrites(&e.Endpoint, c.publicIntake)
	return e
}

func hasUnchecked(rs []endpoint.SessionRead) bool {
	for _, r := range rs {
		if !r.Checked {
			return true
		}
	}
	return false
}

// handler resolves a route's handler to a function: inline, a local or
// imported function, a namespace or CommonJS member (users.list), or the
// handler a wrapper call receives (asyncHandler(fn)).
func (c *checker) handler(m *js.Model, am *appModel, l *layer) (*js.Module, *js.Func) {
	if l == nil {
		return nil, nil
	}
	f := am.files[l.file]
	if f == nil {
		return nil, nil
	}
	mod := f.mod
	byName := func(name string) (*js.Module, *js.Func) {
		if name == "" || strings.HasPrefix(name, "require:") {
			return nil, nil
		}
		root, rest, _ := strings.Cut(name, ".")
		if fn := mod.Funcs[root]; fn != nil && rest == "" {
			return mod, fn
		}
		callee := js.Callee{Root: root}
		if rest != "" {
			callee.Path = strings.Split(rest, ".")
		}
		res := m.ResolveCallee(mod, callee)
		if res.Fn != nil && len(res.Path) == 0 {
			return res.Mod, res.Fn
		}
		return nil, nil
	}
	var hm *js.Module
	var fn *js.Func
	switch {
	case l.fn != nil:
		hm, fn = mod, l.fn
	case l.ident != "":
		hm, fn = byName(l.ident)
	case l.wrapped != nil:
		hm, fn = mod, l.wrapped
	case l.wrappedIdent != "":
		hm, fn = byName(l.wrappedIdent)
	}
	fn, _ = js.InnerHandler(hm, fn)
	return hm, fn
}

// layerAuthz is the role, permission and identity evidence of a
// middleware's body (requireAdmin, or the middleware a factory such as
// requireRole('org:admin') returns), read like a handler's.
func (c *checker) layerAuthz(m *js.Model, am *appModel, l *layer) []endpoint.Evidence {
	mod, fn := c.handler(m, am, l)
	if fn == nil && l.call != nil && am.files[l.file] != nil {
		if res := m.ResolveCallee(am.files[l.file].mod, *l.call); res.Fn != nil && len(res.Path) == 0 {
			mod, fn = res.Mod, res.Fn.Returns
		}
	}
	if fn == nil && l.ident != "" && am.files[l.file] != nil {
		// const requireAdmin = require('./auth'), module.exports = fn
		// there: the function classify judged the layer by.
		root, rest, _ := strings.Cut(l.ident, ".")
		if tf, name, ok := c.importedFrom(m, am, am.files[l.file].mod, root, rest); ok && (rest == "" || name == rest) {
			if f := tf.mod.Funcs[tf.exports[name]]; f != nil {
				mod, fn = tf.mod, f
			}
		}
	}
	if fn == nil {
		return nil
	}
	var out []endpoint.Evidence
	for _, ev := range m.Authorization(mod, fn) {
		if endpoint.Has([]endpoint.Evidence{ev}, endpoint.RoleCheck, endpoint.PermissionCheck, endpoint.IdentityCheck) {
			out = append(out, ev)
		}
	}
	return out
}

// wrapper names the auth wrapper a handler is passed through
// (withAuth(handler), a project function that checks before calling it).
func (c *checker) wrapper(m *js.Model, am *appModel, l *layer) string {
	if l == nil || am.files[l.file] == nil {
		return ""
	}
	mod := am.files[l.file].mod
	var w *js.WrappedCall
	switch {
	case l.call != nil && (l.wrapped != nil || l.wrappedIdent != ""):
		w = &js.WrappedCall{Callee: *l.call}
	case l.ident != "" && mod.Funcs[l.ident] != nil:
		w = mod.Funcs[l.ident].Wrapped
	}
	if w == nil {
		return ""
	}
	if h := m.CalleeHelper(mod, w.Callee, &c.spec); h.Kind == js.Wrapper {
		return h.By
	}
	return ""
}

// verifier is the webhook verifier the handler calls (verifyWebhook from a
// Clerk webhooks module, svix's Webhook#verify) when its module imports one
// of the configured webhook modules, or Stripe's webhooks.constructEvent
// on a client of the stripe package (js.UsesStripe), whatever the path it
// is registered at; "" when it calls none.
func (c *checker) verifier(m *js.Model, mod *js.Module, fn *js.Func) string {
	if js.UsesStripe(m, mod) {
		for _, cs := range fn.Calls {
			if js.StripeVerify(cs.Callee.String()) {
				return cs.Callee.String()
			}
		}
	}
	imports := false
	for _, imp := range mod.Imports {
		for _, h := range c.hookMod {
			if imp.Spec == h || strings.HasPrefix(imp.Spec, h+"/") {
				imports = true
			}
		}
	}
	if !imports {
		return ""
	}
	for _, cs := range fn.Calls {
		last := cs.Callee.Root
		if n := len(cs.Callee.Path); n > 0 {
			last = cs.Callee.Path[n-1]
		}
		if last == "verify" || last == "verifyWebhook" {
			return cs.Callee.String()
		}
	}
	return ""
}

// bodyKind is what a middleware does to the request body.
type bodyKind uint8

const (
	bodyNone bodyKind = iota
	bodyJSON          // parses JSON bodies into an object (express.json(), bodyParser.json())
	bodyRaw           // keeps the bytes (express.raw(), express.text()); a parser after it skips the request
)

// parsers are the body-parser factories of express and body-parser by export.
var parsers = map[string]bodyKind{"json": bodyJSON, "raw": bodyRaw, "text": bodyRaw}

// bodyParser classifies a middleware layer as a body parser: a call of
// express's or body-parser's factories, or a const bound to one. A JSON
// parser given options the analysis cannot rule out (a verify callback
// keeping the raw bytes, a type, a spread) counts as none.
func (c *checker) bodyParser(m *js.Model, am *appModel, l *layer) bodyKind {
	f := am.files[l.file]
	if f == nil {
		return bodyNone
	}
	call, kept := l.call, l.optsKept
	if call == nil && l.ident != "" && !strings.Contains(l.ident, ".") {
		if cc, ok := f.consts[l.ident]; ok {
			call, kept = &cc, f.constOpts[l.ident]
		}
	}
	if call == nil {
		return bodyNone
	}
	res := m.ResolveCallee(f.mod, *call)
	if res.Pkg != "express" && res.Pkg != "body-parser" {
		return bodyNone
	}
	k := parsers[res.Name[strings.LastIndexByte(res.Name, '.')+1:]]
	if k == bodyJSON && kept {
		return bodyNone
	}
	return k
}

// jsonFirst is the JSON body parser that reads the route's body first on
// its chain (inherited uses, the router's own, the route's own layers, in
// registration order); nil when a raw parser comes before it or none runs.
func (c *checker) jsonFirst(m *js.Model, am *appModel, chain []chainLayer) *endpoint.Evidence {
	for _, cl := range chain {
		switch c.bodyParser(m, am, cl.l) {
		case bodyJSON:
			return &endpoint.Evidence{Kind: cl.level, What: cl.l.what, At: cl.l.at}
		case bodyRaw:
			return nil
		}
	}
	return nil
}

func (c *checker) webhookURL(url string) bool {
	if url == "" {
		return false
	}
	for _, g := range c.hookURL {
		if g.Match(endpoint.SampleURL(url)) {
			return true
		}
	}
	return false
}

// siblingsPrefix starts the public evidence of a route left without the
// route-level auth its siblings use.
const siblingsPrefix = "route-level auth ("

// siblings marks routes of a router registered without the route-level
// auth middleware the router's other routes use.
func siblings(eps []*routeEP) {
	by := map[*router][]*routeEP{}
	for _, e := range eps {
		by[e.rt] = append(by[e.rt], e)
	}
	for _, group := range by {
		var auth *endpoint.Evidence
		n := 0
		for _, e := range group {
			if e.routeAuth != nil {
				n++
				if auth == nil {
					auth = e.routeAuth
				}
			}
		}
		if auth == nil {
			continue
		}
		// Auth added route by route is a decision taken per route.
		choice := n >= 1
		for _, e := range group {
			if e.Protection.State != endpoint.Unprotected {
				continue
			}
			if e.Protection.Gap == nil {
				e.Protection.Gap = &endpoint.Evidence{Kind: endpoint.SiblingsUseAuth, What: auth.What, At: auth.At}
			}
			// Protecting routes one by one and leaving this one off reads
			// as a choice for public reads (a feed, a profile), not for
			// anonymous writes.
			if !choice {
				continue
			}
			e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicMatcher, What: siblingsPrefix + auth.What + ") left off", At: auth.At, Broad: true})
		}
	}
}

// hookPath is a webhook receiver's URL: a segment naming a webhook.
var hookPath = lazyregexp.New(`(?i)/[^/]*(?:webhook|hooks?)(?:/|$|[-_])`)

// signInPath is an endpoint of an app's own sign-in flow, which answers
// signed-out visitors by design: login, signup, token refresh, logout,
// OAuth callbacks, password reset.
var signInPath = lazyregexp.New(`(?i)/(?:log-?in|log-?out|sign-?in|sign-?up|sign-?out|register|refresh(?:-token)?|callback|oauth|forgot-password|reset-password|verify-email)(?:/|$)`)
