package js

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
)

// trpcCall reports whether a call on a tRPC server-side caller
// (`await api.post.byId({ id })`, api from createCaller(createContext),
// appRouter.createCaller(ctx), createCallerFactory(appRouter)(ctx) or
// createHydrationHelpers(caller, …)) reaches a procedure that rejects a
// signed-out caller before it runs: the router is followed key by key to
// the procedure, and the procedure's builder chain
// (protectedProcedure.input(s).query(fn), protectedProcedure =
// t.procedure.use(isAuthed)) to a .use() middleware that throws a
// TRPCError with code UNAUTHORIZED when a ctx value is missing, in a
// module that reads Clerk's auth (or imports one that does) to build that
// ctx. A public procedure, a key the router does not spell out (a spread,
// mergeRouters) or any shape not followed is no protection. The verdict
// is memoised per module and callee; "" when unprotected.
func (m *Model) trpcCall(mod *Module, c Callee) string {
	if len(c.Path) < 2 || slices.Contains(c.Path, "()") {
		return ""
	}
	key := mod.Path + "\x00" + c.String()
	if v, ok := m.trpcCalls.Load(key); ok {
		return v.(string)
	}
	w := &trpcWalk{m: m, files: map[string]*Parsed{}}
	by := w.call(mod, c)
	w.close()
	m.trpcCalls.Store(key, by)
	return by
}

// buildsCaller: the file's text names a tRPC caller factory (memoised).
func (m *Model) buildsCaller(p string) bool {
	if v, ok := m.trpcCalls.Load("\x01" + p); ok {
		return v.(bool)
	}
	src := m.ReadSmall(p)
	ok := bytes.Contains(src, []byte("createCaller")) || bytes.Contains(src, []byte("createHydrationHelpers"))
	m.trpcCalls.Store("\x01"+p, ok)
	return ok
}

// trpcWalk holds the files one trpcCall resolution parsed, closed at its end.
type trpcWalk struct {
	m     *Model
	files map[string]*Parsed
}

func (w *trpcWalk) close() {
	for _, pf := range w.files {
		if pf != nil && pf.Tree != nil {
			pf.Tree.Close()
		}
	}
}

func (w *trpcWalk) parsed(p string) *Parsed {
	if pf, ok := w.files[p]; ok {
		return pf
	}
	pf, err := w.m.ParseSmall(p)
	if err != nil {
		pf = nil
	}
	w.files[p] = pf
	return pf
}

// node is a syntax node with the file it belongs to.
type node struct {
	file string
	n    *sitter.Node
}

func (w *trpcWalk) text(x node) string { return w.files[x.file].Tree.Text(x.n) }

func (w *trpcWalk) call(mod *Module, c Callee) string {
	// Cheap first: only a module that builds a caller is parsed.
	at := mod.Path
	if il := mod.Locals[c.Root]; il != nil {
		if at = w.m.Resolve(mod.Path, il.Import.Spec); at == "" {
			return ""
		}
	}
	if !w.m.buildsCaller(at) {
		return ""
	}
	root, ok := w.decl(mod.Path, c.Root, 0)
	if !ok {
		return ""
	}
	router, ok := w.callerRouter(root, 0)
	if !ok {
		return ""
	}
	for i, seg := range c.Path {
		v, ok := w.key(router, seg)
		if !ok {
			return ""
		}
		if r, ok := w.router(v, 0); ok {
			router = r
			continue
		}
		if i == 0 {
			return "" // a caller's first key names a router
		}
		if by := w.procedure(v, 0); by != "" {
			return fmt.Sprintf("the tRPC procedure %s (%s)", strings.Join(c.Path[:i+1], "."), by)
		}
		return ""
	}
	return ""
}

// bare strips what does not change a value: await, parentheses,
// `satisfies`, `as`, `!`.
func bare(n *sitter.Node) *sitter.Node {
	for n != nil {
		switch n.Type() {
		case "await_expression", "parenthesized_expression", "satisfies_expression", "as_expression", "non_null_expression":
			n = n.NamedChild(0)
		default:
			return n
		}
	}
	return n
}

