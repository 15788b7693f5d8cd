package sveltekit

// The server hooks: what src/hooks.server's handle does to a request before
// any route runs. withClerkHandler() (svelte-clerk) and handleClerk()
// (clerk-sveltekit) authenticate; only handleClerk's protectedPaths and a
// hand-written guard (`if (!userId && pathname.startsWith('/app')) throw
// redirect(…)`) reject signed-out requests, and only for the URLs their
// path tests select, so a guard is kept as a small condition evaluated on
// each route's sample URLs, like a middleware matcher.

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
)

// tri is a three-valued truth: a condition the evaluator cannot read is
// unknown, and makes the protection of the URLs it decides unknown.
type tri uint8

const (
	no tri = iota
	yes
	unknown
)

func (a tri) not() tri {
	switch a {
	case yes:
		return no
	case no:
		return yes
	}
	return unknown
}

func and(a, b tri) tri {
	switch {
	case a == no || b == no:
		return no
	case a == yes && b == yes:
		return yes
	}
	return unknown
}

func or(a, b tri) tri { return and(a.not(), b.not()).not() }

// cond is a guard condition over (URL, signed out).
type cond func(url string) tri

// guard is one statement of a handle that ends signed-out requests (deny)
// or lets requests through before later guards (allow: `if (public) return
// resolve(event)`).
type guard struct {
	allow bool
	when  cond
	what  string
	at    rules.Position
}

// hooks is the app's server hooks file, read.
type hooks struct {
	file string
	// clerk is the Clerk handler the chain runs ("withClerkHandler()",
	// "handleClerk()"), "" when none; clerkAt where.
	clerk   string
	clerkAt rules.Position
	guards  []guard
	// why is set when a handler of the chain could not be read: the
	// protection of every URL is then unknown.
	why string
	// early are the handles that read locals.auth and run before the Clerk
	// handler of the sequence.
	early []rules.Position
	// clerkElsewhere: a handler the analysis could not read may run a
	// Clerk handler (its module mentions one, or it could not be found).
	clerkElsewhere bool
	// options are the literal string options of the Clerk handler's call
	// (withClerkHandler({ signInUrl: '/login' })), for CLK402.
	options []hookOption
}

// hookOption is one literal string option of the Clerk handler.
type hookOption struct {
	name, value string
	at          rules.Position
}

// verdict evaluates the guards, in order, for a signed-out request to url:
// the guard that rejects it, or unknown with the reason.
func (h *hooks) verdict(url string) (tri, *guard, string) {
	if h == nil {
		return no, nil, ""
	}
	for i := range h.guards {
		g := &h.guards[i]
		switch g.when(url) {
		case unknown:
			return unknown, g, fmt.Sprintf("the condition of %s (%s:%d) could not be evaluated for %s", g.what, h.file, g.at.Line, url)
		case yes:
			if g.allow {
				return no, nil, ""
			}
			return yes, g, ""
		}
	}
	if h.why != "" {
		return unknown, nil, h.why
	}
	return no, nil, ""
}

// readHooks reads the handle export of a hooks.server module.
func readHooks(m *js.Model, t *js.Tree, mod *js.Module, file string) *hooks {
	h := &hooks{file: file}
	r := &hookReader{m: m, t: t, mod: mod, h: h, decls: map[string]*sitter.Node{}}
	r.collect(t.Root())
	if handWritten.Match(t.Src) {
		// a handle of the app's own sets the auth state from @clerk/backend
		h.clerkElsewhere = true
	}
	exp := mod.Exports["handle"]
	if exp == nil {
		return h
	}
	if exp.From != nil {
		h.why = "handle is re-exported from " + exp.From.Spec
		return h
	}
	n := r.decls[exp.Local]
	if n == nil {
		h.why = "handle is not a function or sequence(…) the analysis can read"
		return h
	}
	r.handler(n, 0)
	return h
}

type hookReader struct {
	m     *js.Model
	t     *js.Tree
	mod   *js.Module
	h     *hooks
	decls map[string]*sitter.Node // module-level const/function name → value or function node
}

// collect indexes the module-level declarations (exported or not).
func (r *hookReader) collect(root *sitter.Node) {
	for i := 0; i < int(root.NamedChildCount()); i++ {
		s := root.NamedChild(i)
		if s.Type() == "export_statement" {
			if d := s.ChildByFieldName("declaration"); d != nil {
				s = d
			}
		}
		switch s.Type() {
		case "function_declaration":
			if n := s.ChildByFieldName("name"); n != nil {
				r.decls[r.t.Text(n)] = s
			}
		case "lexical_declaration", "variable_declaration":
			for j := 0; j < int(s.NamedChildCount()); j++ {
				d := s.NamedChild(j)
				if d.Type() != "variable_declarator" {
					continue
				}
				n, v := d.ChildByFieldName("name"), d.ChildByFieldName("value")
				if n != nil && v != nil && n.Type() == "identifier" {
					r.decls[r.t.Text(n)] = v
				}
			}
		}
	}
}

