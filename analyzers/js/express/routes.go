package express

// Reading one file's routers: the apps and routers it creates, the route,
// middleware and mount registrations on each in source order, and what it
// exports. Plain values only: the tree is closed when the file is read.

import (
	"bytes"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
)

// router is an Express app or Router, a Fastify instance or plugin
// context, or a Hono app, as created in one file.
type router struct {
	framework string
	app       bool   // express(), fastify(), new Hono(): a root of the routing tree
	file      string // where it is created
	name      string
	at        endpoint.Pos
	// base is a Hono basePath: every registration on it is under it.
	base string
	// parent is the router a Hono basePath() was called on: its middleware
	// covers this one's routes.
	parent *router
	regs   []*reg
	// mounted: something mounts it (a parent reaches its routes).
	mounted bool
}

type regKind uint8

const (
	regRoute regKind = iota
	regUse           // middleware for the paths under path
	regHook          // a Fastify onRequest/preHandler hook (order does not matter)
)

// reg is one registration on a router.
type reg struct {
	kind    regKind
	methods []string // upper case; nil: any
	path    string
	dynamic bool // the path is not a literal
	layers  []*layer
	handler *layer
	at      endpoint.Pos
	order   int
}

// layer is one middleware, handler or mounted router as written in a
// registration's arguments.
type layer struct {
	file string
	// One of: a call (clerkMiddleware(), requireAuth(), a factory), a name
	// (a function, a const bound to a call, an import, a router), an inline
	// function.
	call  *js.Callee
	ident string
	fn    *js.Func
	// fnStart is the inline function's start, for a Fastify plugin.
	fnStart uint32
	// wrapped is the handler a call wraps (asyncHandler(async (req, res)
	// => …), catchAsync(listUsers)): a function or a name.
	wrapped      *js.Func
	wrappedIdent string
	what         string
	at           endpoint.Pos
	// optsKept: the call's first argument is not a plain options object
	// (a verify callback that keeps the raw bytes, a type narrowing what it
	// parses, a spread or a variable), so a body parser's effect is unknown.
	optsKept bool
	// sub is the router the argument is, once linked.
	sub *router
}

// fileRouters is what one file contributes.
type fileRouters struct {
	path string
	mod  *js.Module
	// routers in creation order; byScope finds a name's router from a
	// scope (the start byte of the enclosing block).
	routers []*router
	byScope map[scopeKey]*router
	top     map[string]*router // declared at the top level
	// consts are top-level names bound to a call (`const auth =
	// ClerkExpressRequireAuth()`), for middleware passed by name.
	consts map[string]js.Callee
	// constOpts: the const's call has options optsKept describes.
	constOpts map[string]bool
	// factories are top-level functions returning a router; params are
	// functions whose first parameter is used as a router (a Fastify
	// plugin, `function routes(app) { app.get(…) }`), by function name and
	// by the inline function's start.
	factories map[string]*router
	params    map[string]*router
	inline    map[uint32]*router
	// anon are routers created inside a chain (new Hono().get(…)), by the
	// creating expression's start.
	anon map[uint32]*router
	// calls are top-level calls passing a router to a project function
	// (`registerRoutes(app)`, `require('./routes')(app)`).
	calls []paramCall
	// exports maps an exported name ("default" for module.exports = x and
	// export default x) to the local name.
	exports map[string]string
	// fns are facts about the file's functions, by their start (the
	// js.Func position).
	fns map[[2]int]*fnFacts
	// framework is the app's, when it depends on one framework only: a
	// parameter router's when its file names none.
	framework string
}

// fnFacts are what a function's body reads from its request parameter.
type fnFacts struct {
	// authReads are reads of a request field holding the auth state
	// (req.auth, req.auth()).
	authReads []endpoint.Pos
	inputs    []endpoint.Input
	// tested are names an if-condition tests for presence (`if (userId)`):
	// the code using them runs only with a session.
	tested map[string]bool
	// stops are the lines of its return statements other than `return
	// next()` (which hands the request on).
	stops []int
	// env are the server secrets its response carries (envRead once).
	env     []endpoint.Effect
	envRead bool
}

func (f *fileRouters) facts(fn *js.Func) *fnFacts {
	if fn == nil {
		return nil
	}
	return f.fns[[2]int{fn.Pos.Line, fn.Pos.Column}]
}

// paramCall is `fn(router)` at top level: fn's parameter router is the
// argument router, registered at this point.
type paramCall struct {
	callee js.Callee
	spec   string // require('./x')(app): the module whose default is called
	arg    *router
	order  int
	at     endpoint.Pos
}

type scopeKey struct {
	scope uint32
	name  string
}

