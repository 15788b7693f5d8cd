package js

// Path guards: a request hook of the app's own (SvelteKit's handle, a
// Next.js clerkMiddleware handler) that ends signed-out requests only on the
// paths its tests select (`if (!userId && pathname.startsWith('/app'))
// redirect(…)`). Each condition is compiled once into a function evaluated
// on a route's sample URLs, like a middleware matcher: a signed-out request
// reads every session value as absent, path tests (===, startsWith,
// endsWith, includes, a list's some/includes/has, a regex literal's test)
// are decided on the URL, and anything else is unknown, so a guard the
// analysis cannot read never makes a verdict in either direction.

import (
	"regexp"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Tri is a three-valued truth: a condition the evaluator cannot read is
// Unknown, and makes the protection of the URLs it decides unknown.
type Tri uint8

// Truth values.
const (
	No Tri = iota
	Yes
	Unknown
)

// Not negates a truth; Unknown stays Unknown.
func (a Tri) Not() Tri {
	switch a {
	case Yes:
		return No
	case No:
		return Yes
	}
	return Unknown
}

// And is Kleene conjunction: No wins over Unknown.
func And(a, b Tri) Tri {
	switch {
	case a == No || b == No:
		return No
	case a == Yes && b == Yes:
		return Yes
	}
	return Unknown
}

// Or is Kleene disjunction: Yes wins over Unknown.
func Or(a, b Tri) Tri { return And(a.Not(), b.Not()).Not() }

// Truth is Yes or No.
func Truth(b bool) Tri {
	if b {
		return Yes
	}
	return No
}

// PathHit is the literal of a path test that matched a URL, so a caller can
// name the entry of the app's own list that selected it (a public list's
// '/api/webhook'). It survives negation: `!publicRoutes.includes(pathname)`
// is false for '/api/webhook' because that entry matched.
type PathHit struct {
	Lit  string
	Kind HitKind
}

// HitKind says how a path literal was compared with the URL.
type HitKind uint8

// Kinds of path tests.
const (
	NoHit     HitKind = iota
	HitExact          // pathname === lit, list.includes(pathname)
	HitPrefix         // pathname.startsWith(lit)
	HitOther          // endsWith, a substring, a regex
)

// PathCond is a guard condition evaluated for a signed-out request to url.
type PathCond func(url string) (Tri, PathHit)

// PathConds compiles the guard conditions of one function.
type PathConds struct {
	T *Tree
	// Decls are the module's top-level bindings (TopDecls): a list a
	// condition names is read there.
	Decls map[string]*sitter.Node
	// Session reports whether an expression reads the session, so it is
	// absent (null, false) for a signed-out request.
	Session func(n *sitter.Node) bool
	// Lists, when set, reads a list Strings cannot: one the module builds
	// from literals or imports (a spread, a .map of a config module's list).
	Lists func(n *sitter.Node) ([]string, bool)
	// scopes are the locals of the caller an inlined module function's
	// argument is read with (inline).
	scopes map[nodeKey]map[string]*sitter.Node
}

type nodeKey struct {
	start, end uint32
	typ        string
}

func keyOf(n *sitter.Node) nodeKey { return nodeKey{n.StartByte(), n.EndByte(), n.Type()} }

// scope is the locals n is read with: its caller's when it is an inlined
// function's argument, else locals.
func (c *PathConds) scope(n *sitter.Node, locals map[string]*sitter.Node) map[string]*sitter.Node {
	if n != nil && c.scopes != nil {
		if sc, ok := c.scopes[keyOf(n)]; ok {
			return sc
		}
	}
	return locals
}

// TopDecls indexes a module's top-level declarations, exported or not:
// a function's name to its declaration, a const's to its value.
func TopDecls(t *Tree) map[string]*sitter.Node {
	out := map[string]*sitter.Node{}
	topStatements(t, func(s *sitter.Node) {
		switch s.Type() {
		case "function_declaration":
			if n := s.ChildByFieldName("name"); n != nil {
				out[t.Text(n)] = s
			}
		case "lexical_declaration", "variable_declaration":
			BindLocals(t, s, out)
		}
	})
	return out
}

// moduleConsts calls visit, in source order, with TopDecls' `const`
// bindings only: values no function of the module can reassign.
func moduleConsts(t *Tree, visit func(name string, value *sitter.Node)) {
	topStatements(t, func(s *sitter.Node) {
		if s.Type() == "lexical_declaration" && s.ChildCount() > 0 && t.Text(s.Child(0)) == "const" {
			declarators(t, s, visit)
		}
	})
}

// topStatements calls visit with each top-level statement of the module,
// an export's declaration in place of the export.
func topStatements(t *Tree, visit func(s *sitter.Node)) {
	root := t.Root()
	for i := 0; i < int(root.NamedChildCount()); i++ {
		s := root.NamedChild(i)
		if s.Type() == "export_statement" {
			if d := s.ChildByFieldName("declaration"); d != nil {
				s = d
			}
		}
		visit(s)
	}
}

// BindLocals records the identifiers a declaration binds to a value
// (`const path = event.url.pathname`); destructured names are not recorded.
func BindLocals(t *Tree, decl *sitter.Node, into map[string]*sitter.Node) {
	declarators(t, decl, func(name string, v *sitter.Node) { into[name] = v })
}

// declarators calls visit, in order, with each identifier a declaration
// binds to a value.
func declarators(t *Tree, decl *sitter.Node, visit func(name string, value *sitter.Node)) {
	for j := 0; j < int(decl.NamedChildCount()); j++ {
		d := decl.NamedChild(j)
		if d.Type() != "variable_declarator" {
			continue
		}
		n, v := d.ChildByFieldName("name"), d.ChildByFieldName("value")
		if n != nil && v != nil && n.Type() == "identifier" {
			visit(t.Text(n), v)
		}
	}
}

// pathWord marks a name holding the request's path (a destructured
// pathname, a parameter).
var pathWord = lazyregexp.New(`(?i)^(pathname|path|url|urlpath|currentpath|requestpath)$`)

func constant(v Tri) PathCond { return func(string) (Tri, PathHit) { return v, PathHit{} } }

func not(c PathCond) PathCond {
	return func(u string) (Tri, PathHit) {
		v, h := c(u)
		return v.Not(), h
	}
}

// either is the hit of whichever side has one.
func either(a, b PathHit) PathHit {
	if a.Kind != NoHit {
		return a
	}
	return b
}

// Cond compiles a condition; locals are the function's own bindings made
// before it (BindLocals).
func (c *PathConds) Cond(n *sitter.Node, locals map[string]*sitter.Node) PathCond {
	return c.cond(n, locals, 0)
}

func (c *PathConds) cond(n *sitter.Node, locals map[string]*sitter.Node, depth int) PathCond {
	t := c.T
	n = Unwrap(n)
	locals = c.scope(n, locals)
	unk := constant(Unknown)
	if n == nil || depth > 12 {
		return unk
	}
	switch n.Type() {
	case "unary_expression":
		if op := n.ChildByFieldName("operator"); op != nil && t.Text(op) == "!" {
			return not(c.cond(n.ChildByFieldName("argument"), locals, depth+1))
		}
		return unk
	case "binary_expression":
		op := n.ChildByFieldName("operator")
		l, rt := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op == nil || l == nil || rt == nil {
			return unk
		}
		switch t.Text(op) {
		case "&&", "||":
			a, b := c.cond(l, locals, depth+1), c.cond(rt, locals, depth+1)
			join := And
			if t.Text(op) == "||" {
				join = Or
			}
			return func(u string) (Tri, PathHit) {
				va, ha := a(u)
				vb, hb := b(u)
				return join(va, vb), either(ha, hb)
			}
		case "===", "==", "!==", "!=":
			var eq PathCond = unk
			switch {
			case IsNullish(t, rt) && c.Session(Unwrap(l)):
				eq = constant(Yes)
			case IsNullish(t, l) && c.Session(Unwrap(rt)):
				eq = constant(Yes)
			case isStr(rt) && c.path(l, locals, depth):
				eq = c.onPath(l, locals, depth, exact(Unquote(t, rt)))
			case isStr(l) && c.path(rt, locals, depth):
				eq = c.onPath(rt, locals, depth, exact(Unquote(t, l)))
			}
			if strings.HasPrefix(t.Text(op), "!") {
				return not(eq)
			}
			return eq
		}
		return unk
	case "identifier":
		if v := locals[t.Text(n)]; v != nil {
			return c.cond(v, locals, depth+1)
		}
		if c.Session(n) {
			return constant(No) // absent when signed out
		}
		return unk
	case "member_expression", "subscript_expression":
		if c.Session(n) {
			return constant(No)
		}
		return unk
	case "call_expression":
		return c.callCond(n, locals, depth)
	case "true":
		return constant(Yes)
	case "false":
		return constant(No)
	}
	return unk
}

func exact(lit string) PathCond {
	return func(u string) (Tri, PathHit) {
		if u == lit {
			return Yes, PathHit{Lit: lit, Kind: HitExact}
		}
		return No, PathHit{}
	}
}

// oneOf tests the URL against each literal of a list.
func oneOf(lits []string, kind HitKind, test func(url, lit string) bool) PathCond {
	return func(u string) (Tri, PathHit) {
		for _, l := range lits {
			if test(u, l) {
				return Yes, PathHit{Lit: l, Kind: kind}
			}
		}
		return No, PathHit{}
	}
}

func isExact(u, l string) bool { return u == l }

// Prefixes holds for the URLs starting with one of lits (handleClerk's
// protectedPaths).
func Prefixes(lits []string) PathCond { return oneOf(lits, HitPrefix, strings.HasPrefix) }

// callCond compiles a call in a condition: path tests and session reads.
func (c *PathConds) callCond(n *sitter.Node, locals map[string]*sitter.Node, depth int) PathCond {
	t := c.T
	unk := constant(Unknown)
	fn, args := n.ChildByFieldName("function"), n.ChildByFieldName("arguments")
	if fn == nil || args == nil {
		return unk
	}
	if fn.Type() != "member_expression" {
		if c.Session(n) {
			return constant(No)
		}
		if ret, inner, ok := c.inline(n, locals, depth); ok {
			// isPublicFolder(pathname): a module function of one return
			return c.cond(ret, inner, depth+1)
		}
		return unk
	}
	obj, prop := Unwrap(fn.ChildByFieldName("object")), fn.ChildByFieldName("property")
	if obj == nil || prop == nil {
		return unk
	}
	var arg *sitter.Node
	if args.NamedChildCount() > 0 {
		arg = Unwrap(args.NamedChild(0))
	}
	switch method := t.Text(prop); method {
	case "startsWith", "endsWith", "includes":
		// url.href.includes('/x') tests the path as well (the origin holds
		// no '/'-led path segment).
		href := method == "includes" && strings.HasSuffix(t.Text(obj), ".href")
		if arg != nil && isStr(arg) && (c.path(obj, locals, depth) || href) {
			lit := []string{Unquote(t, arg)}
			switch method {
			case "startsWith":
				return c.onPath(obj, locals, depth, Prefixes(lit))
			case "endsWith":
				return c.onPath(obj, locals, depth, oneOf(lit, HitOther, strings.HasSuffix))
			}
			return c.onPath(obj, locals, depth, oneOf(lit, HitOther, strings.Contains))
		}
		if method == "includes" && arg != nil && c.path(arg, locals, depth) {
			if lits, ok := c.listOf(obj, locals); ok {
				return oneOf(lits, HitExact, isExact)
			}
		}
	case "has":
		if arg != nil && c.path(arg, locals, depth) {
			if lits, ok := c.listOf(obj, locals); ok {
				return oneOf(lits, HitExact, isExact)
			}
		}
	case "some", "find":
		if res, ok := c.regexList(obj, locals); ok && arg != nil && IsFunc(arg) {
			// [/^\/about/, …].some((re) => re.test(pathname))
			if x := regexTestArg(t, arg); x != nil && c.path(x, locals, depth) {
				return c.onPath(x, locals, depth, matchesAny(res))
			}
			return unk
		}
		// list.some((p) => pathname.startsWith(p))
		lits, ok := c.listOf(obj, locals)
		if !ok || arg == nil || !IsFunc(arg) {
			return unk
		}
		body := Unwrap(arg.ChildByFieldName("body"))
		if body == nil || body.Type() != "call_expression" {
			return unk
		}
		bf := body.ChildByFieldName("function")
		if bf == nil || bf.Type() != "member_expression" || !c.path(bf.ChildByFieldName("object"), locals, depth) {
			return unk
		}
		switch t.Text(bf.ChildByFieldName("property")) {
		case "startsWith":
			return c.onPath(bf.ChildByFieldName("object"), locals, depth, Prefixes(lits))
		case "includes":
			return c.onPath(bf.ChildByFieldName("object"), locals, depth, oneOf(lits, HitOther, strings.Contains))
		}
	case "test":
		if obj.Type() == "regex" && arg != nil && c.path(arg, locals, depth) {
			if p := obj.ChildByFieldName("pattern"); p != nil {
				if re, err := regexp.Compile(t.Text(p)); err == nil {
					return c.onPath(arg, locals, depth, matchesAny([]*regexp.Regexp{re}))
				}
			}
		}
	}
	if c.Session(n) {
		return constant(No)
	}
	return unk
}

// listOf reads a list of string literals: inline, or a function or module
// const bound to one.
func (c *PathConds) listOf(n *sitter.Node, locals map[string]*sitter.Node) ([]string, bool) {
	n = Unwrap(n)
	locals = c.scope(n, locals)
	if n != nil && n.Type() == "identifier" {
		if v := locals[c.T.Text(n)]; v != nil {
			return c.Strings(v)
		}
	}
	return c.Strings(n)
}

// Strings reads an array of string literals (or a module const bound to
// one, or a new Set of one).
func (c *PathConds) Strings(n *sitter.Node) ([]string, bool) {
	if l, ok := c.strs(n, 0); ok || c.Lists == nil {
		return l, ok
	}
	return c.Lists(n)
}

func (c *PathConds) strs(n *sitter.Node, depth int) ([]string, bool) {
	t := c.T
	n = Unwrap(n)
	if n == nil || depth > 8 {
		return nil, false
	}
	switch n.Type() {
	case "identifier":
		if d := c.Decls[t.Text(n)]; d != nil && d != n {
			return c.strs(d, depth+1)
		}
	case "new_expression":
		if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() == 1 {
			return c.strs(args.NamedChild(0), depth+1)
		}
	case "array":
		var out []string
		for i := 0; i < int(n.NamedChildCount()); i++ {
			e := Unwrap(n.NamedChild(i))
			if e.Type() != "string" && !(e.Type() == "template_string" && !strings.Contains(t.Text(e), "${")) {
				return nil, false
			}
			out = append(out, Unquote(t, e))
		}
		return out, true
	}
	return nil, false
}

// path reports whether an expression is the request's path: a .pathname
// member (event.url.pathname, req.nextUrl.pathname, new URL(req.url)
// .pathname), a local bound to one, or a name that says so (a destructured
// pathname). A local bound to something else (req.url, a full URL) is not.
func (c *PathConds) path(n *sitter.Node, locals map[string]*sitter.Node, depth int) bool {
	n = Unwrap(n)
	locals = c.scope(n, locals)
	if n == nil || depth > 12 {
		return false
	}
	switch n.Type() {
	case "identifier":
		// not a route id, whose groups the URL does not show
		if v := locals[c.T.Text(n)]; v != nil {
			return c.path(v, locals, depth+1)
		}
		return pathWord.MatchString(c.T.Text(n))
	case "call_expression", "binary_expression":
		return c.stripped(n, locals, depth) != nil
	case "member_expression":
		p := n.ChildByFieldName("property")
		return p != nil && c.T.Text(p) == "pathname"
	case "ternary_expression":
		// req.nextUrl ? req.nextUrl.pathname : new URL(req.url).pathname
		a, b := n.ChildByFieldName("consequence"), n.ChildByFieldName("alternative")
		return c.path(a, locals, depth+1) && c.path(b, locals, depth+1)
	}
	return false
}

func isStr(n *sitter.Node) bool {
	return n != nil && n.Type() == "string"
}

// matchesAny holds for the URLs one of res matches.
func matchesAny(res []*regexp.Regexp) PathCond {
	return func(u string) (Tri, PathHit) {
		for _, re := range res {
			if re.MatchString(u) {
				return Yes, PathHit{Lit: "/" + re.String() + "/", Kind: HitOther}
			}
		}
		return No, PathHit{}
	}
}

// regexList reads an array of regex literals (or a local or module const
// bound to one); ok is false for anything else or a pattern Go's regexp
// does not compile.
func (c *PathConds) regexList(n *sitter.Node, locals map[string]*sitter.Node) ([]*regexp.Regexp, bool) {
	n = Unwrap(n)
	locals = c.scope(n, locals)
	for i := 0; n != nil && n.Type() == "identifier" && i < 4; i++ {
		if v := locals[c.T.Text(n)]; v != nil {
			n = Unwrap(v)
		} else if d := c.Decls[c.T.Text(n)]; d != nil && d != n {
			n = Unwrap(d)
		} else {
			return nil, false
		}
	}
	if n == nil || n.Type() != "array" || n.NamedChildCount() == 0 {
		return nil, false
	}
	var out []*regexp.Regexp
	for i := 0; i < int(n.NamedChildCount()); i++ {
		e := Unwrap(n.NamedChild(i))
		if e.Type() == "comment" {
			continue
		}
		p := e.ChildByFieldName("pattern")
		if e.Type() != "regex" || p == nil {
			return nil, false
		}
		if f := e.ChildByFieldName("flags"); f != nil && strings.Trim(c.T.Text(f), "gsu") != "" {
			return nil, false // i, m, y change what matches
		}
		re, err := regexp.Compile(c.T.Text(p))
		if err != nil {
			return nil, false
		}
		out = append(out, re)
	}
	return out, true
}

// regexTestArg is x in the callback `(re) => re.test(x)`.
func regexTestArg(t *Tree, fn *sitter.Node) *sitter.Node {
	var param string
	if p := fn.ChildByFieldName("parameter"); p != nil {
		param = t.Text(p)
	} else if ps := fn.ChildByFieldName("parameters"); ps != nil && ps.NamedChildCount() == 1 {
		param = t.Text(ps.NamedChild(0))
	}
	body := Unwrap(fn.ChildByFieldName("body"))
	if param == "" || body == nil || body.Type() != "call_expression" {
		return nil
	}
	f, args := body.ChildByFieldName("function"), body.ChildByFieldName("arguments")
	if f == nil || f.Type() != "member_expression" || args == nil || args.NamedChildCount() != 1 {
		return nil
	}
	if o, p := f.ChildByFieldName("object"), f.ChildByFieldName("property"); o == nil || p == nil || t.Text(o) != param || t.Text(p) != "test" {
		return nil
	}
	return args.NamedChild(0)
}

// inline reads a call of a module function whose body is consts and one
// return: the returned expression, with locals binding the function's
// parameters to the call's arguments and its consts to their values.
func (c *PathConds) inline(call *sitter.Node, locals map[string]*sitter.Node, depth int) (*sitter.Node, map[string]*sitter.Node, bool) {
	fn := Unwrap(call.ChildByFieldName("function"))
	if depth > 8 || fn == nil || fn.Type() != "identifier" {
		return nil, nil, false
	}
	decl := c.Decls[c.T.Text(fn)]
	if decl == nil || !IsFunc(decl) {
		return nil, nil, false
	}
	ps, args := decl.ChildByFieldName("parameters"), call.ChildByFieldName("arguments")
	if args == nil {
		return nil, nil, false
	}
	var params []string
	if p := decl.ChildByFieldName("parameter"); p != nil {
		params = []string{c.T.Text(p)}
	} else if ps != nil {
		for i := 0; i < int(ps.NamedChildCount()); i++ {
			p := ps.NamedChild(i)
			if pat := p.ChildByFieldName("pattern"); pat != nil {
				p = pat
			}
			if p.Type() != "identifier" {
				return nil, nil, false
			}
			params = append(params, c.T.Text(p))
		}
	}
	if len(params) != int(args.NamedChildCount()) {
		return nil, nil, false
	}
	inner := make(map[string]*sitter.Node, len(params))
	for i, p := range params {
		arg := Unwrap(args.NamedChild(i))
		if arg == nil {
			return nil, nil, false
		}
		// The argument is read with the caller's locals.
		if c.scopes == nil {
			c.scopes = map[nodeKey]map[string]*sitter.Node{}
		}
		c.scopes[keyOf(arg)] = locals
		inner[p] = arg
	}
	body := decl.ChildByFieldName("body")
	if body == nil {
		return nil, nil, false
	}
	if body.Type() != "statement_block" {
		return body, inner, true
	}
	for i := 0; i < int(body.NamedChildCount()); i++ {
		s := body.NamedChild(i)
		switch s.Type() {
		case "comment":
		case "lexical_declaration":
			BindLocals(c.T, s, inner)
		case "return_statement":
			if s.NamedChildCount() == 1 && i == int(body.NamedChildCount())-1 {
				return s.NamedChild(0), inner, true
			}
			return nil, nil, false
		default:
			return nil, nil, false
		}
	}
	return nil, nil, false
}

// localeStrip is a pattern that removes one whole leading path segment of
// a fixed set of names, keeping the slash after it: `^\/(en|fr)(?=\/|$)`,
// a locale prefix.
var localeStrip = lazyregexp.New(`^\^\\/\(?[A-Za-z0-9_|-]+\)?(\(\?=\\/\|\$\)|\(\?=\\/\))$`)

// stripped is the names of the first path segment an expression removes
// from the path (nil when it is not such a value): the value of
// `path.replace(/^\/(en|fr)(?=\/|$)/, "") || "/"`, written inline or
// returned by a module function given the path.
func (c *PathConds) stripped(n *sitter.Node, locals map[string]*sitter.Node, depth int) []string {
	n = Unwrap(n)
	locals = c.scope(n, locals)
	if n == nil || depth > 12 {
		return nil
	}
	if n.Type() == "identifier" {
		if v := locals[c.T.Text(n)]; v != nil {
			return c.stripped(v, locals, depth+1)
		}
		return nil
	}
	if n.Type() == "binary_expression" {
		// x || '/': an empty result stands for the root
		op, r := n.ChildByFieldName("operator"), n.ChildByFieldName("right")
		if op == nil || c.T.Text(op) != "||" || !isStr(r) || Unquote(c.T, r) != "/" {
			return nil
		}
		return c.stripped(n.ChildByFieldName("left"), locals, depth+1)
	}
	if n.Type() != "call_expression" {
		return nil
	}
	f, args := Unwrap(n.ChildByFieldName("function")), n.ChildByFieldName("arguments")
	if f == nil || args == nil {
		return nil
	}
	if f.Type() == "identifier" {
		if ret, inner, ok := c.inline(n, locals, depth); ok {
			return c.stripped(ret, inner, depth+1)
		}
		return nil
	}
	if f.Type() != "member_expression" || c.T.Text(f.ChildByFieldName("property")) != "replace" || args.NamedChildCount() != 2 {
		return nil
	}
	re, with := Unwrap(args.NamedChild(0)), Unwrap(args.NamedChild(1))
	if re.Type() != "regex" || !isStr(with) || Unquote(c.T, with) != "" || re.ChildByFieldName("flags") != nil {
		return nil
	}
	p := re.ChildByFieldName("pattern")
	if p == nil || !localeStrip.MatchString(c.T.Text(p)) {
		return nil
	}
	obj := f.ChildByFieldName("object")
	if !c.path(obj, locals, depth+1) || c.stripped(obj, locals, depth+1) != nil {
		return nil
	}
	names := strings.TrimPrefix(c.T.Text(p), `^\/`)
	names = names[:strings.Index(names, "(?")]
	return strings.Split(strings.Trim(names, "()"), "|")
}

// onPath evaluates cond on the path n holds: for a path with a locale
// removed (stripped), on the URL without its first segment when that is one
// of the names removed.
func (c *PathConds) onPath(n *sitter.Node, locals map[string]*sitter.Node, depth int, cond PathCond) PathCond {
	names := c.stripped(n, locals, depth)
	if names == nil {
		return cond
	}
	return func(u string) (Tri, PathHit) {
		seg, rest, _ := strings.Cut(strings.TrimPrefix(u, "/"), "/")
		if slices.Contains(names, seg) {
			u = "/" + rest
		}
		return cond(u)
	}
}
