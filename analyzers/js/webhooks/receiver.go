package webhooks

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/js/nextjs"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// svixHeaders are the headers a Svix delivery is signed with, and their
// standardwebhooks twins.
var svixHeaders = map[string]bool{
	"svix-id": true, "svix-timestamp": true, "svix-signature": true,
	"webhook-id": true, "webhook-timestamp": true, "webhook-signature": true,
}

// bodyMethods read a Fetch Request's body.
var bodyMethods = map[string]bool{"json": true, "text": true, "arrayBuffer": true, "formData": true, "blob": true}

// rawReaders read a Node request's body from its stream (micro's buffer,
// raw-body, hand-written helpers of that name).
var rawReaders = map[string]bool{"buffer": true, "getRawBody": true, "rawBody": true, "readRawBody": true, "text": true, "json": true}

// responseNames are parameter names of the response object (Express, Next
// Pages Router, Fastify), whose json()/text() send instead of read.
var responseNames = []string{"res", "resp", "response", "reply", "next"}

// routeMethods are the App Router exports judged as handlers.
var routeMethods = []string{"GET", "POST", "PUT", "PATCH", "DELETE"}

// file is one module under analysis.
type file struct {
	c    *checker
	pass *js.Pass
	mod  *js.Module
	t    *js.Tree

	verifyFns map[string]string          // local name → verifier name (verifyWebhook)
	classes   map[string]bool            // local names of verifier classes
	classNS   map[string]map[string]bool // namespace local → verifier class names
	instances map[string]bool            // names bound to new <verifier class>(…)
	eventType string                     // local name of Clerk's WebhookEvent type
	top       map[string]*sitter.Node    // top-level functions by local name ("default": anonymous default export)
	helpers   map[string]int8            // function verifies: 1 yes, -1 no, 2 in progress (imports under "import:"+name)

	app     *js.App // the file's app, nil outside any
	route   nextjs.Route
	isRoute bool
	// clerkModule: the module imports a Clerk package, svix or standardwebhooks.
	clerkModule bool
}

func (c *checker) newFile(pass *js.Pass, mod *js.Module, t *js.Tree) *file {
	f := &file{c: c, pass: pass, mod: mod, t: t, verifyFns: map[string]string{}, classes: map[string]bool{},
		classNS: map[string]map[string]bool{}, instances: map[string]bool{}, top: map[string]*sitter.Node{}, helpers: map[string]int8{}}
	for _, imp := range mod.Imports {
		for _, n := range imp.Names {
			f.bind(imp.Spec, n.Imported, n.Local, n.TypeOnly)
		}
	}
	rel := pass.File.Path
	if f.app = pass.Model.App(rel); f.app != nil {
		rel = f.app.Rel(rel)
	}
	f.route, f.isRoute = nextjs.RouteOf(rel)
	for _, imp := range mod.Imports {
		f.clerkModule = f.clerkModule || js.IsClerkPackage(imp.Spec) || f.verifierModule(imp.Spec)
	}
	f.scanBindings()
	f.scanTop()
	return f
}

// bind records an imported name that verifies or is a verifier class.
func (f *file) bind(spec, imported, local string, typeOnly bool) {
	if local == "" {
		return
	}
	if imported == "WebhookEvent" && js.IsClerkPackage(spec) {
		f.eventType = local
	}
	if typeOnly {
		return
	}
	for _, r := range f.c.fns {
		if imported == r.Name && modMatch(r.Module, spec) {
			f.verifyFns[local] = r.Name
		}
	}
	for _, r := range f.c.classes {
		if !modMatch(r.Module, spec) {
			continue
		}
		switch imported {
		case r.Name:
			f.classes[local] = true
		case "*", "default":
			if f.classNS[local] == nil {
				f.classNS[local] = map[string]bool{}
			}
			f.classNS[local][r.Name] = true
		}
	}
}

func modMatch(pattern, spec string) bool {
	ok, _ := doublestar.Match(pattern, spec)
	return ok
}