var (
	expressVerbs = set("get", "post", "put", "patch", "delete", "head", "options", "all")
	honoVerbs    = set("get", "post", "put", "patch", "delete", "head", "options", "all", "on")
)

func set(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// reader reads one file.
type reader struct {
	t   *js.Tree
	f   *fileRouters
	ord int
}

func readFile(t *js.Tree, path string, mod *js.Module, framework string) *fileRouters {
	f := &fileRouters{path: path, mod: mod, framework: framework, byScope: map[scopeKey]*router{}, consts: map[string]js.Callee{}, constOpts: map[string]bool{},
		factories: map[string]*router{}, params: map[string]*router{}, inline: map[uint32]*router{}, exports: map[string]string{},
		fns: map[[2]int]*fnFacts{}, top: map[string]*router{}, anon: map[uint32]*router{}}
	for name, e := range mod.Exports {
		if e.From == nil && e.Local != "" {
			f.exports[name] = e.Local
		}
	}
	r := &reader{t: t, f: f}
	r.walk(t.Root())
	r.topLevel(t.Root())
	return f
}

// pkgOf is the package a local name is imported from, and its imported name.
func (r *reader) pkgOf(name string) (string, string) {
	in := r.f.mod.Locals[name]
	if in == nil || in.Import == nil {
		return "", ""
	}
	return in.Import.Spec, in.Imported
}

// creates reports the router a value creates: express(), express.Router(),
// Router(), fastify(), Fastify({…}), new Hono().
func (r *reader) creates(v *sitter.Node) (framework string, app bool) {
	v = js.Unwrap(v)
	switch v.Type() {
	case "new_expression":
		c := v.ChildByFieldName("constructor")
		if c == nil || c.Type() != "identifier" {
			return "", false
		}
		pkg, imp := r.pkgOf(r.t.Text(c))
		if (pkg == "hono" || strings.HasPrefix(pkg, "hono/")) && imp == "Hono" {
			return "hono", true
		}
	case "call_expression":
		c := js.CalleeOf(r.t, v)
		pkg, imp := r.pkgOf(c.Root)
		switch {
		case pkg == "express" && (imp == "default" || imp == "*") && len(c.Path) == 0:
			return "express", true
		case pkg == "express" && (imp == "default" || imp == "*") && len(c.Path) == 1 && c.Path[0] == "Router":
			return "express", false
		case pkg == "express" && imp == "Router" && len(c.Path) == 0:
			return "express", false
		case pkg == "fastify" && len(c.Path) == 0 && (imp == "default" || imp == "*" || imp == "fastify" || imp == "Fastify"):
			return "fastify", true
		}
	}
	return "", false
}

// scopeOf is the start byte of the block a declaration at n belongs to.
func scopeOf(n *sitter.Node) uint32 {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Type() {
		case "statement_block", "program":
			return p.StartByte()
		}
		if js.IsFunc(p) {
			if b := p.ChildByFieldName("body"); b != nil {
				return b.StartByte()
			}
			return p.StartByte()
		}
	}
	return 0
}

// lookup finds the router a name denotes at n: the innermost enclosing
// scope that declares it, or the function parameter used as one.
func (r *reader) lookup(n *sitter.Node, name string) *router {
	// The enclosing nodes come from one descent from the root: Parent()
	// descends from the root on every call, so climbing from the root name
	// of a chain thousands of links deep cost the square of its depth.
	up := []*sitter.Node{n}
	if as := js.Ancestors(r.t.Root(), n); as != nil {
		for i := len(as) - 1; i >= 0; i-- {
			up = append(up, as[i])
		}
	} else {
		for p := n.Parent(); p != nil; p = p.Parent() {
			up = append(up, p)
		}
	}
	for _, p := range up {
		switch {
		case p.Type() == "statement_block" || p.Type() == "program":
			if rt := r.f.byScope[scopeKey{p.StartByte(), name}]; rt != nil {
				return rt
			}
		case js.IsFunc(p):
			if rt := r.paramRouter(p, name); rt != nil {
				return rt
			}
		}
	}
	return nil
}

// paramRouter is the router of a function whose first parameter is name
// and is used as a router in its body.
func (r *reader) paramRouter(fn *sitter.Node, name string) *router {
	if firstParam(r.t, fn) != name {
		return nil
	}
	if rt := r.f.inline[fn.StartByte()]; rt != nil {
		return rt
	}
	rt := &router{file: r.f.path, name: name, at: r.pos(fn)}
	r.f.inline[fn.StartByte()] = rt
	if fname := js.BoundName(r.t, fn); fname != "" && r.t.EnclosingFunc(fn).Type() == "program" {
		r.f.params[fname] = rt
	}
	return rt
}

