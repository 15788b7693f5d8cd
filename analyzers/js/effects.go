package js

import (
	"bytes"
	"maps"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// literalIncludes reads `['admin', 'support'].includes`: the strings of an
// array literal of strings whose includes method is called (nil for any
// other callee).
func literalIncludes(t *Tree, fn *sitter.Node) []string {
	if fn = unwrap(fn); fn == nil || fn.Type() != "member_expression" {
		return nil
	}
	prop, arr := fn.ChildByFieldName("property"), unwrap(fn.ChildByFieldName("object"))
	if prop == nil || t.Text(prop) != "includes" || arr == nil || arr.Type() != "array" {
		return nil
	}
	var out []string
	for _, e := range NamedChildren(arr) {
		if e.Type() != "string" {
			return nil
		}
		out = append(out, Unquote(t, e))
	}
	return out
}

// callSites lists the calls below n in source order.
func callSites(t *Tree, n *sitter.Node) []CallSite {
	var out []CallSite
	links := map[*sitter.Node]bool{} // calls found inner from their chain's outer call
	// chainCols: the projection of a call's chain, read at its outermost
	// call (visited first) for every link: every link of
	// User.find().select() and of from().select().eq() returns what the
	// chain returns.
	chainCols := map[*sitter.Node][]string{}
	var clients map[string]localClient // clients built here with credentials the summary read
	decls := &declIndex{t: t, body: n}
	var builtins map[string]bool // locals holding a new URLSearchParams, Headers…
	var made map[string]string   // locals holding another class's new instance, by class
	var settlers map[string]bool // a Promise executor's resolve and reject
	var txParams map[string]bool // parameters of functions handed to a transaction runner
	given := givenValues(t, n)
	returned := returnedCalls(n)
	Walk(n, func(c *sitter.Node) bool {
		if c.Type() == "new_expression" {
			for _, name := range promiseSettlers(t, c) {
				if settlers == nil {
					settlers = map[string]bool{}
				}
				settlers[name] = true
			}
			return true
		}
		if c.Type() == "variable_declarator" {
			ctor := clientCtor(t, c)
			if ctor == nil {
				return true
			}
			name, class := t.Text(c.ChildByFieldName("name")), chainOf(t, ctor.ChildByFieldName("constructor")).Root
			if builtinValue[class] {
				if builtins == nil {
					builtins = map[string]bool{}
				}
				builtins[name] = true
				return true
			}
			if made == nil {
				made = map[string]string{}
			}
			made[name] = class
			if creds, ok := sentCredentials(t, decls, args(ctor), true); (ok && len(creds) > 0) || (!ok && secretEnvRead(t.Text(ctor.ChildByFieldName("arguments")))) {
				// Built with credentials the summary read, or with a
				// secret read from the environment (the app's own).
				if clients == nil {
					clients = map[string]localClient{}
				}
				clients[name] = localClient{class, creds}
			}
			return true
		}
		if c.Type() != "call_expression" {
			return true
		}
		cs := CallSite{Callee: CalleeOf(t, c), Pos: t.Pos(c), Given: given[c], Returned: returned[c]}
		if txRunners[tailName(t, c.ChildByFieldName("function"))] {
			for _, a := range args(c) {
				if !IsFunc(a) {
					continue
				}
				if ps := Params(a); len(ps) > 0 {
					if name := paramName(t, ps[0]); name != "" {
						if txParams == nil {
							txParams = map[string]bool{}
						}
						txParams[name] = true
					}
				}
			}
		}
		cs.TxHandle = len(cs.Callee.Path) > 0 && txParams[cs.Callee.Root]
		if !cs.Callee.Valid() {
			cs.Ctor, cs.Method = builtOn(t, c.ChildByFieldName("function"))
			cs.InList = literalIncludes(t, c.ChildByFieldName("function"))
		}
		if link := chainLink(c); link != nil && !mongooseModifiers(cs.Callee) {
			links[link] = true
		}
		// Outer calls are visited first; only n itself climbs (inner's
		// Parent() costs the node's depth, for every wrapper it passes).
		if !links[c] && (c != n || !inner(c)) {
			cs.Where, cs.Model, cs.Filtered = queryFilter(t, c)
		}
		if cols, ok := chainCols[c]; ok {
			cs.Columns = cols
		} else {
			// The outermost link with a projection decides its own
			// and those of the links below it; chainColumns reads them
			// all in one walk.
			calls := chainCalls(c)
			var cols []string
			for i, own := range chainColumns(t, calls) {
				if cols == nil {
					cols = own
				}
				chainCols[calls[i]] = cols
			}
			cs.Columns = chainCols[c]
		}
		for i, a := range args(c) {
			if a.Type() == "spread_element" {
				cs.Spread = true
			}
			if isFunction(unwrap(a)) {
				// Its calls are this body's own, listed with them.
				cs.Args = append(cs.Args, Value{Lit: inlineFunc})
				continue
			}
			cs.Args = append(cs.Args, valueOf(t, a))
			if fs := argFields(t, a, ""); len(fs) > 0 && !slices.ContainsFunc(fs, func(f Field) bool { return strings.HasSuffix(f.Name, "…") }) {
				if cs.Objects == nil {
					cs.Objects = make([][]Field, len(args(c)))
				}
				cs.Objects[i] = fs
			} else if len(fs) > 0 {
				if cs.Spreads == nil {
					cs.Spreads = make([][]Field, len(args(c)))
				}
				cs.Spreads[i] = spreadFields(t, a)
			}
		}
		// A call of a constructed or returned value's method (new
		// Policy(doc).canEdit({ id: userId })) keeps its object arguments'
		// fields too: given the session, it is a check the analysis cannot
		// read.
		if clerkShaped(cs.Callee) || !cs.Callee.Valid() {
			for _, a := range args(c) {
				cs.Fields = append(cs.Fields, argFields(t, a, "")...)
			}
		}
		cs.Scratch = scratchCall(t, decls, c, cs.Callee, args(c))
		if len(cs.Callee.Path) > 0 {
			cs.Made = made[cs.Callee.Root]
		}
		cs.OnBuiltin = (builtins[cs.Callee.Root] && builtinMethod(cs.Callee.Path)) || (settlers[cs.Callee.Root] && len(cs.Callee.Path) == 0)
		switch {
		case httpClients[cs.Callee.Root]:
			creds, ok := sentCredentials(t, decls, args(c), false)
			cs.Anonymous = ok && len(creds) == 0
			if ok {
				cs.CallerCreds = creds
			}
		case clients[cs.Callee.Root].ctor != "" && len(cs.Callee.Path) > 0:
			cl := clients[cs.Callee.Root]
			cs.CallerCreds, cs.Client = cl.creds, cl.ctor
		}
		if args := c.ChildByFieldName("arguments"); args != nil {
			switch {
			case args.Type() == "template_string":
				cs.Tagged, cs.Arg = true, cut(t.Text(args))
				cs.Where, cs.Filtered = sqlFilter(t, args)
				cs.Model = sqlTable(cs.Arg)
			case args.NamedChildCount() > 0:
				a := unwrap(args.NamedChild(0))
				switch a.Type() {
				case "string", "template_string":
					cs.Arg = cut(t.Text(a))
					if !cs.Filtered {
						if cs.Where, cs.Filtered = sqlArgsFilter(t, c); cs.Filtered {
							cs.Model = sqlTable(cs.Arg)
						}
					}
				case "new_expression":
					if ctor := a.ChildByFieldName("constructor"); ctor != nil {
						cs.Arg = "new " + cut(t.Text(ctor))
					}
				}
			}
		}
		out = append(out, cs)
		return true
	})
	return out
}

// returnedCalls are the calls whose result body (a function's) returns,
// through await and parentheses: from a return statement of its own (not
// of a function nested in it), or as an arrow's expression body.
func returnedCalls(body *sitter.Node) map[*sitter.Node]bool {
	out := map[*sitter.Node]bool{}
	add := func(e *sitter.Node) {
		if e = unwrap(e); e != nil && e.Type() == "call_expression" {
			out[e] = true
		}
	}
	if body.Type() != "statement_block" {
		add(body)
		return out
	}
	Walk(body, func(n *sitter.Node) bool {
		switch {
		case isFunction(n) || n.Type() == "function_declaration" || n.Type() == "class_declaration" || n.Type() == "class":
			return false
		case n.Type() == "return_statement" && n.NamedChildCount() > 0:
			add(n.NamedChild(0))
			return false
		}
		return true
	})
	return out
}

// builtinMethod: the path of a method of a built-in value, or of a URL's
// search params (url.searchParams.set).
func builtinMethod(path []string) bool {
	return len(path) == 1 || (len(path) == 2 && path[0] == "searchParams")
}

// inlineFunc stands for a function written inline as a call's argument
// (safeRun(() => load(id))): the calls of its body are the caller's own,
// so a helper calling the parameter that holds it does nothing more.
const inlineFunc = "(function)"

// promiseSettlers are the parameter names of the executor of `new
// Promise((resolve, reject) => …)`: calling them settles the promise and
// does nothing else.
func promiseSettlers(t *Tree, n *sitter.Node) []string {
	if ctor := n.ChildByFieldName("constructor"); ctor == nil || t.Text(ctor) != "Promise" {
		return nil
	}
	as := args(n)
	if len(as) == 0 || !isFunction(unwrap(as[0])) {
		return nil
	}
	var out []string
	for _, p := range Params(unwrap(as[0])) {
		if name := paramName(t, p); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// clerkShaped: a call whose object arguments say what it does for
// authorization, a Clerk Backend API call (users.updateUserMetadata(id, {
// publicMetadata: { role } }), organizations.createOrganizationMembership({
// organizationId, userId })) or a role test (has({ role }),
// auth.protect({ permission })).
func clerkShaped(c Callee) bool {
	last := c.Root
	if n := len(c.Path); n > 0 {
		last = c.Path[n-1]
	}
	if last == "has" || last == "protect" {
		return true
	}
	for _, p := range c.Path {
		if clerkResources[p] {
			return true
		}
	}
	return false
}

// argFields lists an object literal's fields with their values, nested
// keys dotted (publicMetadata.role); a spread is "…".
func argFields(t *Tree, obj *sitter.Node, prefix string) []Field {
	obj = unwrap(obj)
	if obj == nil || obj.Type() != "object" {
		return nil
	}
	var out []Field
	for _, p := range NamedChildren(obj) {
		out = append(out, memberFields(t, p, prefix)...)
	}
	return out
}

// memberFields are argFields' fields of one member of an object literal.
func memberFields(t *Tree, p *sitter.Node, prefix string) []Field {
	switch p.Type() {
	case "shorthand_property_identifier":
		return []Field{{Name: prefix + t.Text(p), Value: Value{Root: t.Text(p)}}}
	case "spread_element":
		return []Field{{Name: prefix + "…"}}
	case "pair":
		k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value")
		if k == nil || v == nil {
			return nil
		}
		switch uv := unwrap(v); uv.Type() {
		case "object":
			return argFields(t, uv, prefix+Unquote(t, k)+".")
		case "array":
			// to: ['support@…', process.env.ADMIN_EMAIL]: each element
			// is a value of the field.
			var out []Field
			for j := 0; j < int(uv.NamedChildCount()); j++ {
				switch e := uv.NamedChild(j); e.Type() {
				case "comment":
				case "spread_element":
					out = append(out, Field{Name: prefix + Unquote(t, k)})
				default:
					out = append(out, Field{Name: prefix + Unquote(t, k), Value: valueOf(t, e)})
				}
			}
			return out
		default:
			return []Field{{Name: prefix + Unquote(t, k), Value: valueOf(t, uv)}}
		}
	}
	return nil
}

// spreadFields is argFields with each top-level spread's value kept (a
// nested one stays a field of unknown value).
func spreadFields(t *Tree, obj *sitter.Node) []Field {
	var out []Field
	for _, p := range NamedChildren(unwrap(obj)) {
		if p.Type() == "spread_element" && p.NamedChildCount() > 0 {
			out = append(out, Field{Name: "…", Value: valueOf(t, p.NamedChild(0))})
			continue
		}
		out = append(out, memberFields(t, p, "")...)
	}
	return out
}

func cut(s string) string {
	if len(s) > 120 {
		return s[:120]
	}
	return s
}

// maxEffectDepth bounds how deep Effects follows project helpers.
const maxEffectDepth = 3

// Effects classifies what fn does, following calls into project functions
// (other modules too, maxEffectDepth levels): database reads and writes
// (Prisma, Drizzle, Supabase, Mongoose/MongoDB, Kysely/Knex, sql`…`), Clerk
// Backend API calls, outbound HTTP and paid APIs, storage writes. known is
// true only when every call was classified, as an effect or as one that has
// none (responses, logging, parsing, array and string methods, the request's
// own readers); a call the analysis cannot tell about makes it false.
//
// A query's filter fields come with where each value comes from (the
// request, the session, a constant), followed through local bindings and
// into helpers with their caller's arguments; the entry's parameters are
// the request (a server action's, in a 'use server' module, the browser's
// arguments).
func (m *Model) Effects(mod *Module, fn *Func) (effects []endpoint.Effect, known bool) {
	ec := m.scanEffects(mod, fn)
	return ec.out, ec.known
}

// EffectsAndAuthorization is Effects and Authorization from one scan.
func (m *Model) EffectsAndAuthorization(mod *Module, fn *Func) (effects []endpoint.Effect, known bool, authz []endpoint.Evidence) {
	ec := m.scanEffects(mod, fn)
	return ec.out, ec.known, ec.checks
}

// Authorization is the authorization evidence of a handler: the
// comparisons of a fetched record's owner field with the session that it,
// or a project helper it calls with the record, makes, and its role,
// permission and identity tests (roles.go).
func (m *Model) Authorization(mod *Module, fn *Func) []endpoint.Evidence {
	return m.scanEffects(mod, fn).checks
}

// GuardedEffects is Effects of a request handler judged with spec: the
// work of a project function whose result the handler returns (`if
// (req.method === 'POST') return createPost(req, res)`) and which, run as
// the handler, ends a signed-out request before it, is SignedIn. Nothing
// of the handler runs after such a call, so its check guards what it does
// whatever the handler's other branches do.
func (m *Model) GuardedEffects(mod *Module, fn *Func, spec *AuthSpec) (effects []endpoint.Effect, known bool) {
	ec := m.scanEffectsWith(mod, fn, spec)
	return ec.out, ec.known
}

func (m *Model) scanEffects(mod *Module, fn *Func) *effectScan {
	return m.scanEffectsWith(mod, fn, nil)
}

func (m *Model) scanEffectsWith(mod *Module, fn *Func, spec *AuthSpec) *effectScan {
	ec := &effectScan{m: m, seen: map[*Func]uint8{}, known: true, spec: spec}
	if fn != nil {
		ec.fn(&frame{mod: mod, fn: fn, entry: true, action: mod.UseServer()}, 0)
	}
	if ec.rescanned {
		// A helper scanned under a session test and again without one
		// lists its effects twice: the signed-out visit's stand.
		ec.out = slices.DeleteFunc(ec.out, func(f endpoint.Effect) bool {
			return f.SignedIn && slices.ContainsFunc(ec.out, func(g endpoint.Effect) bool {
				return !g.SignedIn && g.Kind == f.Kind && g.Target == f.Target && g.At == f.At
			})
		})
	}
	return ec
}

type effectScan struct {
	m *Model
	// seen are the functions scanned: visitSignedIn when only calls under
	// a session test reached it, visitAny once any other did.
	seen      map[*Func]uint8
	rescanned bool
	out       []endpoint.Effect
	// listed indexes out by call (effectAt): the first effect each call
	// site added, so add finds a chain's earlier link without a scan.
	listed map[effectAt]int
	checks []endpoint.Evidence
	known  bool
	// spec, when set, judges the helpers a handler returns (GuardedEffects).
	spec *AuthSpec
}

// Visits of a function (effectScan.seen).
const (
	visitSignedIn uint8 = 1 << iota
	visitAny
)

func (ec *effectScan) fn(fr *frame, depth int) {
	if fr.fn == nil {
		return
	}
	visit, before := visitAny, ec.seen[fr.fn]
	if fr.signedIn {
		visit = visitSignedIn
	}
	if before&(visit|visitAny) != 0 {
		return
	}
	ec.seen[fr.fn] = before | visit
	ec.rescanned = ec.rescanned || before != 0
	for _, cs := range fr.fn.Calls {
		ec.call(fr, cs, depth)
	}
	if before == 0 {
		ec.checks = append(ec.checks, ec.m.checks(fr)...)
		ec.checks = append(ec.checks, ec.m.roleChecks(fr)...)
	}
}

func (ec *effectScan) add(fr *frame, kind endpoint.EffectKind, target, model string, cs CallSite) {
	if model == "" {
		model = tableOf(fr, cs.Model)
	}
	f := endpoint.Effect{Kind: kind, Target: target, Model: model,
		At: endpoint.Pos{File: fr.mod.Path, Line: cs.Pos.Line, Col: cs.Pos.Column}}
	if model == "" && cs.Model != "" && (kind == endpoint.DBRead || kind == endpoint.DBWrite) {
		// from(table) with the table's name taken from the request.
		f.AnyTable = ec.m.resolve(fr, Value{Root: cs.Model}).from == endpoint.FromRequest
	}
	f.Anonymous = kind == endpoint.Outbound && httpClients[cs.Callee.Root] && (cs.Anonymous || ec.unsent(fr, cs.CallerCreds))
	switch {
	case kind != endpoint.Outbound:
	case cs.Client != "":
		f.CallerCredential = ec.fromCaller(fr, cs.CallerCreds)
	case httpClients[cs.Callee.Root]:
		// Only a generic HTTP call carries the Bearer header the function
		// builds; an SDK client (openai.…) sends the key it was made with.
		f.CallerCredential = ec.fromCaller(fr, cs.CallerCreds) || ec.forwardsSession(fr) || captchaVerify(cs.Arg)
	default:
		f.CallerCredential = ec.sessionClient(fr, cs.Callee)
	}
	if kind == endpoint.DBRead || kind == endpoint.DBWrite {
		f.CallerCredential = ec.callerTokenClient(fr, cs)
	}
	if cs.Filtered && (kind == endpoint.DBRead || kind == endpoint.DBWrite) {
		f.Where = ec.m.where(fr, cs)
		for _, b := range f.Where {
			f.Filter = append(f.Filter, b.Field)
		}
	}
	if kind == endpoint.ClerkAPI {
		f.Where = ec.m.clerkArgs(fr, target, cs)
	}
	if kind == endpoint.DBRead {
		f.Columns = cs.Columns
	}
	f.Creates = kind == endpoint.DBWrite && createsOnly(cs)
	f.Own = f.Creates && ec.sessionOwned(fr, cs)
	f.Notify = kind == endpoint.Outbound && mailCall.MatchString(target) && ec.fixedRecipient(fr, cs)
	f.SignedIn = fr.signedIn
	key := effectAt{f.Kind, f.Target, f.At, f.SignedIn}
	if i, ok := ec.listed[key]; ok {
		// The links of one query chain (db.select().from(t).where(w))
		// are one effect: the outermost call, listed first, holds the
		// table and the filter; an inner link naming neither adds
		// nothing, and would read as a query of an unknown table.
		switch {
		case unnamed(f):
			return
		case unnamed(ec.out[i]):
			ec.out[i] = f
			return
		}
	} else {
		if ec.listed == nil {
			ec.listed = map[effectAt]int{}
		}
		ec.listed[key] = len(ec.out)
	}
	ec.out = append(ec.out, f)
}

// effectAt identifies the effects one call site adds.
type effectAt struct {
	kind     endpoint.EffectKind
	target   string
	at       endpoint.Pos
	signedIn bool
}

// unnamed: a database effect that names no table, filter or columns.
func unnamed(f endpoint.Effect) bool {
	return (f.Kind == endpoint.DBRead || f.Kind == endpoint.DBWrite) && f.Model == "" && len(f.Where) == 0 && len(f.Columns) == 0 && !f.AnyTable
}

// signedInGiven: one of the values a call runs only with (CallSite.Given)
// is the signed-in session: a user or session id, session claims, an
// organization id, or the user currentUser() returns, all null for a
// signed-out request (not the object auth() returns, which always is).
func (ec *effectScan) signedInGiven(fr *frame, given []Value) bool {
	for _, v := range given {
		if o := ec.m.resolve(fr, v); o.from == endpoint.FromSession && o.signedIn {
			return true
		}
	}
	return false
}

// sessionOwned: a field of the call's object argument, or of its data
// object (Prisma's create({ data })), holds the session's user id, with
// no guest id to fall back to (`userId ?? 'anon'` writes the guest's row
// for every signed-out visitor).
func (ec *effectScan) sessionOwned(fr *frame, cs CallSite) bool {
	for _, fs := range cs.Objects {
		for _, f := range fs {
			if o := ec.m.resolve(fr, f.Value); o.from == endpoint.FromSession && o.fallback == "" && userIDName(f.Name) {
				return true
			}
		}
	}
	return false
}

// userIDName: a field naming a record's owner (userId, user_id, clerkId,
// authorId, owner, data.userId).
func userIDName(name string) bool {
	low := strings.ToLower(name[strings.LastIndexByte(name, '.')+1:])
	return strings.Contains(low, "user") || strings.Contains(low, "clerk") || strings.Contains(low, "owner") || strings.Contains(low, "author")
}

// callerTokenClient: the query runs on a Supabase client built with the
// caller's Clerk session token and no service-role key (Clerk's Supabase
// integration): the database sees the caller, signed in or anonymous, and
// its row-level security decides, as it would for the same request made
// from the browser with the public anon key. The client is the receiver's
// binding: the result of a project function (const supabase = await
// createSupabaseClient()) or a package call in the handler, or a
// module-level client; the module building it must import @supabase/*,
// create a client, call getToken and name no service role.
func (ec *effectScan) callerTokenClient(fr *frame, cs CallSite) bool {
	root := cs.Callee.Root
	if root == "" {
		return false
	}
	built := fr.mod.Path // a package call here, or a module-level client
	if b, ok := fr.fn.Binds[root]; ok {
		if len(b.Path) != 1 || b.Path[0] != "()" {
			return false
		}
		tg := ec.m.resolveCallee(fr.mod, Callee{Root: b.Root}, 0)
		switch {
		case tg.fn != nil && len(tg.path) == 0:
			built = tg.mod.Path
		case !strings.HasPrefix(tg.pkg, "@supabase/"):
			return false
		}
	}
	return ec.m.callerTokenModule(built)
}

// callerTokenModule: the module imports @supabase/*, creates a client,
// calls getToken and names no service role. Read once per module: every
// database effect of every handler asks.
func (m *Model) callerTokenModule(p string) bool {
	if v, ok := m.tokenClients.Load(p); ok {
		return v.(bool)
	}
	src := m.ReadSmall(p)
	ok := bytes.Contains(src, []byte("@supabase/")) && supabaseClient.Match(src) && clerkToken.Match(src) && !serviceRole.Match(src)
	m.tokenClients.Store(p, ok)
	return ok
}

// serviceRole names a Supabase key that bypasses row-level security.
var serviceRole = lazyregexp.New(`(?i)service_?role|SUPABASE_SECRET|SERVICE_KEY`)

// createsOnly: a write call that only adds records, changing none that
// exist: Prisma's create, MongoDB's insertOne, a chain's insert (drizzle,
// Supabase, Knex) with no upsert step, an INSERT statement without an
// upsert clause.
func createsOnly(cs CallSite) bool {
	if cs.Arg != "" {
		if _, ok := endpoint.SQLKind(cs.Arg); ok {
			return endpoint.InsertOnly(cs.Arg)
		}
	}
	adds := false
	for _, s := range cs.Callee.Path {
		switch {
		case createVerbs[s]:
			adds = true
		case s != "()" && (chainWrites[s] || prismaWrites[s] || mongoWrites[s] || upsertSteps[s]):
			return false
		}
	}
	return adds
}

var (
	createVerbs = set("create", "createMany", "createManyAndReturn", "insertOne", "insertMany", "insert", "insertInto")
	// upsertSteps turn an insert into an update of a row that exists.
	upsertSteps = set("onConflictDoUpdate", "onDuplicateKeyUpdate", "merge")
	// mailCall: an outbound call sending mail (resend.emails.send,
	// transporter.sendMail, sgMail.send, postmark's sendEmail).
	mailCall = lazyregexp.New(`(?i)mail`)
)

// fixedRecipient: a call whose object argument names its recipient (to)
// as a literal or the app's configuration (process.env.CONTACT_EMAIL),
// directly or through a local, or spreads a module-level const object
// that does (`{ ...mailOptions, html }`, imported from the mailer's
// config): a message to the app's own address, not to one the visitor
// chooses. A later member overrides an earlier one; a spread of anything
// else (the request's body) may name the recipient, so it is no fixed one
// unless a later `to` replaces it.
func (ec *effectScan) fixedRecipient(fr *frame, cs CallSite) bool {
	found := false
	for i := range max(len(cs.Objects), len(cs.Spreads)) {
		fs := cs.Objects
		if i >= len(fs) || fs[i] == nil {
			fs = cs.Spreads
		}
		if i >= len(fs) {
			continue
		}
		named, fixed := ec.recipient(fr, fs[i])
		if named && !fixed {
			return false
		}
		found = found || named
	}
	return found
}

// recipient reads one object argument's `to`: named when a member sets
// it, fixed when what the last setting member holds is the app's own.
func (ec *effectScan) recipient(fr *frame, fs []Field) (named, fixed bool) {
	prev := ""
	for _, f := range fs {
		switch {
		case strings.EqualFold(f.Name, "to"):
			if !strings.EqualFold(prev, "to") {
				named, fixed = true, true // a new `to` replaces what came before
			}
			fixed = fixed && appValue(fr, f.Value)
		case f.Name == "…":
			if obj, ok := ec.constObject(fr, f.Value); ok {
				if n, fx := constRecipient(obj); n {
					named, fixed = true, fx
				}
			} else if !ec.keysWithout(fr, f.Value, "to") {
				named, fixed = true, false
			}
		}
		prev = f.Name
	}
	return named, fixed
}

// appValue: a literal, a constant or the app's configuration.
func appValue(fr *frame, val Value) bool {
	if val.Lit != "" {
		return appLiteral(val)
	}
	v, o, done := follow(fr.fn, val)
	if done {
		return o.from == endpoint.FromConstant
	}
	return v.Lit == "" && appLiteral(v)
}

// appLiteral: a literal other than undefined or null, or a read of
// process.env: a value the app, not the request, decides.
func appLiteral(v Value) bool {
	if v.Lit != "" {
		return v.Lit != "undefined" && v.Lit != "null"
	}
	return v.Root == "process" && len(v.Path) == 2 && v.Path[0] == "env"
}

// constObject is the module-level const object literal v names, the
// module's own or an imported one.
func (ec *effectScan) constObject(fr *frame, v Value) (*Object, bool) {
	if v.Lit != "" || v.Root == "" || len(v.Path) > 0 {
		return nil, false
	}
	if _, local := fr.fn.Binds[v.Root]; local {
		return nil, false
	}
	if _, isParam := paramIndex(v.Root); isParam {
		return nil, false
	}
	if o := fr.mod.Objects[v.Root]; o != nil {
		return o, o.Const
	}
	tg := ec.m.resolveCallee(fr.mod, Callee{Root: v.Root}, 0)
	if tg.obj == nil || len(tg.path) > 0 || !tg.obj.Const {
		return nil, false
	}
	return tg.obj, true
}

// constRecipient reads a const object's `to` as recipient does, with no
// frame: its values are literals or process.env reads of its module.
// A spread in it may name one.
func constRecipient(o *Object) (named, fixed bool) {
	fixed = true
	for _, f := range o.Fields {
		switch {
		case strings.EqualFold(f.Name, "to"):
			named = true
			fixed = fixed && appLiteral(f.Value)
		case strings.HasSuffix(f.Name, "…"):
			named, fixed = true, false
			return named, fixed
		}
	}
	return named, named && fixed
}

// keysWithout: v is the result of a project function whose every return
// is an object literal without key (`...content(data)` building the
// message's text and html).
func (ec *effectScan) keysWithout(fr *frame, v Value, key string) bool {
	if v.Lit != "" || len(v.Path) != 1 || v.Path[0] != "()" {
		return false
	}
	if _, local := fr.fn.Binds[v.Root]; local {
		return false
	}
	tg := ec.m.resolveCallee(fr.mod, Callee{Root: v.Root}, 0)
	if tg.fn == nil || len(tg.path) > 0 || tg.fn.ResultKeys == nil {
		return false
	}
	return !slices.ContainsFunc(tg.fn.ResultKeys, func(k string) bool { return strings.EqualFold(k, key) })
}

// tableOf is the table a chain names, through a local binding: from(t)
// after `const t = schema.posts` is posts; after `const t =
// tables[type]`, a table chosen at run time, it is "" (not judged).
func tableOf(fr *frame, name string) string {
	b, ok := fr.fn.Binds[name]
	switch {
	case !ok || b.Lit != "":
		return name
	case b.Root == "" || slices.Contains(b.Path, "()"):
		return ""
	case len(b.Path) > 0:
		return b.Path[len(b.Path)-1]
	}
	return b.Root
}

func (ec *effectScan) call(fr *frame, cs CallSite, depth int) {
	if !fr.signedIn && len(cs.Given) > 0 && ec.signedInGiven(fr, cs.Given) {
		// A signed-out request never reaches it (if (userId) { … }).
		in := *fr
		in.signedIn = true
		fr = &in
	}
	mod := fr.mod
	c := cs.Callee
	if !c.Valid() && cs.Ctor.Valid() {
		ec.constructed(fr, cs)
		return
	}
	if !c.Valid() {
		// (await x()).y(), a call of a call's result, an IIFE: its parts
		// are listed on their own when they are calls.
		if cs.Tagged {
			ec.unknown(fr)
		}
		ec.sessionGiven(fr, cs)
		return
	}
	if cs.Tagged {
		if k, ok := endpoint.SQLKind(cs.Arg); ok {
			ec.add(fr, k, c.Root, "", cs)
		} else if !benignTag[c.Root] && !drizzle(ec.m.resolveCallee(mod, c, 0).pkg) {
			// drizzle's sql`…` with no statement of its own is a part of
			// the query it is given to.
			ec.unknown(fr)
		}
		return
	}
	if cs.OnBuiltin {
		return // params.set('q', q) on `new URLSearchParams()`: a plain value
	}
	if cs.Client != "" && thirdParty(ec.m.resolveCallee(mod, Callee{Root: cs.Client}, 0).pkg) && ec.fromCaller(fr, cs.CallerCreds) {
		// notion.pages.create on `new Client({ auth: token })` with the
		// caller's token: the other service's call, with their authority.
		ec.add(fr, endpoint.Outbound, c.String(), "", cs)
		return
	}
	if cs.Scratch && (ec.fsCall(fr, c) || ec.converterCall(fr, c)) {
		return // fs.unlink(req.file.path), ffmpeg(in).save(`${req.file.path}.wav`): the request's own temp file
	}
	if listener(c, cs) {
		return // mongoose.connection.on('error', fn): the handler runs on the event, not now
	}
	if priceCatalogue(c) {
		return // stripe.prices.list(): the prices the pricing page shows anyone
	}
	if ec.benignChain(fr, c) {
		return // crypto.createHmac(alg, key).update(body).digest('hex'): hashing in memory
	}
	if kind, target, model, ok := shapeEffectOn(c, cs, isUpper(c.Root) || ec.lowerModel(fr, c)); ok {
		if kind != "" {
			ec.add(fr, kind, target, model, cs)
		}
		return
	}
	if kind, ok := ec.factoryMethod(fr, c); ok {
		if kind != "" {
			ec.add(fr, kind, c.String(), "", cs)
		}
		return // a method its package says does nothing a session matters for
	}
	switch pkg := ec.instancePackage(fr, c); {
	case serviceSDKs[pkg]:
		ec.add(fr, endpoint.Outbound, c.String(), "", cs)
		return
	case pkg != "" && benignPackage(pkg):
		return // honeypot.getInputProps() on the Honeypot a project module exports
	}
	tg := ec.m.resolveCallee(mod, c, 0)
	switch {
	case tg.fn != nil:
		if depth >= maxEffectDepth {
			ec.unfollowed(fr, cs)
			return
		}
		if len(tg.path) == 0 {
			in := ec.m.calleeFrame(fr, cs, tg)
			if fr.entry && cs.Returned && !in.signedIn && ec.spec != nil && tg.fn.Wrapped == nil && ec.m.Protection(tg.mod, tg.fn, ec.spec).Protected {
				in.signedIn, in.checked = true, true // return createPost(req, res), which answers 401 first
			}
			ec.fn(in, depth+1)
			return
		}
		if last := tg.path[len(tg.path)-1]; benignMethod(last) && !storeVerbs[last] {
			return // a method of a plain value a project module exports
		}
		if tg.path[0] == "()" && modifiersOnly(tg.path) {
			return // populateUser(Post.find(f)).sort(s).limit(n): shapes the query the helper returns
		}
		if ec.modelCreate(fr, c) {
			ec.add(fr, endpoint.DBWrite, c.String(), c.Root, cs)
			return // a model built by a call the summary follows: mongoose.model('View', schema)
		}
		ec.unknown(fr)
		return
	case tg.pkg != "":
		kind, ok := packageEffect(tg.pkg, tg.name)
		switch {
		case !ok:
			ec.unfollowed(fr, cs)
		case kind != "":
			ec.add(fr, kind, c.String(), "", cs)
		case drizzle(tg.pkg):
			// eq(folders.ownerId, userId): a filter by the caller.
			ec.sessionGiven(fr, cs)
		}
		return
	}
	if ec.modelCreate(fr, c) {
		// User.create({ … }) on a model the project defines (a package's
		// PDFDocument.create was classified by its package above).
		ec.add(fr, endpoint.DBWrite, c.String(), c.Root, cs)
		return
	}
	if len(c.Path) == 0 && ec.modelValue(fr, c.Root) {
		return // Task(data): a Mongoose model called without new builds a document in memory; its save() writes
	}
	if mod.Locals[c.Root] != nil {
		// An import resolved to a project module but not to a function (a
		// client object exported by lib/db, db.orders.all()): not known.
		ec.unfollowed(fr, cs)
		return
	}
	if localsAuth(c) {
		return // SvelteKit's locals.auth(): the session svelte-clerk attached
	}
	if len(c.Path) == 0 {
		if benignGlobal[c.Root] || c.Root == "fetch" {
			switch {
			case c.Root == "fetch" && ec.clerkBackendURL(fr, cs):
				// fetch('https://api.clerk.com/v1/invitations', …) with the
				// secret key: the Backend API without the SDK. Its arguments
				// are a URL and options, not the SDK's (clerkArgs).
				bare := cs
				bare.Args, bare.Fields = nil, nil
				ec.add(fr, endpoint.ClerkAPI, "fetch", "", bare)
			case c.Root == "fetch" && !relativeURL(cs.Arg):
				ec.add(fr, endpoint.Outbound, "fetch", "", cs)
			}
			return
		}
		switch o := ec.m.resolve(fr, Value{Root: c.Root}); {
		case o.from == endpoint.FromSession:
			return // getToken() or has() taken from auth(): reads the session
		case o.from == endpoint.FromConstant && o.name == inlineFunc:
			return // a parameter holding the caller's inline function
		}
		if ec.builtByBenign(fr, c.Root) {
			return // Handlebars.compile(src)(data): what a benign package built
		}
		ec.unfollowed(fr, cs) // a local closure or a value the analysis does not follow
		return
	}
	if last := c.Path[len(c.Path)-1]; benignGlobal[c.Root] || (benignMethod(last) && (!storeVerbs[last] || requestReader(c.Root, c.Path))) {
		return
	}
	if ec.appClient(fr, cs) {
		return
	}
	if ec.sentData(fr, c.Root) {
		return // updatedResults.find(…) on the body the caller sent: plain JSON
	}
	if model, ok := ec.queryBuilt(fr, c.Root); ok {
		switch {
		case modifiersOnly(c.Path):
			return // postsQuery.exec(): the query, listed where it was built
		case len(c.Path) == 1 && c.Path[0] == "save":
			ec.add(fr, endpoint.DBWrite, c.String(), model, cs)
			return // user.save() on the document User.findOne returned
		}
	}
	if model := ec.savedDoc(fr, cs); model != "" {
		ec.add(fr, endpoint.DBWrite, c.String(), model, cs)
		return // doc.save() on `const doc = new Post(data)` or `await Post(data)`
	}
	if cs.Made != "" {
		if pkg, _, _ := ec.packageOf(mod, Callee{Root: cs.Made}); benignPackage(pkg) {
			return // doc.text(…) on `new PDFDocument()` from pdfkit: a benign package's instance
		}
	}
	if cs.TxHandle {
		return // tx.run(q) in session.executeRead((tx) => …): the runner's call is the effect
	}
	ec.unknown(fr)
}

// twoStepFactories are the packages whose effect table reads a method of
// what a method of their factory's product built (neo4j's
// driver().session().run); the others' tables name one step only.
var twoStepFactories = set("neo4j-driver")

// txRunners are the methods that run a function in a transaction, handing
// it the transaction's handle: neo4j-driver's sessions (executeRead,
// executeWrite and the older readTransaction, writeTransaction).
var txRunners = set("executeRead", "executeWrite", "readTransaction", "writeTransaction")

// listener reports a call registering or removing an event handler by
// the event's name (emitter.on('connected', fn), process.once('exit',
// fn)): it runs nothing when called, and what the handler does happens on
// the event, in no request.
func listener(c Callee, cs CallSite) bool {
	if len(c.Path) == 0 {
		return false
	}
	switch c.Path[len(c.Path)-1] {
	case "on", "once", "off", "addListener", "prependListener", "prependOnceListener", "removeListener", "removeAllListeners":
		return strings.HasPrefix(cs.Arg, "'") || strings.HasPrefix(cs.Arg, `"`) || strings.HasPrefix(cs.Arg, "`")
	}
	return false
}

// benignChain reports a call chain on a package with no effect at all
// (benignPackages), or on the global crypto, directly or through a local
// holding one of its values (`const h = createHash('sha256');
// h.update(x)`): the verbs a database chain shares with them (update,
// digest's hash.update) are then a hash's, not a write.
func (ec *effectScan) benignChain(fr *frame, c Callee) bool {
	v, _, done := follow(fr.fn, Value{Root: c.Root, Path: c.Path})
	if in := fr.mod.Locals[v.Root]; done && in != nil && in.Import.Kind == ImportDynamic {
		done = false // `const decode = (await import('audio-decode')).default`: the import's binding
	}
	if done || v.Root == "" || len(v.Path) == 0 {
		return false
	}
	if v.Root == "crypto" && fr.mod.Locals["crypto"] == nil && fr.mod.Funcs["crypto"] == nil && fr.mod.Objects["crypto"] == nil {
		return true // Web Crypto / Node's global crypto
	}
	tg := ec.m.resolveCallee(fr.mod, Callee{Root: v.Root, Path: v.Path}, 0)
	return tg.pkg != "" && benignPackage(tg.pkg)
}

// priceCatalogue: a read of a payment provider's price list (Stripe's
// prices and products list, retrieve and search; Razorpay's plans.all
// and plans.fetch) on a client whose name, or an owner's, names the
// provider. It is the catalogue the app's pricing page shows anyone: no
// charge, no write, nothing of a customer. Customers, subscriptions,
// invoices, sessions and every create or update stay calls out with the
// app's key.
func priceCatalogue(c Callee) bool {
	n := len(c.Path)
	if n < 2 || !catalogueResources[c.Path[n-2]] || !catalogueReads[c.Path[n-1]] {
		return false
	}
	for _, s := range append([]string{c.Root}, c.Path[:n-2]...) {
		low := strings.ToLower(s)
		for _, p := range paymentProviders {
			if strings.Contains(low, p) {
				return true
			}
		}
	}
	return false
}

var (
	catalogueResources = set("prices", "products", "plans")
	catalogueReads     = set("list", "retrieve", "search", "fetch", "all")
	// paymentProviders name the payment SDK clients (stripe, razorpay,
	// paddle) in the names projects give them.
	paymentProviders = []string{"stripe", "razorpay", "paddle"}
)

// fsCall: a call of Node's fs module, as fs.x or fsPromises.x, or a
// function imported from it.
func (ec *effectScan) fsCall(fr *frame, c Callee) bool {
	if strings.ToLower(c.Root) == "fs" && fr.mod.Funcs[c.Root] == nil {
		return true
	}
	return fsPackage(ec.m.resolveCallee(fr.mod, c, 0).pkg)
}

// fsPackage: Node's fs module, by any of its names.
func fsPackage(pkg string) bool {
	switch pkg {
	case "fs", "node:fs", "fs/promises", "node:fs/promises":
		return true
	}
	return false
}

// converterCall: a call of a media converter's chain that writes its
// output to a path (fluent-ffmpeg's save or output, sharp's toFile):
// scratchCall has judged the path.
func (ec *effectScan) converterCall(fr *frame, c Callee) bool {
	switch ec.m.resolveCallee(fr.mod, c, 0).pkg {
	case "fluent-ffmpeg", "sharp":
		return true
	}
	return false
}

// factoryMethod classifies a method called on a value a package call built
// and the package says building did nothing (axios.create(cfg),
// nodemailer's createTransport): a local of the function, a top-level
// const of the module or one imported from a project module (`export
// const api = axios.create(…)` in lib/http.ts). It is what the package
// says of the method on its result: api.post is outbound. ok is false
// unless that is an effect, so a method the package does not know, or
// one it calls benign, is judged as before.
func (ec *effectScan) factoryMethod(fr *frame, c Callee) (endpoint.EffectKind, bool) {
	v, _, done := follow(fr.fn, Value{Root: c.Root, Path: c.Path})
	if done || v.Root == "" || len(v.Path) == 0 {
		return "", false
	}
	mod, call := fr.mod, -1
	for i, p := range v.Path {
		if p == "()" {
			call = i
			break
		}
	}
	builder := Callee{Root: v.Root, Path: v.Path[:max(call, 0)]}
	rest := v.Path[call+1:]
	if call < 0 {
		// A module-level const: its builder, where it is declared.
		bm, bc, ok := ec.m.builder(fr.mod, v.Root, 0)
		if !ok {
			return "", false
		}
		mod, builder, rest = bm, bc, v.Path
	}
	if len(rest) == 0 || slices.Contains(rest, "()") {
		// A method of what a call on the instance returned
		// (client.organizations.getList().data.map): not the instance's.
		return "", false
	}
	tg := ec.m.resolveCallee(mod, builder, 0)
	name := tg.name
	if tg.pkg == "" && call >= 0 && len(builder.Path) > 0 {
		// session.run() on `const session = driver.session()`, where
		// driver is a module-level `neo4j.driver(…)`: what the package's
		// factory built built the session in turn.
		bm, bc, ok := ec.m.builder(mod, builder.Root, 0)
		if !ok {
			return "", false
		}
		if tg = ec.m.resolveCallee(bm, bc, 0); !twoStepFactories[tg.pkg] {
			return "", false
		}
		if kind, ok := packageEffect(tg.pkg, tg.name); !ok || kind != "" {
			return "", false
		}
		name = joinPath(tg.name+"()", builder.Path)
	}
	if tg.pkg == "" {
		return "", false
	}
	if kind, ok := packageEffect(tg.pkg, name); !ok || kind != "" {
		return "", false // not a factory: axios.get(u).data.map is the get's
	}
	return packageEffect(tg.pkg, joinPath(name+"()", rest))
}

// builder finds the call that built the top-level const local of mod,
// following an import to the project module that exports it (and its
// re-exports).
func (m *Model) builder(mod *Module, local string, depth int) (*Module, Callee, bool) {
	dm, name, ok := m.declaring(mod, local, depth)
	if !ok {
		return nil, Callee{}, false
	}
	c, ok := dm.Built[name]
	return dm, c, ok
}

// declaring finds the module whose top level declares local: mod itself,
// or through an import the project module exporting it (and its
// re-exports), with the name it has there.
func (m *Model) declaring(mod *Module, local string, depth int) (*Module, string, bool) {
	if depth > maxDepth {
		return nil, "", false
	}
	in := mod.Locals[local]
	if in == nil {
		return mod, local, true
	}
	if in.TypeOnly || in.Imported == "*" {
		return nil, "", false
	}
	to := m.Resolve(mod.Path, in.Import.Spec)
	for to != "" && depth <= maxDepth {
		em := m.Module(to)
		if em == nil || em.Err != nil {
			break
		}
		exp := em.Exports[in.Imported]
		if exp == nil {
			break
		}
		if exp.From == nil {
			return m.declaring(em, exp.Local, depth+1)
		}
		in = &ImportName{Imported: exp.FromName, Import: exp.From}
		to, depth = m.Resolve(to, exp.From.Spec), depth+1
	}
	return nil, "", false
}

// instancePackage is the package of the class a method is called on an
// instance of, when that instance is a top-level `const pc = new
// Pinecone(cfg)` in this module or exported by a project module
// (lib/pusher.ts, utils/honeypot.server.ts), or a top-level value a
// method of one built (`const index = pc.Index(name)`); "" otherwise. The
// package says what every call on it does: a hosted service's SDK
// (serviceSDKs) reaches the service with the app's key, a benign
// package's instance (benignPackages) does nothing a session matters for.
func (ec *effectScan) instancePackage(fr *frame, c Callee) string {
	if len(c.Path) == 0 {
		return ""
	}
	if _, local := fr.fn.Binds[c.Root]; local {
		return ""
	}
	return ec.m.instanceSpec(fr.mod, c.Root, 0)
}

// maxInstanceHops bounds the values built from an instance that
// instanceSpec follows (pc.Index(name).namespace(ns) is two).
const maxInstanceHops = 4

// instanceSpec is instancePackage's package for the top-level value
// local of mod.
func (m *Model) instanceSpec(mod *Module, local string, hops int) string {
	dm, name, ok := m.declaring(mod, local, 0)
	if !ok {
		return ""
	}
	if class, ok := dm.Instances[name]; ok {
		if in := dm.Locals[class]; in != nil && !in.TypeOnly {
			return in.Import.Spec
		}
		return ""
	}
	if c, ok := dm.Built[name]; ok && len(c.Path) > 0 && hops < maxInstanceHops {
		return m.instanceSpec(dm, c.Root, hops+1)
	}
	return ""
}

// credentialLookup reports a project function that authenticates by a
// credential the caller hands it: it reads a row whose filter sets a
// credential column (apiKey, token, secret; a bare key or hash on a table
// named for keys or tokens) to one of its parameters, and returns early
// (when nothing matched). A caller testing its result and exiting is then
// authenticated by that credential, as by a secret (Protection.Secret).
func credentialLookup(fn *Func) bool {
	early := slices.ContainsFunc(fn.Steps, func(st Step) bool { return st.Kind == StepGuard && st.Exit.Kind == ExitReturn })
	if !early {
		return false
	}
	for _, cs := range fn.Calls {
		if !cs.Filtered {
			continue
		}
		kind, _, model, ok := shapeEffect(cs.Callee, cs)
		if !ok || kind != endpoint.DBRead {
			continue
		}
		table := cs.Model + " " + model + " " + cs.Callee.String()
		for _, f := range cs.Where {
			if f.Value.Root == "" || len(f.Value.Path) > 0 || !slices.Contains(fn.Params, f.Value.Root) {
				continue
			}
			name := f.Name[strings.LastIndexByte(f.Name, '.')+1:]
			if credentialColumn.MatchString(name) || ((strings.EqualFold(name, "key") || strings.EqualFold(name, "hash")) && keyTable.MatchString(table)) {
				return true
			}
		}
	}
	return false
}

var (
	credentialColumn = lazyregexp.New(`(?i)^(?:api_?key|.*_?token|secret|.*api_?key_?hash)$`)
	keyTable         = lazyregexp.New(`(?i)api_?keys?|tokens?|credentials?`)
)

// sentData: a name holding data the request sent (a parsed body, query or
// path value, a server action's argument): plain JSON, whose methods
// (find, filter) are an array's or a string's, never a client's.
func (ec *effectScan) sentData(fr *frame, name string) bool {
	o := ec.m.resolve(fr, Value{Root: name})
	if o.from != endpoint.FromRequest || o.request {
		return false
	}
	switch o.input {
	case endpoint.Body, endpoint.Query, endpoint.PathParam, endpoint.Form, endpoint.Argument:
		return true
	}
	return false
}

// modelCreate: Model.create(…) on a Mongoose model's insert: a
// capitalised name that is no built-in, or a lowercase one whose
// declaration makes it a model (userModel.create(d): lowerModel).
func (ec *effectScan) modelCreate(fr *frame, c Callee) bool {
	if len(c.Path) != 1 || c.Path[0] != "create" {
		return false
	}
	return (isUpper(c.Root) && !benignGlobal[c.Root]) || ec.lowerModel(fr, c)
}

// savedDoc names the model whose document a save() call writes when the
// local it is called on holds a document the body built from a Mongoose
// model: `const doc = new Post(data)`, or `await Post(data)`, the model
// called without new (which Mongoose allows).
func (ec *effectScan) savedDoc(fr *frame, cs CallSite) string {
	c := cs.Callee
	if len(c.Path) != 1 || c.Path[0] != "save" {
		return ""
	}
	model := cs.Made
	if b, ok := fr.fn.Binds[c.Root]; model == "" && ok && len(b.Path) == 1 && b.Path[0] == "()" {
		model = b.Root
	}
	if model == "" || !ec.modelValue(fr, model) {
		return ""
	}
	return model
}

// lowerModel: c is a query or create on a lowercase name its declaration
// makes a Mongoose model (songModel.find(f), userModel.create(d)); such a
// name is otherwise any value's (an array's find).
func (ec *effectScan) lowerModel(fr *frame, c Callee) bool {
	if isUpper(c.Root) || len(c.Path) == 0 || !(mongoReads[c.Path[0]] || mongoWrites[c.Path[0]] || c.Path[0] == "create") {
		return false
	}
	return ec.modelValue(fr, c.Root)
}

// modelValue: name, in fr's function, is no local or parameter of it but
// a Mongoose model of its module's top level (mongooseModel).
func (ec *effectScan) modelValue(fr *frame, name string) bool {
	if _, local := fr.fn.Binds[name]; local || slices.Contains(fr.fn.Params, name) {
		return false
	}
	return ec.m.mongooseModel(fr.mod, name)
}

// mongooseModel: name is a capitalised top-level value of a module
// importing mongoose, neither a function nor a class there (mod's own, or
// exported by the project module it is imported from): a model such as
// `mongoose.models.Post || mongoose.model('Post', schema)`, which is a
// constructor of documents.
func (m *Model) mongooseModel(mod *Module, name string) bool {
	if name == "" || benignGlobal[name] || builtinValue[name] {
		return false
	}
	dm, local, ok := m.declaring(mod, name, 0)
	if !ok || dm.Objects[local] != nil || dm.Instances[local] != "" || dm.Locals[local] != nil {
		return false
	}
	if c, built := dm.Models[local]; built {
		// const songModel = mongoose.models.song || mongoose.model('song',
		// schema): the declaration names it a model, whatever its case.
		tg := m.resolveCallee(dm, c, 0)
		return tg.pkg == "mongoose"
	}
	if _, built := dm.Built[local]; built || !isUpper(name) {
		return false // a call of another function built something else
	}
	return dm.Funcs[local] == nil && slices.ContainsFunc(dm.Imports, func(imp *Import) bool { return imp.Spec == "mongoose" && !imp.TypeOnly })
}

// queryBuilt reports whether a local holds a Mongoose model's query, or
// the document one returned (const q = Post.find(f).sort(s); const user =
// await User.findOne(f)), and names the model: the query is a call of its
// own, listed with its filter where it is built.
func (ec *effectScan) queryBuilt(fr *frame, name string) (model string, ok bool) {
	b, ok := fr.fn.Binds[name]
	if !ok || b.Root == "" || benignGlobal[b.Root] || len(b.Path) < 2 || b.Path[len(b.Path)-1] != "()" {
		return "", false
	}
	c := Callee{Root: b.Root, Path: b.Path[:len(b.Path)-1]}
	if !isUpper(b.Root) && !ec.lowerModel(fr, c) {
		return "", false
	}
	if (len(c.Path) == 1 && (mongoReads[c.Path[0]] || mongoWrites[c.Path[0]])) || mongooseModifiersOn(c, true) {
		return b.Root, true
	}
	return "", false
}

// modifiersOnly: every step of a call chain is a Mongoose query modifier
// (or a call of one).
func modifiersOnly(path []string) bool {
	for _, s := range path {
		if s != "()" && !queryModifiers[s] {
			return false
		}
	}
	return len(path) > 0
}

// appClient classifies a method of a package client built here with the
// app's credentials by what the package does (svix's Webhook verifies
// locally; stripe calls out), and for a package the model does not know
// (new AccessToken(key, secret).toJwt()) as an outbound call made with
// them: what the method does is unknown, whose authority it uses is not.
func (ec *effectScan) appClient(fr *frame, cs CallSite) bool {
	if cs.Client == "" || len(cs.Callee.Path) == 0 || ec.fromCaller(fr, cs.CallerCreds) {
		return false
	}
	pkg, kind, ok := ec.packageOf(fr.mod, Callee{Root: cs.Client})
	if !thirdParty(pkg) {
		return false
	}
	if pkg == "mongodb" && mongoConnection(cs) {
		return true // client.connect(), db('admin').command({ ping: 1 }): no document read or written
	}
	switch {
	case !ok:
		ec.add(fr, endpoint.Outbound, cs.Callee.String()+" on new "+cs.Client+"(…) built with the app's credentials", "", cs)
	case kind != "":
		ec.add(fr, kind, cs.Callee.String(), "", cs)
	}
	return true
}

// mongoConnection: a call on a MongoClient that opens, closes or pings the
// connection (connect, close, db(name), db().admin().ping(),
// db().command({ ping: 1 })): the app's own database, no outbound call to
// a service and nothing done with a document. The queries on the handle it
// returns are classified as they are.
func mongoConnection(cs CallSite) bool {
	p := cs.Callee.Path
	for i, s := range p {
		if s != "()" && !mongoConnSteps[s] && (s != "command" || i != len(p)-1) {
			return false
		}
	}
	switch p[len(p)-1] {
	case "connect", "close", "db", "admin", "ping":
		return true
	case "command":
		return len(cs.Objects) == 1 && len(cs.Objects[0]) == 1 && cs.Objects[0][0].Name == "ping"
	}
	return false
}

var mongoConnSteps = set("connect", "close", "db", "admin", "ping")

// constructed classifies a method called on a value built in place: a
// built-in value's (new URL(u).toString()) does nothing, a Mongoose
// document's save (new Post(data).save()) writes its model, a package
// class's method does what the package does (new Stripe(key).…: an
// outbound call); anything else is not known.
func (ec *effectScan) constructed(fr *frame, cs CallSite) {
	ctor, method := cs.Ctor, cs.Method
	target := "new " + ctor.String() + "()." + strings.Join(method, ".")
	switch {
	case len(ctor.Path) == 0 && (benignGlobal[ctor.Root] || builtinValue[ctor.Root]):
		return
	case len(ctor.Path) == 0 && (isUpper(ctor.Root) || ec.modelValue(fr, ctor.Root)) && slices.Equal(method, []string{"save"}):
		ec.add(fr, endpoint.DBWrite, target, ctor.Root, cs)
		return
	}
	if _, kind, ok := ec.packageOf(fr.mod, ctor); ok {
		if kind != "" {
			ec.add(fr, kind, target, "", cs)
		}
		return
	}
	ec.unfollowed(fr, cs)
}

// packageOf resolves a callee to the package it comes from and what that
// export does (packageEffect): pkg is "" and known false for anything not
// imported from a package.
func (ec *effectScan) packageOf(mod *Module, c Callee) (pkg string, kind endpoint.EffectKind, known bool) {
	tg := ec.m.resolveCallee(mod, c, 0)
	if tg.pkg == "" {
		return "", "", false
	}
	kind, known = packageEffect(tg.pkg, tg.name)
	return tg.pkg, kind, known
}

// builtByBenign reports whether a local function value is the result of
// a call into a package with no effect (a compiled template), in the
// function or at the top of its module (shadcn/ui's `const
// buttonVariants = cva(…)`, a class-name builder).
func (ec *effectScan) builtByBenign(fr *frame, name string) bool {
	b, ok := fr.fn.Binds[name]
	if !ok {
		if c, top := fr.mod.Built[name]; top && fr.mod.Funcs[name] == nil {
			_, kind, known := ec.packageOf(fr.mod, c)
			return known && kind == ""
		}
		return false
	}
	if b.Root == "" || len(b.Path) == 0 || b.Path[len(b.Path)-1] != "()" {
		return false
	}
	_, kind, known := ec.packageOf(fr.mod, Callee{Root: b.Root, Path: b.Path[:len(b.Path)-1]})
	return known && kind == ""
}

// fromCaller reports whether every credential a call sends comes from
// the request (a server action's argument, a header or body field): the
// call then acts with the caller's authority at the other service.
func (ec *effectScan) fromCaller(fr *frame, creds []Value) bool {
	for _, v := range creds {
		if ec.m.resolve(fr, v).from != endpoint.FromRequest {
			return false
		}
	}
	return len(creds) > 0
}

// unsent reports whether every credential a call would send is undefined
// here (an optional token its caller left out): the call goes without one.
func (ec *effectScan) unsent(fr *frame, creds []Value) bool {
	for _, v := range creds {
		if o := ec.m.resolve(fr, v); o.from != endpoint.FromConstant || (o.name != "undefined" && o.name != "null") {
			return false
		}
	}
	return len(creds) > 0
}

// forwardsSession reports whether the frame's function sends the caller's
// Clerk session token as a Bearer header (`Bearer ${await getToken()}`,
// through locals and a project helper returning it): its outbound calls
// go to an API that verifies the caller, with the caller's credential.
func (ec *effectScan) forwardsSession(fr *frame) bool {
	for _, v := range fr.fn.Bearer {
		if ec.m.sessionToken(fr.mod, fr.fn, v, 0) {
			return true
		}
	}
	return false
}

// sessionClient reports a call on an HTTP client a project module builds
// at its top (`export const api = createClient(cfg)`, axios.create) when
// that module sends the caller's Clerk session token as its only Bearer
// header (a middleware or helper setting it from auth().getToken()) and
// reads no secret from the environment: the call acts with the caller's
// authority at the other service, as a fetch forwarding the token does
// (forwardsSession). A signed-out caller's request goes without one.
func (ec *effectScan) sessionClient(fr *frame, c Callee) bool {
	v, _, done := follow(fr.fn, Value{Root: c.Root, Path: c.Path})
	if done || v.Root == "" || slices.Contains(v.Path, "()") {
		return false
	}
	bm, bc, ok := ec.m.builder(fr.mod, v.Root, 0)
	if !ok || !httpFactories[ec.m.resolveCallee(bm, bc, 0).pkg] {
		return false
	}
	return ec.m.sessionForwarder(bm)
}

// httpFactories are the packages whose instances send what their
// configuration and middleware add, and nothing of their own.
var httpFactories = set("axios", "ky", "got", "openapi-fetch")

// sessionForwarder: every Bearer header the module's functions and
// object methods build is the caller's session token, there is one, and
// the module reads no secret from the environment. Read once per module.
func (m *Model) sessionForwarder(mod *Module) bool {
	if v, ok := m.forwarders.Load(mod.Path); ok {
		return v.(bool)
	}
	ok := !slices.ContainsFunc(mod.EnvReads, func(e EnvRead) bool { return endpoint.SecretEnvName(e.Name) })
	found := false
	sends := func(fn *Func) {
		for _, v := range fn.Bearer {
			if !m.sessionToken(mod, fn, v, 0) {
				ok = false
			}
			found = true
		}
	}
	for _, fn := range mod.Funcs {
		sends(fn)
	}
	for _, o := range mod.Objects {
		for _, fn := range o.Methods {
			sends(fn)
		}
	}
	ok = ok && found
	m.forwarders.Store(mod.Path, ok)
	return ok
}

// sessionToken reports whether v is the session token from Clerk's
// auth().getToken(), directly or returned by a project helper (two levels).
func (m *Model) sessionToken(mod *Module, fn *Func, v Value, depth int) bool {
	v, _, done := follow(fn, v)
	if done || len(v.Path) == 0 || v.Path[len(v.Path)-1] != "()" {
		return false
	}
	tg := m.resolveCallee(mod, Callee{Root: v.Root}, 0)
	if slices.Contains(v.Path, "getToken") {
		return strings.HasPrefix(tg.pkg, "@clerk/") && sessionReaders[tg.name]
	}
	if len(v.Path) != 1 || tg.fn == nil || depth >= 2 {
		return false
	}
	for _, st := range tg.fn.Steps {
		if st.Kind == StepReturn && st.Callee.Valid() {
			ret := Value{Root: st.Callee.Root, Path: append(slices.Clone(st.Callee.Path), "()")}
			if m.sessionToken(tg.mod, tg.fn, ret, depth+1) {
				return true
			}
		}
	}
	return false
}

// unknown records a call the analysis cannot read: what the handler does
// is no longer known, unless only a signed-in request gets there through
// a checked helper (frame.checked).
func (ec *effectScan) unknown(fr *frame) {
	if !fr.checked {
		ec.known = false
	}
}

// unfollowed records a call the analysis cannot read: the effects are not
// known, and when the call is given a session value it may be the check of
// a record against the session (canAccess(userId, doc) from a package or a
// module that does not resolve), so it counts as ownership evidence rather
// than have an endpoint reported on a guess.
func (ec *effectScan) unfollowed(fr *frame, cs CallSite) {
	ec.unknown(fr)
	ec.sessionGiven(fr, cs)
}

// sessionGiven counts a call the analysis cannot read as an ownership
// check when an argument, or a field of an object argument, is a session
// value.
func (ec *effectScan) sessionGiven(fr *frame, cs CallSite) {
	given := cs.Args
	for _, f := range cs.Fields {
		given = append(given, f.Value)
	}
	for _, a := range given {
		if ec.m.resolve(fr, a).from == endpoint.FromSession {
			callee := cs.Callee.String()
			if !cs.Callee.Valid() {
				callee = "a method"
			}
			ec.checks = append(ec.checks, endpoint.Evidence{Kind: endpoint.OwnershipCheck,
				What: callee + "(…" + a.String() + "…), which the analysis cannot follow",
				At:   endpoint.Pos{File: fr.mod.Path, Line: cs.Pos.Line, Col: cs.Pos.Column}})
			return
		}
	}
}

// clerkArgs are a Clerk Backend API call's arguments with their origins:
// the first one under the name of the resource's id (users.deleteUser(id)
// → userId) unless it is an object, then the object arguments' fields
// (organizationId, userId, publicMetadata.role).
func (m *Model) clerkArgs(fr *frame, target string, cs CallSite) []endpoint.Binding {
	var out []endpoint.Binding
	if len(cs.Args) > 0 && cs.Args[0].known() {
		res := strings.Split(target, ".")
		field := "id"
		if len(res) >= 2 {
			field = endpoint.SubjectField(res[len(res)-2])
		}
		out = append(out, m.where(fr, CallSite{Where: []Field{{Name: field, Value: cs.Args[0]}}})...)
	}
	return append(out, m.where(fr, CallSite{Where: cs.Fields})...)
}

// localsAuth reports a call of locals.auth() (event.locals.auth()), which
// reads the request's session.
func localsAuth(c Callee) bool {
	chain := append([]string{c.Root}, c.Path...)
	n := len(chain)
	return n >= 2 && chain[n-1] == "auth" && chain[n-2] == "locals"
}

// storeVerbs are method names that plain values and data stores share
// (searchParams.get and db.get, res.send and s3.send, hash.update and
// ref.update): benign only on the request, the response and their readers.
var storeVerbs = set("get", "getAll", "send", "update", "all", "from", "has")

// requestReader reports whether a call chain reads the request or writes
// the response: rooted at a handler's usual request or response names, or
// going through headers, cookies, search params or the URL.
func requestReader(root string, path []string) bool {
	if requestRoots[root] {
		return true
	}
	for _, p := range path[:len(path)-1] {
		if requestParts[p] {
			return true
		}
	}
	return false
}

var (
	requestRoots = set("req", "request", "res", "response", "reply", "ctx", "c", "context", "searchParams", "params", "query",
		"headers", "cookies", "cookieStore", "headersList", "url", "nextUrl", "formData", "form")
	requestParts = set("headers", "cookies", "searchParams", "nextUrl", "query", "params", "url")
)

// httpClients are the generic HTTP clients: what a call of one sends is
// in its arguments, unlike an SDK client built with a key elsewhere.
var httpClients = set("fetch", "axios", "ky", "got", "superagent")

// credential is argument text that authenticates a request: a header that
// carries one, a key or token, a secret read from the environment.
var credential = lazyregexp.New(`(?i)authori[sz]ation|bearer|cookie|credentials|api[-_]?key|x-[a-z-]*(key|token)|secret|token|passw|session|env\.\w*(key|auth|cred)`)

// clerkBackendURL: a fetch's URL, written in the call or in a const of
// the body, is on Clerk's Backend API host.
func (ec *effectScan) clerkBackendURL(fr *frame, cs CallSite) bool {
	u := cs.Arg
	if a := cs.Args; u == "" && len(a) > 0 && a[0].Root != "" && len(a[0].Path) == 0 {
		u = fr.fn.Binds[a[0].Root].Lit
	}
	return strings.Contains(u, "://api.clerk.com/") || strings.Contains(u, "://api.clerk.dev/")
}

// relativeURL: a fetch of the app's own API ('/api/x', `/api/${id}`).
func relativeURL(arg string) bool {
	return len(arg) > 1 && strings.ContainsRune("'\"`", rune(arg[0])) && arg[1] == '/'
}

// httpClientLocal: a member of an HTTP client package that sends no
// request: a type guard on an error (axios.isAxiosError, isCancel), or a
// builder of an instance or config (axios.create, ky.extend), whose own
// requests are calls on its result (factoryMethod).
func httpClientLocal(pkg, member string) bool {
	switch pkg {
	case "axios":
		switch member {
		case "isAxiosError", "isCancel", "create", "mergeConfig", "getUri", "toFormData", "formToJSON":
			return true
		}
	case "ky":
		return member == "create" || member == "extend"
	case "got":
		return member == "extend"
	}
	return false
}

// benignTag are tagged templates with no effect (styled-components, gql
// documents, dedent).
var benignTag = map[string]bool{"css": true, "gql": true, "graphql": true, "dedent": true, "html": true, "String": true}

var (
	prismaWrites = set("create", "createMany", "createManyAndReturn", "update", "updateMany", "upsert", "delete", "deleteMany", "$executeRaw", "$executeRawUnsafe", "$transaction")
	prismaReads  = set("findMany", "findUnique", "findFirst", "findUniqueOrThrow", "findFirstOrThrow", "count", "aggregate", "groupBy", "$queryRaw", "$queryRawUnsafe")
	mongoWrites  = set("insertOne", "insertMany", "updateOne", "updateMany", "replaceOne", "deleteOne", "deleteMany", "findOneAndUpdate", "findOneAndDelete", "findOneAndReplace", "findByIdAndUpdate", "findByIdAndDelete", "findByIdAndRemove", "bulkWrite", "save")
	mongoReads   = set("find", "findOne", "findById", "countDocuments", "estimatedDocumentCount", "distinct", "exists", "aggregate")
	chainWrites  = set("insert", "update", "upsert", "delete", "del", "insertInto", "updateTable", "deleteFrom", "replaceInto")
	chainReads   = set("select", "selectDistinct", "selectFrom", "first", "pluck")
	// clerkResources are the Clerk Backend API's resources; a method on one
	// whose name carries a noun (deleteUser, getOrganizationList) is a
	// Backend API call, prisma.users.update is not.
	clerkResources = set("users", "organizations", "invitations", "sessions", "allowlistIdentifiers", "blocklistIdentifiers", "emailAddresses", "phoneNumbers", "domains", "actorTokens", "signInTokens", "organizationMemberships", "samlConnections", "jwtTemplates", "redirectUrls", "testingTokens", "apiKeys", "machines", "m2mTokens", "waitlistEntries", "billing")
	outboundRoots  = set("axios", "openai", "anthropic", "stripe", "resend", "twilio", "groq", "replicate", "sgMail", "sendgrid", "mailgun", "postmark", "transporter", "octokit", "pusher", "genAI", "genai", "cohere", "mistral", "pinecone", "ky", "got", "superagent")
	storageCalls   = set("writeFile", "writeFileSync", "appendFile", "appendFileSync", "unlink", "unlinkSync", "rm", "rmSync", "mkdir", "mkdirSync", "rename", "uploadFiles", "deleteFiles", "upload", "upload_stream", "putObject", "deleteObject", "createSignedUploadUrl")
)

// ClerkResource reports whether name is a Clerk Backend API resource of
// the JS SDK's client (users, organizations, invitations, sessions, …), so
// rules reading calls themselves (CLK501) share the model's list.
func ClerkResource(name string) bool { return clerkResources[name] }

// ClerkResources lists them, sorted (for byte prefilters built from them).
func ClerkResources() []string { return slices.Sorted(maps.Keys(clerkResources)) }

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// shapeEffect classifies a call by its shape alone: ok is true when it is
// decided (kind "" for no effect).
func shapeEffect(c Callee, cs CallSite) (kind endpoint.EffectKind, target, model string, ok bool) {
	return shapeEffectOn(c, cs, isUpper(c.Root))
}

// shapeEffectOn is shapeEffect knowing whether c's root is a Mongoose
// model: a capitalised name is taken for one, a lowercase one only where
// its declaration says so (effectScan.lowerModel).
func shapeEffectOn(c Callee, cs CallSite, model bool) (kind endpoint.EffectKind, target, modelName string, ok bool) {
	p := c.Path
	last := ""
	if len(p) > 0 {
		last = p[len(p)-1]
	}
	full := c.String()
	lowRoot := strings.ToLower(c.Root)
	switch {
	case len(p) == 1 && httpClientLocal(lowRoot, p[0]):
		return "", "", "", true // axios.isAxiosError(e), axios.create(cfg): no request
	case outboundRoots[c.Root] || outboundRoots[lowRoot]:
		return endpoint.Outbound, full, "", true
	case lowRoot == "fs" && storageCalls[last]:
		return endpoint.Storage, full, "", true
	case (lowRoot == "fs" || lowRoot == "path") && len(p) > 0:
		return "", "", "", true // fs reads, path joins
	case last == "send" && strings.HasPrefix(cs.Arg, "new ") && strings.HasSuffix(cs.Arg, "ObjectCommand"):
		if strings.Contains(cs.Arg, "Get") || strings.Contains(cs.Arg, "Head") {
			return "", "", "", true
		}
		return endpoint.Storage, full + "(" + cs.Arg + ")", "", true
	case len(p) > 0 && storageCalls[last] && (strings.Contains(lowRoot, "utapi") || strings.Contains(lowRoot, "cloudinary") || strings.Contains(lowRoot, "storage") || strings.Contains(lowRoot, "s3") || strings.Contains(lowRoot, "bucket")):
		return endpoint.Storage, full, "", true
	}
	if last == "from" && len(p) == 1 && dbRoot(lowRoot) {
		return "", "", "", true // supabase.from('t'): the call on its result decides
	}
	// Clerk: clerkClient.users.deleteUser, (await clerkClient()).users.x,
	// client.users.getUser.
	for i := 0; i+1 < len(p); i++ {
		if clerkResources[p[i]] && i+2 == len(p) && hasNoun(p[i+1]) && !prismaReads[p[i+1]] && !prismaWrites[p[i+1]] {
			return endpoint.ClerkAPI, "clerkClient." + p[i] + "." + p[i+1], "", true
		}
	}
	// Prisma: prisma.post.create, ctx.db.user.findMany, tx.x.update.
	if len(p) >= 2 && p[len(p)-2] != "()" {
		switch {
		case prismaWrites[last]:
			return endpoint.DBWrite, full, p[len(p)-2], true
		case prismaReads[last]:
			return endpoint.DBRead, full, p[len(p)-2], true
		}
	}
	if len(p) >= 1 && (c.Root == "prisma" || c.Root == "db") && (last == "$transaction" || last == "$executeRaw" || last == "$executeRawUnsafe") {
		return endpoint.DBWrite, full, "", true
	}
	if mongooseModifiersOn(c, model) || populates(c) {
		return "", "", "", true // the query it modifies is its own call, listed with its filter
	}
	// Mongoose / MongoDB: User.findByIdAndUpdate, collection('x').insertOne.
	if len(p) >= 1 {
		switch {
		case mongoWrites[last] && last != "save":
			return endpoint.DBWrite, full, c.Root, true
		case mongoReads[last] && len(p) == 1 && model:
			return endpoint.DBRead, full, c.Root, true
		}
	}
	// pool.query('INSERT …'), db.execute(sql`…`), sql('SELECT …').
	if (last == "query" || last == "execute" || last == "exec" || last == "prepare" || last == "raw" || (len(p) == 0 && (c.Root == "sql" || c.Root == "query"))) && cs.Arg != "" {
		if k, ok := endpoint.SQLKind(cs.Arg); ok {
			return k, full, "", true
		}
	}
	// Chains: db.insert(t).values(), supabase.from('t').update(),
	// knex('t').del(), db.selectFrom('t'): the first verb after a call or
	// on the root.
	for i, s := range p {
		if s == "()" || (i > 0 && p[i-1] != "()") || (i == 0 && !dbRoot(lowRoot)) {
			continue // a verb right on a database client, or after a call
		}
		if i > 0 && (c.Root == "cookies" || c.Root == "headers" || p[0] == "headers" || p[0] == "cookies") {
			break // cookies().delete('x'), req.headers(): not a database
		}
		if i > 0 && (hashers[c.Root] || hashers[p[0]]) {
			break // crypto.createHash('md5').update(s): a digest, not a database
		}
		switch {
		case chainWrites[s]:
			return endpoint.DBWrite, chainName(c, i), "", true
		case chainReads[s] || (s == "query" && i == 0):
			return endpoint.DBRead, chainName(c, i), "", true
		case s == "rpc" && (strings.Contains(lowRoot, "supabase") || dbRoot(lowRoot)):
			return endpoint.DBWrite, chainName(c, i), "", true
		}
	}
	return "", "", "", false
}

// hashers build a Node crypto digest or cipher, whose update() feeds it
// data.
var hashers = set("createHash", "createHmac", "createCipheriv", "createDecipheriv", "createSign", "createVerify")

// mongooseModifiers reports a call that only shapes a Mongoose model's
// query (Post.find({}).sort({ at: -1 }).limit(10).lean()): it reads and
// writes nothing the query call itself, listed on its own with its
// filter, does not.
func mongooseModifiers(c Callee) bool {
	return mongooseModifiersOn(c, isUpper(c.Root))
}

// mongooseModifiersOn is mongooseModifiers knowing whether c's root is a
// model (shapeEffectOn).
func mongooseModifiersOn(c Callee, model bool) bool {
	p := c.Path
	if len(p) < 3 || p[1] != "()" || !model || !(mongoReads[p[0]] || mongoWrites[p[0]]) || p[0] == "save" {
		return false
	}
	for _, s := range p[2:] {
		if s != "()" && !queryModifiers[s] {
			return false
		}
	}
	return true
}

// populates reports a chain of Mongoose's own query methods, populate and
// lean, on any value (a helper's query parameter: query.populate('author')):
// no other library names them, and the query they shape is a call of its
// own, classified where it is made.
func populates(c Callee) bool {
	seen := false
	for _, s := range c.Path {
		switch s {
		case "()":
		case "populate", "lean":
			seen = true
		default:
			return false
		}
	}
	return seen
}

// queryModifiers are the Mongoose Query methods that sort, page, project,
// populate, count or run the query they are called on.
var queryModifiers = set("sort", "lean", "limit", "skip", "populate", "exec", "countDocuments", "count", "select", "distinct", "session", "hint", "collation", "orFail", "maxTimeMS", "allowDiskUse", "batchSize", "comment", "read", "projection")

func chainName(c Callee, i int) string {
	return Callee{Root: c.Root, Path: c.Path[:i+1]}.String()
}

// dbRoot: a name a database client usually has (db, knex, trx, supabase).
func dbRoot(low string) bool {
	switch low {
	case "db", "database", "knex", "kysely", "trx", "tx", "drizzle", "pg", "pool", "client", "conn", "connection":
		return true
	}
	return strings.HasSuffix(low, "db") || strings.Contains(low, "supabase")
}

func hasNoun(method string) bool {
	for i := 1; i < len(method); i++ {
		if method[i] >= 'A' && method[i] <= 'Z' {
			return true
		}
	}
	return false
}

func isUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// resultMethod: a member path after a Clerk client's name calls a method
// on what one of its API calls returned (`.users.getUserList().map`, after
// v6's `clerkClient()` too): the API call is a call site of its own, and
// a method of its result (an array's, a paginated list's) is none.
func resultMethod(rest string) bool {
	rest = strings.TrimPrefix(rest, "()") // clerkClient() builds the client (v6)
	i := strings.Index(rest, "()")
	return i >= 0 && i+2 < len(rest)
}

// packageEffect classifies a call of a package export: ok false when the
// package is not known.
func packageEffect(pkg, name string) (endpoint.EffectKind, bool) {
	root := name
	if i := strings.IndexAny(root, ".("); i >= 0 {
		root = root[:i]
	}
	last := name[strings.LastIndexAny(name, ".")+1:]
	switch {
	case pkg == "@vercel/blob":
		if root == "put" || root == "del" || root == "copy" {
			return endpoint.Storage, true
		}
		return "", true
	case strings.HasPrefix(pkg, "@clerk/") || pkg == "svelte-clerk" || strings.HasPrefix(pkg, "svelte-clerk/") || strings.HasPrefix(pkg, "clerk-sveltekit/"):
		if root == "clerkClient" || root == "createClerkClient" {
			if name == root {
				return "", true // building the client
			}
			if resultMethod(name[len(root):]) {
				return "", true // (await clerkClient.users.getUserList()).map(…): the call itself is listed
			}
			return endpoint.ClerkAPI, true
		}
		return "", true // auth(), currentUser(), verifyWebhook…
	case fsPackage(pkg):
		if storageCalls[last] {
			return endpoint.Storage, true
		}
		return "", true
	case pkg == "nodemailer" && strings.TrimPrefix(name, "default.") == "createTransport":
		return "", true // building the transport sends nothing; its sendMail does
	case pkg == "@supabase/supabase-js" || pkg == "@supabase/ssr":
		// Building a client reads nothing; the queries on it are
		// classified by their shape (supabase.from('t').update()).
		if root == "createClient" || root == "createServerClient" || root == "createBrowserClient" {
			return "", true
		}
		return "", false
	case pkg == "cloudinary":
		// Configuring the SDK and building delivery URLs call nothing; its
		// uploader writes the app's media, the rest (search, the admin API)
		// calls Cloudinary with the app's key.
		switch {
		case strings.Contains(name, "config") || strings.HasSuffix(name, ".url") || name == "url":
			return "", true
		case strings.Contains(name, "uploader"):
			return endpoint.Storage, true
		case strings.Contains(name, "search") && !strings.HasSuffix(name, "execute"):
			return "", true // search.expression(q) builds the search execute() runs
		}
		return endpoint.Outbound, true
	case pkg == "next-sanity" || pkg == "@sanity/client":
		// A Sanity client reads the app's published CMS content (fetch,
		// getDocument): content the site shows anyone. Its mutations write
		// the dataset, its asset uploads store files.
		switch {
		case name == root:
			return "", true // createClient(config) builds the client
		case strings.Contains(name, "assets.upload"):
			return endpoint.Storage, true
		case sanityWrites[last]:
			return endpoint.DBWrite, true
		case last == "fetch" || last == "getDocument" || last == "getDocuments" || last == "listen" || last == "config" || last == "withConfig":
			return "", true
		}
		return "", false
	case pkg == "mongoose":
		// Opening the connection and setting options read and write no
		// document, nor do its id helpers (mongoose.Types.ObjectId.isValid(id),
		// isValidObjectId: a test of a string's shape); the models'
		// queries are classified by their shape.
		switch n := strings.TrimPrefix(name, "default."); {
		case n == "connect", n == "set", n == "createConnection", n == "disconnect",
			n == "isValidObjectId", n == "isObjectIdOrHexString", strings.HasPrefix(n, "Types.ObjectId"):
			return "", true
		}
		return "", false
	case pkg == "neo4j-driver":
		// neo4j.driver(uri, neo4j.auth.basic(u, p)) and driver.session()
		// connect and open a session; a session's executeRead runs a read
		// transaction, executeWrite a write one; run and executeQuery run
		// Cypher this does not read, so they count as writes; closing,
		// bookmarks and connectivity checks do nothing.
		if !strings.Contains(name, "()") {
			return "", true
		}
		switch last {
		case "executeRead", "readTransaction":
			return endpoint.DBRead, true
		case "executeWrite", "writeTransaction", "run", "executeQuery":
			return endpoint.DBWrite, true
		}
		return "", true
	case pkg == "@react-pdf/renderer":
		// Renders a document to a stream, buffer or string in memory;
		// renderToFile writes one to disk.
		if root == "renderToFile" {
			return endpoint.Storage, true
		}
		return "", true
	case drizzle(pkg):
		// Its root exports build a query's parts (eq, and, desc, count,
		// sql); the query itself runs on the db object, classified by its
		// shape.
		return "", true
	case pkg == "fluent-ffmpeg":
		// Building the command (inputs, options, events, ffprobe's read of
		// a local file) runs or writes nothing; save, output and
		// mergeToFile name the file the local ffmpeg process writes (a
		// request's scratch file is judged by CallSite.Scratch), the
		// screenshot helpers a folder of images.
		switch last {
		case "save", "output", "saveToFile", "mergeToFile", "screenshots", "thumbnail", "thumbnails", "takeScreenshots":
			return endpoint.Storage, true
		}
		return "", true
	case pkg == "sharp":
		// Image transforms in memory; toFile writes one.
		if strings.Contains(name, "toFile") {
			return endpoint.Storage, true
		}
		return "", true
	case httpClientLocal(pkg, strings.TrimPrefix(name, "default.")):
		return "", true
	case pkg == "openapi-fetch":
		// createClient(cfg) builds a typed fetch client; client.GET(…) and
		// the other verbs send a request, client.use(mw) adds middleware.
		switch name {
		case "default", "createClient", "createPathBasedClient":
			return "", true
		}
		switch name[strings.LastIndexByte(name, '.')+1:] {
		case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "request":
			return endpoint.Outbound, true
		case "use", "eject":
			return "", true
		}
		return "", false
	case pkg == "node-fetch" || pkg == "cross-fetch" || pkg == "isomorphic-fetch" || pkg == "undici" || pkg == "ky" || pkg == "got":
		return endpoint.Outbound, true
	case pkg == "axios" || pkg == "openai" || pkg == "@anthropic-ai/sdk" || pkg == "stripe" || pkg == "resend" || pkg == "nodemailer" ||
		pkg == "@sendgrid/mail" || pkg == "twilio" || pkg == "ai" || strings.HasPrefix(pkg, "@ai-sdk/") || pkg == "replicate" || pkg == "groq-sdk" || pkg == "@google/generative-ai" || pkg == "@google/genai":
		return endpoint.Outbound, true
	case serviceSDKs[pkg]:
		// A hosted service's SDK: every call on its client goes out with
		// the app's key (a vector search, a Notion query, a realtime
		// broadcast, a background job's event).
		return endpoint.Outbound, true
	case pkg == "firebase/storage":
		switch root {
		case "uploadBytes", "uploadBytesResumable", "uploadString", "deleteObject":
			return endpoint.Storage, true
		case "getStorage", "ref":
			return "", true
		}
		return endpoint.Outbound, true
	}
	if benignPackage(pkg) {
		return "", true
	}
	return "", false
}

// drizzle: drizzle-orm or one of its entry points (drizzle-orm/pg-core's
// table builders, drizzle-orm/sql/expressions/conditions' eq): they build
// queries' parts, and the query runs on the db object.
func drizzle(pkg string) bool {
	return pkg == "drizzle-orm" || strings.HasPrefix(pkg, "drizzle-orm/")
}

// serviceSDKs are hosted services' SDKs whose calls all reach the service
// with the app's credentials.
var serviceSDKs = set("@pinecone-database/pinecone", "@notionhq/client", "pusher", "inngest", "@upstash/qstash",
	"algoliasearch", "cohere-ai", "@mistralai/mistralai", "@huggingface/inference", "razorpay", "square", "@mux/mux-node",
	"@elevenlabs/elevenlabs-js", "elevenlabs", "assemblyai", "@deepgram/sdk", "mailgun.js", "postmark", "@mailchimp/mailchimp_marketing", "@octokit/rest")

// UsesStripe reports whether a module can hold a Stripe client: it imports
// the stripe package, or its app depends on it and the client comes from
// a project module (`import { stripe } from '@/lib/stripe'`, the usual
// layout). A `….webhooks.constructEvent(…)` call in such a module is
// Stripe's signature check.
func UsesStripe(m *Model, mod *Module) bool {
	for _, imp := range mod.Imports {
		if !imp.TypeOnly && imp.Spec == "stripe" {
			return true
		}
	}
	a := m.App(mod.Path)
	return a != nil && a.Deps["stripe"] != ""
}

// StripeVerify: a callee as written is Stripe's signature check,
// stripe.webhooks.constructEvent or its async twin.
func StripeVerify(callee string) bool {
	return strings.HasSuffix(callee, "webhooks.constructEvent") || strings.HasSuffix(callee, "webhooks.constructEventAsync")
}

// benignPackage: pkg or its parent is one of benignPackages.
func benignPackage(pkg string) bool {
	for _, p := range benignPackages {
		if pkg == p || strings.HasPrefix(pkg, p+"/") {
			return true
		}
	}
	return false
}

// sanityWrites are the Sanity client's mutations.
var sanityWrites = set("create", "createOrReplace", "createIfNotExists", "patch", "delete", "mutate", "transaction", "commit")

// benignPackages have no effect a session matters for: framework response
// and navigation helpers (React Router's and Remix's json, data, redirect,
// cookie sessions), validation and assertions (invariant throws), ids,
// dates, class names, hashing, the host's facts (os.tmpdir()), parsers
// and sanitisers of text the handler already holds, decoders of audio
// bytes it holds (node-wav, audio-decode, wav-decoder), PDF builders working
// in memory (pdf-lib's save returns the bytes; pdfkit writes a file only
// through an fs stream piped into it, an fs call of its own), loading the
// app's own .env file (dotenv), spam traps' hidden form fields
// (remix-utils' honeypot).
var benignPackages = []string{"next", "react", "@sveltejs/kit", "$app", "$env", "react-router", "@react-router", "@remix-run", "zod", "yup", "valibot", "tiny-invariant", "invariant", "uuid", "nanoid", "@paralleldrive/cuid2", "cuid", "date-fns", "dayjs", "moment",
	"lodash", "clsx", "class-variance-authority", "tailwind-merge", "crypto", "node:crypto", "path", "node:path", "os", "node:os", "url", "node:url", "querystring",
	"svix", "standardwebhooks", "slugify", "marked", "sanitize-html", "bcrypt", "bcryptjs", "jose", "superjson", "@t3-oss/env-nextjs",
	"xml2js", "fast-xml-parser", "handlebars", "mustache", "ejs", "pug", "papaparse", "csv-parse", "gray-matter", "isomorphic-dompurify", "dompurify",
	"pdfkit", "pdf-lib", "node-wav", "audio-decode", "wav-decoder", "dotenv", "remix-utils/honeypot"}

// builtinValue are the built-in constructors whose instances' methods
// only change the instance: request parts (searchParams.set,
// headers.append) and collections (a Map the handler fills and reads). A
// call marks OnBuiltin only on a local of the function it is in: a
// module-level Map shared by every request may be the app's store, so its
// writes stay unknown.
var builtinValue = set("URLSearchParams", "URL", "Headers", "FormData", "Map", "Set", "WeakMap", "WeakSet")

// benignGlobal are built-ins with no effect.
var benignGlobal = set("console", "JSON", "Math", "Object", "Array", "Number", "String", "Boolean", "Date", "Promise", "parseInt", "parseFloat",
	"isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "URL", "URLSearchParams", "Response", "Error",
	"BigInt", "Symbol", "Reflect", "structuredClone", "setTimeout", "clearTimeout", "atob", "btoa", "Buffer", "TextEncoder", "TextDecoder",
	"NextResponse", "Headers", "require", "crypto", "Intl", "RegExp", "Set", "Map", "process")

// benignMethod names methods of plain values (arrays, strings, dates,
// promises, the request and response objects) and of the framework's
// request readers.
func benignMethod(name string) bool { return benignMethods[name] }

var benignMethods = set("map", "filter", "reduce", "forEach", "some", "every", "includes", "indexOf", "join", "split", "trim", "toLowerCase",
	"toUpperCase", "slice", "substring", "push", "pop", "shift", "unshift", "concat", "sort", "reverse", "flat", "flatMap", "keys", "values",
	"entries", "toString", "toISOString", "toJSON", "getTime", "toFixed", "parse", "safeParse", "parseAsync", "safeParseAsync", "stringify",
	"json", "text", "formData", "arrayBuffer", "blob", "get", "getAll", "has", "status", "send", "end", "setHeader", "redirect", "then",
	"catch", "finally", "startsWith", "endsWith", "replace", "replaceAll", "match", "test", "padStart", "padEnd", "at", "findIndex",
	"log", "error", "warn", "info", "debug", "next", "rewrite", "searchParams", "fromEntries", "assign", "isArray", "all", "allSettled",
	"resolve", "reject", "now", "floor", "ceil", "round", "max", "min", "random", "abs", "toLocaleString", "toLocaleDateString", "charAt",
	"localeCompare", "trimStart", "trimEnd", "repeat", "normalize", "clone", "headers", "cookies", "getTimezoneOffset", "getFullYear",
	"getMonth", "getDate", "getDay", "getHours", "setDate", "setHours", "toDateString", "valueOf", "toNumber", "fill", "from", "of", "hasOwnProperty", "freeze",
	"has", "size", "emailAddresses", "encode", "decode", "digest", "update", "createHash", "createHmac", "randomUUID", "timingSafeEqual", "toObject")