// scanBindings finds the names bound to verifier instances (const wh = new
// Webhook(secret)); require() bindings come with the module's imports.
func (f *file) scanBindings() {
	t := f.t
	var news []*sitter.Node // declarators and assignments whose value is `new …`
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		switch n.Type() {
		case "variable_declarator":
			v := n.ChildByFieldName("value")
			if v == nil {
				return true
			}
			if js.Unwrap(v).Type() == "new_expression" {
				news = append(news, n)
			}
		case "assignment_expression":
			if r := n.ChildByFieldName("right"); r != nil && js.Unwrap(r).Type() == "new_expression" {
				news = append(news, n)
			}
		}
		return true
	})
	for _, n := range news {
		name, val := n.ChildByFieldName("name"), n.ChildByFieldName("value")
		if n.Type() == "assignment_expression" {
			name, val = n.ChildByFieldName("left"), n.ChildByFieldName("right")
		}
		if name != nil && name.Type() == "identifier" && f.isVerifierNew(js.Unwrap(val)) {
			f.instances[t.Text(name)] = true
		}
	}
}

// isVerifierNew: `new Webhook(…)` / `new svix.Webhook(…)` of a verifier class.
func (f *file) isVerifierNew(n *sitter.Node) bool {
	if n == nil || n.Type() != "new_expression" {
		return false
	}
	ctor := n.ChildByFieldName("constructor")
	if ctor == nil {
		return false
	}
	switch ctor.Type() {
	case "identifier":
		return f.classes[f.t.Text(ctor)]
	case "member_expression":
		obj, prop := ctor.ChildByFieldName("object"), ctor.ChildByFieldName("property")
		return obj != nil && prop != nil && obj.Type() == "identifier" && f.classNS[f.t.Text(obj)][f.t.Text(prop)]
	}
	return false
}

// verifierObj: obj is a verifier instance (wh after `const wh = new
// Webhook(secret)`) or such a `new` expression itself.
func (f *file) verifierObj(obj *sitter.Node) bool {
	return obj != nil && (obj.Type() == "identifier" && f.instances[f.t.Text(obj)] || f.isVerifierNew(obj))
}

// verifyCall: call is <verifier>.verify(…); it returns the callee and the
// verifier (unwrapped), nil when call is anything else.
func (f *file) verifyCall(call *sitter.Node) (callee, obj *sitter.Node) {
	c := js.Unwrap(call.ChildByFieldName("function"))
	if c == nil || c.Type() != "member_expression" || memberName(f.t, c) != "verify" {
		return nil, nil
	}
	if obj = js.Unwrap(c.ChildByFieldName("object")); !f.verifierObj(obj) {
		return nil, nil
	}
	return c, obj
}

// scanTop records the module's top-level functions by local name.
func (f *file) scanTop() {
	t := f.t
	root := t.Root()
	var decl func(s *sitter.Node)
	decl = func(s *sitter.Node) {
		switch s.Type() {
		case "function_declaration", "generator_function_declaration":
			if name := s.ChildByFieldName("name"); name != nil {
				f.top[t.Text(name)] = s
			}
		case "lexical_declaration", "variable_declaration":
			for i := 0; i < int(s.NamedChildCount()); i++ {
				d := s.NamedChild(i)
				name, v := d.ChildByFieldName("name"), d.ChildByFieldName("value")
				if d.Type() == "variable_declarator" && name != nil && v != nil && name.Type() == "identifier" && js.IsFunc(js.Unwrap(v)) {
					f.top[t.Text(name)] = js.Unwrap(v)
				}
			}
		case "export_statement":
			if d := s.ChildByFieldName("declaration"); d != nil {
				if hasChild(s, "default") && js.IsFunc(d) && d.ChildByFieldName("name") == nil {
					f.top["default"] = d
					return
				}
				decl(d)
				return
			}
			if v := s.ChildByFieldName("value"); v != nil && js.IsFunc(js.Unwrap(v)) {
				f.top["default"] = js.Unwrap(v)
			}
		}
	}
	for i := 0; i < int(root.NamedChildCount()); i++ {
		decl(root.NamedChild(i))
	}
}

