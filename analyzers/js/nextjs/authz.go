package nextjs

// Authorization rules on the Next.js endpoint model:
//
//   - CLK201: an endpoint that authenticates (protects itself, or the
//     middleware protects its URL) and is privileged (its URL matches
//     privileged-routes, or its body calls a privileged Clerk Backend API on
//     someone other than the session's user) but checks no role or
//     permission (inline 'use server' functions that authenticate: the
//     privileged API form only); and role literals without the org: prefix
//     (orgRole === 'admin'; has({ role: 'admin' }) in @clerk/nextjs v5 and
//     older).
//   - CLK202: an authenticated endpoint passing a user id read from the
//     request (route params, query, JSON or form body, headers, server
//     action arguments; `header ?? userId` too) to clerkClient.users.* or to a database filter keyed like a
//     user id, without comparing it with the session's userId or checking a
//     role.
//
// Only the handler's own body is read (helpers in other files are credited by
// name through role-functions); values are followed through local bindings
// in source order, not through calls, objects built elsewhere or loops'
// iteration variables; the one exception is the session user's row a
// callback hands back through a transaction runner (sessionrow.go).

import (
	"bytes"
	"fmt"
	"path"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// authzConfig is what CLK201 and CLK202 read from their params.
type authzConfig struct {
	privURL    []rules.Glob
	apis       map[string]bool // "users.deleteUser"
	userAPIs   []string        // path.Match patterns over "users.getUser"
	roleFuncs  *rules.Regexp
	roleKeys   *rules.Regexp
	roleClaims *rules.Regexp
	idKeys     *rules.Regexp
}

// add merges one rule's params (a user's --rules override extends lists and
// replaces patterns).
func (a *authzConfig) add(p *params, opts scan.Options, r *rules.Rule) error {
	for i, u := range p.UserAPIs {
		if _, err := path.Match(u, ""); err != nil {
			return &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: fmt.Sprintf("params.user-apis.%d", i), Msg: fmt.Sprintf("invalid pattern %q", u)}
		}
	}
	if a.apis == nil {
		a.apis = map[string]bool{}
	}
	if len(opts.PrivilegedRoutes) > 0 {
		a.privURL = opts.PrivilegedRoutes // the config replaces the defaults, as for Go
	} else {
		a.privURL = append(a.privURL, p.PrivilegedRoutes...)
	}
	for _, s := range p.ClerkClientAPIs {
		a.apis[s] = true
	}
	a.userAPIs = append(a.userAPIs, p.UserAPIs...)
	for _, r := range []struct {
		dst **rules.Regexp
		src *rules.Regexp
	}{{&a.roleFuncs, p.RoleFunctions}, {&a.roleKeys, p.RoleMetadataKeys}, {&a.roleClaims, p.RoleClaims}, {&a.idKeys, p.UserIDKeys}} {
		if r.src != nil {
			*r.dst = r.src
		}
	}
	return nil
}

// authzNeedsTree decides from the bytes whether the authz checks can find
// anything in this file.
func (c *checker) authzNeedsTree(src []byte, route Route, isRoute, useServer bool) bool {
	if isRoute && c.privilegedURL(route) != "" {
		return true
	}
	if bytes.Contains(src, []byte("lerkClient")) || bytes.Contains(src, []byte("orgRole")) || bytes.Contains(src, []byte("orgPermissions")) {
		return true
	}
	if c.enabled[ruleid.ClientSuppliedUserID] && c.authz.idKeys != nil && (useServer || hasRequestSource(src)) {
		return hasWord(src, c.authz.idKeys)
	}
	return false
}

// requestSources are the spellings of request data CLK202 follows.
var requestSources = [][]byte{[]byte("params"), []byte("query"), []byte("body"), []byte(".json("), []byte("formData"), []byte("searchParams"), []byte("Params"), []byte("headers")}

func hasRequestSource(src []byte) bool {
	for _, s := range requestSources {
		if bytes.Contains(src, s) {
			return true
		}
	}
	return false
}

// hasWord reports an identifier-like word of src that re matches; only
// words spelling "id" are tested.
func hasWord(src []byte, re *rules.Regexp) bool {
	for i := 0; i < len(src); {
		if !js.IdentByte(src[i]) {
			i++
			continue
		}
		j := i
		for j < len(src) && js.IdentByte(src[j]) {
			j++
		}
		w := src[i:j]
		if len(w) <= 32 && spellsID(w) && re.Match(w) {
			return true
		}
		i = j
	}
	return false
}

// spellsID: w contains "id" in any case, without allocating.
func spellsID(w []byte) bool {
	for k := 0; k+1 < len(w); k++ {
		if (w[k]|0x20) == 'i' && (w[k+1]|0x20) == 'd' {
			return true
		}
	}
	return false
}

func (c *checker) privilegedURL(route Route) string {
	for _, s := range route.Samples {
		for _, g := range c.authz.privURL {
			if g.Match(s) {
				return s
			}
		}
	}
	return ""
}

