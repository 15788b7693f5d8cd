package nextjs

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
)

// Middleware is the evaluated middleware.ts / proxy.ts of one Next app: where
// Next runs it (config.matcher) and what its Clerk handler protects, reduced
// to plain values so no tree outlives the parse.
type Middleware struct {
	File string
	// Clerk: the file calls (or exports) clerkMiddleware or v4 authMiddleware.
	Clerk  bool
	Legacy bool // authMiddleware (v4): protects every route but publicRoutes/ignoredRoutes
	At     rules.Position
	// Matchers are config.matcher entries (nil: Next runs it on every path).
	Matchers []*Pattern
	// MatcherAt is the config.matcher property, for messages.
	MatcherAt rules.Position
	// MatcherUnknown: config.matcher is not a literal the analysis reads; it is
	// assumed to run everywhere.
	MatcherUnknown bool
	// LocaleFalse: a matcher object says `locale: false`, so with i18n its
	// source is compared with the locale-prefixed path (see NextConfig).
	LocaleFalse bool
	// afterAuth: a v4 authMiddleware with an afterAuth, whose own tests are
	// the steps (readAuthMiddleware).
	afterAuth bool
	steps     []mwStep
	unknown   string // why the handler could not be evaluated ("" if it could)
	// roles are the handler's statements that check a role (CLK201/CLK202,
	// read at build by readMiddlewareRoles).
	roles []mwRoleStep
}

// mwStep is one statement of the handler that decides for a path: when all
// conds hold for an unauthenticated request, it protects (auth.protect, a
// redirect to sign-in) or skips (an early return).
type mwStep struct {
	conds   []mwCond
	protect bool
	unknown bool // a condition the analysis cannot evaluate
	at      rules.Position
	// test is the if statement's condition as written, for messages about
	// the handler's own path tests.
	test string
}

type mwCond struct {
	m      *routeMatcher
	negate bool
	// path is one of the handler's own tests (publicRoutes.includes(
	// req.nextUrl.pathname), !userId && pathname.startsWith('/app')),
	// evaluated for a signed-out request by js.PathConds; text is its
	// source, for messages. Set instead of m.
	path js.PathCond
	text string
	// signedIn: the test reads the session (userId, a claim), so it fails
	// for every signed-out request whatever the URL.
	signedIn bool
	// host: the test reads the request's host (req.headers.get('host'),
	// nextUrl.hostname), which the URL does not decide: the app answers on
	// every host that reaches it (a deployment's own URL, a tunnel).
	host bool
}

// holds evaluates the condition for a signed-out request to url: whether
// it holds, whether the analysis knows, and for a path test the list entry
// that matched the URL.
func (c mwCond) holds(url string) (holds, known bool, hit js.PathHit) {
	if c.path != nil {
		v, h := c.path(url)
		return v == js.Yes, v != js.Unknown, h
	}
	ok, k := c.m.match(url)
	return ok != c.negate, k, js.PathHit{}
}

// name is the matcher's name or the path test as written.
func (c mwCond) name() string {
	if c.m != nil {
		return c.m.name
	}
	return c.text
}

// routeMatcher is `const isX = createRouteMatcher([...])`.
type routeMatcher struct {
	name    string
	pats    []*Pattern
	unknown bool // a function or a value the analysis cannot read
}

func (rm *routeMatcher) match(url string) (bool, bool) {
	if rm == nil || rm.unknown {
		return false, false
	}
	for _, p := range rm.pats {
		if ok, err := p.Match(url); err != nil {
			return false, false
		} else if ok {
			return true, true
		}
	}
	return false, true
}

// Verdict is the middleware's answer for one URL.
type Verdict uint8

// Verdicts.
const (
	NotRun      Verdict = iota // the matcher does not run the middleware on the URL
	Unprotected                // it runs but lets unauthenticated requests through
	Protected                  // it runs and requires a session
	Unknown                    // the analysis cannot tell
)

// Runs reports whether Next runs the middleware on url.
func (mw *Middleware) Runs(url string) bool {
	if mw.Matchers == nil || mw.MatcherUnknown {
		return true
	}
	for _, p := range mw.Matchers {
		if ok, err := p.Match(url); err == nil && ok {
			return true
		}
	}
	return false
}

// Evaluate says whether the middleware protects url and, when not, why.
func (mw *Middleware) Evaluate(url string) (Verdict, string) {
	v, why := mw.evaluate(url)
	if v == Unprotected && mw.afterAuth {
		// What a v4 afterAuth lets through is the app's own routing (a
		// rewrite to another host's handler, API routes left to their own
		// checks): the tests it makes protect, the rest is not judged.
		return Unknown, "authMiddleware's afterAuth lets it through and decides the routing itself"
	}
	return v, why
}

// evaluate is Evaluate before an afterAuth's gaps are left unjudged.
func (mw *Middleware) evaluate(url string) (Verdict, string) {
	if !mw.Runs(url) {
		return NotRun, fmt.Sprintf("the matcher in %s does not run on %s", mw.File, url)
	}
	if !mw.Clerk {
		return Unprotected, fmt.Sprintf("%s does not call clerkMiddleware", mw.File)
	}
	if mw.unknown != "" {
		return Unknown, mw.unknown
	}
	var onHost *mwStep // an early return for some hosts before any sign-in check
	for i, st := range mw.steps {
		holds, known, fails, host := true, !st.unknown, false, !st.unknown
		for _, c := range st.conds {
			ok, k, _ := c.holds(url)
			known = known && k
			holds = holds && ok
			fails = fails || (k && !ok)
			host = host && (k || c.host)
		}
		if fails {
			// A conjunct known false decides the step whatever the
			// others are (Kleene's and): !isPublicRoute(req) &&
			// !isPublicFolder(path) on a public route.
			continue
		}
		if !known {
			if !st.protect {
				if host && onHost == nil {
					onHost = &mw.steps[i]
				}
				// An early return on a condition the analysis cannot read
				// (req.method === 'OPTIONS'): assume it does not hold.
				continue
			}
			if host && onHost != nil {
				return Unprotected, mw.hostPass(onHost, url)
			}
			return Unknown, "a condition of the middleware is not understood"
		}
		if !holds {
			continue
		}
		if st.protect {
			if onHost != nil {
				return Unprotected, mw.hostPass(onHost, url)
			}
			return Protected, ""
		}
		if len(st.conds) > 0 {
			what := st.conds[0].name()
			if st.conds[0].m == nil {
				what = "if (" + st.test + ")"
			}
			return Unprotected, fmt.Sprintf("%s in %s (line %d) lets %s through without a session", what, mw.File, st.at.Line, url)
		}
		if why := mw.unselected(url, mw.steps[:i]); why != "" {
			return Unprotected, why
		}
		if !slices.ContainsFunc(mw.steps, func(s mwStep) bool { return s.protect }) {
			// A handler that sets headers and returns protects no route at
			// all: saying it returns "before" protecting would send the
			// reader looking for a check that is not there.
			return Unprotected, fmt.Sprintf("clerkMiddleware in %s protects no route (its handler returns at line %d without calling auth.protect())", mw.File, st.at.Line)
		}
		return Unprotected, fmt.Sprintf("the middleware in %s returns for %s before protecting it (line %d)", mw.File, url, st.at.Line)
	}
	if len(mw.steps) == 0 {
		return Unprotected, fmt.Sprintf("clerkMiddleware in %s protects no route (it is public by default)", mw.File)
	}
	for _, st := range mw.steps {
		for _, c := range st.conds {
			if ok, _ := c.m.match(url); c.m != nil && st.protect && c.negate && ok {
				return Unprotected, fmt.Sprintf("%s in %s exempts %s from auth.protect() (line %d)", c.m.name, mw.File, url, st.at.Line)
			}
		}
	}
	if why := mw.unselected(url, mw.steps); why != "" {
		return Unprotected, why
	}
	return Unprotected, fmt.Sprintf("no route matcher in %s protects %s", mw.File, url)
}