// routeHandlers are the functions Next.js calls for the file's route.
func (f *file) routeHandlers() map[*sitter.Node]bool {
	out := map[*sitter.Node]bool{}
	if !f.isRoute {
		return out
	}
	names := routeMethods
	if f.route.Kind == nextjs.PagesAPI {
		names = []string{"default"}
	} else if f.route.Kind != nextjs.AppHandler {
		return out
	}
	for _, name := range names {
		exp := f.mod.Exports[name]
		if exp == nil || exp.From != nil {
			continue
		}
		if n := f.top[exp.Local]; n != nil {
			out[n] = true
		}
	}
	return out
}

// webhookRoute: the file is a route at a webhook URL of a module using
// Clerk or Svix (or a URL naming clerk): a Stripe or GitHub receiver at
// /api/webhooks/stripe is not ours to judge.
func (f *file) webhookRoute() bool {
	if !f.isRoute || (f.route.Kind != nextjs.AppHandler && f.route.Kind != nextjs.PagesAPI) {
		return false
	}
	hook := false
	for _, s := range f.route.Samples {
		for _, g := range f.c.verify.WebhookRoutes {
			hook = hook || g.Match(s)
		}
	}
	if !hook {
		return false
	}
	return f.clerkModule || strings.Contains(strings.ToLower(f.route.Pattern), "clerk")
}

// verifierModule: spec is one of the verifier modules of the params.
func (f *file) verifierModule(spec string) bool {
	for _, r := range f.c.fns {
		if modMatch(r.Module, spec) {
			return true
		}
	}
	for _, r := range f.c.classes {
		if modMatch(r.Module, spec) {
			return true
		}
	}
	return false
}

// webhookContext: the module is about Clerk webhooks (CLK303 does not judge
// an app's own "user.created" analytics events, nor another identity
// provider's webhooks outside a Clerk app).
func (f *file) webhookContext() bool {
	if f.clerkModule || bytes.Contains(f.pass.Src, receiverTokens[0]) { // "svix"
		return true
	}
	return strings.Contains(strings.ToLower(f.pass.File.Path), "webhook") && f.app != nil && len(f.app.Clerk) > 0
}

// clerkEvent: an event name marks a Clerk receiver here: the app depends on
// Clerk (or the module imports it), and a name other services share
// (subscription.created) needs the module itself to import Clerk or Svix.
func (f *file) clerkEvent(v string) bool {
	res, _, _ := strings.Cut(v, ".")
	if f.c.shared[res] {
		return f.clerkModule
	}
	return f.clerkModule || f.app != nil && len(f.app.Clerk) > 0
}

// vcall is a verification in a function.
type vcall struct {
	n      *sitter.Node
	name   string // verifyWebhook, wh.verify, or the helper's name
	async  bool   // a verify function: must be awaited
	helper bool   // a call of a function that verifies
	// guessed: a function the analysis cannot see, taken as verifying by
	// its name; how its failure is handled is not judged.
	guessed bool
}

// fnInfo is what one function's own body (nested functions excluded) does.
type fnInfo struct {
	node     *sitter.Node
	params   map[string]bool
	why      string
	reads    []*sitter.Node
	acts     []*sitter.Node
	verifies []vcall
}

// checkReceivers runs CLK301 on every function of the module.
func (f *file) checkReceivers() {
	handlers := f.routeHandlers()
	pathHook := len(handlers) > 0 && f.webhookRoute()
	js.Walk(f.t.Root(), func(n *sitter.Node) bool {
		if js.IsFunc(n) {
			fi := f.analyse(n)
			if fi.why == "" && pathHook && handlers[n] {
				fi.why = "it serves the webhook route " + f.route.Pattern
			}
			f.judge(fi)
		}
		return true
	})
}