// checkAuthz runs CLK201 and CLK202 on a module's endpoints.
func (c *checker) checkAuthz(pass *js.Pass, as *appState, mod *js.Module, route Route, isRoute, useServer bool) {
	if !c.authzNeedsTree(pass.Src, route, isRoute, useServer) {
		return
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	if c.enabled[ruleid.MissingAuthorization] {
		c.checkRoleLiterals(pass, t, as)
	}
	if !useServer && c.delegates(mod) {
		return
	}
	funcs := funcIndex(t)
	mc := c.moduleClients(t, mod)
	for _, ep := range c.endpoints(pass.Model, mod, route, isRoute, useServer) {
		if !c.authenticated(pass.Model, as, mod, ep.name, route, useServer) {
			continue // CLK101 or CLK102's business
		}
		// A middleware the analysis cannot read may check the role: the
		// handler's own checks are still its evidence (CLK203 reads them),
		// but nothing is reported.
		mwUnknown := !useServer && as.mwUnknown(route)
		fn := handlerNode(mod, ep.name, funcs)
		if fn == nil {
			continue
		}
		wrapped := false
		if f, w := js.ExportHandler(mod, ep.name); f != nil && w != nil {
			by := pass.Model.ExportProtection(mod, ep.name, &c.spec).By
			// An action client's middleware hands the action its ctx
			// ({ parsedInput, ctx }): the browser sends the input only.
			wrapped = strings.Contains(by, "wrapper") || (useServer && strings.Contains(by, ".use() middleware"))
		}
		h := c.newHandlerScan(t, mod, fn, mc, useServer, wrapped)
		h.mod, h.funcs, h.m = mod, funcs, pass.Model
		h.scan()
		h.roleChecked = h.roleChecked || c.roleWrapper(mod, ep.name)
		what := ep.name + " " + route.Pattern
		switch {
		case useServer:
			what = "server action " + ep.name
		case route.Kind == PagesAPI:
			what = "API route " + route.Pattern
		}
		pos := ep.pos
		pos.File = ""
		reported := false
		roleChecked := h.roleChecked || c.middlewareRole(as, route, useServer)
		switch {
		case h.roleChecked:
			as.eps.addAuthz(pass.File.Path, ep.name, endpoint.Evidence{Kind: endpoint.RoleCheck, What: "a role or permission check in the handler", At: at(pass.File.Path, ep.pos)})
		case roleChecked && as.mw != nil:
			as.eps.addAuthz(pass.File.Path, ep.name, endpoint.Evidence{Kind: endpoint.RoleCheck, What: "a role check in clerkMiddleware", At: at(as.mw.File, as.mw.At)})
		}
		if mwUnknown {
			continue
		}
		if c.enabled[ruleid.MissingAuthorization] && !roleChecked {
			note := ""
			if h.clientRole != "" {
				note = fmt.Sprintf(" (its test of %s is no role check: the signed-in user writes that value from the browser, publicMetadata and session claims are set only by your backend)", short(h.clientRole))
			}
			if h.privCall != nil {
				reported = true
				whom := "a user other than the signed-in one"
				switch {
				case h.privSelf:
					whom = "the signed-in user's own role, with a value the request chooses (every user can make themselves admin),"
				case strings.HasPrefix(h.privAPI, "sessions."):
					whom = "a session other than the signed-in user's own"
				}
				pass.Report(rules.Finding{RuleID: ruleid.MissingAuthorization, Position: pos, Construct: "privileged-api:" + ep.name + ":" + h.privAPI,
					Related: []rules.Related{{Position: withFile(t.Pos(h.privCall), pass.File.Path), Message: "the privileged call"}},
					Message: fmt.Sprintf("%s calls %s, a privileged Clerk API, on %s but checks no role or permission%s: any signed-in user can do it; check `await auth.protect({ permission: 'org:...' })` or `has({ role: 'org:admin' })` and return 403 first (in the handler, or with a role in clerkMiddleware for its path)", what, h.privAPI, whom, note)})
			} else if s := c.privilegedURL(route); !useServer && s != "" {
				reported = true
				if route.Kind != PagesAPI {
					what = "route " + what
				}
				pass.Report(rules.Finding{RuleID: ruleid.MissingAuthorization, Position: pos, Construct: "privileged-route:" + ep.name,
					Message: fmt.Sprintf("%s is privileged (privileged-routes) but only checks that a user is signed in%s: check `await auth.protect({ role: 'org:admin' })` or `has({ permission: 'org:...' })` and return 403 in the handler, or protect the path with a role in clerkMiddleware", what, note)})
			}
		}
		if !c.enabled[ruleid.ClientSuppliedUserID] || reported || roleChecked || h.compared || len(h.sinks) == 0 || ownerChecked(pass.Model, mod, ep.name) {
			continue
		}
		for _, s := range h.sinks {
			at := t.Pos(s.node)
			pass.Report(rules.Finding{RuleID: ruleid.ClientSuppliedUserID, Position: at, Construct: "user-id:" + ep.name + ":" + s.what,
				Message: fmt.Sprintf("%s %s with the user id `%s` taken from the request and never compares it with the session's userId: any signed-in user can read or change another user's data by changing the id; use the userId from `await auth()` instead, or compare the two and return 403 when they differ (check a role first for admin tools)", what, s.what, s.src)})
		}
	}
}

// ownerChecked: the handler compares a record it fetched with the session
// (js.Model.Authorization's ownership evidence), or a request value with a
// session value the syntax scan does not know (identity evidence: a field
// of the record Clerk's users.getUser returns for the session's user, in
// a project helper), as endpoint.ClientSuppliedIDs requires for every
// other producer: the caller owns the record, and the user id from the
// request names someone the owner acts on (the player a team's owner
// removes), or is the caller's own.
func ownerChecked(m *js.Model, mod *js.Module, export string) bool {
	fn, _ := js.ExportHandler(mod, export)
	if fn == nil {
		return false
	}
	return endpoint.Has(m.Authorization(mod, fn), endpoint.OwnershipCheck, endpoint.IdentityCheck)
}

// authenticated: the endpoint protects itself, or (not a server action,
// not a public route) the middleware protects its URL.
func (c *checker) authenticated(m *js.Model, as *appState, mod *js.Module, name string, route Route, useServer bool) bool {
	if m.ExportProtection(mod, name, &c.spec).Protected {
		return true
	}
	if useServer || c.isPublic(route) {
		return false
	}
	covered, _, _ := as.coverage(route)
	return covered
}

// mwUnknown: the app's Clerk middleware runs on the route but the analysis
// cannot tell what it does there.
func (as *appState) mwUnknown(route Route) bool {
	if as.mw == nil || !as.mw.Clerk {
		return false
	}
	for _, s := range route.Samples {
		if v, _ := as.mw.Evaluate(s); v == Unknown {
			return true
		}
	}
	return false
}

// funcIndex maps the position of every function node of a tree to the node,
// the key js.Func.Pos gives (handlerNode, handlerScan's same-module helpers).
func funcIndex(t *js.Tree) map[[2]int]*sitter.Node {
	funcs := map[[2]int]*sitter.Node{}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if isFunc(n) || n.Type() == "generator_function_declaration" {
			p := t.Pos(n)
			funcs[[2]int{p.Line, p.Column}] = n
		}
		return true
	})
	return funcs
}

// handlerNode finds the function node of an exported handler: the export's
// own function, or the handler a wrapper call receives in this module.
func handlerNode(mod *js.Module, name string, funcs map[[2]int]*sitter.Node) *sitter.Node {
	fn, _ := js.ExportHandler(mod, name)
	if fn == nil {
		return nil
	}
	return funcs[[2]int{fn.Pos.Line, fn.Pos.Column}]
}

// roleWrapper: the export is wrapped by a function named for a role check
// (withRole(…), requireAdmin(handler), a role-functions name).
func (c *checker) roleWrapper(mod *js.Module, name string) bool {
	exp := mod.Exports[name]
	if exp == nil || exp.From != nil {
		return false
	}
	for fn, depth := mod.Funcs[exp.Local], 0; fn != nil && fn.Wrapped != nil && depth < 4; depth++ {
		callee := fn.Wrapped.Callee
		last := callee.Root
		if k := len(callee.Path); k > 0 {
			last = callee.Path[k-1]
		}
		low := strings.ToLower(last)
		if (c.authz.roleFuncs != nil && c.authz.roleFuncs.MatchString(last)) ||
			(strings.HasPrefix(low, "with") && (strings.Contains(low, "role") || strings.Contains(low, "admin") || strings.Contains(low, "permission"))) {
			return true
		}
		var next *js.Func
		for _, a := range fn.Wrapped.Args {
			if a.Local != "" && mod.Funcs[a.Local] != nil {
				next = mod.Funcs[a.Local]
				break
			}
		}
		fn = next
	}
	return false
}