func (r *reader) pos(n *sitter.Node) endpoint.Pos {
	p := r.t.Pos(n)
	return endpoint.Pos{File: r.f.path, Line: p.Line, Col: p.Column}
}

// walk visits the file in source order: router declarations first met,
// then registrations.
func (r *reader) walk(root *sitter.Node) {
	js.Walk(root, func(n *sitter.Node) bool {
		switch n.Type() {
		case "variable_declarator":
			name, v := n.ChildByFieldName("name"), n.ChildByFieldName("value")
			if name == nil || v == nil || name.Type() != "identifier" {
				return true
			}
			if fw, app := r.creates(v); fw != "" {
				rt := &router{framework: fw, app: app, file: r.f.path, name: r.t.Text(name), at: r.pos(n)}
				r.declare(n, rt)
				return true
			}
			// const app = new Hono().basePath('/api').get(…): the chain's
			// innermost value creates the router.
			if inner, base := r.chainRoot(v); inner != nil {
				if fw, app := r.creates(inner); fw != "" {
					rt := &router{framework: fw, app: app, file: r.f.path, name: r.t.Text(name), at: r.pos(n), base: base}
					r.declare(n, rt)
					r.f.anon[inner.StartByte()] = rt
					return true
				}
			}
			// const api = app.basePath('/api') (Hono)
			if u := js.Unwrap(v); u.Type() == "call_expression" {
				c := js.CalleeOf(r.t, u)
				if len(c.Path) == 1 && c.Path[0] == "basePath" {
					if base := r.lookup(n, c.Root); base != nil {
						rt := &router{framework: base.framework, file: r.f.path, name: r.t.Text(name), at: r.pos(n),
							base: joinPath(base.base, r.firstString(u)), parent: base, mounted: true}
						r.declare(n, rt)
						return true
					}
				}
			}
		case "call_expression":
			r.registration(n)
		case "member_expression":
			r.requestRead(n)
			r.envRead(n)
		case "subscript_expression":
			r.envRead(n)
		case "if_statement":
			r.presenceTest(n)
		case "return_statement":
			r.returnStmt(n)
		}
		return true
	})
}

// returnStmt records where a function returns something other than its
// next parameter's call: `if (skip) return next()` hands the request on
// and ends nothing.
func (r *reader) returnStmt(n *sitter.Node) {
	fn := r.t.EnclosingFunc(n)
	if fn == nil {
		return
	}
	if n.NamedChildCount() > 0 {
		if v := js.Unwrap(n.NamedChild(0)); v.Type() == "call_expression" {
			if c := js.CalleeOf(r.t, v); len(c.Path) == 0 && c.Root != "" && c.Root == lastParam(r.t, fn) {
				return
			}
		}
	}
	ff := r.factsFor(fn)
	ff.stops = append(ff.stops, r.pos(n).Line)
}

// lastParam is a function's last parameter's name ("" when not a plain name).
func lastParam(t *js.Tree, fn *sitter.Node) string {
	ps := fn.ChildByFieldName("parameters")
	if ps == nil || ps.NamedChildCount() == 0 {
		return ""
	}
	last := ps.NamedChild(int(ps.NamedChildCount()) - 1)
	if last.Type() == "required_parameter" || last.Type() == "optional_parameter" {
		last = last.ChildByFieldName("pattern")
	}
	if last == nil || last.Type() != "identifier" {
		return ""
	}
	return t.Text(last)
}

// presenceTest records `if (userId)` / `if (auth?.userId && …)`: the names
// a condition requires present.
func (r *reader) presenceTest(n *sitter.Node) {
	cond := js.Unwrap(n.ChildByFieldName("condition"))
	fn := r.t.EnclosingFunc(n)
	if cond == nil || !js.IsFunc(fn) {
		return
	}
	var names []string
	var visit func(e *sitter.Node)
	visit = func(e *sitter.Node) {
		e = js.Unwrap(e)
		switch e.Type() {
		case "identifier":
			names = append(names, r.t.Text(e))
		case "member_expression":
			if c := memberCallee(r.t, e); c.Valid() {
				names = append(names, c.Root)
			}
		case "binary_expression":
			if op := e.ChildByFieldName("operator"); op != nil && r.t.Text(op) == "&&" {
				visit(e.ChildByFieldName("left"))
				visit(e.ChildByFieldName("right"))
			}
		}
	}
	visit(cond)
	if len(names) == 0 {
		return
	}
	ff := r.factsFor(fn)
	if ff.tested == nil {
		ff.tested = map[string]bool{}
	}
	for _, nm := range names {
		ff.tested[nm] = true
	}
}