// analyse collects a function's signals, payload reads, acts and verifications.
func (f *file) analyse(fn *sitter.Node) *fnInfo {
	t := f.t
	fi := &fnInfo{node: fn, params: paramNames(t, fn)}
	for _, r := range responseNames {
		delete(fi.params, r) // res.json(…) answers, it reads nothing
	}
	body := fn.ChildByFieldName("body")
	if body == nil {
		return fi
	}
	why := func(s string) {
		if fi.why == "" {
			fi.why = s
		}
	}
	ownWalk(body, func(n *sitter.Node) {
		switch n.Type() {
		case "string", "template_string":
			v := js.Unquote(t, n)
			if svixHeaders[strings.ToLower(v)] {
				why(fmt.Sprintf("it reads the %s header", v))
			} else if f.c.event.MatchString(v) && f.clerkEvent(v) && eventBranch(t, n) {
				why(fmt.Sprintf("it compares Clerk event types such as '%s'", v))
				fi.acts = append(fi.acts, n)
			}
		case "type_identifier":
			if f.eventType != "" && t.Text(n) == f.eventType {
				why("it uses Clerk's WebhookEvent type")
			}
		case "call_expression":
			if v, ok := f.verification(n, fn); ok {
				fi.verifies = append(fi.verifies, v)
				if !v.helper {
					why("it verifies a webhook with " + v.name)
				}
			} else if readsBody(t, n, fi.params) {
				fi.reads = append(fi.reads, n)
			}
		case "member_expression", "subscript_expression":
			if p := n.Parent(); p != nil && p.Type() == "call_expression" && p.ChildByFieldName("function") == n {
				return // a method call: res.type('json')
			}
			obj := n.ChildByFieldName("object")
			prop := memberName(t, n)
			if obj == nil {
				return
			}
			if prop == "body" && obj.Type() == "identifier" && fi.params[t.Text(obj)] {
				fi.reads = append(fi.reads, n)
			} else if (prop == "data" || prop == "type") && !(obj.Type() == "identifier" && fi.params[t.Text(obj)]) && (payloadish(js.Unwrap(obj)) || readsBody(t, js.Unwrap(obj), fi.params)) {
				fi.acts = append(fi.acts, n)
			}
		case "variable_declarator":
			name, v := n.ChildByFieldName("name"), n.ChildByFieldName("value")
			if name == nil || v == nil || name.Type() != "object_pattern" {
				return
			}
			if u := js.Unwrap(v); payloadish(u) || readsBody(t, u, fi.params) {
				if k := patternKey(t, name, "type", "data"); k != nil {
					fi.acts = append(fi.acts, k)
				}
			}
		}
	})
	return fi
}

// judge reports a receiver's CLK301 finding, if any.
func (f *file) judge(fi *fnInfo) {
	direct := false
	for _, v := range fi.verifies {
		direct = direct || !v.helper
	}
	if fi.why == "" || (len(fi.reads) == 0 && !direct) {
		return // not a receiver, or a helper handed an already verified event
	}
	if len(fi.verifies) == 0 && f.verifiedByCaller(fi.node) {
		return
	}
	t := f.t
	name := funcName(t, fi.node)
	for _, v := range fi.verifies {
		if msg := f.problem(fi, v, name); msg != "" {
			f.pass.Report(rules.Finding{RuleID: ruleid.UnverifiedWebhook, Position: f.pass.Pos(v.n), Construct: "webhook-verify:" + name + ":" + v.name, Message: msg})
			return
		}
	}
	if len(fi.verifies) == 0 {
		at, what := fi.reads[0], "reads the payload with "+short(t, fi.reads[0])
		if len(fi.acts) > 0 {
			at, what = fi.acts[0], "acts on the payload ("+short(t, fi.acts[0])+")"
		}
		f.pass.Report(rules.Finding{RuleID: ruleid.UnverifiedWebhook, Position: f.pass.Pos(at), Construct: "webhook-unverified:" + name,
			Message: fmt.Sprintf("%s %s without verifying its signature (%s): the route is public, so anyone can post forged events; verify first with %s and return 400 when it throws", who(name), what, fi.why, f.suggest())})
		return
	}
	first := fi.verifies[0]
	for _, a := range fi.acts {
		if a.StartByte() < first.n.StartByte() {
			f.pass.Report(rules.Finding{RuleID: ruleid.UnverifiedWebhook, Position: f.pass.Pos(a), Construct: "webhook-act-before-verify:" + name,
				Message: fmt.Sprintf("%s acts on the payload (%s) before verifying its signature with %s on line %d: forged events are processed before the check; verify first and act only on the verified event", who(name), short(t, a), first.name, f.pass.Pos(first.n).Line)})
			return
		}
	}
}