// moduleClients are the module's names for a Clerk Backend client:
// imported clerkClient / createClerkClient and top-level bindings of them.
type moduleClients struct {
	factories map[string]bool // clerkClient (v6 function, v5 object), createClerkClient
	clients   map[string]bool // const clerk = createClerkClient(…)
	authFns   map[string]bool // auth, getAuth, currentUser
}

func (c *checker) moduleClients(t *js.Tree, mod *js.Module) moduleClients {
	mc := moduleClients{factories: map[string]bool{}, clients: map[string]bool{}, authFns: map[string]bool{}}
	for local, n := range mod.Locals {
		if n.TypeOnly || !strings.HasPrefix(n.Import.Spec, "@clerk/") {
			continue
		}
		switch n.Imported {
		case "clerkClient", "createClerkClient":
			mc.factories[local] = true
		}
	}
	for _, n := range c.authImports(mod) {
		mc.authFns[n.Local] = true
	}
	root := t.Root()
	for i := 0; i < int(root.NamedChildCount()); i++ {
		s := root.NamedChild(i)
		if s.Type() == "export_statement" {
			if d := s.ChildByFieldName("declaration"); d != nil {
				s = d
			}
		}
		if s.Type() != "lexical_declaration" && s.Type() != "variable_declaration" {
			continue
		}
		for j := 0; j < int(s.NamedChildCount()); j++ {
			d := s.NamedChild(j)
			name, v := d.ChildByFieldName("name"), d.ChildByFieldName("value")
			if d.Type() == "variable_declarator" && name != nil && v != nil && name.Type() == "identifier" && mc.isClient(t, v, nil) {
				mc.clients[t.Text(name)] = true
			}
		}
	}
	return mc
}

// isClient: clerkClient, clerkClient(), await clerkClient(),
// createClerkClient(…) or a name bound to one of them.
func (mc moduleClients) isClient(t *js.Tree, n *sitter.Node, local map[string]bool) bool {
	n = js.Unwrap(n)
	switch n.Type() {
	case "identifier":
		name := t.Text(n)
		return mc.factories[name] || mc.clients[name] || local[name]
	case "call_expression":
		if f := n.ChildByFieldName("function"); f != nil && f.Type() == "identifier" {
			return mc.factories[t.Text(f)]
		}
	}
	return false
}

// handlerScan is what one handler body does, read in source order.
type handlerScan struct {
	c         *checker
	t         *js.Tree
	mc        moduleClients
	fn        *sitter.Node
	clients   map[string]bool // local bindings of a Clerk client
	session   map[string]bool // names holding the session's userId
	authObjs  map[string]bool // names holding the auth object (.userId, .has)
	userObjs  map[string]bool // names holding currentUser() (.id)
	tainted   map[string]bool // names holding request data
	roleVars  map[string]bool // names bound from a role test
	reqParams map[string]bool // the request parameter (req, request)
	matchers  map[string]bool // createRouteMatcher results (isAdminRoute(req) tests a path, not a role)
	// wrapped: the handler is the argument of an auth wrapper, which calls
	// it with its own context.
	wrapped bool
	// rows are values holding the signed-in user's own row (dotted
	// paths: user, dbResult.user), with the fields equal to the session's:
	// the id, and the fields it was found by.
	rows map[string][]string
	// m resolves a callee to a project function (for what it hands back
	// of its callbacks' results).
	m *js.Model
	// mod and funcs find same-module helpers, followed depth levels deep.
	mod   *js.Module
	funcs map[[2]int]*sitter.Node
	depth int

	roleChecked bool
	// clientRole is a role read from what the browser writes (unsafeMetadata,
	// the request), for CLK201's message.
	clientRole string
	compared   bool // a request value compared with the session's userId
	privCall   *sitter.Node
	privAPI    string
	// privSelf: privCall writes the signed-in user's own role from a
	// request value (self-promotion), not another user's data.
	privSelf bool
	sinks    []sink
}

// sink is a use of a request-supplied user id.
type sink struct {
	node *sitter.Node
	what string // "calls users.getUser", "filters a query by userId"
	src  string // the request value as written
}

func (c *checker) newHandlerScan(t *js.Tree, mod *js.Module, fn *sitter.Node, mc moduleClients, useServer, wrapped bool) *handlerScan {
	h := &handlerScan{c: c, t: t, mc: mc, fn: fn, wrapped: wrapped, clients: map[string]bool{}, session: map[string]bool{}, authObjs: map[string]bool{},
		userObjs: map[string]bool{}, tainted: map[string]bool{}, roleVars: map[string]bool{}, reqParams: map[string]bool{}, rows: map[string][]string{}}
	for i, p := range js.Params(fn) {
		if p.Type() == "required_parameter" || p.Type() == "optional_parameter" {
			if pat := p.ChildByFieldName("pattern"); pat != nil {
				p = pat
			}
		}
		switch {
		case useServer && i == 0 && h.wrapped && p.Type() == "object_pattern":
			// An action client's handler: its ctx comes from the
			// client's middleware, every other field from the browser.
			for j := 0; j < int(p.NamedChildCount()); j++ {
				c := p.NamedChild(j)
				if k := c.ChildByFieldName("key"); !(k != nil && t.Text(k) == "ctx") && t.Text(c) != "ctx" {
					h.bindAll(c, h.tainted)
				}
			}
		case useServer:
			h.bindAll(p, h.tainted) // the browser sends every argument
		case i == 0 && p.Type() == "identifier":
			h.reqParams[t.Text(p)] = true
		case i == 1 && h.wrapped && p.Type() == "object_pattern":
			// An auth wrapper's context ({ userId }) comes from the
			// wrapper, not the request; Next's params may be passed on.
			for j := 0; j < int(p.NamedChildCount()); j++ {
				c := p.NamedChild(j)
				if k := c.ChildByFieldName("key"); (k != nil && t.Text(k) == "params") || t.Text(c) == "params" {
					h.bindAll(c, h.tainted)
				}
			}
		case i == 1:
			h.bindAll(p, h.tainted) // { params } or context
		}
	}
	return h
}

// bindAll marks every name a pattern binds.
func (h *handlerScan) bindAll(p *sitter.Node, set map[string]bool) {
	switch p.Type() {
	case "identifier", "shorthand_property_identifier_pattern":
		set[h.t.Text(p)] = true
	case "assignment_pattern":
		if l := p.ChildByFieldName("left"); l != nil {
			h.bindAll(l, set)
		}
	case "pair_pattern":
		if v := p.ChildByFieldName("value"); v != nil {
			h.bindAll(v, set)
		}
	default:
		for i := 0; i < int(p.NamedChildCount()); i++ {
			h.bindAll(p.NamedChild(i), set)
		}
	}
}

func (h *handlerScan) scan() {
	body := h.fn.ChildByFieldName("body")
	if body == nil {
		return
	}
	h.walk(body)
}