// decl finds the value bound to name at the top level of file p, through
// imports and re-exports of the project's own modules.
func (w *trpcWalk) decl(p, name string, depth int) (node, bool) {
	if depth > 6 {
		return node{}, false
	}
	pf := w.parsed(p)
	if pf == nil {
		return node{}, false
	}
	t := pf.Tree
	root := t.Root()
	for i := range int(root.NamedChildCount()) {
		st := root.NamedChild(i)
		if st.Type() == "export_statement" {
			if d := st.ChildByFieldName("declaration"); d != nil {
				st = d
			}
		}
		if st.Type() != "lexical_declaration" && st.Type() != "variable_declaration" {
			continue
		}
		for j := range int(st.NamedChildCount()) {
			d := st.NamedChild(j)
			if d.Type() != "variable_declarator" {
				continue
			}
			if v := d.ChildByFieldName("value"); v != nil && binds(t, d.ChildByFieldName("name"), name) {
				return node{p, bare(v)}, true
			}
		}
	}
	mod := w.m.Module(p)
	if mod == nil || mod.Err != nil {
		return node{}, false
	}
	if il := mod.Locals[name]; il != nil {
		if to := w.m.Resolve(p, il.Import.Spec); to != "" {
			return w.export(to, il.Imported, depth+1)
		}
	}
	return node{}, false
}

// binds: a declarator's name pattern binds name (api, or { trpc: api }).
func binds(t *Tree, pat *sitter.Node, name string) bool {
	if pat == nil {
		return false
	}
	switch pat.Type() {
	case "identifier":
		return t.Text(pat) == name
	case "object_pattern":
		for i := range int(pat.NamedChildCount()) {
			e := pat.NamedChild(i)
			switch e.Type() {
			case "shorthand_property_identifier_pattern":
				if t.Text(e) == name {
					return true
				}
			case "pair_pattern":
				if v := e.ChildByFieldName("value"); v != nil && v.Type() == "identifier" && t.Text(v) == name {
					return true
				}
			}
		}
	}
	return false
}

func (w *trpcWalk) export(p, name string, depth int) (node, bool) {
	mod := w.m.Module(p)
	if mod == nil || mod.Err != nil || depth > 6 {
		return node{}, false
	}
	if exp := mod.Exports[name]; exp != nil {
		if exp.From != nil {
			if to := w.m.Resolve(p, exp.From.Spec); to != "" {
				return w.export(to, exp.FromName, depth+1)
			}
			return node{}, false
		}
		return w.decl(p, exp.Local, depth+1)
	}
	for _, imp := range mod.StarExports {
		if to := w.m.Resolve(p, imp.Spec); to != "" {
			if v, ok := w.export(to, name, depth+1); ok {
				return v, true
			}
		}
	}
	// export const { trpc: api } = …: a destructured export the
	// summary does not list.
	return w.decl(p, name, depth+1)
}

// ident follows an identifier to its value; other nodes are themselves.
func (w *trpcWalk) ident(x node, depth int) (node, bool) {
	if x.n == nil {
		return node{}, false
	}
	if x.n.Type() == "identifier" {
		return w.decl(x.file, w.text(x), depth+1)
	}
	return x, true
}

// callee splits a call into its function and first argument.
func callParts(n *sitter.Node) (fn, arg0 *sitter.Node) {
	if n == nil || n.Type() != "call_expression" {
		return nil, nil
	}
	fn = n.ChildByFieldName("function")
	if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
		arg0 = bare(args.NamedChild(0))
	}
	return fn, arg0
}

// lastName is the name a callee ends with (t.createCallerFactory →
// createCallerFactory).
func (w *trpcWalk) lastName(x node) string {
	switch x.n.Type() {
	case "identifier":
		return w.text(x)
	case "member_expression":
		if pr := x.n.ChildByFieldName("property"); pr != nil {
			return w.text(node{x.file, pr})
		}
	}
	return ""
}

// callerRouter finds the router a server-side caller calls into.
func (w *trpcWalk) callerRouter(x node, depth int) (node, bool) {
	fn, arg0 := callParts(x.n)
	if fn == nil || depth > 6 {
		return node{}, false
	}
	f := node{x.file, fn}
	switch name := w.lastName(f); {
	case name == "createHydrationHelpers" && arg0 != nil:
		c, ok := w.ident(node{x.file, arg0}, depth)
		if !ok {
			return node{}, false
		}
		return w.callerRouter(c, depth+1)
	case name == "createCaller" && fn.Type() == "member_expression":
		return w.router(node{x.file, fn.ChildByFieldName("object")}, depth+1)
	case fn.Type() == "call_expression":
		// createCallerFactory(appRouter)(ctx)
		return w.factoryRouter(f, depth)
	case fn.Type() == "identifier":
		v, ok := w.decl(x.file, name, depth+1)
		if !ok {
			return node{}, false
		}
		return w.factoryRouter(v, depth)
	}
	return node{}, false
}