// requestInputs are the request fields that carry client input, by
// framework spelling (req.params, request.query, c.req.param()).
var requestInputs = map[string]endpoint.InputKind{
	"params": endpoint.PathParam, "param": endpoint.PathParam, "query": endpoint.Query, "queries": endpoint.Query,
	"body": endpoint.Body, "json": endpoint.Body, "parseBody": endpoint.Body, "formData": endpoint.Form,
	"headers": endpoint.Header, "header": endpoint.Header, "cookies": endpoint.Cookie, "signedCookies": endpoint.Cookie,
}

// requestRead records a read of the enclosing function's first parameter:
// an input (req.body, c.req.json()) or an auth field (req.auth).
func (r *reader) requestRead(n *sitter.Node) {
	obj, prop := js.Unwrap(n.ChildByFieldName("object")), n.ChildByFieldName("property")
	if obj == nil || prop == nil {
		return
	}
	fn := r.t.EnclosingFunc(n)
	if !js.IsFunc(fn) {
		return
	}
	param := firstParam(r.t, fn)
	if param == "" {
		return
	}
	name := r.t.Text(prop)
	switch {
	case obj.Type() == "identifier" && r.t.Text(obj) == param:
	case obj.Type() == "member_expression" && r.t.Text(obj) == param+".req": // Hono c.req.json()
	default:
		return
	}
	ff := r.factsFor(fn)
	if name == "auth" && obj.Type() == "identifier" {
		// used as if set: req.auth.userId, req.auth(), const { userId } = req.auth
		if p := n.Parent(); p != nil && (p.Type() == "member_expression" || p.Type() == "call_expression" || p.Type() == "variable_declarator" || p.Type() == "non_null_expression") {
			ff.authReads = append(ff.authReads, r.pos(n))
		}
		return
	}
	if k, ok := requestInputs[name]; ok {
		for _, in := range ff.inputs {
			if in.Kind == k {
				return
			}
		}
		ff.inputs = append(ff.inputs, endpoint.Input{Kind: k, At: r.pos(n)})
	}
}

// envRead: at a server secret read from process.env, the function around
// it is asked once which such values its response carries
// (js.EnvReturns).
func (r *reader) envRead(n *sitter.Node) {
	if !bytes.HasPrefix(r.t.Src[n.StartByte():], []byte("process")) {
		return
	}
	fn := r.t.EnclosingFunc(n)
	if !js.IsFunc(fn) {
		return
	}
	if ff := r.factsFor(fn); !ff.envRead {
		ff.envRead = true
		ff.env = js.EnvReturns(r.t, r.f.path, fn, false)
	}
}

// factsFor returns the facts of a function node, made on first use.
func (r *reader) factsFor(fn *sitter.Node) *fnFacts {
	key := [2]int{r.t.Pos(fn).Line, r.t.Pos(fn).Column}
	ff := r.f.fns[key]
	if ff == nil {
		ff = &fnFacts{}
		r.f.fns[key] = ff
	}
	return ff
}

func firstParam(t *js.Tree, fn *sitter.Node) string {
	var first *sitter.Node
	if ps := fn.ChildByFieldName("parameters"); ps != nil && ps.NamedChildCount() > 0 {
		first = ps.NamedChild(0)
	} else if p := fn.ChildByFieldName("parameter"); p != nil {
		first = p
	}
	if first != nil && (first.Type() == "required_parameter" || first.Type() == "optional_parameter") {
		first = first.ChildByFieldName("pattern")
	}
	if first == nil || first.Type() != "identifier" {
		return ""
	}
	return t.Text(first)
}

func (r *reader) declare(n *sitter.Node, rt *router) {
	r.f.routers = append(r.f.routers, rt)
	scope := scopeOf(n)
	r.f.byScope[scopeKey{scope, rt.name}] = rt
	if scope == r.t.Root().StartByte() {
		r.f.top[rt.name] = rt
	}
}

// chainRoot is the innermost object of a call chain (x in
// x.basePath('/api').get(…)), and the basePath the chain sets on it.
func (r *reader) chainRoot(v *sitter.Node) (*sitter.Node, string) {
	v = js.Unwrap(v)
	if v.Type() != "call_expression" {
		return nil, ""
	}
	base := ""
	for v.Type() == "call_expression" {
		fnode := js.Unwrap(v.ChildByFieldName("function"))
		if fnode == nil || fnode.Type() != "member_expression" {
			return nil, ""
		}
		if p := fnode.ChildByFieldName("property"); p != nil && r.t.Text(p) == "basePath" {
			base = joinPath(r.firstString(v), base)
			if base == "/" {
				base = ""
			}
		}
		v = js.Unwrap(fnode.ChildByFieldName("object"))
	}
	return v, base
}