// walk visits n in source order; nested functions are entered (callbacks
// such as .map(async (id) => …) run in the handler) except the predicate of
// auth.protect((has) => …), which the protect call accounts for.
func (h *handlerScan) walk(n *sitter.Node) {
	t := h.t
	switch n.Type() {
	case "variable_declarator":
		if v := n.ChildByFieldName("value"); v != nil {
			h.walk(v)
			if name := n.ChildByFieldName("name"); name != nil {
				h.bind(name, v)
			}
		}
		return
	case "call_expression":
		h.call(n)
		if h.relay(n) {
			return
		}
	case "if_statement", "ternary_expression", "while_statement":
		if cond := n.ChildByFieldName("condition"); cond != nil && h.roleTest(cond) {
			h.roleChecked = true
		}
	case "binary_expression":
		if op := n.ChildByFieldName("operator"); op != nil {
			switch t.Text(op) {
			case "===", "!==", "==", "!=":
				l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
				if l != nil && r != nil && ((h.taintedExpr(l) && h.sessionExpr(r)) || (h.taintedExpr(r) && h.sessionExpr(l))) {
					h.compared = true
				}
			}
		}
	case "pair":
		k, v := n.ChildByFieldName("key"), n.ChildByFieldName("value")
		if k != nil && v != nil && h.c.authz.idKeys != nil && h.c.authz.idKeys.MatchString(js.Unquote(t, k)) && h.taintedExpr(v) && !h.sessionExpr(v) && h.inQueryArgs(n) && !h.namesCaller(n) {
			h.sinks = append(h.sinks, sink{node: n, what: "filters by " + js.Unquote(t, k), src: t.Text(js.Unwrap(v))})
		}
	case "shorthand_property_identifier":
		name := t.Text(n)
		if h.c.authz.idKeys != nil && h.c.authz.idKeys.MatchString(name) && h.tainted[name] && !h.session[name] && h.inQueryArgs(n) && !h.namesCaller(n) {
			h.sinks = append(h.sinks, sink{node: n, what: "filters by " + name, src: name})
		}
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		h.walk(n.NamedChild(i))
	}
}

// namesCaller: n is a member of a new record's object (create({ data:
// {…} }), insertOne({…}), insert(t).values({…})) another member of which
// holds the session's user id (creatorId: userId, requesterId: user.id):
// the caller acts, and the request's user id names the other party, the
// user followed, notified or asked, which is theirs to choose. A record
// naming no one but the request's user is still written as someone else.
func (h *handlerScan) namesCaller(n *sitter.Node) bool {
	t := h.t
	obj := n.Parent()
	if obj == nil || obj.Type() != "object" {
		return false
	}
	at := obj.Parent()
	if at != nil && at.Type() == "pair" {
		if k := at.ChildByFieldName("key"); k == nil || js.Unquote(t, k) != "data" || at.Parent() == nil {
			return false
		}
		at = at.Parent().Parent()
	}
	if at == nil || at.Type() != "arguments" || at.Parent() == nil || at.Parent().Type() != "call_expression" {
		return false
	}
	if !createCalls[lastName(t, at.Parent().ChildByFieldName("function"))] {
		return false
	}
	for _, m := range js.NamedChildren(obj) {
		if m == n {
			continue
		}
		switch m.Type() {
		case "pair":
			if v := m.ChildByFieldName("value"); v != nil && h.sessionExpr(v) {
				return true
			}
		case "shorthand_property_identifier":
			if h.session[t.Text(m)] {
				return true
			}
		}
	}
	return false
}

// createCalls add a record and change none.
var createCalls = map[string]bool{"create": true, "insertOne": true, "insert": true, "values": true}

// responseCallees build a response or log: an id inside their arguments is
// echoed, not used to select data.
var responseCallees = map[string]bool{"json": true, "send": true, "Response": true, "NextResponse": true, "redirect": true,
	"log": true, "info": true, "warn": true, "error": true, "debug": true, "stringify": true, "end": true, "status": true,
	"capture": true, "track": true, "identify": true, "setUser": true, "setTag": true, "setContext": true}

// inQueryArgs: n sits in the arguments of a call that is not a response or
// log (db.note.findMany({ where: { userId } }), not Response.json({ userId })).
func (h *handlerScan) inQueryArgs(n *sitter.Node) bool {
	for p := n.Parent(); p != nil && p != h.fn; p = p.Parent() {
		if isFunc(p) {
			return false
		}
		if p.Type() == "arguments" {
			call := p.Parent()
			if call == nil || call.Type() == "new_expression" {
				return false
			}
			f := call.ChildByFieldName("function")
			if f == nil {
				return false
			}
			return !responseCallees[lastName(h.t, f)]
		}
	}
	return false
}

// lastName is the last identifier of a callee (db.note.findMany → findMany).
func lastName(t *js.Tree, f *sitter.Node) string {
	f = js.Unwrap(f)
	switch f.Type() {
	case "identifier", "property_identifier":
		return t.Text(f)
	case "member_expression":
		if p := f.ChildByFieldName("property"); p != nil {
			return t.Text(p)
		}
	case "call_expression":
		if g := f.ChildByFieldName("function"); g != nil {
			return lastName(t, g)
		}
	}
	return ""
}

// bind records what a declaration binds.
func (h *handlerScan) bind(name, v *sitter.Node) {
	t := h.t
	u := js.Unwrap(v)
	if name.Type() == "identifier" {
		n := t.Text(name)
		switch {
		case h.mc.isClient(t, u, h.clients):
			h.clients[n] = true
		case h.authCall(u) != "":
			if h.authCall(u) == "currentUser" {
				h.userObjs[n] = true
			} else {
				h.authObjs[n] = true
			}
		case h.sessionExpr(u), h.sessionIDHelper(u):
			h.session[n] = true
		case h.sessionRow(u) != nil:
			h.rows[n] = h.sessionRow(u)
		case h.runsCallback(u) != nil:
			h.handBack(n, h.runsCallback(u))
		case h.taintedExpr(u):
			h.tainted[n] = true
		case h.roleTest(u):
			h.roleVars[n] = true
		}
		return
	}
	if name.Type() != "object_pattern" {
		if h.taintedExpr(u) {
			h.bindAll(name, h.tainted)
		}
		return
	}
	fromAuth := h.authCall(u) != "" && h.authCall(u) != "currentUser"
	fromAuthObj := u.Type() == "identifier" && h.authObjs[t.Text(u)]
	if fromAuth || fromAuthObj {
		for i := 0; i < int(name.NamedChildCount()); i++ {
			p := name.NamedChild(i)
			key, local := "", p
			switch p.Type() {
			case "shorthand_property_identifier_pattern":
				key = t.Text(p)
			case "pair_pattern":
				if k := p.ChildByFieldName("key"); k != nil {
					key = t.Text(k)
				}
				local = p.ChildByFieldName("value")
			}
			if local == nil || local.Type() != "identifier" && local.Type() != "shorthand_property_identifier_pattern" {
				continue
			}
			if key == "userId" || key == "sessionId" { // sessions.revokeSession(sessionId) ends one's own session
				h.session[t.Text(local)] = true
			}
		}
		return
	}
	if h.taintedExpr(u) {
		h.bindAll(name, h.tainted)
	}
}