// hostPass says why a URL the middleware protects on some hosts is let
// through on others: an early return on a test of the host, before the
// sign-in check.
func (mw *Middleware) hostPass(st *mwStep, url string) string {
	return fmt.Sprintf("on a host where if (%s) holds, the middleware in %s returns before its sign-in check (line %d) and lets %s through without a session", st.test, mw.File, st.at.Line, url)
}

// unselected names the handler's own path test that left url out of a
// protecting step: a public list's entry that exempts it, or a list of
// protected paths that does not hold it ("" when no such test decided).
func (mw *Middleware) unselected(url string, steps []mwStep) string {
	for _, st := range steps {
		if !st.protect || slices.ContainsFunc(st.conds, func(c mwCond) bool { return c.signedIn }) {
			continue // a step for signed-in requests decides nothing here
		}
		for _, c := range st.conds {
			if c.path == nil || c.host {
				continue // a matcher, or a host test: no path test of the app's own
			}
			if ok, _, hit := c.holds(url); !ok && hit.Kind != js.NoHit {
				return fmt.Sprintf("%s in %s (line %d) exempts %s from the sign-in check (it matches '%s')", c.text, mw.File, st.at.Line, url, hit.Lit)
			} else if !ok {
				return fmt.Sprintf("%s in %s (line %d) does not select %s, so the middleware lets it through without a session", c.text, mw.File, st.at.Line, url)
			}
		}
	}
	return ""
}

// parseMiddleware evaluates a middleware/proxy file's tree.
func parseMiddleware(t *js.Tree, file string) *Middleware {
	mw, _ := readMiddleware(t, file, nil)
	return mw
}

// mwHandler is the clerkMiddleware handler function of a parsed middleware
// tree, with its auth parameter and the route matchers declared beside it,
// for a reader that needs more from the handler than Middleware records
// (readMiddlewareRoles) while the tree is open.
type mwHandler struct {
	fn       *sitter.Node
	auth     string
	matchers map[string]*routeMatcher
	lists    map[string]matcherList
	decls    map[string]*sitter.Node // the module's top-level bindings (lists its path tests name)
	consts   *constEval              // lists built from literals and imports
}

// readMiddleware is parseMiddleware that also returns the handler it read
// (nil when there is no clerkMiddleware handler function); imported reads
// the route lists the file imports (nil: they are unknown).
func readMiddleware(t *js.Tree, file string, imported importedConst) (*Middleware, *mwHandler) {
	mw := &Middleware{File: file}
	root := t.Root()
	decls := js.TopDecls(t)
	consts := newConstEval(t, decls, imported)
	matchers := map[string]*routeMatcher{}
	lists := map[string]matcherList{}
	funcs := map[string]*sitter.Node{}
	var call *sitter.Node
	for i := 0; i < int(root.NamedChildCount()); i++ {
		s := root.NamedChild(i)
		decl := s
		if s.Type() == "export_statement" {
			if d := s.ChildByFieldName("declaration"); d != nil {
				decl = d
			} else if v := s.ChildByFieldName("value"); v != nil {
				if c := clerkCall(t, js.Unwrap(v)); c != nil && call == nil {
					call = c
				} else if id := js.Unwrap(v); id.Type() == "identifier" && isClerkName(t.Text(id)) {
					mw.Clerk, mw.At = true, t.Pos(id)
					mw.Legacy = t.Text(id) == "authMiddleware"
				} else if call == nil && isFunc(id) {
					// export default (req, ev) => clerkMiddleware(…)(req, ev)
					call = findClerkCall(t, id)
				}
				continue
			}
		}
		switch decl.Type() {
		case "function_declaration":
			if n := decl.ChildByFieldName("name"); n != nil {
				funcs[t.Text(n)] = decl
			}
			if call == nil {
				call = findClerkCall(t, decl)
			}
		case "lexical_declaration", "variable_declaration":
			for j := 0; j < int(decl.NamedChildCount()); j++ {
				d := decl.NamedChild(j)
				name, val := d.ChildByFieldName("name"), d.ChildByFieldName("value")
				if d.Type() != "variable_declarator" || name == nil || val == nil {
					continue
				}
				v := js.Unwrap(val)
				n := t.Text(name)
				switch {
				case n == "config" && v.Type() == "object":
					readConfig(t, v, mw)
				case v.Type() == "call_expression" && calleeText(t, v) == "createRouteMatcher":
					matchers[n] = readRouteMatcher(t, n, v, consts)
				case v.Type() == "call_expression":
					if l, ok := readMatcherList(t, n, v, consts); ok {
						lists[n] = l
					}
				case isFunc(v):
					funcs[n] = v
				}
				if c := clerkCall(t, v); c != nil && call == nil {
					call = c
				} else if call == nil {
					call = findClerkCall(t, v)
				}
			}
		case "expression_statement":
			if call == nil {
				call = findClerkCall(t, decl)
			}
		}
	}
	if call == nil {
		return mw, nil
	}
	mw.Clerk, mw.At = true, t.Pos(call)
	mw.Legacy = calleeText(t, call) == "authMiddleware"
	args := call.ChildByFieldName("arguments")
	var first *sitter.Node
	if args != nil && args.NamedChildCount() > 0 {
		first = js.Unwrap(args.NamedChild(0))
	}
	if mw.Legacy {
		readAuthMiddleware(t, first, mw)
		return mw, nil
	}
	if first == nil || first.Type() == "object" {
		return mw, nil // clerkMiddleware() / clerkMiddleware(options): protects nothing
	}
	if first.Type() == "identifier" {
		if f := funcs[t.Text(first)]; f != nil {
			first = f
		}
	}
	if !isFunc(first) {
		mw.unknown = "the clerkMiddleware handler is not a function the analysis can read"
		return mw, nil
	}
	h := &mwHandler{fn: first, auth: authParam(t, first), matchers: matchers, lists: lists, decls: decls, consts: consts}
	readHandler(t, h, mw)
	return mw, h
}

func isClerkName(n string) bool { return n == "clerkMiddleware" || n == "authMiddleware" }

// clerkCall returns n when it is clerkMiddleware(…) or authMiddleware(…).
func clerkCall(t *js.Tree, n *sitter.Node) *sitter.Node {
	if n.Type() == "call_expression" && isClerkName(calleeText(t, n)) {
		return n
	}
	return nil
}

// findClerkCall looks for clerkMiddleware(…) anywhere below n (a wrapping
// function `export default function middleware(req, ev) { return clerkMiddleware(…)(req, ev) }`).
func findClerkCall(t *js.Tree, n *sitter.Node) *sitter.Node {
	if !strings.Contains(t.Text(n), "Middleware") {
		return nil
	}
	if c := clerkCall(t, n); c != nil {
		return c
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		if c := findClerkCall(t, n.NamedChild(i)); c != nil {
			return c
		}
	}
	return nil
}