// problem says what makes a verification ineffective, "" if nothing.
func (f *file) problem(fi *fnInfo, v vcall, name string) string {
	if v.guessed {
		return ""
	}
	t := f.t
	// The nodes from the function down to the call, found once: climbing
	// with Parent() is quadratic in the depth (any number of blocks or
	// parentheses).
	path := js.Ancestors(fi.node, v.n)
	// Climb through parentheses and type assertions to the node using the value.
	use, up := v.n, len(path)-1
	for ; up >= 0; up-- {
		switch path[up].Type() {
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "type_assertion":
			use = path[up]
			continue
		}
		break
	}
	// verifyWebhook(req).then(…) / .catch(() => null): the chain decides; a
	// catch turning the failure into null leaves the event unusable, not forged.
	var parent *sitter.Node
	if up >= 0 {
		parent = path[up]
	}
	chained := parent != nil && parent.Type() == "member_expression" && parent.ChildByFieldName("object") == use
	if v.async && !v.helper && !chained && !awaited(t, parent, fi.node) {
		return fmt.Sprintf("%s(…) is not awaited in %s: it returns a promise, so a bad signature neither throws here nor stops the handler; write `const evt = await %s(req)` inside try and return 400 from the catch block", v.name, who(name), v.name)
	}
	if try, catch := enclosingTry(v.n, path); catch != nil && !exits(catch) {
		for _, a := range append(append([]*sitter.Node{}, fi.acts...), fi.reads...) {
			if a.StartByte() >= try.EndByte() {
				return fmt.Sprintf("%s catches the failure of %s and goes on: the verification failure is swallowed, so forged events are processed anyway; return a 400 response (or rethrow) from the catch block", who(name), v.name)
			}
		}
	}
	return ""
}

// who names the receiver in a message.
func who(name string) string {
	switch name {
	case "handler", "(anonymous)":
		return "webhook handler"
	}
	return "webhook handler " + name
}

// suggest names the verifier for the module's framework, else the app's
// Clerk SDK.
func (f *file) suggest() string {
	a := f.app
	mod := "@clerk/backend/webhooks"
	express := false
	for _, imp := range f.mod.Imports {
		express = express || imp.Spec == "express" || strings.HasPrefix(imp.Spec, "@clerk/express")
	}
	switch {
	case express:
		mod = "@clerk/express/webhooks"
	case f.isRoute:
		mod = "@clerk/nextjs/webhooks"
	case a == nil:
	case a.Has("@clerk/nextjs"):
		mod = "@clerk/nextjs/webhooks"
	case a.Has("@clerk/express"):
		mod = "@clerk/express/webhooks"
	case a.Has("svelte-clerk"):
		mod = "svelte-clerk/webhooks"
	}
	if a != nil && mod == "@clerk/nextjs/webhooks" {
		if sdk, ok := a.SDK("@clerk/nextjs"); ok && sdk.Major > 0 && sdk.Major < 6 {
			// verifyWebhook first shipped in @clerk/nextjs 6.13.0.
			return "new Webhook(secret).verify(rawBody, headers) from 'svix' (or verifyWebhook(req) from '@clerk/nextjs/webhooks' after upgrading to @clerk/nextjs 6.13+)"
		}
	}
	return fmt.Sprintf("verifyWebhook(req) from '%s' (or new Webhook(secret).verify(rawBody, headers) from 'svix')", mod)
}

// verifyLike names a function the analysis cannot see into but that
// verifies by its name (verifySignature, validateWebhook,
// requireSvixSignature, constructEvent): taken on trust, so a receiver using
// one is not reported.
var verifyLike = lazyregexp.New(`(?i)verif|validat|signature|constructEvent`)