// sessionIDHelper: n is `await f()`, f a function of the module, with no
// arguments, every return of which is null, the session's user id, or
// the id of a record it fetched given only session values (`const user =
// await getUserByClerkId(clerkId); return user.id`): the caller's own id
// in the app's database.
func (h *handlerScan) sessionIDHelper(n *sitter.Node) bool {
	t := h.t
	if n.Type() == "await_expression" && n.NamedChildCount() == 1 {
		n = js.Unwrap(n.NamedChild(0))
	}
	if n.Type() != "call_expression" || h.mod == nil || h.depth >= maxHelperDepth {
		return false
	}
	f, args := n.ChildByFieldName("function"), n.ChildByFieldName("arguments")
	if f == nil || f.Type() != "identifier" || args == nil || args.NamedChildCount() > 0 {
		return false
	}
	fn := h.mod.Funcs[t.Text(f)]
	if fn == nil {
		return false
	}
	node := h.funcs[[2]int{fn.Pos.Line, fn.Pos.Column}]
	if node == nil || node == h.fn || node.ChildByFieldName("body") == nil {
		return false
	}
	sub := h.c.newHandlerScan(t, h.mod, node, h.mc, false, false)
	sub.mod, sub.funcs, sub.depth, sub.m = h.mod, h.funcs, h.depth+1, h.m
	sub.scan()
	rows := map[string]bool{} // locals holding a record fetched by session values
	ok, returns := true, 0
	var walk func(x *sitter.Node)
	walk = func(x *sitter.Node) {
		switch {
		case !ok || (x != node.ChildByFieldName("body") && isFunc(x)):
			return
		case x.Type() == "variable_declarator":
			name, v := x.ChildByFieldName("name"), x.ChildByFieldName("value")
			if name != nil && v != nil && name.Type() == "identifier" && sub.sessionLookup(js.Unwrap(v)) {
				rows[t.Text(name)] = true
			}
		case x.Type() == "return_statement":
			returns++
			if x.NamedChildCount() == 0 {
				return
			}
			r := js.Unwrap(x.NamedChild(0))
			switch {
			case r.Type() == "null" || r.Type() == "undefined" || sub.sessionExpr(r):
			case r.Type() == "member_expression":
				obj, prop := js.Unwrap(r.ChildByFieldName("object")), r.ChildByFieldName("property")
				ok = obj != nil && prop != nil && obj.Type() == "identifier" && rows[t.Text(obj)] && (t.Text(prop) == "id" || t.Text(prop) == "_id")
			default:
				ok = false
			}
			return
		}
		for _, c := range js.NamedChildren(x) {
			walk(c)
		}
	}
	walk(node.ChildByFieldName("body"))
	return ok && returns > 0
}

// sessionLookup: `await f(a…)` whose every argument is a session value
// (getUserByClerkId(clerkId)).
func (h *handlerScan) sessionLookup(n *sitter.Node) bool {
	if n.Type() == "await_expression" && n.NamedChildCount() == 1 {
		n = js.Unwrap(n.NamedChild(0))
	}
	if n.Type() != "call_expression" {
		return false
	}
	args := n.ChildByFieldName("arguments")
	if args == nil || args.NamedChildCount() == 0 {
		return false
	}
	for _, a := range js.NamedChildren(args) {
		if !h.sessionExpr(a) {
			return false
		}
	}
	return true
}

// authCall names the Clerk auth function a value comes from: auth(),
// getAuth(req), auth.protect(), (await auth()).protect(), currentUser().
func (h *handlerScan) authCall(n *sitter.Node) string {
	n = js.Unwrap(n)
	if n.Type() != "call_expression" {
		return ""
	}
	f := n.ChildByFieldName("function")
	if f == nil {
		return ""
	}
	f = js.Unwrap(f)
	switch f.Type() {
	case "identifier":
		if h.mc.authFns[h.t.Text(f)] {
			return h.t.Text(f)
		}
	case "member_expression":
		obj, prop := f.ChildByFieldName("object"), f.ChildByFieldName("property")
		if obj == nil || prop == nil || h.t.Text(prop) != "protect" {
			return ""
		}
		obj = js.Unwrap(obj)
		if obj.Type() == "identifier" && (h.mc.authFns[h.t.Text(obj)] || h.authObjs[h.t.Text(obj)]) {
			return "protect"
		}
		if h.authCall(obj) != "" {
			return "protect"
		}
	}
	return ""
}

// sessionExpr: the signed-in user's id (userId from auth(), auth.userId,
// user.id of currentUser(), (await auth()).userId) or session id (sessionId).
func (h *handlerScan) sessionExpr(n *sitter.Node) bool {
	t := h.t
	n = js.Unwrap(n)
	switch n.Type() {
	case "identifier":
		return h.session[t.Text(n)]
	case "member_expression":
		obj, prop := n.ChildByFieldName("object"), n.ChildByFieldName("property")
		if obj == nil || prop == nil {
			return false
		}
		obj = js.Unwrap(obj)
		if slices.Contains(h.rows[chainText(t, obj)], t.Text(prop)) {
			return true
		}
		switch t.Text(prop) {
		case "userId", "sessionId":
			return (obj.Type() == "identifier" && h.authObjs[t.Text(obj)]) || (h.authCall(obj) != "" && h.authCall(obj) != "currentUser")
		case "id":
			return (obj.Type() == "identifier" && h.userObjs[t.Text(obj)]) || h.authCall(obj) == "currentUser"
		}
	}
	return false
}

// requestFields of the request object carry client data (headers too: an
// x-user-id header is whatever the caller sends).
var requestFields = map[string]bool{"query": true, "body": true, "nextUrl": true, "url": true, "searchParams": true, "headers": true}