// topLevel reads what needs the whole file: consts bound to calls,
// factories returning a router, calls handing a router to a function.
func (r *reader) topLevel(root *sitter.Node) {
	t := r.t
	for i := 0; i < int(root.NamedChildCount()); i++ {
		s := root.NamedChild(i)
		if s.Type() == "export_statement" {
			if d := s.ChildByFieldName("declaration"); d != nil {
				s = d
			}
		}
		switch s.Type() {
		case "lexical_declaration", "variable_declaration":
			for j := 0; j < int(s.NamedChildCount()); j++ {
				d := s.NamedChild(j)
				name, v := d.ChildByFieldName("name"), d.ChildByFieldName("value")
				if name == nil || v == nil || name.Type() != "identifier" {
					continue
				}
				u := js.Unwrap(v)
				switch {
				case u.Type() == "call_expression":
					// const x = require('./x') binds the module, not a middleware built by a call.
					if c := js.CalleeOf(t, u); c.Valid() && !(c.Root == "require" && len(c.Path) == 0) {
						r.f.consts[t.Text(name)] = c
						r.f.constOpts[t.Text(name)] = optsKept(t, u)
					}
				case js.IsFunc(u):
					if rt := r.returned(u); rt != nil {
						r.f.factories[t.Text(name)] = rt
					}
				}
			}
		case "function_declaration":
			if name := s.ChildByFieldName("name"); name != nil {
				if rt := r.returned(s); rt != nil {
					r.f.factories[t.Text(name)] = rt
				}
			}
		case "expression_statement":
			if s.NamedChildCount() > 0 {
				r.handOver(js.Unwrap(s.NamedChild(0)))
			}
		}
	}
}

// returned is the router a function returns (`return router`).
func (r *reader) returned(fn *sitter.Node) *router {
	body := fn.ChildByFieldName("body")
	if body == nil {
		return nil
	}
	if body.Type() != "statement_block" {
		if u := js.Unwrap(body); u.Type() == "identifier" {
			return r.lookup(u, r.t.Text(u))
		}
		return nil
	}
	for i := 0; i < int(body.NamedChildCount()); i++ {
		s := body.NamedChild(i)
		if s.Type() == "return_statement" && s.NamedChildCount() > 0 {
			if u := js.Unwrap(s.NamedChild(0)); u.Type() == "identifier" {
				return r.lookup(u, r.t.Text(u))
			}
		}
	}
	return nil
}

// handOver records `fn(app)` and `require('./routes')(app)` where app is a
// router: fn's parameter router registers on it.
func (r *reader) handOver(call *sitter.Node) {
	if call.Type() != "call_expression" {
		return
	}
	args := call.ChildByFieldName("arguments")
	if args == nil || args.NamedChildCount() == 0 {
		return
	}
	a := js.Unwrap(args.NamedChild(0))
	if a.Type() != "identifier" {
		return
	}
	rt := r.lookup(a, r.t.Text(a))
	if rt == nil {
		return
	}
	pc := paramCall{arg: rt, order: r.orderOf(call), at: r.pos(call)}
	fn := js.Unwrap(call.ChildByFieldName("function"))
	if fn.Type() == "call_expression" { // require('./routes')(app)
		c := js.CalleeOf(r.t, fn)
		fa := fn.ChildByFieldName("arguments")
		if c.Root != "require" || len(c.Path) != 0 || fa == nil || fa.NamedChildCount() == 0 || fa.NamedChild(0).Type() != "string" {
			return
		}
		pc.spec = js.Unquote(r.t, fa.NamedChild(0))
	} else {
		c := js.CalleeOf(r.t, call)
		if !c.Valid() || len(c.Path) > 1 {
			return
		}
		pc.callee = c
	}
	r.f.calls = append(r.f.calls, pc)
}

// orderOf is a registration's rank in the file: its end byte, so that in a
// chain (new Hono().use(a).route(b), which all start at `new`) the inner
// call, registered first, ranks first.
func (r *reader) orderOf(n *sitter.Node) int { return int(n.EndByte()) }

func (r *reader) firstString(call *sitter.Node) string {
	args := call.ChildByFieldName("arguments")
	if args == nil || args.NamedChildCount() == 0 {
		return ""
	}
	a := js.Unwrap(args.NamedChild(0))
	if a.Type() == "string" {
		return js.Unquote(r.t, a)
	}
	return ""
}