// handler reads one element of the handle chain.
func (r *hookReader) handler(n *sitter.Node, depth int) {
	t := r.t
	n = js.Unwrap(n)
	if n == nil || depth > 8 {
		r.h.why = "the handle chain is too deep to read"
		return
	}
	switch {
	case n.Type() == "identifier":
		name := t.Text(n)
		if d := r.decls[name]; d != nil {
			r.handler(d, depth+1)
			return
		}
		if imp := r.mod.Locals[name]; imp != nil && !isRelative(imp.Import.Spec) {
			return // a package's handle (i18n, sentry): no session guard
		}
		r.unknownHandler(name+" (defined elsewhere)", name)
	case js.IsFunc(n):
		r.guardsOf(n)
	case n.Type() == "call_expression":
		c := js.CalleeOf(t, n)
		args := n.ChildByFieldName("arguments")
		switch last := lastName(c); {
		case last == "sequence":
			for i := 0; args != nil && i < int(args.NamedChildCount()); i++ {
				r.handler(args.NamedChild(i), depth+1)
			}
		case last == "withClerkHandler":
			r.setClerk("withClerkHandler()", n)
		case last == "handleClerk":
			r.setClerk("handleClerk()", n)
			if args != nil && args.NamedChildCount() > 1 {
				r.protectedPaths(args.NamedChild(1))
			}
		default:
			if imp := r.mod.Locals[c.Root]; imp != nil && !isRelative(imp.Import.Spec) {
				return // a package's handle factory
			}
			r.unknownHandler(c.String()+"(…)", c.Root)
		}
	case n.Type() == "ternary_expression":
		// clerkKey ? handleClerk(…) : passThrough: read both.
		for _, f := range []string{"consequence", "alternative"} {
			if b := n.ChildByFieldName(f); b != nil {
				r.handler(b, depth+1)
			}
		}
	default:
		r.unknownHandler(strings.SplitN(t.Text(n), "\n", 2)[0], "")
	}
}

// unknownHandler records a handler of the chain the analysis cannot read
// (so the protection of every URL is unknown) and whether it may be a
// Clerk handler: root is the local name it comes from, and a handler
// imported from a project module that never names withClerkHandler or
// handleClerk is not one.
func (r *hookReader) unknownHandler(what, root string) {
	if r.h.why == "" {
		r.h.why = "the hooks run " + what + ", which the analysis cannot read"
	}
	in := r.mod.Locals[root]
	if in == nil || in.Import == nil {
		r.h.clerkElsewhere = true
		return
	}
	to := r.m.Resolve(r.mod.Path, in.Import.Spec)
	src := r.m.ReadSmall(to)
	if to == "" || src == nil || bytes.Contains(src, []byte("withClerkHandler")) || bytes.Contains(src, []byte("handleClerk")) {
		r.h.clerkElsewhere = true
	}
}

func (r *hookReader) setClerk(what string, n *sitter.Node) {
	if r.h.clerk != "" {
		return
	}
	r.h.clerk, r.h.clerkAt = what, r.t.Pos(n)
	// withClerkHandler(options), handleClerk(secretKey, options)
	args, i := n.ChildByFieldName("arguments"), 0
	if what == "handleClerk()" {
		i = 1
	}
	if args == nil || int(args.NamedChildCount()) <= i {
		return
	}
	opts := js.Unwrap(args.NamedChild(i))
	if opts != nil && opts.Type() == "identifier" {
		opts = js.Unwrap(r.decls[r.t.Text(opts)])
	}
	if opts == nil || opts.Type() != "object" {
		return
	}
	for j := 0; j < int(opts.NamedChildCount()); j++ {
		p := opts.NamedChild(j)
		if p.Type() != "pair" {
			continue
		}
		k, v := p.ChildByFieldName("key"), js.Unwrap(p.ChildByFieldName("value"))
		if k == nil || v == nil || (v.Type() != "string" && !(v.Type() == "template_string" && !strings.Contains(r.t.Text(v), "${"))) {
			continue
		}
		r.h.options = append(r.h.options, hookOption{name: js.Unquote(r.t, k), value: js.Unquote(r.t, v), at: r.t.Pos(v)})
	}
}