// taintedExpr: a value read from the request.
func (h *handlerScan) taintedExpr(n *sitter.Node) bool {
	t := h.t
	n = js.Unwrap(n)
	switch n.Type() {
	case "identifier", "shorthand_property_identifier": // x, { x }
		return h.tainted[t.Text(n)]
	case "member_expression", "subscript_expression":
		obj := n.ChildByFieldName("object")
		if obj == nil {
			return false
		}
		if n.Type() == "member_expression" {
			if prop := n.ChildByFieldName("property"); prop != nil {
				name := t.Text(prop)
				if name == "searchParams" {
					return true
				}
				if o := js.Unwrap(obj); o.Type() == "identifier" && h.reqParams[t.Text(o)] {
					return requestFields[name]
				}
			}
		}
		return h.taintedExpr(obj)
	case "call_expression":
		f := n.ChildByFieldName("function")
		args := n.ChildByFieldName("arguments")
		if f == nil {
			return false
		}
		f = js.Unwrap(f)
		if f.Type() == "member_expression" {
			obj, prop := f.ChildByFieldName("object"), f.ChildByFieldName("property")
			if obj == nil || prop == nil {
				return false
			}
			switch t.Text(prop) {
			case "json", "formData", "text":
				o := js.Unwrap(obj)
				return (o.Type() == "identifier" && h.reqParams[t.Text(o)]) || h.taintedExpr(o)
			case "get", "getAll", "toString", "trim":
				return h.taintedExpr(obj)
			case "parse": // JSON.parse(body)
				return args != nil && args.NamedChildCount() > 0 && h.taintedExpr(args.NamedChild(0))
			}
			return false
		}
		if f.Type() == "identifier" && args != nil && args.NamedChildCount() > 0 {
			switch t.Text(f) {
			case "String", "Number", "parseInt", "decodeURIComponent":
				return h.taintedExpr(args.NamedChild(0))
			}
		}
	case "binary_expression": // header ?? userId: the caller picks
		if op := n.ChildByFieldName("operator"); op != nil && (t.Text(op) == "??" || t.Text(op) == "||") {
			l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
			return (l != nil && h.taintedExpr(l)) || (r != nil && h.taintedExpr(r))
		}
	case "new_expression": // new URL(req.url), new URLSearchParams(body)
		ctor, args := n.ChildByFieldName("constructor"), n.ChildByFieldName("arguments")
		if ctor != nil && args != nil && args.NamedChildCount() > 0 && (t.Text(ctor) == "URL" || t.Text(ctor) == "URLSearchParams") {
			return h.taintedExpr(args.NamedChild(0))
		}
	}
	return false
}

var roleDims = map[string]bool{"role": true, "permission": true, "feature": true, "plan": true}

// hasRoleArg: an object literal with a role, permission, feature or plan key.
func hasRoleArg(t *js.Tree, n *sitter.Node) bool {
	n = js.Unwrap(n)
	if n.Type() != "object" {
		return false
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		p := n.NamedChild(i)
		switch p.Type() {
		case "pair":
			if k := p.ChildByFieldName("key"); k != nil && roleDims[js.Unquote(t, k)] {
				return true
			}
		case "shorthand_property_identifier":
			if roleDims[t.Text(p)] {
				return true
			}
		}
	}
	return false
}

// roleTest: n (a condition or value) tests a role, permission, feature or
// plan: has({ role }), a role-functions helper, a comparison or includes()
// of a role claim (not from unsafeMetadata, which the browser writes), or a
// name bound from one.
func (h *handlerScan) roleTest(n *sitter.Node) bool {
	t := h.t
	found := false
	var visit func(n *sitter.Node)
	visit = func(n *sitter.Node) {
		if found {
			return
		}
		switch n.Type() {
		case "identifier":
			found = h.roleVars[t.Text(n)]
		case "call_expression":
			if f := n.ChildByFieldName("function"); f != nil {
				name := lastName(t, f)
				args := n.ChildByFieldName("arguments")
				switch {
				case name == "has" && args != nil && args.NamedChildCount() > 0 && hasRoleArg(t, args.NamedChild(0)):
					found = true
				case h.c.authz.roleFuncs != nil && name != "" && !h.matchers[name] && h.c.authz.roleFuncs.MatchString(name):
					found = true
				case name == "includes" || name == "some":
					if fm := js.Unwrap(f); fm.Type() == "member_expression" {
						found = h.roleClaim(fm.ChildByFieldName("object"))
						if obj := js.Unwrap(fm.ChildByFieldName("object")); !found && obj != nil && obj.Type() == "array" && name == "includes" && args != nil && args.NamedChildCount() == 1 {
							// ['admin', 'support'].includes(user.publicMetadata.role)
							found = h.roleClaim(args.NamedChild(0))
						}
					}
				}
			}
		case "binary_expression":
			if op := n.ChildByFieldName("operator"); op != nil {
				switch t.Text(op) {
				case "===", "!==", "==", "!=":
					found = h.roleClaim(n.ChildByFieldName("left")) || h.roleClaim(n.ChildByFieldName("right"))
				}
			}
		}
		for i := 0; i < int(n.NamedChildCount()) && !found; i++ {
			visit(n.NamedChild(i))
		}
	}
	visit(n)
	return found
}

// short is s cut to 60 bytes for messages.
func short(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}

// roleClaim: orgRole, sessionClaims?.metadata?.role, user.publicMetadata.role…
func (h *handlerScan) roleClaim(n *sitter.Node) bool {
	if n == nil || h.c.authz.roleClaims == nil {
		return false
	}
	n = js.Unwrap(n)
	if strings.Contains(h.t.Text(n), "unsafeMetadata") || h.taintedExpr(n) {
		if h.clientRole == "" && strings.Contains(strings.ToLower(h.t.Text(n)), "role") {
			h.clientRole = h.t.Text(n)
		}
		return false // the browser writes these: body.role === 'admin' authorizes nothing
	}
	name := ""
	switch n.Type() {
	case "identifier":
		name = h.t.Text(n)
	case "member_expression":
		if p := n.ChildByFieldName("property"); p != nil {
			name = h.t.Text(p)
		}
	case "subscript_expression":
		i := n.ChildByFieldName("index")
		if i != nil && i.Type() == "string" {
			name = js.Unquote(h.t, i)
		} else if i != nil {
			// PERMISSIONS[role].includes('manageUsers'): a permission table
			// looked up by the signed-in user's role claim.
			return h.roleClaim(i)
		}
	}
	return name != "" && h.c.authz.roleClaims.MatchString(name)
}