// verification classifies a call in function fn as a verification.
func (f *file) verification(call, fn *sitter.Node) (vcall, bool) {
	t := f.t
	callee := call.ChildByFieldName("function")
	if callee == nil {
		return vcall{}, false
	}
	callee = js.Unwrap(callee)
	switch callee.Type() {
	case "identifier":
		name := t.Text(callee)
		if v, ok := f.verifyFns[name]; ok {
			return vcall{n: call, name: v, async: true}, true
		}
		// A helper named like a verifier is trusted even when it verifies by
		// hand (crypto HMAC): judging hand-rolled checks is another rule's job.
		if verifies := f.helperVerifies(name, fn); verifies || verifyLike.MatchString(name) {
			return vcall{n: call, name: name, helper: true, guessed: !verifies}, true
		}
	case "member_expression":
		prop := memberName(t, callee)
		obj := js.Unwrap(callee.ChildByFieldName("object"))
		if obj == nil {
			return vcall{}, false
		}
		if prop == "verify" && obj.Type() == "identifier" && f.instances[t.Text(obj)] {
			return vcall{n: call, name: t.Text(obj) + ".verify"}, true
		}
		if prop == "verify" && f.isVerifierNew(obj) {
			return vcall{n: call, name: "new Webhook(…).verify"}, true
		}
		if verifyLike.MatchString(prop) {
			return vcall{n: call, name: short(t, callee), helper: true, guessed: true}, true // this.wh.verify, stripe.webhooks.constructEvent
		}
	}
	return vcall{}, false
}

// helperVerifies: name is a top-level function of this module that verifies,
// or is imported from a project file that imports a verifier module.
func (f *file) helperVerifies(name string, from *sitter.Node) bool {
	key := name
	n := f.top[name]
	if n == nil {
		key = "import:" + name
	}
	switch f.helpers[key] {
	case 1:
		return true
	case -1, 2:
		return false
	}
	f.helpers[key] = 2
	found := false
	if n != nil {
		if body := n.ChildByFieldName("body"); body != nil && n != from {
			js.Walk(body, func(c *sitter.Node) bool {
				if !found && c.Type() == "call_expression" {
					_, found = f.verification(c, n)
				}
				return !found
			})
		}
	} else if in := f.mod.Locals[name]; in != nil && !in.TypeOnly && in.Import.Kind == js.ImportStatic && !f.verifierModule(in.Import.Spec) {
		found = f.importVerifies(in.Import.Spec)
	}
	f.helpers[key] = -1
	if found {
		f.helpers[key] = 1
	}
	return found
}

// importVerifies: spec resolves to a project file that imports a verifier
// module (a verifier module's own other exports do not verify).
func (f *file) importVerifies(spec string) bool {
	p := f.pass.Model.Resolve(f.mod.Path, spec)
	if p == "" {
		return false
	}
	m := f.pass.Model.Module(p)
	if m == nil || m.Err != nil {
		return false
	}
	for _, imp := range m.Imports {
		if !imp.TypeOnly && f.verifierModule(imp.Spec) {
			return true
		}
	}
	return false
}

// verifiedByCaller: fn is passed to a call that verifies before calling it:
// a wrapper (withWebhookVerification(async (req) => …)) or a route
// registration with a verifying middleware before it
// (app.post('/hooks', verifySvix, (req, res) => …)).
func (f *file) verifiedByCaller(fn *sitter.Node) bool {
	t := f.t
	args := fn.Parent()
	if args == nil || args.Type() != "arguments" {
		return false
	}
	call := args.Parent()
	if call == nil || call.Type() != "call_expression" {
		return false
	}
	if c := js.CalleeOf(t, call); c.Valid() && verifyLike.MatchString(c.String()) {
		return true
	}
	for i := 0; i < int(args.NamedChildCount()); i++ {
		a := js.Unwrap(args.NamedChild(i))
		if a.StartByte() >= fn.StartByte() {
			break
		}
		switch a.Type() {
		case "identifier", "member_expression":
			if verifyLike.MatchString(t.Text(a)) {
				return true
			}
		case "call_expression":
			if c := js.CalleeOf(t, a); c.Valid() && verifyLike.MatchString(c.String()) {
				return true
			}
		}
	}
	return false
}