// protectedPaths reads handleClerk's options: each string of
// protectedPaths protects the URLs starting with it.
func (r *hookReader) protectedPaths(opts *sitter.Node) {
	t := r.t
	opts = js.Unwrap(opts)
	if opts == nil || opts.Type() != "object" {
		if opts != nil && opts.Type() == "identifier" && r.decls[t.Text(opts)] != nil {
			r.protectedPaths(r.decls[t.Text(opts)])
			return
		}
		r.unknownHandler("handleClerk() with options the analysis cannot read", "")
		return
	}
	for i := 0; i < int(opts.NamedChildCount()); i++ {
		p := opts.NamedChild(i)
		if p.Type() != "pair" {
			continue
		}
		k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value")
		if k == nil || v == nil || js.Unquote(t, k) != "protectedPaths" {
			continue
		}
		lits, ok := r.strings(v)
		if !ok {
			// function entries decide at run time
			r.h.guards = append(r.h.guards, guard{what: "handleClerk protectedPaths", at: t.Pos(p), when: func(string) tri { return unknown }})
			continue
		}
		r.h.guards = append(r.h.guards, guard{what: "handleClerk protectedPaths", at: t.Pos(p), when: func(url string) tri {
			for _, l := range lits {
				if strings.HasPrefix(url, l) {
					return yes
				}
			}
			return no
		}})
	}
}

// strings reads an array of string literals (or a const bound to one, or a
// new Set of one).
func (r *hookReader) strings(n *sitter.Node) ([]string, bool) {
	t := r.t
	n = js.Unwrap(n)
	if n == nil {
		return nil, false
	}
	switch n.Type() {
	case "identifier":
		if d := r.decls[t.Text(n)]; d != nil && d != n {
			return r.strings(d)
		}
	case "new_expression":
		if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() == 1 {
			return r.strings(args.NamedChild(0))
		}
	case "array":
		var out []string
		for i := 0; i < int(n.NamedChildCount()); i++ {
			e := js.Unwrap(n.NamedChild(i))
			if e.Type() != "string" && !(e.Type() == "template_string" && !strings.Contains(t.Text(e), "${")) {
				return nil, false
			}
			out = append(out, js.Unquote(t, e))
		}
		return out, true
	}
	return nil, false
}

// guardsOf reads a hand-written handle: the top-level if statements of its
// body, before its first return, that end the request or hand it on.
func (r *hookReader) guardsOf(fn *sitter.Node) {
	t := r.t
	body := fn.ChildByFieldName("body")
	if body == nil || body.Type() != "statement_block" {
		return // an arrow returning resolve(event) directly
	}
	if r.h.clerk == "" && strings.Contains(t.Text(body), "locals.auth") {
		r.h.early = append(r.h.early, t.Pos(fn))
	}
	locals := map[string]*sitter.Node{}
	for i := 0; i < int(body.NamedChildCount()); i++ {
		s := body.NamedChild(i)
		switch s.Type() {
		case "lexical_declaration", "variable_declaration":
			for j := 0; j < int(s.NamedChildCount()); j++ {
				d := s.NamedChild(j)
				if n, v := d.ChildByFieldName("name"), d.ChildByFieldName("value"); n != nil && v != nil && n.Type() == "identifier" {
					locals[t.Text(n)] = v
				}
			}
		case "if_statement":
			r.ifGuard(s, locals, nil)
		case "return_statement":
			return
		}
	}
}

// ifGuard reads `if (cond) <exit>` (and one nested if inside a block
// consequence) into a guard; outer is the enclosing condition.
func (r *hookReader) ifGuard(s *sitter.Node, locals map[string]*sitter.Node, outer cond) {
	t := r.t
	c, cons := s.ChildByFieldName("condition"), s.ChildByFieldName("consequence")
	if c == nil || cons == nil || s.ChildByFieldName("alternative") != nil {
		return
	}
	when := r.cond(c, locals, 0)
	if outer != nil {
		inner := when
		when = func(url string) tri { return and(outer(url), inner(url)) }
	}
	stmts := []*sitter.Node{cons}
	if cons.Type() == "statement_block" {
		stmts = stmts[:0]
		for i := 0; i < int(cons.NamedChildCount()); i++ {
			stmts = append(stmts, cons.NamedChild(i))
		}
	}
	for _, st := range stmts {
		switch st.Type() {
		case "return_statement":
			allow := st.NamedChildCount() > 0 && strings.Contains(t.Text(st.NamedChild(0)), "resolve(")
			r.h.guards = append(r.h.guards, guard{allow: allow, when: when, what: "the handle guard", at: t.Pos(s)})
			return
		case "throw_statement":
			r.h.guards = append(r.h.guards, guard{when: when, what: "the handle guard", at: t.Pos(s)})
			return
		case "expression_statement":
			if e := js.Unwrap(st.NamedChild(0)); e != nil && e.Type() == "call_expression" {
				if l := lastName(js.CalleeOf(t, e)); l == "redirect" || l == "error" {
					// SvelteKit 2's redirect() and error() throw.
					r.h.guards = append(r.h.guards, guard{when: when, what: "the handle guard", at: t.Pos(s)})
					return
				}
			}
		case "if_statement":
			if len(stmts) == 1 {
				r.ifGuard(st, locals, when)
			}
			return
		}
	}
}