func calleeText(t *js.Tree, call *sitter.Node) string {
	if f := call.ChildByFieldName("function"); f != nil {
		return t.Text(js.Unwrap(f))
	}
	return ""
}

func isFunc(n *sitter.Node) bool {
	switch n.Type() {
	case "arrow_function", "function_expression", "function", "function_declaration":
		return true
	}
	return false
}

// patterns reads a string, regex or array of them; ok is false for anything
// else (a function, a variable).
func patterns(t *js.Tree, n *sitter.Node, compile func(string) (*Pattern, error)) ([]*Pattern, bool) {
	n = js.Unwrap(n)
	switch n.Type() {
	case "string", "template_string":
		p, err := compile(stringValue(t, n))
		if err != nil {
			return nil, false
		}
		return []*Pattern{p}, true
	case "regex":
		pat, flags := n.ChildByFieldName("pattern"), n.ChildByFieldName("flags")
		fl := ""
		if flags != nil {
			fl = t.Text(flags)
		}
		if pat == nil {
			return nil, false
		}
		p, err := RegexLiteral(t.Text(pat), fl)
		if err != nil {
			return nil, false
		}
		return []*Pattern{p}, true
	case "array":
		var out []*Pattern
		for i := 0; i < int(n.NamedChildCount()); i++ {
			if n.NamedChild(i).Type() == "comment" {
				continue
			}
			ps, ok := patterns(t, n.NamedChild(i), compile)
			if !ok {
				return nil, false
			}
			out = append(out, ps...)
		}
		return out, true
	}
	return nil, false
}

// readRouteMatcher reads createRouteMatcher's patterns: literals, or a
// list the module builds from literals and the lists it imports (consts).
func readRouteMatcher(t *js.Tree, name string, call *sitter.Node, consts *constEval) *routeMatcher {
	rm := &routeMatcher{name: name}
	args := call.ChildByFieldName("arguments")
	if args == nil || args.NamedChildCount() == 0 {
		rm.unknown = true
		return rm
	}
	ps, ok := patterns(t, args.NamedChild(0), RoutePattern)
	if !ok && consts != nil {
		ps, ok = builtPatterns(consts, args.NamedChild(0))
	}
	rm.pats, rm.unknown = ps, !ok
	return rm
}

// matcherList is `const matchers = Object.keys(routeAccessMap).map((route)
// => ({ matcher: createRouteMatcher([route]), allowedRoles:
// routeAccessMap[route] }))`: a list of objects whose field holds a matcher
// of one route each. A loop over it testing every element's matcher the
// same way tests the one matcher of all their routes (m).
type matcherList struct {
	field string
	m     *routeMatcher
}

// readMatcherList reads such a list: a .map over a list of strings consts
// evaluates, whose callback returns an object literal with a field set to
// createRouteMatcher of the callback's parameter.
func readMatcherList(t *js.Tree, name string, call *sitter.Node, consts *constEval) (matcherList, bool) {
	fn, args := js.Unwrap(call.ChildByFieldName("function")), call.ChildByFieldName("arguments")
	if fn == nil || fn.Type() != "member_expression" || args == nil || args.NamedChildCount() != 1 || consts == nil {
		return matcherList{}, false
	}
	if p := fn.ChildByFieldName("property"); p == nil || t.Text(p) != "map" {
		return matcherList{}, false
	}
	param, body := callbackParam(t, js.Unwrap(args.NamedChild(0)))
	if param == "" || body == nil || js.Unwrap(body).Type() != "object" {
		return matcherList{}, false
	}
	field := ""
	pairs(t, js.Unwrap(body), func(_ *sitter.Node, key string, v *sitter.Node) {
		v = js.Unwrap(v)
		if field != "" || v.Type() != "call_expression" || calleeText(t, v) != "createRouteMatcher" {
			return
		}
		a := v.ChildByFieldName("arguments")
		if a == nil || a.NamedChildCount() != 1 {
			return
		}
		arg := js.Unwrap(a.NamedChild(0))
		if arg.Type() == "array" && arg.NamedChildCount() == 1 {
			arg = js.Unwrap(arg.NamedChild(0))
		}
		if arg.Type() == "identifier" && t.Text(arg) == param {
			field = key
		}
	})
	if field == "" {
		return matcherList{}, false
	}
	ps, ok := builtPatterns(consts, fn.ChildByFieldName("object"))
	return matcherList{field: field, m: &routeMatcher{name: name + "[…]." + field, pats: ps, unknown: !ok}}, true
}

// builtPatterns compiles the route patterns of a list consts evaluates.
func builtPatterns(consts *constEval, n *sitter.Node) ([]*Pattern, bool) {
	srcs, ok := consts.strings(n)
	if !ok {
		return nil, false
	}
	out := make([]*Pattern, 0, len(srcs))
	for _, s := range srcs {
		p, err := RoutePattern(s)
		if err != nil {
			return nil, false
		}
		out = append(out, p)
	}
	return out, true
}

// pairs calls fn on each `key: value` property of an object literal, with
// the key unquoted (shorthands, methods and spreads are not pairs).
func pairs(t *js.Tree, obj *sitter.Node, fn func(p *sitter.Node, key string, v *sitter.Node)) {
	for i := 0; i < int(obj.NamedChildCount()); i++ {
		p := obj.NamedChild(i)
		if p.Type() != "pair" {
			continue
		}
		if k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value"); k != nil && v != nil {
			fn(p, js.Unquote(t, k), v)
		}
	}
}

// readConfig reads `export const config = { matcher }`.
func readConfig(t *js.Tree, obj *sitter.Node, mw *Middleware) {
	pairs(t, obj, func(p *sitter.Node, key string, v *sitter.Node) {
		if key != "matcher" {
			return
		}
		mw.MatcherAt = t.Pos(p)
		mw.Matchers = []*Pattern{}
		v = js.Unwrap(v)
		entries := []*sitter.Node{v}
		if v.Type() == "array" {
			entries = entries[:0]
			for j := 0; j < int(v.NamedChildCount()); j++ {
				if v.NamedChild(j).Type() != "comment" {
					entries = append(entries, js.Unwrap(v.NamedChild(j)))
				}
			}
		}
		for _, e := range entries {
			switch e.Type() {
			case "string", "template_string":
				if pt, err := NextMatcher(stringValue(t, e)); err == nil {
					mw.Matchers = append(mw.Matchers, pt)
				} else {
					mw.MatcherUnknown = true // Next would reject it; do not guess
				}
			case "object":
				src, conditional := "", false
				pairs(t, e, func(_ *sitter.Node, key string, qv *sitter.Node) {
					switch key {
					case "source":
						src = stringValue(t, js.Unwrap(qv))
					case "locale":
						mw.LocaleFalse = mw.LocaleFalse || t.Text(js.Unwrap(qv)) == "false"
					case "has":
						// Runs only when the request carries a header, cookie or
						// query the client chooses to send: not coverage.
						conditional = true
					}
				})
				if src != "" && !conditional {
					if pt, err := NextMatcher(src); err == nil {
						mw.Matchers = append(mw.Matchers, pt)
					} else {
						mw.MatcherUnknown = true
					}
				}
			default:
				mw.MatcherUnknown = true
			}
		}
	})
}

