package sveltekit

// The server hooks: what src/hooks.server's handle does to a request before
// any route runs. withClerkHandler() (svelte-clerk) and handleClerk()
// (clerk-sveltekit) authenticate; only handleClerk's protectedPaths and a
// hand-written guard (`if (!userId && pathname.startsWith('/app')) throw
// redirect(…)`) reject signed-out requests, and only for the URLs their
// path tests select, so a guard is kept as a small condition evaluated on
// each route's sample URLs, like a middleware matcher (js.PathConds, shared
// with the Next.js middleware's own path tests).

import (
	"bytes"
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
)

// guard is one statement of a handle that ends signed-out requests (deny)
// or lets requests through before later guards (allow: `if (public) return
// resolve(event)`).
type guard struct {
	allow bool
	when  js.PathCond
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
func (h *hooks) verdict(url string) (js.Tri, *guard, string) {
	if h == nil {
		return js.No, nil, ""
	}
	for i := range h.guards {
		g := &h.guards[i]
		switch v, _ := g.when(url); v {
		case js.Unknown:
			return js.Unknown, g, fmt.Sprintf("the condition of %s (%s:%d) could not be evaluated for %s", g.what, h.file, g.at.Line, url)
		case js.Yes:
			if g.allow {
				return js.No, nil, ""
			}
			return js.Yes, g, ""
		}
	}
	if h.why != "" {
		return js.Unknown, nil, h.why
	}
	return js.No, nil, ""
}

// readHooks reads the handle export of a hooks.server module.
func readHooks(m *js.Model, t *js.Tree, mod *js.Module, file string) *hooks {
	h := &hooks{file: file}
	r := &hookReader{m: m, t: t, mod: mod, h: h, decls: js.TopDecls(t)}
	r.conds = &js.PathConds{T: t, Decls: r.decls, Session: r.session}
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
	conds *js.PathConds
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
		lits, ok := r.conds.Strings(v)
		if !ok {
			// function entries decide at run time
			r.h.guards = append(r.h.guards, guard{what: "handleClerk protectedPaths", at: t.Pos(p), when: func(string) (js.Tri, js.PathHit) { return js.Unknown, js.PathHit{} }})
			continue
		}
		r.h.guards = append(r.h.guards, guard{what: "handleClerk protectedPaths", at: t.Pos(p), when: js.Prefixes(lits)})
	}
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
			js.BindLocals(t, s, locals)
		case "if_statement":
			r.ifGuard(s, locals, nil)
		case "return_statement":
			return
		}
	}
}

// ifGuard reads `if (cond) <exit>` (and one nested if inside a block
// consequence) into a guard; outer is the enclosing condition.
func (r *hookReader) ifGuard(s *sitter.Node, locals map[string]*sitter.Node, outer js.PathCond) {
	t := r.t
	c, cons := s.ChildByFieldName("condition"), s.ChildByFieldName("consequence")
	if c == nil || cons == nil || s.ChildByFieldName("alternative") != nil {
		return
	}
	when := r.conds.Cond(c, locals)
	if outer != nil {
		inner := when
		when = func(url string) (js.Tri, js.PathHit) {
			a, _ := outer(url)
			b, h := inner(url)
			return js.And(a, b), h
		}
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

// session reports whether an expression reads the session.
func (r *hookReader) session(n *sitter.Node) bool {
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