// handWritten marks a hooks module that authenticates with Clerk itself:
// @clerk/backend's authenticateRequest, or an assignment to locals.auth.
var handWritten = lazyregexp.New(`authenticateRequest\(|locals\.auth\s*=[^=]`)

// sessionWord marks an expression reading the session (userId from
// locals.auth(), locals.session, event.locals.user).
var sessionWord = lazyregexp.New(`(?i)(userid|session|auth|user|signedin)`)

// pathWord marks a local holding the request's path.
var pathWord = lazyregexp.New(`(?i)^(pathname|path|url|urlpath|currentpath|requestpath)$`)

// cond compiles a guard condition. A signed-out request reads every
// session value as absent; path tests are evaluated on the URL; anything
// else is unknown.
func (r *hookReader) cond(n *sitter.Node, locals map[string]*sitter.Node, depth int) cond {
	t := r.t
	n = js.Unwrap(n)
	unk := func(string) tri { return unknown }
	if n == nil || depth > 12 {
		return unk
	}
	constant := func(v tri) cond { return func(string) tri { return v } }
	switch n.Type() {
	case "unary_expression":
		if op := n.ChildByFieldName("operator"); op != nil && t.Text(op) == "!" {
			inner := r.cond(n.ChildByFieldName("argument"), locals, depth+1)
			return func(u string) tri { return inner(u).not() }
		}
		return unk
	case "binary_expression":
		op := n.ChildByFieldName("operator")
		l, rt := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op == nil || l == nil || rt == nil {
			return unk
		}
		switch t.Text(op) {
		case "&&":
			a, b := r.cond(l, locals, depth+1), r.cond(rt, locals, depth+1)
			return func(u string) tri { return and(a(u), b(u)) }
		case "||":
			a, b := r.cond(l, locals, depth+1), r.cond(rt, locals, depth+1)
			return func(u string) tri { return or(a(u), b(u)) }
		case "===", "==", "!==", "!=":
			neg := strings.HasPrefix(t.Text(op), "!")
			var c cond = unk
			switch {
			case js.IsNullish(t, rt) && r.session(l, locals):
				c = constant(yes)
			case js.IsNullish(t, l) && r.session(rt, locals):
				c = constant(yes)
			case isStr(rt) && r.path(l, locals):
				lit := js.Unquote(t, rt)
				c = func(u string) tri { return truth(u == lit) }
			case isStr(l) && r.path(rt, locals):
				lit := js.Unquote(t, l)
				c = func(u string) tri { return truth(u == lit) }
			}
			if neg {
				inner := c
				return func(u string) tri { return inner(u).not() }
			}
			return c
		}
		return unk
	case "identifier":
		name := t.Text(n)
		if v := locals[name]; v != nil {
			return r.cond(v, locals, depth+1)
		}
		if sessionWord.MatchString(name) {
			return constant(no) // absent when signed out
		}
		return unk
	case "member_expression":
		if r.session(n, locals) {
			return constant(no)
		}
		return unk
	case "call_expression":
		return r.callCond(n, locals, depth)
	case "true":
		return constant(yes)
	case "false":
		return constant(no)
	}
	return unk
}