// registration reads a call on a router: a route (verb or route()), use,
// mount, register, addHook.
func (r *reader) registration(call *sitter.Node) {
	fnode := js.Unwrap(call.ChildByFieldName("function"))
	if fnode == nil || fnode.Type() != "member_expression" {
		return
	}
	prop := fnode.ChildByFieldName("property")
	if prop == nil {
		return
	}
	verb := r.t.Text(prop)
	rt, prefix, ok := r.receiver(js.Unwrap(fnode.ChildByFieldName("object")))
	if !ok || rt == nil {
		return
	}
	if rt.framework == "" { // a parameter router takes its caller's framework
		rt.framework = r.f.frameworkHint()
	}
	args := call.ChildByFieldName("arguments")
	if args == nil {
		return
	}
	var list []*sitter.Node
	for i := 0; i < int(args.NamedChildCount()); i++ {
		if a := args.NamedChild(i); a.Type() != "comment" {
			list = append(list, a)
		}
	}
	g := &reg{at: r.pos(call), order: r.orderOf(call)}
	path := func(n *sitter.Node) bool {
		n = js.Unwrap(n)
		switch n.Type() {
		case "string":
			g.path = joinPath(prefix, js.Unquote(r.t, n))
			return true
		case "template_string":
			g.path, g.dynamic = joinPath(prefix, strings.Trim(r.t.Text(n), "`")), strings.Contains(r.t.Text(n), "${")
			return true
		case "regex", "array", "identifier", "member_expression", "binary_expression":
			g.dynamic = true
			return true
		}
		return false
	}
	fw := rt.framework
	switch {
	case verb == "route" && fw == "fastify":
		if len(list) == 0 || js.Unwrap(list[0]).Type() != "object" {
			return
		}
		r.fastifyRoute(rt, g, js.Unwrap(list[0]), prefix)
		return
	case verb == "route" && fw == "hono":
		if len(list) < 2 || !path(list[0]) {
			return
		}
		g.kind = regUse
		g.layers = []*layer{r.layerOf(list[1])}
	case verb == "route": // express app.route('/x'): its verbs register
		return
	case verb == "use":
		g.kind = regUse
		// A lone name is the middleware, not a path held in a variable.
		if len(list) > 1 && path(list[0]) || len(list) == 1 && isPathLiteral(list[0]) && path(list[0]) {
			list = list[1:]
		} else {
			g.path = prefix
		}
		for _, a := range list {
			g.layers = append(g.layers, r.layers(a)...)
		}
	case verb == "register" && fw == "fastify":
		if len(list) == 0 {
			return
		}
		g.kind = regUse
		g.path = prefix
		if len(list) > 1 {
			if o := js.Unwrap(list[1]); o.Type() == "object" {
				if p := objectValue(r.t, o, "prefix"); p != nil {
					path(p)
				}
			}
		}
		g.layers = []*layer{r.layerOf(list[0])}
	case verb == "addHook" && fw == "fastify":
		if len(list) < 2 || js.Unwrap(list[0]).Type() != "string" {
			return
		}
		switch js.Unquote(r.t, js.Unwrap(list[0])) {
		case "onRequest", "preHandler", "preValidation", "preParsing":
		default:
			return
		}
		g.kind, g.path = regHook, prefix
		g.layers = []*layer{r.layerOf(list[1])}
	case expressVerbs[verb] || (fw == "hono" && honoVerbs[verb]):
		if verb == "on" {
			if len(list) < 3 {
				return
			}
			g.methods = r.methods(list[0])
			list = list[1:]
		} else if verb != "all" {
			g.methods = []string{strings.ToUpper(verb)}
		}
		if len(list) == 0 {
			return
		}
		if prefix != "" && js.Unwrap(list[0]).Type() != "string" && js.Unwrap(list[0]).Type() != "template_string" {
			// app.route('/x').get(handler): the path is the route()'s.
			g.path = prefix
		} else if !path(list[0]) {
			return
		} else {
			list = list[1:]
		}
		if fw == "fastify" && len(list) == 2 {
			if o := js.Unwrap(list[0]); o.Type() == "object" {
				g.layers = append(g.layers, r.fastifyHooks(o)...)
				list = list[1:]
			}
		}
		var all []*layer
		for _, a := range list {
			all = append(all, r.layers(a)...)
		}
		if len(all) == 0 {
			return
		}
		g.layers = append(g.layers, all[:len(all)-1]...)
		g.handler = all[len(all)-1]
		g.kind = regRoute
	default:
		return
	}
	rt.regs = append(rt.regs, g)
}