// readAuthMiddleware reads v4 authMiddleware({ publicRoutes, ignoredRoutes }):
// every other route requires a session.
func readAuthMiddleware(t *js.Tree, opts *sitter.Node, mw *Middleware) {
	if opts == nil {
		mw.steps = []mwStep{{protect: true, at: mw.At}}
		return
	}
	if opts.Type() != "object" {
		mw.unknown = "the authMiddleware options are not an object literal"
		return
	}
	lists := map[string]*routeMatcher{}
	var skips []mwStep
	pairs(t, opts, func(p *sitter.Node, key string, v *sitter.Node) {
		switch key {
		case "publicRoutes", "ignoredRoutes", "apiRoutes":
			ps, ok := patterns(t, v, RoutePattern)
			rm := &routeMatcher{name: key, pats: ps, unknown: !ok}
			lists[key] = rm
			if key != "apiRoutes" {
				skips = append(skips, mwStep{conds: []mwCond{{m: rm}}, at: t.Pos(p)})
			}
		}
	})
	after := afterAuthFunc(t, opts)
	if after == nil {
		mw.steps = append(append(mw.steps, skips...), mwStep{protect: true, at: mw.At})
		return
	}
	// With afterAuth, Clerk v4 applies no protection of its own (it replaces
	// the default that redirects signed-out requests on non-public routes):
	// only ignoredRoutes keep the middleware away, and the handler's own
	// tests of auth.userId, auth.isPublicRoute and auth.isApiRoute decide.
	if ig := lists["ignoredRoutes"]; ig != nil {
		mw.steps = append(mw.steps, mwStep{conds: []mwCond{{m: ig}}, at: mw.At})
	}
	param := authParam(t, after)
	flags := map[string]*routeMatcher{}
	pub := lists["publicRoutes"]
	if pub == nil {
		pub = &routeMatcher{name: "publicRoutes"} // none: no route is public
	}
	flags[param+".isPublicRoute"] = pub
	api := lists["apiRoutes"]
	if api == nil {
		api = &routeMatcher{name: "apiRoutes (default /api/(.*), /trpc/(.*))"}
		for _, d := range []string{"/api/(.*)", "/trpc/(.*)"} {
			if pat, err := RoutePattern(d); err == nil {
				api.pats = append(api.pats, pat)
			}
		}
	}
	flags[param+".isApiRoute"] = api
	mw.afterAuth = true
	readHandler(t, &mwHandler{fn: after, auth: param, matchers: flags}, mw)
}

// afterAuthFunc is authMiddleware's afterAuth option: a method or a
// property holding a function (nil when absent or not a function).
func afterAuthFunc(t *js.Tree, opts *sitter.Node) *sitter.Node {
	for _, c := range js.NamedChildren(opts) {
		switch c.Type() {
		case "method_definition":
			if n := c.ChildByFieldName("name"); n != nil && t.Text(n) == "afterAuth" {
				return c
			}
		case "pair":
			if k := c.ChildByFieldName("key"); k != nil && strings.Trim(t.Text(k), `"'`) == "afterAuth" {
				if v := js.Unwrap(c.ChildByFieldName("value")); v != nil && isFunc(v) {
					return v
				}
			}
		}
	}
	return nil
}

// authParam is the name of a clerkMiddleware handler's first parameter
// ("auth" when it has none).
func authParam(t *js.Tree, fn *sitter.Node) string {
	if ps := fn.ChildByFieldName("parameters"); ps != nil && ps.NamedChildCount() > 0 {
		return paramText(t, ps.NamedChild(0))
	} else if p := fn.ChildByFieldName("parameter"); p != nil {
		return t.Text(p)
	}
	return "auth"
}

// readHandler reads clerkMiddleware(async (auth, req) => { … }).
func readHandler(t *js.Tree, mh *mwHandler, mw *Middleware) {
	body := mh.fn.ChildByFieldName("body")
	if body == nil {
		return
	}
	h := &handler{t: t, auth: mh.auth, matchers: mh.matchers, lists: mh.lists, state: map[string]bool{}, locals: map[string]*sitter.Node{}}
	h.conds = &js.PathConds{T: t, Decls: mh.decls, Session: func(n *sitter.Node) bool { return h.isState(n) || h.stateRooted(n) }}
	if mh.consts != nil {
		h.conds.Lists = mh.consts.strings
	}
	if body.Type() != "statement_block" {
		if h.protects(body) {
			mw.steps = append(mw.steps, mwStep{protect: true, at: t.Pos(body)})
		}
		return
	}
	h.readBlock(handlerStatements(t, body), nil, mw)
}

// readBlock reads a block of the handler into steps. outer is the
// condition of the if statement whose block it is (nil at the top level),
// and every step read in it holds only where outer does: `if (isApi) { if
// (!isPublic(req)) await auth.protect(); return NextResponse.next() }`.
// It reports whether the block ends every request that reaches its end
// (a top-level return or auth.protect()).
func (h *handler) readBlock(stmts []*sitter.Node, outer [][]atom, mw *Middleware) bool {
	t := h.t
	add := func(st mwStep) {
		if outer == nil {
			mw.steps = append(mw.steps, st)
			return
		}
		for _, conj := range outer {
			o := h.step(conj, st.at, st.protect, st.test)
			o.conds = append(o.conds, st.conds...)
			o.unknown = o.unknown || st.unknown
			mw.steps = append(mw.steps, o)
		}
	}
	for _, s := range stmts {
		switch s.Type() {
		case "expression_statement":
			if h.protects(s) {
				add(mwStep{protect: true, at: t.Pos(s)})
				return true
			}
		case "lexical_declaration", "variable_declaration":
			h.bindState(s)
			js.BindLocals(t, s, h.locals)
			if h.protects(s) { // const { userId } = await auth.protect()
				add(mwStep{protect: true, at: t.Pos(s)})
				return true
			}
		case "if_statement":
			cond, cons := s.ChildByFieldName("condition"), s.ChildByFieldName("consequence")
			if cond == nil || cons == nil {
				continue
			}
			protect, exits := h.protects(cons), h.exits(cons)
			if cons.Type() == "statement_block" && ((protect && !h.directly(cons, h.protects)) || (!protect && exits && !h.directly(cons, h.exits))) {
				// The protection or the exit is under a condition of its
				// own: read the block's steps, each also under this if's
				// condition.
				inner := h.dnf(cond)
				if outer != nil {
					inner = product(outer, inner)
				}
				h.readBlock(blockStatements(cons), inner, mw)
				continue
			}
			if !protect && exits && h.readsAuth(cons) {
				if cons.Type() == "statement_block" && !h.directly(cons, h.readsAuth) {
					// if (isMainSite(host)) { if (isProtected(req)) { const
					// { userId } = await auth(); if (!userId) return … }
					// return NextResponse.next() }: the session is read
					// under a condition of its own, the block's other
					// requests go through. Read its steps.
					inner := h.dnf(cond)
					if outer != nil {
						inner = product(outer, inner)
					}
					h.readBlock(blockStatements(cons), inner, mw)
					continue
				}
				// if (isProtected(req)) { const { userId } = await auth(); if (!userId) return … }
				protect = true
			}
			if !protect && !exits {
				continue
			}
			passes, denies := h.passes(cons), h.denies(cons)
			conjs := h.dnf(cond)
			if outer != nil {
				conjs = product(outer, conjs)
			}
			for _, conj := range conjs {
				st := h.step(conj, t.Pos(s), protect, condText(t, cond))
				authTest := slices.ContainsFunc(conj, func(a atom) bool { return a.auth })
				switch {
				case protect:
				case authTest && !passes:
					st.protect = true // if (!userId && isProtected(req)) return redirectToSignIn()
				case !authTest && denies:
					// A redirect or a response of its own for every request
					// on some paths (`/` to `/home`): it neither protects
					// them nor lets them through to their handler.
					st.unknown = true
				}
				mw.steps = append(mw.steps, st)
			}
		case "for_in_statement":
			// for (const { matcher, allowedRoles } of matchers) { if
			// (matcher(req) && …) return … }: the body's steps, with the
			// element's matcher standing for every route of the list. The
			// loop may not run, so it ends no request by itself.
			if local, l, ok := h.loopMatcher(s); ok {
				prev, had := h.matchers[local]
				h.matchers[local] = l.m
				if body := s.ChildByFieldName("body"); body != nil && body.Type() == "statement_block" {
					h.readBlock(blockStatements(body), outer, mw)
				}
				if had {
					h.matchers[local] = prev
				} else {
					delete(h.matchers, local)
				}
			}
		case "try_statement":
			// A try with no finally: its block's steps. When its catch may
			// swallow what auth.protect() throws and let the request go
			// on, only its redirects and early returns decide (h.caught).
			body := s.ChildByFieldName("body")
			if body == nil || s.ChildByFieldName("finalizer") != nil {
				continue
			}
			swallows := !catchRethrows(t, s)
			if swallows {
				h.caught++
			}
			ends := h.readBlock(blockStatements(body), outer, mw)
			if swallows {
				h.caught--
			}
			if ends {
				return true
			}
		case "return_statement":
			// A redirect or a response of its own at the top level ends
			// every request that reaches it: the signed-in ones returned
			// before (`if (userId) return NextResponse.next()`).
			add(mwStep{protect: h.protects(s) || h.denies(s), at: t.Pos(s)})
			return true
		}
	}
	return false
}