// checkDeleted runs CLK303: user.created/user.updated dispatched, user.deleted
// never mentioned (outside types).
func (f *file) checkDeleted() {
	t := f.t
	var first *sitter.Node
	seen := map[string]bool{}
	handled := false
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if handled {
			return false
		}
		switch n.Type() {
		case "literal_type", "type_alias_declaration", "interface_declaration", "type_annotation":
			return false // a type names events, it does not handle them
		case "string", "template_string":
			v := js.Unquote(t, n)
			if v == f.c.deleted {
				handled = true
				return false
			}
			for _, s := range f.c.sync {
				if v == s && eventBranch(t, n) && !onlyLogs(t, branchBody(n)) {
					seen[v] = true
					if first == nil {
						first = n
					}
				}
			}
		}
		return true
	})
	if handled || first == nil {
		return
	}
	var got []string
	for _, s := range f.c.sync {
		if seen[s] {
			got = append(got, s)
		}
	}
	f.pass.Report(rules.Finding{RuleID: ruleid.UserDeletedNotHandled, Position: f.pass.Pos(first), Construct: "user-deleted-missing",
		Message: fmt.Sprintf("webhook handles %s but never %s in this module: deleted users' data stays in your database; handle %s by deleting or anonymising the data keyed by evt.data.id", strings.Join(got, " and "), f.c.deleted, f.c.deleted)})
}

// checkPagesBody runs CLK304 on a Pages Router API route, and on any other
// module for a verify call handed a JSON.stringify() result.
func (f *file) checkPagesBody() {
	if !f.isRoute || f.route.Kind != nextjs.PagesAPI {
		f.checkStringified()
		return
	}
	t := f.t
	var calls []*sitter.Node
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() == "call_expression" {
			if c, _ := f.verifyCall(n); c != nil {
				calls = append(calls, n)
			}
		}
		return true
	})
	if len(calls) == 0 {
		return
	}
	call := calls[0]
	name := t.Text(js.Unwrap(call.ChildByFieldName("function")))
	arg := "its payload"
	if args := call.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
		arg = short(t, args.NamedChild(0))
	}
	if !f.bodyParserOff() {
		f.pass.Report(rules.Finding{RuleID: ruleid.WebhookBodyReparsed, Position: f.pass.Pos(call), Construct: "pages-body-parsed:" + name,
			Message: fmt.Sprintf("Pages Router API route %s verifies the webhook with %s(%s) but does not export config = { api: { bodyParser: false } }: Next has already parsed req.body, so the verifier never sees the raw bytes Svix signed and deliveries fail (or pass only while re-serialised JSON happens to match); export the config and verify the raw body read with (await buffer(req)).toString() from 'micro' or getRawBody(req)", f.route.Pattern, name, arg)})
		return
	}
	if args := call.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 && f.parsedBody(args.NamedChild(0), enclosingFunc(f.t, call), 0) {
		f.pass.Report(rules.Finding{RuleID: ruleid.WebhookBodyReparsed, Position: f.pass.Pos(call), Construct: "pages-body-undefined:" + name,
			Message: fmt.Sprintf("Pages Router API route %s disables bodyParser but verifies %s with %s: without the parser req.body is undefined, so every delivery fails verification; verify the raw body read with (await buffer(req)).toString() from 'micro' or getRawBody(req)", f.route.Pattern, arg, name)})
	}
}