// receiver unwinds a registration's object to its router: a name, a
// chained call (app.get(…).post(…) in Hono, app.route('/x').get(…) in
// Express, whose path is the prefix).
func (r *reader) receiver(obj *sitter.Node) (*router, string, bool) {
	return r.receiverAt(obj, 0)
}

// maxReceiverLinks bounds the chained calls receiver unwinds: a real
// registration chain (Hono's app.get(…).post(…)) has a few links, a
// hostile one thousands, each of whose registrations would unwind all
// those below it.
const maxReceiverLinks = 256

func (r *reader) receiverAt(obj *sitter.Node, depth int) (*router, string, bool) {
	if depth > maxReceiverLinks {
		return nil, "", false
	}
	switch obj.Type() {
	case "identifier":
		return r.lookup(obj, r.t.Text(obj)), "", true
	case "member_expression":
		// this.app, server.app: not followed
		return nil, "", false
	case "new_expression":
		rt := r.f.anon[obj.StartByte()]
		return rt, "", rt != nil
	case "call_expression":
		fnode := js.Unwrap(obj.ChildByFieldName("function"))
		if fnode == nil || fnode.Type() != "member_expression" {
			return nil, "", false
		}
		prop := fnode.ChildByFieldName("property")
		rt, prefix, ok := r.receiverAt(js.Unwrap(fnode.ChildByFieldName("object")), depth+1)
		if !ok || rt == nil || prop == nil {
			return nil, "", false
		}
		verb := r.t.Text(prop)
		switch {
		case verb == "route" && rt.framework == "express":
			return rt, joinPath(prefix, r.firstString(obj)), true
		case expressVerbs[verb] || honoVerbs[verb] || verb == "use" || verb == "basePath" || (verb == "route" && rt.framework == "hono"):
			return rt, prefix, true
		}
	}
	return nil, "", false
}

func (r *reader) methods(n *sitter.Node) []string {
	n = js.Unwrap(n)
	var out []string
	switch n.Type() {
	case "string":
		out = append(out, strings.ToUpper(js.Unquote(r.t, n)))
	case "array":
		for i := 0; i < int(n.NamedChildCount()); i++ {
			if e := n.NamedChild(i); e.Type() == "string" {
				out = append(out, strings.ToUpper(js.Unquote(r.t, e)))
			}
		}
	}
	return out
}

// fastifyRoute reads fastify.route({ method, url, preHandler, onRequest,
// handler }).
func (r *reader) fastifyRoute(rt *router, g *reg, o *sitter.Node, prefix string) {
	if m := objectValue(r.t, o, "method"); m != nil {
		g.methods = r.methods(m)
	}
	u := objectValue(r.t, o, "url")
	if u == nil {
		u = objectValue(r.t, o, "path")
	}
	if u == nil {
		return
	}
	if u = js.Unwrap(u); u.Type() == "string" {
		g.path = joinPath(prefix, js.Unquote(r.t, u))
	} else {
		g.dynamic = true
	}
	h := objectValue(r.t, o, "handler")
	if h == nil {
		return
	}
	g.layers = r.fastifyHooks(o)
	g.handler = r.layerOf(h)
	g.kind = regRoute
	rt.regs = append(rt.regs, g)
}

// fastifyHooks are a route's onRequest, preValidation and preHandler options.
func (r *reader) fastifyHooks(o *sitter.Node) []*layer {
	var out []*layer
	for _, k := range []string{"onRequest", "preParsing", "preValidation", "preHandler"} {
		if v := objectValue(r.t, o, k); v != nil {
			out = append(out, r.layers(v)...)
		}
	}
	return out
}

// layers flattens an argument (arrays of middleware included).
func (r *reader) layers(a *sitter.Node) []*layer {
	a = js.Unwrap(a)
	if a.Type() == "array" {
		var out []*layer
		for i := 0; i < int(a.NamedChildCount()); i++ {
			out = append(out, r.layers(a.NamedChild(i))...)
		}
		return out
	}
	if a.Type() == "spread_element" {
		return []*layer{{file: r.f.path, what: r.short(a), at: r.pos(a)}}
	}
	return []*layer{r.layerOf(a)}
}