// callCond compiles a call in a condition: path tests (startsWith,
// includes, a list's some/includes/has, a regex test) and session reads.
func (r *hookReader) callCond(n *sitter.Node, locals map[string]*sitter.Node, depth int) cond {
	t := r.t
	unk := func(string) tri { return unknown }
	fn, args := n.ChildByFieldName("function"), n.ChildByFieldName("arguments")
	if fn == nil || args == nil {
		return unk
	}
	if fn.Type() != "member_expression" {
		if r.session(n, locals) {
			return func(string) tri { return no }
		}
		return unk
	}
	obj, prop := js.Unwrap(fn.ChildByFieldName("object")), fn.ChildByFieldName("property")
	if obj == nil || prop == nil {
		return unk
	}
	var arg *sitter.Node
	if args.NamedChildCount() > 0 {
		arg = js.Unwrap(args.NamedChild(0))
	}
	method := t.Text(prop)
	switch method {
	case "startsWith", "endsWith", "includes":
		// url.href.includes('/x') tests the path as well (the origin holds
		// no '/'-led path segment).
		href := method == "includes" && strings.HasSuffix(t.Text(obj), ".href")
		if arg != nil && isStr(arg) && (r.path(obj, locals) || href) {
			lit := js.Unquote(t, arg)
			return func(u string) tri {
				switch method {
				case "startsWith":
					return truth(strings.HasPrefix(u, lit))
				case "endsWith":
					return truth(strings.HasSuffix(u, lit))
				}
				return truth(strings.Contains(u, lit))
			}
		}
		if method == "includes" && arg != nil && r.path(arg, locals) {
			if lits, ok := r.listOf(obj, locals); ok {
				return func(u string) tri { return truth(slices.Contains(lits, u)) }
			}
		}
	case "has":
		if arg != nil && r.path(arg, locals) {
			if lits, ok := r.listOf(obj, locals); ok {
				return func(u string) tri { return truth(slices.Contains(lits, u)) }
			}
		}
	case "some", "find":
		// list.some((p) => pathname.startsWith(p))
		lits, ok := r.listOf(obj, locals)
		if !ok || arg == nil || !js.IsFunc(arg) {
			return unk
		}
		body := js.Unwrap(arg.ChildByFieldName("body"))
		if body == nil || body.Type() != "call_expression" {
			return unk
		}
		bf := body.ChildByFieldName("function")
		if bf == nil || bf.Type() != "member_expression" || !r.path(bf.ChildByFieldName("object"), locals) {
			return unk
		}
		switch t.Text(bf.ChildByFieldName("property")) {
		case "startsWith":
			return func(u string) tri {
				for _, l := range lits {
					if strings.HasPrefix(u, l) {
						return yes
					}
				}
				return no
			}
		case "includes":
			return func(u string) tri {
				for _, l := range lits {
					if strings.Contains(u, l) {
						return yes
					}
				}
				return no
			}
		}
	case "test":
		if obj.Type() == "regex" && arg != nil && r.path(arg, locals) {
			if p := obj.ChildByFieldName("pattern"); p != nil {
				if re, err := regexp.Compile(t.Text(p)); err == nil {
					return func(u string) tri { return truth(re.MatchString(u)) }
				}
			}
		}
	}
	if r.session(n, locals) {
		return func(string) tri { return no }
	}
	return unk
}

// listOf reads a list of string literals: inline, a module or handle const.
func (r *hookReader) listOf(n *sitter.Node, locals map[string]*sitter.Node) ([]string, bool) {
	n = js.Unwrap(n)
	if n != nil && n.Type() == "identifier" {
		if v := locals[r.t.Text(n)]; v != nil {
			return r.strings(v)
		}
	}
	return r.strings(n)
}

// session reports whether an expression reads the session.
func (r *hookReader) session(n *sitter.Node, locals map[string]*sitter.Node) bool {
	n = js.Unwrap(n)
	if n == nil {
		return false
	}
	switch n.Type() {
	case "identifier", "member_expression", "call_expression", "subscript_expression":
		text := r.t.Text(n)
		return sessionWord.MatchString(text) && !strings.Contains(text, "url") && !strings.Contains(text, "route")
	}
	return false
}

// path reports whether an expression is the request's path (event.url
// .pathname, a destructured pathname, a local bound to one).
func (r *hookReader) path(n *sitter.Node, locals map[string]*sitter.Node) bool {
	n = js.Unwrap(n)
	if n == nil {
		return false
	}
	switch n.Type() {
	case "identifier":
		// pathname, path, url (a local bound to the path); not a route id,
		// whose groups the URL does not show.
		return pathWord.MatchString(r.t.Text(n))
	case "member_expression":
		p := n.ChildByFieldName("property")
		return p != nil && r.t.Text(p) == "pathname"
	}
	return false
}

func truth(b bool) tri {
	if b {
		return yes
	}
	return no
}

func isStr(n *sitter.Node) bool {
	return n != nil && n.Type() == "string"
}

func isRelative(spec string) bool {
	return strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "$lib") || strings.HasPrefix(spec, "/")
}

func lastName(c js.Callee) string {
	for i := len(c.Path) - 1; i >= 0; i-- {
		if c.Path[i] != "()" {
			return c.Path[i]
		}
	}
	return c.Root
}