// factoryRouter: createCallerFactory(appRouter), t.createCallerFactory(r).
func (w *trpcWalk) factoryRouter(x node, depth int) (node, bool) {
	fn, arg0 := callParts(x.n)
	if fn == nil || arg0 == nil || w.lastName(node{x.file, fn}) != "createCallerFactory" {
		return node{}, false
	}
	return w.router(node{x.file, arg0}, depth+1)
}

// router resolves a router expression to its object literal of
// procedures and sub-routers: createTRPCRouter({…}), t.router({…}), or
// the object itself ({…} satisfies TRPCRouterRecord).
func (w *trpcWalk) router(x node, depth int) (node, bool) {
	if depth > 8 {
		return node{}, false
	}
	x, ok := w.ident(node{x.file, bare(x.n)}, depth)
	if !ok {
		return node{}, false
	}
	if x.n.Type() == "object" {
		return x, true
	}
	if _, arg0 := callParts(x.n); arg0 != nil && arg0.Type() == "object" && !w.isProcedureChain(x) {
		return node{x.file, arg0}, true
	}
	return node{}, false
}

// isProcedureChain: a member-call chain (builder.input(s).query(fn)), not
// a router factory called with an object.
func (w *trpcWalk) isProcedureChain(x node) bool {
	fn, _ := callParts(x.n)
	return fn != nil && fn.Type() == "member_expression" && slices.Contains([]string{"input", "output", "use", "meta", "query", "mutation", "subscription"}, w.lastName(node{x.file, fn}))
}

// key finds a router object's entry: `seg: value` or a shorthand `seg`.
func (w *trpcWalk) key(obj node, seg string) (node, bool) {
	for i := range int(obj.n.NamedChildCount()) {
		e := obj.n.NamedChild(i)
		switch e.Type() {
		case "pair":
			k := e.ChildByFieldName("key")
			if k != nil && strings.Trim(w.text(node{obj.file, k}), `'"`) == seg {
				return node{obj.file, bare(e.ChildByFieldName("value"))}, true
			}
		case "shorthand_property_identifier":
			if w.text(node{obj.file, e}) == seg {
				return w.decl(obj.file, seg, 0)
			}
		}
	}
	return node{}, false
}

// procedure follows a procedure's builder chain to a protecting .use()
// middleware; it returns how it is protected, "" when it is not.
func (w *trpcWalk) procedure(x node, depth int) string {
	for depth < 8 {
		n := x.n
		for n != nil && n.Type() == "call_expression" {
			fn, arg0 := callParts(n)
			if fn == nil || fn.Type() != "member_expression" {
				return ""
			}
			if w.lastName(node{x.file, fn}) == "use" && arg0 != nil {
				if by := w.middleware(node{x.file, arg0}, depth+1); by != "" {
					return by
				}
			}
			n = bare(fn.ChildByFieldName("object"))
		}
		if n == nil || n.Type() != "identifier" {
			return "" // t.procedure: the public builder
		}
		v, ok := w.decl(x.file, w.text(node{x.file, n}), depth+1)
		if !ok {
			return ""
		}
		x = v
		depth++
	}
	return ""
}

// middleware judges a .use() argument: a function (inline, or a binding
// of t.middleware(fn)) whose top-level statements, before its first
// return, throw a TRPCError with code UNAUTHORIZED under an if testing
// the ctx, in a module that builds that ctx from Clerk's auth.
func (w *trpcWalk) middleware(x node, depth int) string {
	x, ok := w.ident(x, depth)
	if !ok {
		return ""
	}
	if fn, arg0 := callParts(x.n); fn != nil && arg0 != nil && strings.HasSuffix(w.lastName(node{x.file, fn}), "iddleware") {
		x = node{x.file, arg0}
	}
	switch x.n.Type() {
	case "arrow_function", "function_expression", "function":
	default:
		return ""
	}
	body := x.n.ChildByFieldName("body")
	if body == nil || body.Type() != "statement_block" || !w.clerkContext(x.file) {
		return ""
	}
	for i := range int(body.NamedChildCount()) {
		st := body.NamedChild(i)
		if st.Type() == "return_statement" {
			return ""
		}
		if st.Type() != "if_statement" {
			continue
		}
		cond, cons := st.ChildByFieldName("condition"), st.ChildByFieldName("consequence")
		if cond == nil || cons == nil || !strings.Contains(w.text(node{x.file, cond}), "ctx") {
			continue
		}
		if th := firstThrow(cons); th != nil {
			text := w.text(node{x.file, th})
			if strings.Contains(text, "TRPCError") && strings.Contains(text, "UNAUTHORIZED") {
				return fmt.Sprintf("its UNAUTHORIZED middleware at %s:%d", x.file, st.StartPoint().Row+1)
			}
		}
	}
	return ""
}