// loopMatcher reads the head of `for (const { matcher } of list)` over a
// matcherList: the local name the element's matcher field is bound to.
func (h *handler) loopMatcher(s *sitter.Node) (string, matcherList, bool) {
	t := h.t
	left, right := s.ChildByFieldName("left"), js.Unwrap(s.ChildByFieldName("right"))
	if left == nil || right == nil || right.Type() != "identifier" || !js.HasChildType(s, "of") {
		return "", matcherList{}, false
	}
	l, ok := h.lists[t.Text(right)]
	if !ok || left.Type() != "object_pattern" {
		return "", matcherList{}, false
	}
	for _, c := range js.NamedChildren(left) {
		switch c.Type() {
		case "shorthand_property_identifier_pattern":
			if t.Text(c) == l.field {
				return l.field, l, true
			}
		case "pair_pattern":
			k, v := c.ChildByFieldName("key"), c.ChildByFieldName("value")
			if k != nil && v != nil && t.Text(k) == l.field && v.Type() == "identifier" {
				return t.Text(v), l, true
			}
		}
	}
	return "", matcherList{}, false
}

// step is the step of one conjunction of an if statement's condition.
func (h *handler) step(conj []atom, at rules.Position, protect bool, test string) mwStep {
	st := mwStep{at: at, protect: protect, test: test}
	for _, a := range conj {
		switch {
		case a.auth:
		case a.m != nil:
			st.conds = append(st.conds, mwCond{m: a.m, negate: a.negate})
		case a.path != nil:
			st.conds = append(st.conds, mwCond{path: a.path, text: a.text, signedIn: a.signedIn, host: a.host})
		default:
			st.unknown = true
		}
	}
	return st
}

// directly: a statement of the block itself, not one under an if of its
// own, does what does says (protects, returns).
func (h *handler) directly(block *sitter.Node, does func(*sitter.Node) bool) bool {
	for _, s := range blockStatements(block) {
		if s.Type() != "if_statement" && does(s) {
			return true
		}
	}
	return false
}

// blockStatements are a statement block's statements.
func blockStatements(block *sitter.Node) []*sitter.Node {
	out := make([]*sitter.Node, 0, block.NamedChildCount())
	for i := 0; i < int(block.NamedChildCount()); i++ {
		out = append(out, block.NamedChild(i))
	}
	return out
}

