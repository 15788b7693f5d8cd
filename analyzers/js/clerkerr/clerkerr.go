// Package clerkerr holds CLK501 for the js engine: a Clerk Backend API call
// that changes something (users.deleteUser, banUser, updateUserMetadata,
// organizations.createOrganizationMembership, invitations.revokeInvitation,
// sessions.revokeSession, …) whose failure the code never sees or drops:
//
//   - awaited in a try whose catch is empty or only logs, when the code
//     after the catch carries on exactly as after a success;
//   - chained to a .catch() that only logs or returns a constant, its result
//     thrown away;
//   - a statement neither awaited nor returned (nor chained to a catch), so a
//     rejection is unhandled and the code reports success before the change
//     is made;
//   - run in a Promise.allSettled whose results are thrown away (or in a
//     Promise.all, chained to such a .catch()), or in a forEach callback
//     (forEach drops the callback's promise).
//
// The judgement is the python engine's (analyzers/python/clerkerr): a catch
// that rethrows, returns, answers the request (res.status(500), next(err),
// error(…), fail(…), redirect) or sets anything handles the failure, and a
// swallowed read (users.getUser) is left alone, since the code after it has
// no result and usually fails closed. Two shapes make the failure visible
// and are not reported either: a try that returns on success and is the
// last statement of its function (the function answers undefined on
// failure, a route handler a 500), and a name assigned in the try and
// tested after it (a flag, the result). A swallowed call inside a catch
// clause that itself returns or throws is a best-effort rollback on a path
// that already fails, not reported.
//
// A Clerk client is a name imported from a Clerk package (clerkClient,
// createClerkClient, @clerk/clerk-sdk-node's default export or its users
// object), anything whose name says clerk (clerk, this.clerkClient, an
// import from a project module named clerk), a call or new of one, and a
// local name or class field bound to one (const client = await
// clerkClient(), this.client = createClerkClient(…)).
package clerkerr