// firstThrow: the consequence is a throw, or a block whose statements
// include one at its top level.
func firstThrow(n *sitter.Node) *sitter.Node {
	if n.Type() == "throw_statement" {
		return n
	}
	if n.Type() == "statement_block" {
		for i := range int(n.NamedChildCount()) {
			if s := n.NamedChild(i); s.Type() == "throw_statement" {
				return s
			}
		}
	}
	return nil
}

// clerkContext: the module importing a Clerk package (whose auth builds
// the ctx), directly or through one of the project's modules it imports.
func (w *trpcWalk) clerkContext(p string) bool {
	mod := w.m.Module(p)
	if mod == nil || mod.Err != nil {
		return false
	}
	clerk := func(mod *Module) bool {
		return slices.ContainsFunc(mod.Imports, func(imp *Import) bool { return !imp.TypeOnly && strings.HasPrefix(imp.Spec, "@clerk/") })
	}
	if clerk(mod) {
		return true
	}
	for _, imp := range mod.Imports {
		if to := w.m.Resolve(p, imp.Spec); to != "" && !imp.TypeOnly {
			if dep := w.m.Module(to); dep != nil && dep.Err == nil && clerk(dep) {
				return true
			}
		}
	}
	return false
}

// TRPCCaller reports whether a module's own export name is a tRPC
// server-side caller object (`export const api = createCaller(createContext)`,
// appRouter.createCaller(ctx), createCallerFactory(appRouter)(ctx), through
// project bindings and imports of the factory): no function of the
// project, and called itself it names no procedure and runs none (each
// procedure is judged where it is called, trpcCall).
func (m *Model) TRPCCaller(mod *Module, name string) bool {
	exp := mod.Exports[name]
	if exp == nil || exp.From != nil || !m.buildsCaller(mod.Path) {
		return false
	}
	w := &trpcWalk{m: m, files: map[string]*Parsed{}}
	defer w.close()
	v, ok := w.decl(mod.Path, exp.Local, 0)
	return ok && w.isCaller(v, 0)
}

// isCaller: x calls router.createCaller(ctx), or a caller maker (isMaker)
// with the context.
func (w *trpcWalk) isCaller(x node, depth int) bool {
	fn, _ := callParts(x.n)
	if fn == nil || depth > 6 {
		return false
	}
	if fn.Type() == "member_expression" && w.lastName(node{x.file, fn}) == "createCaller" {
		return true
	}
	return w.isMaker(node{x.file, bare(fn)}, depth+1)
}

// isMaker: x is (or names) what createCallerFactory(router) returns, a
// function from a context to a caller.
func (w *trpcWalk) isMaker(x node, depth int) bool {
	if depth > 6 {
		return false
	}
	x, ok := w.ident(x, 0) // decl bounds its own walk through imports
	if !ok {
		return false
	}
	fn, _ := callParts(x.n)
	return fn != nil && w.isFactory(node{x.file, bare(fn)}, depth+1)
}

// isFactory: x is tRPC's createCallerFactory (t.createCallerFactory, or a
// binding or import of it: `export const createCaller =
// t.createCallerFactory`).
func (w *trpcWalk) isFactory(x node, depth int) bool {
	if depth > 6 || x.n == nil {
		return false
	}
	if w.lastName(x) == "createCallerFactory" {
		return true
	}
	if x.n.Type() != "identifier" {
		return false
	}
	v, ok := w.decl(x.file, w.text(x), 0)
	return ok && (v.n.Type() == "identifier" || v.n.Type() == "member_expression") && w.isFactory(v, depth+1)
}