// handlerStatements lists a handler body's statements, a try block's in
// place of the try when its catch always throws (`try { … auth.protect() …
// } catch (e) { log(e); throw e }`) or throws again Next's redirect and
// not-found errors before anything else (rethrowsProtect): auth.protect()'s
// throw still ends the request there. A try whose catch may swallow it, or
// with a finally, is left whole (and read as no protection).
func handlerStatements(t *js.Tree, body *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	for i := 0; i < int(body.NamedChildCount()); i++ {
		s := body.NamedChild(i)
		if s.Type() == "try_statement" && s.ChildByFieldName("finalizer") == nil && catchRethrows(t, s) {
			if b := s.ChildByFieldName("body"); b != nil {
				out = append(out, handlerStatements(t, b)...)
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// catchRethrows: the try's catch always throws, or throws again what
// auth.protect() throws (rethrowsProtect).
func catchRethrows(t *js.Tree, try *sitter.Node) bool {
	c := try.ChildByFieldName("handler")
	if c == nil {
		return false
	}
	cb := c.ChildByFieldName("body")
	return cb != nil && (js.ExitOf(t, cb).Kind == js.ExitThrow || rethrowsProtect(t, cb))
}

// protectThrows are the tests of a caught error that name what
// auth.protect() throws for a signed-out request: Next's redirect error
// (a page request, sent to sign-in) and its not-found or HTTP fallback error
// (any other request: a 404). A catch must throw again on both.
var protectThrows = [2][]string{
	{"NEXT_REDIRECT", "isRedirectError", "isNextRouterError"},
	{"NEXT_HTTP_ERROR_FALLBACK", "NEXT_NOT_FOUND", "isNotFoundError", "isHTTPAccessFallbackError", "isNextRouterError"},
}

// rethrowsProtect reports a catch block that, before any statement that
// can end the request otherwise, throws the error again when it is one of
// auth.protect()'s (`if (err.message === 'NEXT_REDIRECT') throw err`, Next's
// unstable_rethrow(err)), whatever it does with other errors.
func rethrowsProtect(t *js.Tree, cb *sitter.Node) bool {
	var seen [2]bool
	for i := 0; i < int(cb.NamedChildCount()); i++ {
		s := cb.NamedChild(i)
		switch s.Type() {
		case "if_statement":
			cond, cons := s.ChildByFieldName("condition"), s.ChildByFieldName("consequence")
			if cond == nil || cons == nil {
				return false
			}
			if js.ExitOf(t, cons).Kind != js.ExitThrow || s.ChildByFieldName("alternative") != nil {
				if containsReturn(cons) {
					return false
				}
				continue
			}
			text := t.Text(cond)
			for k, names := range protectThrows {
				for _, n := range names {
					seen[k] = seen[k] || strings.Contains(text, n)
				}
			}
		case "expression_statement":
			if s.NamedChildCount() == 0 {
				continue
			}
			if e := js.Unwrap(s.NamedChild(0)); e != nil && e.Type() == "call_expression" && strings.HasSuffix(calleeText(t, e), "unstable_rethrow") {
				return true
			}
		case "return_statement", "throw_statement":
			return seen[0] && seen[1]
		default:
			if containsReturn(s) {
				return false
			}
		}
		if seen[0] && seen[1] {
			return true
		}
	}
	return seen[0] && seen[1]
}

// containsReturn reports a return statement in n outside nested functions.
func containsReturn(n *sitter.Node) bool {
	if n.Type() == "return_statement" {
		return true
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		if c := n.NamedChild(i); !isFunc(c) && containsReturn(c) {
			return true
		}
	}
	return false
}

func paramText(t *js.Tree, p *sitter.Node) string {
	if p.Type() == "required_parameter" || p.Type() == "optional_parameter" {
		if pat := p.ChildByFieldName("pattern"); pat != nil {
			return t.Text(pat)
		}
	}
	return t.Text(p)
}

type handler struct {
	t        *js.Tree
	auth     string
	matchers map[string]*routeMatcher
	lists    map[string]matcherList // see matcherList
	state    map[string]bool        // names bound from auth(): userId, isAuthenticated, …
	// conds compiles the handler's own path tests (nil: a reader that
	// wants only the matchers), over the locals bound so far.
	conds  *js.PathConds
	locals map[string]*sitter.Node
	// caught: the statements read are in a try whose catch may swallow a
	// throw, so auth.protect() there protects nothing.
	caught int
}

// atom is one conjunct of a condition.
type atom struct {
	m      *routeMatcher
	negate bool
	auth   bool // tests the auth state for absence (true for an anonymous request)
	// path is any other conjunct, evaluated on the URL for a signed-out
	// request (a path test; a session read, absent; unknown otherwise).
	path     js.PathCond
	text     string
	signedIn bool // path is a read of the session, false when signed out
	host     bool // path reads the request's host (mwCond.host)
}

// dnf turns a condition into alternatives of conjunctions.
func (h *handler) dnf(n *sitter.Node) [][]atom { return h.dnfAt(n, 0) }

// maxCondDepth bounds how far a condition is followed through the locals
// it names.
const maxCondDepth = 8

// product is the conjunction of two alternatives of conjunctions.
func product(l, r [][]atom) [][]atom {
	var out [][]atom
	for _, a := range l {
		for _, b := range r {
			out = append(out, append(append([]atom{}, a...), b...))
		}
	}
	return out
}

// local is the value of a handler local a condition names (`const
// isProtected = !isPublic`), nil for any other expression or a name bound
// from auth().
func (h *handler) local(n *sitter.Node, depth int) *sitter.Node {
	if n.Type() != "identifier" || depth >= maxCondDepth || h.state[h.t.Text(n)] {
		return nil
	}
	return h.locals[h.t.Text(n)]
}

func (h *handler) dnfAt(n *sitter.Node, depth int) [][]atom {
	t := h.t
	n = js.Unwrap(n)
	if v := h.local(n, depth); v != nil {
		return h.dnfAt(v, depth+1)
	}
	switch n.Type() {
	case "binary_expression":
		op := n.ChildByFieldName("operator")
		l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op != nil && l != nil && r != nil {
			switch t.Text(op) {
			case "||":
				return append(h.dnfAt(l, depth), h.dnfAt(r, depth)...)
			case "&&":
				return product(h.dnfAt(l, depth), h.dnfAt(r, depth))
			case "!==", "!=":
				// sessionClaims?.metadata?.role !== 'admin' (Clerk's basic RBAC
				// guide): the claims are null for an anonymous request.
				if (present(r) && h.stateRooted(l)) || (present(l) && h.stateRooted(r)) {
					return [][]atom{{{auth: true}}}
				}
			case "===", "==":
				if (nullish(t, r) && h.stateRooted(l)) || (nullish(t, l) && h.stateRooted(r)) {
					return [][]atom{{{auth: true}}}
				}
			}
		}
	case "unary_expression":
		if op := n.ChildByFieldName("operator"); op != nil && t.Text(op) == "!" {
			arg := js.Unwrap(n.ChildByFieldName("argument"))
			if a, ok := h.atomOf(arg); ok {
				if a.m != nil {
					a.negate = !a.negate
					return [][]atom{{a}}
				}
			}
			if h.isState(arg) || h.stateRooted(arg) || h.listLacks(arg) {
				return [][]atom{{{auth: true}}}
			}
			if h.local(arg, depth) != nil || isLogical(t, arg) {
				// !isPublic, !(isPublicRoute(req) || isAsset(path))
				return h.negation(arg, depth)
			}
		}
	}
	if a, ok := h.atomOf(n); ok {
		return [][]atom{{a}}
	}
	if h.conds != nil {
		return [][]atom{{{path: h.conds.Cond(n, h.locals), text: condText(t, n), signedIn: h.isState(n) || h.stateRooted(n), host: h.readsHost(n, 0)}}}
	}
	return [][]atom{{{}}}
}

// isLogical: n is an && or || expression.
func isLogical(t *js.Tree, n *sitter.Node) bool {
	if n.Type() != "binary_expression" {
		return false
	}
	op := n.ChildByFieldName("operator")
	return op != nil && (t.Text(op) == "&&" || t.Text(op) == "||")
}

// negation is the dnf of !n, pushed through && and || (De Morgan) and the
// locals n names, so a matcher under it stays a matcher atom.
func (h *handler) negation(n *sitter.Node, depth int) [][]atom {
	t := h.t
	n = js.Unwrap(n)
	if v := h.local(n, depth); v != nil {
		return h.negation(v, depth+1)
	}
	if isLogical(t, n) {
		l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if t.Text(n.ChildByFieldName("operator")) == "||" {
			return product(h.negation(l, depth), h.negation(r, depth))
		}
		return append(h.negation(l, depth), h.negation(r, depth)...)
	}
	if n.Type() == "unary_expression" {
		if op := n.ChildByFieldName("operator"); op != nil && t.Text(op) == "!" {
			return h.dnfAt(n.ChildByFieldName("argument"), depth)
		}
	}
	if a, ok := h.atomOf(n); ok {
		a.negate = !a.negate
		return [][]atom{{a}}
	}
	if h.isState(n) || h.stateRooted(n) {
		return [][]atom{{{auth: true}}}
	}
	if h.conds != nil {
		c := h.conds.Cond(n, h.locals)
		return [][]atom{{{path: func(u string) (js.Tri, js.PathHit) {
			v, hit := c(u)
			return v.Not(), hit
		}, text: "!" + condText(t, n), host: h.readsHost(n, 0)}}}
	}
	return [][]atom{{{}}}
}

// condText is a condition as written, on one line and shortened, for
// messages.
func condText(t *js.Tree, n *sitter.Node) string {
	s := []rune(strings.Join(strings.Fields(t.Text(js.Unwrap(n))), " "))
	if len(s) > 80 {
		return string(s[:77]) + "..."
	}
	return string(s)
}

func (h *handler) atomOf(n *sitter.Node) (atom, bool) {
	switch n.Type() {
	case "call_expression":
		if rm := h.matchers[calleeText(h.t, n)]; rm != nil {
			return atom{m: rm}, true
		}
	case "member_expression":
		// authMiddleware's afterAuth: auth.isPublicRoute, auth.isApiRoute.
		if rm := h.matchers[strings.ReplaceAll(h.t.Text(n), "?.", ".")]; rm != nil {
			return atom{m: rm}, true
		}
	}
	return atom{}, false
}

// listLacks: n is `allowed.includes(role)` with role read from the auth
// state: an anonymous request has no role, which no list of role names
// holds, so `!allowed.includes(role)` holds for it.
func (h *handler) listLacks(n *sitter.Node) bool {
	if n.Type() != "call_expression" {
		return false
	}
	f, args := js.Unwrap(n.ChildByFieldName("function")), n.ChildByFieldName("arguments")
	if f == nil || f.Type() != "member_expression" || args == nil || args.NamedChildCount() != 1 {
		return false
	}
	if p := f.ChildByFieldName("property"); p == nil || h.t.Text(p) != "includes" {
		return false
	}
	a := js.Unwrap(args.NamedChild(0))
	return h.isState(a) || h.stateRooted(a)
}

// isState: userId, isAuthenticated, (await auth()).userId, auth().userId.
func (h *handler) isState(n *sitter.Node) bool {
	switch n.Type() {
	case "identifier":
		return h.state[h.t.Text(n)]
	case "member_expression":
		return strings.HasPrefix(strings.ReplaceAll(h.t.Text(n), "await ", ""), h.auth)
	}
	return false
}

// stateRooted: n is read from the auth state, so it is null, undefined or
// false for an anonymous request: a member chain or call on a name bound from
// auth() (sessionClaims?.metadata?.role, has({ role })) or on auth() itself
// ((await auth()).sessionClaims?.metadata?.role).
func (h *handler) stateRooted(n *sitter.Node) bool {
	for n = js.Unwrap(n); n != nil; {
		switch n.Type() {
		case "member_expression", "subscript_expression":
			n = js.Unwrap(n.ChildByFieldName("object"))
		case "call_expression":
			f := js.Unwrap(n.ChildByFieldName("function"))
			if f != nil && f.Type() == "identifier" {
				return h.t.Text(f) == h.auth || h.state[h.t.Text(f)]
			}
			n = f
		case "identifier":
			return h.state[h.t.Text(n)]
		default:
			return false
		}
	}
	return false
}

// present: a literal that is not null, undefined or false.
func present(n *sitter.Node) bool {
	switch js.Unwrap(n).Type() {
	case "string", "template_string", "number", "true":
		return true
	}
	return false
}

func nullish(t *js.Tree, n *sitter.Node) bool {
	n = js.Unwrap(n)
	return n.Type() == "null" || n.Type() == "undefined" || (n.Type() == "identifier" && t.Text(n) == "undefined")
}

func (h *handler) bindState(decl *sitter.Node) {
	t := h.t
	for i := 0; i < int(decl.NamedChildCount()); i++ {
		d := decl.NamedChild(i)
		name, v := d.ChildByFieldName("name"), d.ChildByFieldName("value")
		if name != nil && v != nil && name.Type() == "identifier" && h.stateRooted(v) {
			// const role = (sessionClaims?.metadata as Meta)?.role: read from
			// the auth state, so missing for an anonymous request too.
			h.state[t.Text(name)] = true
			continue
		}
		if name == nil || v == nil || !namesWord(t.Text(v), h.auth) {
			continue
		}
		if name.Type() == "identifier" {
			h.state[t.Text(name)] = true
			continue
		}
		for j := 0; j < int(name.NamedChildCount()); j++ {
			c := name.NamedChild(j)
			switch c.Type() {
			case "shorthand_property_identifier_pattern":
				h.state[t.Text(c)] = true
			case "pair_pattern":
				if val := c.ChildByFieldName("value"); val != nil {
					h.state[t.Text(val)] = true
				}
			}
		}
	}
}

// namesWord reports whether src names the identifier w (auth() in
// `await auth()`, not in `authRoutes.includes(pathname)`).
func namesWord(src, w string) bool {
	for i := 0; w != ""; {
		j := strings.Index(src[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if (j == 0 || !identByte(src[j-1])) && (end == len(src) || !identByte(src[end])) {
			return true
		}
		i = j + 1
	}
	return false
}

func identByte(b byte) bool {
	return b == '_' || b == '$' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// protects reports auth.protect() / auth().protect() / a redirectToSignIn
// return among n's statements (n itself or a block's top level).
func (h *handler) protects(n *sitter.Node) bool {
	if h.caught > 0 {
		return false
	}
	found := false
	h.walk(n, func(c *sitter.Node) {
		if c.Type() != "call_expression" {
			return
		}
		text := strings.ReplaceAll(calleeText(h.t, c), " ", "")
		text = strings.ReplaceAll(text, "await", "")
		switch {
		case text == h.auth+".protect", text == h.auth+"().protect", text == "("+h.auth+"()).protect":
			found = true
		case strings.HasSuffix(text, "redirectToSignIn"):
			found = true
		}
	})
	return found
}

// passes reports that every return in n hands the request on unchanged:
// `return NextResponse.next()` or a bare return, so an exit for signed-out
// requests there lets them through.
func (h *handler) passes(n *sitter.Node) bool {
	some, all := false, true
	h.walk(n, func(c *sitter.Node) {
		if c.Type() != "return_statement" {
			return
		}
		some = true
		if c.NamedChildCount() == 0 {
			return
		}
		v := js.Unwrap(c.NamedChild(0))
		all = all && v.Type() == "call_expression" && strings.HasSuffix(calleeText(h.t, v), ".next")
	})
	return some && all
}

// denies reports a return in n of a redirect or of a response the
// middleware builds itself (new NextResponse(…, { status: 401 }),
// NextResponse.json(…)): the route's own handler does not run.
func (h *handler) denies(n *sitter.Node) bool {
	found := false
	h.walk(n, func(c *sitter.Node) {
		if c.Type() != "return_statement" || c.NamedChildCount() == 0 {
			return
		}
		v := js.Unwrap(c.NamedChild(0))
		switch v.Type() {
		case "new_expression":
			if k := v.ChildByFieldName("constructor"); k != nil && (h.t.Text(k) == "Response" || h.t.Text(k) == "NextResponse") {
				found = true
			}
		case "call_expression":
			switch callee := calleeText(h.t, v); {
			case callee == "redirect", strings.HasSuffix(callee, ".redirect"),
				callee == "Response.json", callee == "NextResponse.json", callee == "Response.redirect":
				found = true
			}
		}
	})
	return found
}

// exits reports a return in n (an early exit).
func (h *handler) exits(n *sitter.Node) bool {
	found := false
	h.walk(n, func(c *sitter.Node) {
		if c.Type() == "return_statement" {
			found = true
		}
	})
	return found
}

// walk visits n and its descendants, not entering nested functions.
func (h *handler) walk(n *sitter.Node, fn func(*sitter.Node)) {
	fn(n)
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		if isFunc(c) {
			continue
		}
		h.walk(c, fn)
	}
}

// stringValue is a string literal's value with JavaScript escapes decoded
// ('\\.' is a backslash and a dot to path-to-regexp).
func stringValue(t *js.Tree, n *sitter.Node) string {
	raw := js.Unquote(t, n)
	if !strings.Contains(raw, `\`) {
		return raw
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' || i+1 >= len(raw) {
			b.WriteByte(c)
			continue
		}
		i++
		switch raw[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '0':
			b.WriteByte(0)
		case 'x':
			if i+2 < len(raw) {
				if v, err := strconv.ParseUint(raw[i+1:i+3], 16, 8); err == nil {
					b.WriteByte(byte(v))
					i += 2
					continue
				}
			}
			b.WriteByte('x')
		case 'u':
			if i+4 < len(raw) {
				if v, err := strconv.ParseUint(raw[i+1:i+5], 16, 32); err == nil {
					b.WriteRune(rune(v))
					i += 4
					continue
				}
			}
			b.WriteByte('u')
		default:
			b.WriteByte(raw[i])
		}
	}
	return b.String()
}

// readsHost reports a read of the request's host in n, through the
// handler's locals (const hostname = req.headers.get('host')) and into the
// arguments of a call (isMainSite(hostname)): a .host or .hostname member,
// or a get('host') / get('x-forwarded-host') call.
func (h *handler) readsHost(n *sitter.Node, depth int) bool {
	if n == nil || depth >= maxCondDepth {
		return false
	}
	found := false
	h.walk(n, func(c *sitter.Node) {
		if found {
			return
		}
		switch c.Type() {
		case "identifier":
			if v := h.locals[h.t.Text(c)]; v != nil && v != n {
				found = h.readsHost(v, depth+1)
			}
		case "member_expression":
			if p := c.ChildByFieldName("property"); p != nil && (h.t.Text(p) == "host" || h.t.Text(p) == "hostname") {
				found = true
			}
		case "call_expression":
			f, args := js.Unwrap(c.ChildByFieldName("function")), c.ChildByFieldName("arguments")
			if f != nil && f.Type() == "member_expression" && args != nil && args.NamedChildCount() == 1 {
				if p := f.ChildByFieldName("property"); p != nil && h.t.Text(p) == "get" {
					if a := js.Unwrap(args.NamedChild(0)); a.Type() == "string" {
						k := strings.ToLower(js.Unquote(h.t, a))
						found = k == "host" || k == "x-forwarded-host"
					}
				}
			}
		}
	})
	return found
}

// readsAuth reports a call of the handler's auth or a read of a name bound
// from it inside n.
func (h *handler) readsAuth(n *sitter.Node) bool {
	found := false
	h.walk(n, func(c *sitter.Node) {
		switch c.Type() {
		case "call_expression":
			if f := c.ChildByFieldName("function"); f != nil && strings.HasPrefix(h.t.Text(js.Unwrap(f)), h.auth) {
				found = true
			}
		case "identifier":
			found = found || h.state[h.t.Text(c)]
		}
	})
	return found
}

// PublicRule is the entry of the app's own public list that lets a URL
// through: a createRouteMatcher pattern the handler exempts from protection,
// or a v4 publicRoutes/ignoredRoutes entry.
type PublicRule struct {
	Matcher string // isPublicRoute, publicRoutes
	Pattern string // the entry as written: "/api(.*)"
	At      rules.Position
	// Broad: the entry covers a whole tree rather than naming the endpoint
	// (its literal prefix has at most one segment: "/(.*)", "/api(.*)").
	Broad bool
	// Tree: a narrow entry with a wildcard ("/api/books/(.*)"): it names a
	// resource's URL tree, not this endpoint.
	Tree bool
	// pat is the entry, to ask which other URLs it lets through.
	pat *Pattern
}

// PublicBy returns the public-list entry that makes the middleware let url
// through (ok false when none does: the URL is protected, or unprotected for
// another reason such as a denylist that does not name it). An entry that
// names the URL exactly wins over a tree's wildcard, which wins over a broad
// pattern.
func (mw *Middleware) PublicBy(url string) (PublicRule, bool) {
	if v, _ := mw.Evaluate(url); v != Unprotected {
		return PublicRule{}, false
	}
	var best PublicRule
	found := false
	rank := func(r PublicRule) int {
		switch {
		case r.Broad:
			return 0
		case r.Tree:
			return 1
		}
		return 2
	}
	for _, st := range mw.steps {
		if st.unknown || slices.ContainsFunc(st.conds, func(c mwCond) bool { return c.host }) {
			// A step that redirects elsewhere (to onboarding) or tests
			// what the analysis cannot read lets nothing through by itself;
			// one for some hosts only is their routing, not a public list.
			continue
		}
		for _, c := range st.conds {
			if c.path != nil {
				// A path test of the handler's own list that lets the URL
				// through: it holds on an early return, or exempts the URL
				// from a protecting step (!publicRoutes.includes(pathname)).
				if ok, known, hit := c.holds(url); known && hit.Kind != js.NoHit && ok != st.protect {
					if r := hitRule(c.text, hit, st.at); !found || rank(r) > rank(best) {
						best, found = r, true
					}
				}
				continue
			}
			// A step that returns early for a matcher (allowlist), or that
			// protects all but a matcher's URLs (if (!isPublic(req)) protect).
			if c.m.unknown || (st.protect != c.negate) {
				continue
			}
			for _, p := range c.m.pats {
				if ok, err := p.Match(url); err == nil && ok {
					r := PublicRule{Matcher: c.m.name, Pattern: p.Source, At: st.at, Broad: broadPattern(p.Source), pat: p}
					r.Tree = !r.Broad && strings.ContainsAny(p.Source, "(:*[{^$\\?+")
					if !found || rank(r) > rank(best) {
						best, found = r, true
					}
				}
			}
		}
	}
	return best, found
}

// hitRule is the public-list entry of a path test's literal: a name for an
// exact comparison, the literal with '(.*)' after it for a prefix, and a
// broad entry for a test that may match anywhere in the path (endsWith, a
// substring, a regex).
func hitRule(test string, hit js.PathHit, at rules.Position) PublicRule {
	r := PublicRule{Matcher: test, Pattern: hit.Lit, At: at}
	switch hit.Kind {
	case js.HitPrefix:
		r.Pattern = hit.Lit + "(.*)"
		r.Broad = broadPattern(r.Pattern)
		r.Tree = !r.Broad
	case js.HitOther:
		r.Broad = true
		return r
	}
	if !strings.ContainsAny(hit.Lit, "():*?+{}[]\\") {
		r.pat, _ = RoutePattern(r.Pattern)
	}
	return r
}

// broadPattern: a route pattern whose literal prefix has at most one segment
// and that goes on with a wildcard or a parameter ("/(.*)", "/api(.*)",
// "/api/:path*", "/trpc(.*)"); "/api/products(.*)" and "/status" name
// endpoints.
func broadPattern(src string) bool {
	i := strings.IndexAny(src, "(:*[{^$\\?+")
	if i < 0 {
		return false // a literal path names its endpoint
	}
	prefix := strings.Trim(src[:i], "/")
	if prefix != "" && !apiRoot.MatchString(prefix) && oneSegmentParams.MatchString(src[i:]) {
		return false // "/threads/:id": one thread's page, not a tree ("/api/:id" is every endpoint's first level)
	}
	return prefix == "" || !strings.Contains(prefix, "/")
}

// oneSegmentParams: the rest of a pattern after its literal prefix holds
// only parameters that match one segment each (":id", not ":path*") and
// literal segments.
var oneSegmentParams = lazyregexp.New(`^:\w+(?:/(?::\w+|[\w.-]+))*/?$`)

// apiRoot: a literal prefix that roots the app's whole API.
var apiRoot = lazyregexp.New(`(?i)^(?:api|trpc|rpc|graphql)$`)