import (
	"bytes"
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers CLK501 with the js engine.
var Rule = js.Rule{IDs: []string{ruleid.ClerkErrorIgnored}, New: New}

type checker struct{}

// New builds the checker from the CLK501 entry (it takes no params).
func New(rs []*rules.Rule, _ scan.Options) (js.Checker, error) {
	for _, r := range rs {
		var p struct{}
		if err := r.DecodeParams(&p); err != nil {
			return nil, err
		}
	}
	return checker{}, nil
}

// Local: a finding is in the file whose call swallows the failure, and
// Check keeps nothing (its bindings and tries live in one Check's visitor).
func (checker) Local() {}

// Wants the files of a Clerk app that serve requests: Check's first step
// is a byte search.
func (checker) Wants(_ *js.Model, f *scan.File) bool { return !operatorCode(f.Path) }

// operatorCode: a script, seed or test, run by a developer who reads what
// it logs; there a catch that prints the error is the answer, and no
// request carries on as if the change was made.
func operatorCode(p string) bool {
	p = "/" + p
	base := p[strings.LastIndexByte(p, '/')+1:]
	for _, dir := range []string{"/scripts/", "/script/", "/bin/", "/seed/", "/seeds/", "/__tests__/", "/test/", "/tests/", "/e2e/", "/cypress/", "/playwright/"} {
		if strings.Contains(p, dir) {
			return true
		}
	}
	return strings.HasPrefix(base, "seed") || strings.Contains(base, ".test.") || strings.Contains(base, ".spec.")
}

// Check reports the file's swallowed Clerk calls.
func (checker) Check(pass *js.Pass) {
	if !bytes.Contains(pass.Src, []byte("clerk")) && !bytes.Contains(pass.Src, []byte("Clerk")) || !mayChange(pass.Src) {
		return
	}
	mod := pass.Header() // its imports name the Clerk clients
	if mod == nil || mod.Err != nil || mod.UseClient() {
		return // the Backend API is server-only
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	v := &visitor{pass: pass, t: t, mod: mod, binds: map[string][]*sitter.Node{}, resources: map[string][]*sitter.Node{},
		caught: map[*sitter.Node]bool{}, forEach: map[*sitter.Node]bool{}, reported: map[*sitter.Node]bool{}, tries: map[*sitter.Node]tryPlace{}, bounds: map[boundKey]bool{}, visible: map[*sitter.Node]bool{}}
	v.collectBindings(t.Root())
	v.walk(t.Root(), scope{})
}

// scope is what encloses a node within its function.
type scope struct {
	body *sitter.Node // the function's body
	// try is the innermost try whose block holds the node and which has a
	// catch; awaited says an await lies between that block and the node.
	try     *sitter.Node
	awaited bool
	// rollback: inside a catch clause that returns or throws.
	rollback bool
	// dropped: the function is a forEach callback, whose promise nobody
	// awaits.
	dropped bool
}

// tryPlace is where a try statement sits in its block.
type tryPlace struct {
	rest []*sitter.Node // the statements after it, comments included
	last bool           // it ends its function's body
}

type visitor struct {
	pass *js.Pass
	t    *js.Tree
	mod  *js.Module
	// binds are the values local names are bound to anywhere in the file;
	// resources the names destructured from a value (const { users } =
	// await clerkClient()).
	binds, resources map[string][]*sitter.Node
	// caught are calls chained to their own .catch(); forEach the
	// callbacks passed to a forEach; reported the calls already reported.
	caught, forEach, reported map[*sitter.Node]bool
	tries                     map[*sitter.Node]tryPlace
	// bounds memoises bound; visible failureVisible, asked once for every
	// Clerk call in a try.
	bounds  map[boundKey]bool
	visible map[*sitter.Node]bool
}

func (v *visitor) walk(n *sitter.Node, s scope) {
	switch n.Type() {
	case "try_statement":
		v.try(n, s)
		return
	case "await_expression":
		s.awaited = true
	case "expression_statement":
		v.statement(n, s)
	case "call_expression":
		v.call(n, s)
	default:
		if js.IsFunc(n) {
			s = scope{body: n.ChildByFieldName("body"), dropped: v.forEach[n]}
		}
	}
	kids := js.NamedChildren(n)
	end := len(kids) // the index after the last statement that does something
	for end > 0 && filler(kids[end-1]) {
		end--
	}
	for i, c := range kids {
		if c.Type() == "try_statement" {
			// rest shares kids' array: a block of k tries holds one
			// slice of its statements, not k copies.
			v.tries[c] = tryPlace{rest: kids[i+1:], last: n == s.body && i+1 >= end}
		}
		v.walk(c, s)
	}
}

// filler: a comment or an empty statement, which does nothing.
func filler(n *sitter.Node) bool { return n.Type() == "comment" || n.Type() == "empty_statement" }

func (v *visitor) try(n *sitter.Node, s scope) {
	body, handler := n.ChildByFieldName("body"), n.ChildByFieldName("handler")
	for _, c := range js.NamedChildren(n) {
		inner := s
		switch {
		case c == body && handler != nil:
			inner.try, inner.awaited = n, false
		case c == handler:
			inner.rollback = inner.rollback || exits(c.ChildByFieldName("body"))
		}
		v.walk(c, inner)
	}
}

// call reports a state-changing Clerk call awaited in a try whose catch
// swallows its failure; it also marks the call a .catch() handles.
func (v *visitor) call(n *sitter.Node, s scope) {
	if m := method(v.t, n); m == "catch" || (m == "then" && len(js.Args(n)) >= 2) {
		if inner := innermostCall(v.t, n); inner != nil {
			v.caught[inner] = true
		}
		return
	}
	if m := method(v.t, n); m == "forEach" {
		for _, a := range js.Args(n) {
			if a = js.Unwrap(a); js.IsFunc(a) {
				v.forEach[a] = true
			}
		}
		return
	}
	if s.dropped && s.try == nil && !v.caught[n] && !v.reported[n] {
		if name, ok := v.clerkChange(n); ok {
			v.report(n, name, fmt.Sprintf("%s(...) runs in a forEach callback, whose promise forEach drops: when it fails (Clerk outage, rate limit, not found) the rejection is unhandled and the code after the loop carries on as if the change was made: loop with for...of and await (or await Promise.all over map) and answer a failure with an error response (503 on an outage)", name))
		}
		return
	}
	if s.try == nil || !s.awaited || s.rollback || v.caught[n] {
		return
	}
	name, ok := v.clerkChange(n)
	if !ok {
		return
	}
	handler := s.try.ChildByFieldName("handler")
	what, swallows := swallowing(v.t, handler.ChildByFieldName("body"))
	if !swallows || v.failureVisible(s.try) {
		return
	}
	v.report(n, name, fmt.Sprintf("%s(...) can fail (Clerk outage, rate limit, not found), and the %s at line %d swallows it, so the code after it carries on as if the change was made: return an error response (503 on an outage) or rethrow, and only report success when the call succeeded",
		name, what, v.t.Pos(handler).Line))
}

// statement reports the statements that drop a Clerk call's promise: not
// awaited, chained to a .catch() that swallows, or in a Promise.all or
// allSettled whose results are not read.
func (v *visitor) statement(n *sitter.Node, s scope) {
	e := n.NamedChild(0)
	if e == nil {
		return
	}
	e, awaited := statementCall(e)
	if e == nil {
		return
	}
	if f := e.ChildByFieldName("function"); f != nil && (v.t.Text(f) == "Promise.allSettled" || v.t.Text(f) == "Promise.all") {
		v.combined(e, v.t.Text(f) == "Promise.allSettled", s)
		return
	}
	var handler *sitter.Node
	for {
		m := method(v.t, e)
		if m != "catch" && m != "then" && m != "finally" {
			break
		}
		as := js.Args(e)
		switch {
		case m == "catch" && len(as) > 0:
			handler = as[0]
		case m == "then" && len(as) >= 2:
			return // a rejection handler: not judged
		}
		e = js.Unwrap(e.ChildByFieldName("function").ChildByFieldName("object"))
		if e == nil || e.Type() != "call_expression" {
			return
		}
	}
	name, ok := v.clerkChange(e)
	if !ok {
		return
	}
	switch {
	case handler != nil:
		if what, swallows := discards(v.t, handler); swallows && !s.rollback {
			v.report(e, name, fmt.Sprintf("%s(...) can fail (Clerk outage, rate limit, not found), and its .catch(%s) %s, so the code after it carries on as if the change was made: await it in a try whose catch returns an error response (503 on an outage) or rethrows",
				name, short(v.t.Text(handler)), what))
		}
	case !awaited:
		v.report(e, name, fmt.Sprintf("%s(...) is neither awaited nor returned: when it fails (Clerk outage, rate limit, not found) the rejection is unhandled and the code after it carries on as if the change was made: await it and answer a failure with an error response (503 on an outage)",
			name))
	}
}

// combined reports the state-changing Clerk calls of a Promise.all or
// Promise.allSettled statement whose results are thrown away: those
// chained to a .catch() that swallows (in either), and every one in an
// allSettled, whose results are the only place a failure shows.
func (v *visitor) combined(call *sitter.Node, settled bool, s scope) {
	js.Walk(call.ChildByFieldName("arguments"), func(c *sitter.Node) bool {
		if c.Type() != "call_expression" || v.reported[c] {
			return true
		}
		if method(v.t, c) == "catch" {
			inner := innermostCall(v.t, c)
			if inner == nil {
				return true
			}
			name, ok := v.clerkChange(inner)
			if !ok {
				return true
			}
			v.reported[inner] = true // handled or reported here, not again below
			if as := js.Args(c); len(as) > 0 && !s.rollback {
				if what, swallows := discards(v.t, as[0]); swallows {
					v.pass.Report(rules.Finding{RuleID: ruleid.ClerkErrorIgnored, Position: v.pass.Pos(inner), Construct: "swallowed " + name,
						Message: fmt.Sprintf("%s(...) can fail (Clerk outage, rate limit, not found), and its .catch(%s) %s inside a Promise.all whose results are thrown away, so the code after it carries on as if the change was made: let the failure reach the await and answer it with an error response (503 on an outage)",
							name, short(v.t.Text(as[0])), what)})
				}
			}
			return true
		}
		if name, ok := v.clerkChange(c); ok && settled {
			v.report(c, name, fmt.Sprintf("%s(...) runs in a Promise.allSettled whose results are never read, so a failed change (Clerk outage, rate limit, not found) goes unnoticed: check each result's status and answer failures with an error response (503 on an outage)", name))
		}
		return true
	})
}

func (v *visitor) report(n *sitter.Node, name, msg string) {
	v.reported[n] = true
	v.pass.Report(rules.Finding{RuleID: ruleid.ClerkErrorIgnored, Position: v.pass.Pos(n), Message: msg, Construct: "swallowed " + name})
}

// failureVisible: the try returns on success and ends its function (which
// then answers undefined on failure), or a name assigned in the try is
// tested after it. Decided once per try: it walks the try's block and
// every statement after it.
func (v *visitor) failureVisible(try *sitter.Node) bool {
	if seen, ok := v.visible[try]; ok {
		return seen
	}
	vis := v.tryFailureVisible(try)
	v.visible[try] = vis
	return vis
}

func (v *visitor) tryFailureVisible(try *sitter.Node) bool {
	p := v.tries[try]
	body := try.ChildByFieldName("body")
	if p.last && returnsValue(body) {
		return true
	}
	assigned := map[string]bool{}
	sameFunc(body, func(n *sitter.Node) {
		if n.Type() == "assignment_expression" {
			if l := n.ChildByFieldName("left"); l != nil && l.Type() == "identifier" {
				assigned[v.t.Text(l)] = true
			}
		}
	})
	if len(assigned) == 0 {
		return false
	}
	for _, st := range p.rest {
		if filler(st) {
			continue
		}
		tested := false
		js.Walk(st, func(n *sitter.Node) bool {
			var cond *sitter.Node
			switch n.Type() {
			case "if_statement", "while_statement", "ternary_expression":
				cond = n.ChildByFieldName("condition")
			case "return_statement":
				if n.NamedChildCount() > 0 && n.NamedChild(0).Type() == "identifier" {
					cond = n.NamedChild(0)
				}
			case "unary_expression", "binary_expression":
				if op := n.ChildByFieldName("operator"); op != nil {
					switch op.Type() {
					case "!", "&&", "||", "??":
						cond = n
					}
				}
			}
			if cond != nil && mentions(v.t, cond, assigned) {
				tested = true
			}
			return !tested
		})
		if tested {
			return true
		}
	}
	return false
}

func mentions(t *js.Tree, n *sitter.Node, names map[string]bool) bool {
	found := false
	js.Walk(n, func(c *sitter.Node) bool {
		if c.Type() == "identifier" && names[t.Text(c)] {
			found = true
		}
		return !found
	})
	return found
}

// sameFunc visits the nodes below n that are not inside a nested function.
func sameFunc(n *sitter.Node, fn func(*sitter.Node)) {
	js.Walk(n, func(c *sitter.Node) bool {
		if c != n && js.IsFunc(c) {
			return false
		}
		fn(c)
		return true
	})
}

// returnsValue: a return with a value in the block (not in a nested
// function).
func returnsValue(block *sitter.Node) bool {
	found := false
	sameFunc(block, func(c *sitter.Node) {
		found = found || (c.Type() == "return_statement" && c.NamedChildCount() > 0)
	})
	return found
}

// exits: the block (a catch's) returns or throws somewhere.
func exits(block *sitter.Node) bool {
	found := false
	sameFunc(block, func(c *sitter.Node) {
		found = found || c.Type() == "return_statement" || c.Type() == "throw_statement"
	})
	return found
}

// swallowing says whether a catch block does nothing about the failure
// (empty, or only logging), and how to call it.
func swallowing(t *js.Tree, body *sitter.Node) (string, bool) {
	if body == nil {
		return "", false
	}
	logs := false
	for _, st := range js.NamedChildren(body) {
		switch st.Type() {
		case "comment", "empty_statement":
			continue
		case "expression_statement":
			if call := js.Unwrap(st.NamedChild(0)); call != nil && call.Type() == "call_expression" && logging(t, call.ChildByFieldName("function")) {
				logs = true
				continue
			}
		}
		return "", false
	}
	if logs {
		return "catch that only logs", true
	}
	return "empty catch", true
}

// discards says whether a .catch() handler drops the failure: a logger
// passed as the handler, or a function whose body only logs or yields a
// constant.
func discards(t *js.Tree, h *sitter.Node) (string, bool) {
	h = js.Unwrap(h)
	switch {
	case h == nil:
		return "", false
	case h.Type() == "identifier" || h.Type() == "member_expression":
		if logging(t, h) {
			return "only logs it", true
		}
		if name := t.Text(h); name == "noop" || name == "_.noop" {
			return "discards it", true
		}
		return "", false
	case !js.IsFunc(h):
		return "", false
	}
	body := h.ChildByFieldName("body")
	if body == nil {
		return "", false
	}
	if body.Type() == "statement_block" {
		if what, ok := swallowing(t, body); ok {
			if what == "empty catch" {
				return "discards it", true
			}
			return "only logs it", true
		}
		if constantReturn(t, body) {
			return "returns a constant", true
		}
		return "", false
	}
	body = js.Unwrap(body)
	if body.Type() == "call_expression" && logging(t, body.ChildByFieldName("function")) {
		return "only logs it", true
	}
	if constant(t, body) {
		return "returns " + short(t.Text(body)), true
	}
	return "", false
}

// constantReturn: a block whose statements only log and end in a return
// of a constant (or nothing).
func constantReturn(t *js.Tree, body *sitter.Node) bool {
	sts := js.NamedChildren(body)
	for i, st := range sts {
		switch st.Type() {
		case "comment", "empty_statement":
			continue
		case "return_statement":
			return i == len(sts)-1 && (st.NamedChildCount() == 0 || constant(t, st.NamedChild(0)))
		case "expression_statement":
			if call := js.Unwrap(st.NamedChild(0)); call != nil && call.Type() == "call_expression" && logging(t, call.ChildByFieldName("function")) {
				continue
			}
		}
		return false
	}
	return false
}

func constant(t *js.Tree, n *sitter.Node) bool {
	n = js.Unwrap(n)
	switch n.Type() {
	case "null", "undefined", "true", "false", "number", "string":
		return true
	case "object", "array":
		return n.NamedChildCount() == 0
	case "identifier":
		return t.Text(n) == "undefined"
	}
	return false
}

// logging: the callee is a logger's (console.error, logger.warn,
// this.log.error, Sentry.captureException, debug(…)).
func logging(t *js.Tree, fn *sitter.Node) bool {
	if fn == nil {
		return false
	}
	for fn != nil {
		fn = js.Unwrap(fn)
		var name string
		switch fn.Type() {
		case "identifier":
			name = t.Text(fn)
		case "member_expression":
			if p := fn.ChildByFieldName("property"); p != nil && logName(t.Text(p)) {
				return true
			}
			fn = fn.ChildByFieldName("object")
			continue
		default:
			return false
		}
		return logName(name)
	}
	return false
}

func logName(name string) bool {
	low := strings.ToLower(name)
	switch low {
	case "console", "log", "logger", "logging", "sentry", "debug", "captureexception", "capturemessage":
		return true
	}
	return strings.HasPrefix(low, "log") || strings.HasSuffix(low, "logger")
}

// mayChange reports whether src holds what every state-changing call
// clerkChange accepts has: a Clerk resource name, a dot (or ?.), then
// verb+Noun (users.deleteUser, client.organizations?.updateOrganization).
// Most files that mention Clerk (auth(), ClerkProvider) have none and are
// neither parsed nor summarised for this rule. One scan of the file's
// words, not a regexp or a search per resource: this runs on every file
// that mentions Clerk.
func mayChange(src []byte) bool {
	found := false
	resourceWords.Find(src, func(_, end int) bool {
		after := bytes.TrimLeft(src[end:], " \t\r\n")
		after, _ = bytes.CutPrefix(after, []byte("?"))
		if dot, ok := bytes.CutPrefix(after, []byte(".")); ok {
			dot = bytes.TrimLeft(dot, " \t\r\n")
			j := 0
			for j < len(dot) && j < 16 && js.IdentByte(dot[j]) {
				j++
			}
			found = changes(string(dot[:j]))
		}
		return !found
	})
	return found
}

// resourceWords are the Clerk resource names, for mayChange.
var resourceWords = js.NewWords(js.ClerkResources())

// changing are the verbs of the Backend API methods that change state.
var changing = map[string]bool{"create": true, "update": true, "delete": true, "ban": true, "unban": true, "lock": true, "unlock": true,
	"revoke": true, "remove": true, "add": true, "invite": true, "merge": true, "set": true, "upload": true, "disable": true, "enable": true}

// clerkChange names a call of a state-changing method on a Clerk client's
// resource (users.deleteUser, organizations.updateOrganizationMetadata).
func (v *visitor) clerkChange(call *sitter.Node) (string, bool) {
	fn := call.ChildByFieldName("function")
	if fn == nil || fn.Type() != "member_expression" {
		return "", false
	}
	prop := fn.ChildByFieldName("property")
	if prop == nil || !changes(v.t.Text(prop)) {
		return "", false
	}
	res := js.Unwrap(fn.ChildByFieldName("object"))
	switch {
	case res == nil:
		return "", false
	case res.Type() == "identifier":
		// @clerk/clerk-sdk-node's users export (or a project module's
		// named clerk), or const { users } = client.
		r := v.t.Text(res)
		if !js.ClerkResource(r) {
			return "", false
		}
		if imp := v.mod.Locals[r]; imp != nil && !imp.TypeOnly && (js.IsClerkPackage(imp.Import.Spec) || clerkName(imp.Import.Spec)) {
			return r + "." + v.t.Text(prop), true
		}
		for _, val := range v.resources[r] {
			if v.client(val, 0) {
				return r + "." + v.t.Text(prop), true
			}
		}
		return "", false
	case res.Type() != "member_expression":
		return "", false
	}
	rp := res.ChildByFieldName("property")
	if rp == nil || !js.ClerkResource(v.t.Text(rp)) || !v.client(res.ChildByFieldName("object"), 0) {
		return "", false
	}
	return clientName(v.t, res.ChildByFieldName("object")) + "." + v.t.Text(rp) + "." + v.t.Text(prop), true
}

// changes: a method named verb+Noun whose verb changes state.
func changes(method string) bool {
	i := 0
	for i < len(method) && method[i] >= 'a' && method[i] <= 'z' {
		i++
	}
	return i < len(method) && method[i] >= 'A' && method[i] <= 'Z' && changing[method[:i]]
}

// client reports whether an expression is a Clerk Backend API client.
func (v *visitor) client(n *sitter.Node, depth int) bool {
	n = js.Unwrap(n)
	if n == nil || depth > 3 {
		return false
	}
	switch n.Type() {
	case "identifier":
		name := v.t.Text(n)
		if clerkName(name) {
			return true
		}
		if imp := v.mod.Locals[name]; imp != nil {
			return !imp.TypeOnly && (js.IsClerkPackage(imp.Import.Spec) || clerkName(imp.Import.Spec))
		}
		return v.bound(name, depth)
	case "member_expression":
		p := n.ChildByFieldName("property")
		if p == nil {
			return false
		}
		if clerkName(v.t.Text(p)) {
			return true
		}
		if o := n.ChildByFieldName("object"); o != nil && o.Type() == "this" {
			return v.bound("this."+v.t.Text(p), depth)
		}
	case "call_expression":
		return v.client(n.ChildByFieldName("function"), depth+1)
	case "new_expression":
		return v.client(n.ChildByFieldName("constructor"), depth+1)
	}
	return false
}

// bound reports whether a value the name is bound to is a Clerk client,
// judged at depth+1. The answer depends only on the name and the depth, so
// it is kept: a name bound N times to itself (x = x, repeated) cost N⁴
// when each depth followed every binding again.
func (v *visitor) bound(name string, depth int) bool {
	k := boundKey{name, depth}
	if ok, seen := v.bounds[k]; seen {
		return ok
	}
	ok := false
	for _, val := range v.binds[name] {
		if v.client(val, depth+1) {
			ok = true
			break
		}
	}
	v.bounds[k] = ok
	return ok
}

type boundKey struct {
	name  string
	depth int
}

// collectBindings records what each local name is bound to, and the names
// destructured from a value.
func (v *visitor) collectBindings(root *sitter.Node) {
	js.Walk(root, func(n *sitter.Node) bool {
		var name, val *sitter.Node
		switch n.Type() {
		case "variable_declarator":
			name, val = n.ChildByFieldName("name"), n.ChildByFieldName("value")
		case "assignment_expression":
			name, val = n.ChildByFieldName("left"), n.ChildByFieldName("right")
		case "public_field_definition", "field_definition":
			// A class field (private client = createClerkClient(…)),
			// read as this.client.
			name, val = n.ChildByFieldName("name"), n.ChildByFieldName("value")
			if name == nil {
				name = n.ChildByFieldName("property")
			}
			if name != nil && val != nil {
				key := "this." + v.t.Text(name)
				v.binds[key] = append(v.binds[key], val)
			}
			return true
		default:
			return true
		}
		if name == nil || val == nil {
			return true
		}
		switch name.Type() {
		case "member_expression":
			// this.client = createClerkClient(…) in a constructor.
			if o, p := name.ChildByFieldName("object"), name.ChildByFieldName("property"); o != nil && p != nil && o.Type() == "this" {
				key := "this." + v.t.Text(p)
				v.binds[key] = append(v.binds[key], val)
			}
		case "identifier":
			v.binds[v.t.Text(name)] = append(v.binds[v.t.Text(name)], val)
		case "object_pattern":
			for _, p := range js.NamedChildren(name) {
				if p.Type() == "shorthand_property_identifier_pattern" {
					v.resources[v.t.Text(p)] = append(v.resources[v.t.Text(p)], val)
				}
			}
		}
		return true
	})
}

func clerkName(s string) bool { return strings.Contains(strings.ToLower(s), "clerk") }

// clientName is how the message names the client: clerkClient,
// clerkClient(), this.clerk.
func clientName(t *js.Tree, n *sitter.Node) string {
	n = js.Unwrap(n)
	if n != nil && n.Type() == "call_expression" {
		return short(t.Text(n.ChildByFieldName("function"))) + "()"
	}
	if n == nil {
		return "client"
	}
	return short(t.Text(n))
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}

// method is the property a call's callee ends with (x.catch(…) → catch).
func method(t *js.Tree, call *sitter.Node) string {
	fn := call.ChildByFieldName("function")
	if fn == nil || fn.Type() != "member_expression" {
		return ""
	}
	if p := fn.ChildByFieldName("property"); p != nil {
		return t.Text(p)
	}
	return ""
}

// statementCall is the call an expression statement makes, through
// await, void and parentheses; awaited says an await was among them.
func statementCall(e *sitter.Node) (call *sitter.Node, awaited bool) {
	for e != nil {
		switch e.Type() {
		case "call_expression":
			return e, awaited
		case "await_expression":
			awaited = true
		case "unary_expression":
			if op := e.ChildByFieldName("operator"); op == nil || op.Type() != "void" {
				return nil, false
			}
			e = e.ChildByFieldName("argument")
			continue
		case "parenthesized_expression":
		default:
			return nil, false
		}
		if e.NamedChildCount() == 0 {
			return nil, false
		}
		e = e.NamedChild(0)
	}
	return nil, false
}

// innermostCall climbs down a .then/.catch/.finally chain to the call it
// starts with.
func innermostCall(t *js.Tree, call *sitter.Node) *sitter.Node {
	for {
		if m := method(t, call); m != "then" && m != "catch" && m != "finally" {
			return call
		}
		obj := js.Unwrap(call.ChildByFieldName("function").ChildByFieldName("object"))
		if obj == nil || obj.Type() != "call_expression" {
			return nil
		}
		call = obj
	}
}