func (r *reader) layerOf(a *sitter.Node) *layer {
	a = js.Unwrap(a)
	l := &layer{file: r.f.path, what: r.short(a), at: r.pos(a)}
	switch {
	case js.IsFunc(a):
		l.fn = js.SummarizeFunc(r.t, a, "")
		l.fnStart = a.StartByte()
		if rt := r.f.inline[a.StartByte()]; rt != nil {
			l.sub = rt
		}
	case a.Type() == "identifier" || a.Type() == "shorthand_property_identifier":
		l.ident = r.t.Text(a)
		if rt := r.lookup(a, l.ident); rt != nil {
			l.sub = rt
		}
	case a.Type() == "call_expression":
		c := js.CalleeOf(r.t, a)
		if c.Root == "require" && len(c.Path) == 0 {
			l.ident = "require:" + r.firstString(a)
			break
		}
		if c.Valid() {
			l.call = &c
		}
		l.optsKept = optsKept(r.t, a)
		if args := a.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
			last := js.Unwrap(args.NamedChild(int(args.NamedChildCount()) - 1))
			switch {
			case js.IsFunc(last):
				l.wrapped = js.SummarizeFunc(r.t, last, "")
			case last.Type() == "identifier":
				l.wrappedIdent = r.t.Text(last)
			}
		}
	case a.Type() == "member_expression":
		if c := memberCallee(r.t, a); c.Valid() {
			l.ident = c.String()
		}
	}
	return l
}

// isPathLiteral: a string or template literal (a path, never middleware).
func isPathLiteral(n *sitter.Node) bool {
	switch js.Unwrap(n).Type() {
	case "string", "template_string":
		return true
	}
	return false
}

// optsKept: a call's first argument is something other than an options
// object without verify, type and spreads; a call without arguments keeps
// nothing.
func optsKept(t *js.Tree, call *sitter.Node) bool {
	args := call.ChildByFieldName("arguments")
	if args == nil || args.NamedChildCount() == 0 {
		return false
	}
	o := js.Unwrap(args.NamedChild(0))
	if o.Type() != "object" || objectValue(t, o, "verify") != nil || objectValue(t, o, "type") != nil {
		return true
	}
	for i := 0; i < int(o.NamedChildCount()); i++ {
		if o.NamedChild(i).Type() == "spread_element" {
			return true
		}
	}
	return false
}

// memberCallee reads a.b.c as a callee (root a, path b c).
func memberCallee(t *js.Tree, n *sitter.Node) js.Callee {
	var path []string
	for n != nil {
		n = js.Unwrap(n)
		switch n.Type() {
		case "identifier":
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return js.Callee{Root: t.Text(n), Path: path}
		case "member_expression":
			p := n.ChildByFieldName("property")
			if p == nil {
				return js.Callee{}
			}
			path = append(path, t.Text(p))
			n = n.ChildByFieldName("object")
		default:
			return js.Callee{}
		}
	}
	return js.Callee{}
}

// short is an argument as written, cut for messages.
func (r *reader) short(n *sitter.Node) string {
	s := r.t.Text(n)
	if i := strings.IndexAny(s, "\n{"); i >= 0 && js.IsFunc(n) {
		s = strings.TrimSpace(s[:i]) + " …"
	} else if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i]) + " …"
	}
	if len(s) > 60 {
		s = s[:57] + "…"
	}
	return s
}

// frameworkHint is the framework of a parameter router (a plugin or a
// function handed the app): the file's first router's, or the framework
// the file imports from (import type { FastifyInstance } included).
func (f *fileRouters) frameworkHint() string {
	for _, rt := range f.routers {
		if rt.framework != "" {
			return rt.framework
		}
	}
	for _, imp := range f.mod.Imports {
		for _, fw := range frameworks {
			if imp.Spec == fw || strings.HasPrefix(imp.Spec, fw+"/") {
				return fw
			}
		}
		switch imp.Spec {
		case "@clerk/fastify":
			return "fastify"
		case "@hono/clerk-auth":
			return "hono"
		case "@clerk/express", "@clerk/clerk-sdk-node":
			return "express"
		}
	}
	return f.framework
}

func objectValue(t *js.Tree, o *sitter.Node, key string) *sitter.Node {
	for i := 0; i < int(o.NamedChildCount()); i++ {
		p := o.NamedChild(i)
		switch p.Type() {
		case "pair":
			if k := p.ChildByFieldName("key"); k != nil && js.Unquote(t, k) == key {
				return p.ChildByFieldName("value")
			}
		case "shorthand_property_identifier":
			if t.Text(p) == key {
				return p
			}
		case "method_definition":
			if k := p.ChildByFieldName("name"); k != nil && t.Text(k) == key {
				return p
			}
		}
	}
	return nil
}

// joinPath composes a mount prefix and a path: "/api" + "/users/:id",
// "/api" + "/" is "/api".
func joinPath(prefix, p string) string {
	if prefix == "" || prefix == "/" {
		if p == "" {
			return "/"
		}
		if !strings.HasPrefix(p, "/") {
			return "/" + p
		}
		return p
	}
	prefix = strings.TrimSuffix(prefix, "/")
	if p == "" || p == "/" {
		return prefix
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return prefix + p
}