// call classifies one call of the handler.
func (h *handlerScan) call(n *sitter.Node) {
	t := h.t
	f := n.ChildByFieldName("function")
	args := n.ChildByFieldName("arguments")
	if f == nil || args == nil {
		return
	}
	f = js.Unwrap(f)
	var first *sitter.Node
	if args.NamedChildCount() > 0 {
		first = args.NamedChild(0)
	}
	if f.Type() == "identifier" {
		h.helper(n, t.Text(f), args)
	}
	// auth.protect({ role }), auth.protect((has) => …), a role helper.
	if h.authCall(n) == "protect" && first != nil && (hasRoleArg(t, first) || isFunc(js.Unwrap(first))) {
		h.roleChecked = true
		return
	}
	if name := lastName(t, f); h.c.authz.roleFuncs != nil && name != "" && h.c.authz.roleFuncs.MatchString(name) {
		h.roleChecked = true
		return
	}
	if f.Type() != "member_expression" {
		return
	}
	// .eq('user_id', id), .where('owner_id', id): a column filter.
	switch lastName(t, f) {
	case "eq", "where", "andWhere", "match", "filter":
		if args.NamedChildCount() >= 2 && h.c.authz.idKeys != nil {
			col, val := js.Unwrap(args.NamedChild(0)), args.NamedChild(1)
			if col.Type() == "string" && h.c.authz.idKeys.MatchString(js.Unquote(t, col)) && h.taintedExpr(val) && !h.sessionExpr(val) {
				h.sinks = append(h.sinks, sink{node: n, what: "filters by " + js.Unquote(t, col), src: t.Text(js.Unwrap(val))})
			}
		}
		return
	}
	// client.resource.method(…)
	res := js.Unwrap(f.ChildByFieldName("object"))
	method := f.ChildByFieldName("property")
	if res == nil || method == nil || res.Type() != "member_expression" {
		return
	}
	client, resName := res.ChildByFieldName("object"), res.ChildByFieldName("property")
	if client == nil || resName == nil || !h.mc.isClient(t, client, h.clients) {
		return
	}
	api := t.Text(resName) + "." + t.Text(method)
	own := first != nil && h.sessionExpr(first)
	if h.c.authz.apis[api] && h.privCall == nil {
		role, fromRequest := false, false
		if api == "users.updateUserMetadata" && args.NamedChildCount() > 1 {
			role, fromRequest = h.writesRole(args.NamedChild(1))
		}
		switch {
		case !own && (api != "users.updateUserMetadata" || role):
			h.privCall, h.privAPI = n, api
			return
		case own && role && fromRequest:
			// One's own account is no privilege, one's own role is: a role
			// value the request chooses lets every user promote themselves.
			h.privCall, h.privAPI, h.privSelf = n, api, true
			return
		}
	}
	if first == nil || own || !h.taintedExpr(first) {
		return
	}
	for _, pat := range h.c.authz.userAPIs {
		if ok, _ := path.Match(pat, api); ok {
			h.sinks = append(h.sinks, sink{node: n, what: "calls " + api, src: t.Text(js.Unwrap(first))})
			return
		}
	}
}

// maxHelperDepth bounds how deep same-module helpers are followed.
const maxHelperDepth = 2

// helper follows a call of a top-level function of the same module: its
// role checks count for the handler, its privileged calls are the
// handler's unless an argument is the session's own id, and its parameters
// carry request data when the handler passes request data.
func (h *handlerScan) helper(call *sitter.Node, name string, args *sitter.Node) {
	if h.mod == nil || h.depth >= maxHelperDepth {
		return
	}
	fn := h.mod.Funcs[name]
	if fn == nil {
		return
	}
	node := h.funcs[[2]int{fn.Pos.Line, fn.Pos.Column}]
	if node == nil || node == h.fn {
		return
	}
	sub := h.c.newHandlerScan(h.t, h.mod, node, h.mc, false, false)
	sub.mod, sub.funcs, sub.depth, sub.m = h.mod, h.funcs, h.depth+1, h.m
	sub.reqParams = map[string]bool{}
	sub.tainted = map[string]bool{}
	own := false
	if ps := node.ChildByFieldName("parameters"); ps != nil {
		for i := 0; i < int(ps.NamedChildCount()) && i < int(args.NamedChildCount()); i++ {
			a := args.NamedChild(i)
			p := ps.NamedChild(i)
			if p.Type() == "required_parameter" || p.Type() == "optional_parameter" {
				if pat := p.ChildByFieldName("pattern"); pat != nil {
					p = pat
				}
			}
			switch {
			case h.sessionExpr(a):
				own = true
				sub.bindAll(p, sub.session)
			case h.taintedExpr(a):
				sub.bindAll(p, sub.tainted)
			}
		}
	}
	sub.scan()
	h.roleChecked = h.roleChecked || sub.roleChecked
	h.compared = h.compared || sub.compared
	if sub.privCall != nil && h.privCall == nil && !own {
		h.privCall, h.privAPI = call, sub.privAPI+" (through "+name+")"
	}
	h.sinks = append(h.sinks, sub.sinks...)
}

// writesRole: { publicMetadata: { role: … } } (or privateMetadata) with a
// role-metadata-keys key; fromRequest when such a value is request data.
func (h *handlerScan) writesRole(n *sitter.Node) (role, fromRequest bool) {
	t := h.t
	n = js.Unwrap(n)
	if n.Type() != "object" || h.c.authz.roleKeys == nil {
		return false, false
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		p := n.NamedChild(i)
		if p.Type() != "pair" {
			continue
		}
		k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value")
		if k == nil || v == nil {
			continue
		}
		switch js.Unquote(t, k) {
		case "publicMetadata", "privateMetadata", "public_metadata", "private_metadata":
		default:
			continue
		}
		v = js.Unwrap(v)
		if v.Type() != "object" {
			continue
		}
		for j := 0; j < int(v.NamedChildCount()); j++ {
			q := v.NamedChild(j)
			name, val := "", q
			switch q.Type() {
			case "pair":
				if qk := q.ChildByFieldName("key"); qk != nil {
					name, val = js.Unquote(t, qk), q.ChildByFieldName("value")
				}
			case "shorthand_property_identifier":
				name = t.Text(q)
			}
			if name != "" && h.c.authz.roleKeys.MatchString(name) {
				role = true
				fromRequest = fromRequest || (val != nil && h.taintedExpr(val))
			}
		}
	}
	return role, fromRequest
}

// checkInlineAuthz runs CLK201's privileged-API check on an inline server
// action that authenticates: like a module-level action, it is a public
// POST endpoint that middleware roles never cover. funcs is the file's
// funcIndex, built by the first action that needs it.
func (c *checker) checkInlineAuthz(pass *js.Pass, t *js.Tree, mod *js.Module, fn *sitter.Node, name string, funcs *map[[2]int]*sitter.Node) {
	if !bytes.Contains(t.Src[fn.StartByte():fn.EndByte()], []byte("lerkClient")) {
		return // no Clerk client call: nothing privileged to find
	}
	if *funcs == nil {
		*funcs = funcIndex(t)
	}
	h := c.newHandlerScan(t, mod, fn, c.moduleClients(t, mod), true, false)
	h.mod, h.funcs = mod, *funcs
	h.scan()
	if h.roleChecked || h.privCall == nil {
		return
	}
	pass.Report(rules.Finding{RuleID: ruleid.MissingAuthorization, Position: t.Pos(fn), Construct: "privileged-api:" + name + ":" + h.privAPI,
		Related: []rules.Related{{Position: withFile(t.Pos(h.privCall), pass.File.Path), Message: "the privileged call"}},
		Message: fmt.Sprintf("inline server action %s calls %s, a privileged Clerk API, on a user other than the signed-in one but checks no role or permission: any signed-in user can post to it (server actions are public POST endpoints, whatever page renders them); check `await auth.protect({ role: 'org:admin' })` or `has({ permission: 'org:...' })` and throw first", name, h.privAPI)})
}