// checkStringified reports svix/standardwebhooks verify calls whose payload
// is JSON.stringify(…) (directly or through a local): a parsed and
// re-serialised body is not guaranteed to be the bytes Svix signed (escapes,
// spacing, number formats), so deliveries whose JSON does not round-trip
// fail. Clerk's older App Router recipe did this; its current docs verify
// the raw body. Pages Router routes are checkPagesBody's.
func (f *file) checkStringified() {
	t := f.t
	if !bytes.Contains(t.Src, []byte("JSON.stringify")) {
		return
	}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() != "call_expression" {
			return true
		}
		c, obj := f.verifyCall(n)
		if c == nil {
			return true
		}
		args := n.ChildByFieldName("arguments")
		if args == nil || args.NamedChildCount() == 0 || !f.stringified(args.NamedChild(0), enclosingFunc(f.t, n), 0) {
			return true
		}
		name := t.Text(c)
		if obj.Type() == "new_expression" {
			name = "new Webhook(…).verify"
		}
		f.pass.Report(rules.Finding{RuleID: ruleid.WebhookBodyReparsed, Position: f.pass.Pos(n), Construct: "stringified:" + name,
			Message: fmt.Sprintf("webhook verified with %s(%s), a parsed and re-serialised body: Svix signs the raw bytes, and re-serialising them is not guaranteed to reproduce them (escapes such as \\u003c, spacing, number formats), so deliveries whose JSON does not round-trip fail verification; verify the raw body (`const body = await req.text()` in a fetch-style handler, express.raw() on an Express route, parsing it after) or use your SDK's verifyWebhook(req)", name, short(t, args.NamedChild(0)))})
		return true
	})
}

// stringified: n is JSON.stringify(…) or a local bound to it.
func (f *file) stringified(n, scope *sitter.Node, depth int) bool {
	t := f.t
	n = js.Unwrap(n)
	switch n.Type() {
	case "call_expression":
		c := js.CalleeOf(t, n)
		return c.Root == "JSON" && len(c.Path) == 1 && c.Path[0] == "stringify"
	case "identifier":
		if depth > 2 || scope == nil {
			return false
		}
		return anyInitializer(t, scope, t.Text(n), func(v *sitter.Node) bool { return f.stringified(v, scope, depth+1) })
	}
	return false
}

// bodyParserOff: the module exports config = { api: { bodyParser: false } }
// (declared in the export, or declared and exported by name).
func (f *file) bodyParserOff() bool {
	t := f.t
	exp := f.mod.Exports["config"]
	if exp == nil || exp.From != nil {
		return false
	}
	root := t.Root()
	for i := 0; i < int(root.NamedChildCount()); i++ {
		d := root.NamedChild(i)
		if d.Type() == "export_statement" {
			d = d.ChildByFieldName("declaration")
		}
		if d == nil || (d.Type() != "lexical_declaration" && d.Type() != "variable_declaration") {
			continue
		}
		for j := 0; j < int(d.NamedChildCount()); j++ {
			v := d.NamedChild(j)
			name, val := v.ChildByFieldName("name"), v.ChildByFieldName("value")
			if v.Type() != "variable_declarator" || name == nil || val == nil || t.Text(name) != exp.Local {
				continue
			}
			api := objectValue(t, js.Unwrap(val), "api")
			if api == nil {
				return false
			}
			bp := objectValue(t, js.Unwrap(api), "bodyParser")
			return bp != nil && bp.Type() == "false"
		}
	}
	return false
}

// parsedBody: n is req.body, JSON.stringify(req.body), or a local bound to one.
func (f *file) parsedBody(n, scope *sitter.Node, depth int) bool {
	t := f.t
	n = js.Unwrap(n)
	switch n.Type() {
	case "member_expression":
		return memberName(t, n) == "body"
	case "call_expression":
		if c := js.CalleeOf(t, n); c.Root == "JSON" && len(c.Path) == 1 && c.Path[0] == "stringify" {
			if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
				return f.parsedBody(args.NamedChild(0), scope, depth)
			}
		}
	case "identifier":
		if depth > 2 || scope == nil {
			return false
		}
		return anyInitializer(t, scope, t.Text(n), func(v *sitter.Node) bool { return f.parsedBody(v, scope, depth+1) })
	}
	return false
}

// anyInitializer reports whether ok holds for the value of a declaration of
// name in scope (const x = …, any nesting).
func anyInitializer(t *js.Tree, scope *sitter.Node, name string, ok func(v *sitter.Node) bool) bool {
	found := false
	js.Walk(scope, func(c *sitter.Node) bool {
		if found {
			return false
		}
		if c.Type() == "variable_declarator" {
			if id, v := c.ChildByFieldName("name"), c.ChildByFieldName("value"); id != nil && v != nil && t.Text(id) == name {
				found = ok(v)
			}
		}
		return true
	})
	return found
}