// checkRoleLiterals reports role and permission literals without the org:
// prefix: orgRole and orgPermissions always carry it, so orgRole ===
// 'admin' never holds; has({ role: 'admin' }) and auth.protect({ role:
// 'admin' }) are reported for @clerk/nextjs v5 and older only (later
// releases add the prefix themselves).
func (c *checker) checkRoleLiterals(pass *js.Pass, t *js.Tree, as *appState) {
	report := func(lit *sitter.Node, what string) {
		v := js.Unquote(t, lit)
		if v == "" || strings.HasPrefix(v, "org:") || strings.Contains(v, "${") {
			return
		}
		pass.Report(rules.Finding{RuleID: ruleid.MissingAuthorization, Position: t.Pos(lit), Construct: "role-literal:" + what + ":" + v,
			Message: fmt.Sprintf("%q is never a Clerk role or permission, so this %s check always fails: organization roles and permissions carry the org: prefix; use %q", v, what, "org:"+v)})
	}
	claim := func(n *sitter.Node) string {
		n = js.Unwrap(n)
		name := ""
		switch n.Type() {
		case "identifier":
			name = t.Text(n)
		case "member_expression":
			if p := n.ChildByFieldName("property"); p != nil {
				name = t.Text(p)
			}
		}
		if name == "orgRole" || name == "orgPermissions" {
			return name
		}
		return ""
	}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		switch n.Type() {
		case "binary_expression":
			if op := n.ChildByFieldName("operator"); op != nil {
				switch t.Text(op) {
				case "===", "!==", "==", "!=":
					l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
					if l != nil && r != nil {
						for _, pr := range [][2]*sitter.Node{{l, r}, {r, l}} {
							if w := claim(pr[0]); w == "orgRole" && js.Unwrap(pr[1]).Type() == "string" {
								report(js.Unwrap(pr[1]), w)
							}
						}
					}
				}
			}
		case "call_expression":
			f, args := n.ChildByFieldName("function"), n.ChildByFieldName("arguments")
			if f == nil || args == nil || args.NamedChildCount() == 0 {
				break
			}
			name := lastName(t, f)
			if fm := js.Unwrap(f); name == "includes" && fm.Type() == "member_expression" && claim(fm.ChildByFieldName("object")) != "" {
				if a := js.Unwrap(args.NamedChild(0)); a.Type() == "string" {
					report(a, claim(fm.ChildByFieldName("object"))+".includes")
				}
			}
			if (name == "has" || name == "protect") && as.major > 0 && as.major <= 5 {
				obj := js.Unwrap(args.NamedChild(0))
				if obj.Type() != "object" {
					break
				}
				pairs(t, obj, func(_ *sitter.Node, key string, v *sitter.Node) {
					if (key == "role" || key == "permission") && js.Unwrap(v).Type() == "string" {
						report(js.Unwrap(v), name+"({ "+key+" })")
					}
				})
			}
		}
		return true
	})
}

// mwRoleStep is a clerkMiddleware statement that checks a role, under the
// route matchers of its condition (none: every path the middleware runs on).
type mwRoleStep struct {
	conds []mwCond
}

// middlewareRole: the middleware runs on every URL of the route and checks
// a role there (auth.protect({ role }) or auth.protect((has) => …), or a
// has()/role-claim test with an exit, under matchers that match the URL).
// Server actions are never covered by middleware.
func (c *checker) middlewareRole(as *appState, route Route, useServer bool) bool {
	if useServer || as.mw == nil || !as.mw.Clerk || len(route.Samples) == 0 {
		return false
	}
	for _, s := range route.Samples {
		if !as.mw.Runs(s) || !as.mw.roleCovers(s) {
			return false
		}
	}
	return true
}

// roleCovers: a statement of the handler checks a role on url.
func (mw *Middleware) roleCovers(url string) bool {
	for _, st := range mw.roles {
		holds := true
		for _, cd := range st.conds {
			ok, known := cd.m.match(url)
			if !known || ok == cd.negate {
				holds = false
			}
		}
		if holds {
			return true
		}
	}
	return false
}

// readMiddlewareRoles reads, from the middleware tree parseMiddleware read
// (once per file, at build), the role checks the protection model does not
// record.
func (c *checker) readMiddlewareRoles(t *js.Tree, mh *mwHandler) []mwRoleStep {
	h := &handlerScan{c: c, t: t, mc: moduleClients{authFns: map[string]bool{mh.auth: true}}, fn: mh.fn,
		clients: map[string]bool{}, session: map[string]bool{}, authObjs: map[string]bool{}, userObjs: map[string]bool{},
		tainted: map[string]bool{}, roleVars: map[string]bool{}, reqParams: map[string]bool{}, matchers: map[string]bool{}}
	for n := range mh.matchers {
		h.matchers[n] = true
	}
	sh := &handler{t: t, auth: mh.auth, matchers: mh.matchers, state: map[string]bool{}}
	body := mh.fn.ChildByFieldName("body")
	if body == nil {
		return nil
	}
	var steps []mwRoleStep
	stmts := []*sitter.Node{body}
	if body.Type() == "statement_block" {
		stmts = nil
		for i := 0; i < int(body.NamedChildCount()); i++ {
			stmts = append(stmts, body.NamedChild(i))
		}
	}
	for _, s := range stmts {
		if s.Type() == "lexical_declaration" || s.Type() == "variable_declaration" {
			h.walk(s) // const { has } = await auth()
			sh.bindState(s)
		}
		if s.Type() == "if_statement" {
			cond, cons := s.ChildByFieldName("condition"), s.ChildByFieldName("consequence")
			if cond == nil || cons == nil {
				continue
			}
			role := (h.roleTest(cond) && sh.exits(cons)) || h.roleProtects(cons)
			if !role {
				continue
			}
			for _, conj := range sh.dnf(cond) {
				var st mwRoleStep
				for _, a := range conj {
					if a.m != nil {
						st.conds = append(st.conds, mwCond{m: a.m, negate: a.negate})
					}
				}
				steps = append(steps, st)
			}
			continue
		}
		if h.roleProtects(s) {
			steps = append(steps, mwRoleStep{})
		}
	}
	return steps
}

// roleProtects: n holds auth.protect({ role }) or auth.protect((has) => …).
func (h *handlerScan) roleProtects(n *sitter.Node) bool {
	found := false
	var visit func(n *sitter.Node)
	visit = func(n *sitter.Node) {
		if found {
			return
		}
		if n.Type() == "call_expression" && h.authCall(n) == "protect" {
			if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
				a := args.NamedChild(0)
				found = hasRoleArg(h.t, a) || isFunc(js.Unwrap(a))
			}
		}
		for i := 0; i < int(n.NamedChildCount()) && !found; i++ {
			if !isFunc(n.NamedChild(i)) {
				visit(n.NamedChild(i))
			}
		}
	}
	visit(n)
	return found
}
