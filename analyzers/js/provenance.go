package js

import (
	"slices"
	"strconv"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// origin is where a value comes from, resolved across local bindings and
// into the project helpers a handler calls.
type origin struct {
	from  endpoint.Source
	input endpoint.InputKind
	name  string
	// request: the value is a handler's request object itself, passed
	// whole to a helper, which reads its parts (req.headers.get(…)).
	request bool
	// fields: the value is an object literal the caller wrote, with the
	// origins of its fields (nested keys dotted); a key it does not set
	// is undefined.
	fields map[string]origin
	// signedIn: a session value that is null for a signed-out request
	// (auth().userId, currentUser()), not one that always exists (the
	// object auth() returns, its has()).
	signedIn bool
	// fallback: a session value's literal stand-in when it is missing
	// (`userId ?? 'guest'`, Value.Fallback): a signed-out request gets
	// that constant, a guest's id, rather than null.
	fallback string
}

// undefinedOrigin is a parameter the caller left out, or a key its object
// literal does not set.
var undefinedOrigin = origin{from: endpoint.FromConstant, name: "undefined"}

// calleeFrame is the frame of a project function a call reaches, with
// the origins of the arguments it is given: an object literal field by
// field; a parameter left out is undefined unless its default is computed.
func (m *Model) calleeFrame(fr *frame, cs CallSite, tg target) *frame {
	callee := &frame{mod: tg.mod, fn: tg.fn, signedIn: fr.signedIn, checked: fr.checked}
	for i, a := range cs.Args {
		o := m.resolve(fr, a)
		if i < len(cs.Objects) && cs.Objects[i] != nil {
			o = origin{from: endpoint.FromUnknown, fields: map[string]origin{}}
			for _, f := range cs.Objects[i] {
				o.fields[f.Name] = unknownOrigin
				if f.Value.known() {
					o.fields[f.Name] = m.resolve(fr, f.Value)
				}
			}
		}
		callee.params = append(callee.params, o)
	}
	for i := len(cs.Args); i < len(tg.fn.Params) && !cs.Spread; i++ {
		o := unknownOrigin
		if i >= len(tg.fn.Computed) || !tg.fn.Computed[i] {
			o = undefinedOrigin
		}
		callee.params = append(callee.params, o)
	}
	return callee
}

// field is the origin of a member path read from an object literal the
// caller wrote (opts.token); a key it does not set is undefined.
func (o origin) field(path []string) origin {
	for k := len(path); k > 0; k-- {
		f, ok := o.fields[strings.Join(path[:k], ".")]
		switch {
		case !ok:
			continue
		case k == len(path):
			return f
		case f.from == endpoint.FromRequest:
			return f
		}
		return unknownOrigin
	}
	if len(path) > 0 && !strings.HasPrefix(path[0], "(") {
		for k := range o.fields {
			if strings.HasPrefix(k, path[0]+".") {
				return unknownOrigin
			}
		}
		return undefinedOrigin
	}
	return unknownOrigin
}

var unknownOrigin = origin{from: endpoint.FromUnknown}

// frame is one function being scanned: the entry handler, or a helper with
// the origins of the arguments its caller passed.
type frame struct {
	mod    *Module
	fn     *Func
	params []origin // a helper's arguments; nil at the entry
	entry  bool
	// action: the entry is a server action, whose arguments the browser
	// sends.
	action bool
	// signedIn: the calls scanned run only for a signed-in request (the
	// call reaching this function sat under if (userId)).
	signedIn bool
	// checked: reached through a helper the handler returns that ends a
	// signed-out request first (GuardedEffects): nothing here runs for
	// one, so a call the analysis cannot read leaves what a signed-out
	// request does known.
	checked bool
}

// maxBindHops bounds how many local bindings a value is followed through.
const maxBindHops = 12

// resolve follows a value to its origin. A session value keeps the
// literal the expression or a binding on the way falls back to.
func (m *Model) resolve(fr *frame, v Value) origin {
	o := m.resolveValue(fr, v)
	if o.from == endpoint.FromSession && o.fallback == "" {
		if fv, _, _ := follow(fr.fn, v); fv.Fallback != "" {
			o.fallback = fv.Fallback
		}
	}
	return o
}

func (m *Model) resolveValue(fr *frame, v Value) origin {
	name := v.String()
	if v.Lit != "" {
		return origin{from: endpoint.FromConstant, name: v.Lit}
	}
	v, o, done := follow(fr.fn, v)
	if done {
		return o
	}
	if i, ok := paramIndex(v.Root); ok {
		switch {
		case !fr.entry:
			if i < len(fr.params) {
				o := fr.params[i]
				if o.fields != nil {
					return o.field(v.Path)
				}
				if o.request {
					return requestPath(v, name)
				}
				if o.from == endpoint.FromRequest && len(v.Path) > 0 {
					o.name = valueMember(v, o.name)
				}
				if o.from == endpoint.FromSession && len(v.Path) > 0 {
					o.signedIn = o.signedIn || signedInPath("", v.Path)
				}
				return o
			}
			return unknownOrigin
		case fr.action:
			kind := endpoint.Argument
			if slices.Contains(v.Path, "get") || slices.Contains(v.Path, "getAll") {
				kind = endpoint.Form
			}
			return origin{from: endpoint.FromRequest, input: kind, name: valueMember(v, name)}
		case len(v.Path) == 0:
			return origin{from: endpoint.FromUnknown, request: true}
		}
		return requestPath(v, name)
	}
	if v.Root == "headers" || v.Root == "cookies" {
		if tg := m.resolveCallee(fr.mod, Callee{Root: v.Root}, 0); tg.pkg == "next/headers" {
			kind := endpoint.Header
			if v.Root == "cookies" {
				kind = endpoint.Cookie
			}
			return origin{from: endpoint.FromRequest, input: kind, name: valueMember(v, name)}
		}
	}
	if tg := m.resolveCallee(fr.mod, Callee{Root: v.Root}, 0); strings.HasPrefix(tg.pkg, "@clerk/") && sessionReaders[tg.name] {
		return origin{from: endpoint.FromSession, name: name, signedIn: signedInPath(tg.name, v.Path)}
	}
	if m.sessionResult(fr.mod, v, 0) {
		return origin{from: endpoint.FromSession, name: name, signedIn: signedInPath("", v.Path)}
	}
	if m.sessionUserRecord(fr, v) || m.sessionRow(fr, v) {
		return origin{from: endpoint.FromSession, name: name}
	}
	return unknownOrigin
}

// sessionRow reports the id of a row the function fetched by the session's
// user id alone (`const user = await User.findOne({ clerkId: userId })`,
// user._id): the signed-in user's own row, so its id is the session's as
// the Clerk id is. Every such call of the function must be filtered only
// by session values under a user id key.
func (m *Model) sessionRow(fr *frame, v Value) bool {
	v, _, done := follow(fr.fn, v)
	n := len(v.Path)
	if done || n < 2 || v.Path[n-2] != "()" || (v.Path[n-1] != "id" && v.Path[n-1] != "_id") {
		return false
	}
	found := false
	for _, cs := range fr.fn.Calls {
		if cs.Callee.Root != v.Root || !slices.Equal(cs.Callee.Path, v.Path[:n-2]) {
			continue
		}
		if !cs.Filtered || len(cs.Where) == 0 {
			return false
		}
		for _, f := range cs.Where {
			if !f.Value.known() || !userIDName(f.Name) || m.resolve(fr, f.Value).from != endpoint.FromSession {
				return false
			}
		}
		found = true
	}
	return found
}

// signedInPath reports whether a member path read from a session reader
// (auth, getAuth, currentUser; "" for a helper's result or a request's
// session) is null for a signed-out request: anything read from
// currentUser()'s user, and from the others a user, session or
// organization id, the session claims or the isAuthenticated flag.
func signedInPath(reader string, path []string) bool {
	if reader == "currentUser" {
		return len(path) > 0 && path[0] == "()"
	}
	for _, p := range path {
		if signedInFields[p] {
			return true
		}
	}
	return false
}

var signedInFields = set("userId", "sessionId", "orgId", "sessionClaims", "isAuthenticated", "isSignedIn", "orgRole", "orgSlug")

// sessionUserRecord reports a value read from the record Clerk's
// users.getUser returns for the session's own user id (`const me = await
// clerkClient.users.getUser(userId)`, me.publicMetadata.dbId): the
// caller's own record, as the session is (sessionFetch). Every such call
// of the function must be given the session's id.
func (m *Model) sessionUserRecord(fr *frame, v Value) bool {
	i := slices.Index(v.Path, "getUser")
	if i < 1 || v.Path[i-1] != "users" || i+1 >= len(v.Path) || v.Path[i+1] != "()" {
		return false
	}
	if !m.clerkRoot(fr.mod, fr.fn, Callee{Root: v.Root, Path: v.Path[:i+1]}, 0) {
		return false
	}
	found := false
	for _, cs := range fr.fn.Calls {
		if cs.Callee.Root != v.Root || !slices.Equal(cs.Callee.Path, v.Path[:i+1]) {
			continue
		}
		if len(cs.Args) == 0 || m.resolve(fr, cs.Args[0]).from != endpoint.FromSession {
			return false
		}
		found = true
	}
	return found
}

// sessionResult reports a value read from the result of a project helper
// every return of which hands back a Clerk session reader's result
// (`getSession(args) { return getAuth(args) }`, read as
// SessionService.getSession(args).sessionId): the session, as the
// reader's own result is. Two helper levels.
func (m *Model) sessionResult(mod *Module, v Value, depth int) bool {
	call := slices.Index(v.Path, "()")
	if call < 0 || depth >= 2 {
		return false
	}
	tg := m.resolveCallee(mod, Callee{Root: v.Root, Path: v.Path[:call]}, 0)
	if tg.fn == nil || len(tg.path) > 0 {
		return false
	}
	returns := false
	for _, st := range tg.fn.Steps {
		if st.Kind != StepReturn {
			continue
		}
		if !st.Callee.Valid() {
			return false
		}
		r := m.resolveCallee(tg.mod, st.Callee, 0)
		ret := Value{Root: st.Callee.Root, Path: append(slices.Clone(st.Callee.Path), "()")}
		if !(strings.HasPrefix(r.pkg, "@clerk/") && sessionReaders[r.name]) && !m.sessionResult(tg.mod, ret, depth+1) {
			return false
		}
		returns = true
	}
	return returns
}

// follow substitutes a function's local bindings into a value until it
// reaches a parameter, an import or a call's result; done is true when a
// binding decides the origin instead (a literal, an expression the summary
// did not reduce).
func follow(fn *Func, v Value) (_ Value, _ origin, done bool) {
	for range maxBindHops {
		b, ok := fn.Binds[v.Root]
		if !ok || (b.Root == v.Root && len(b.Path) == 0) {
			break
		}
		if b.Lit != "" {
			if len(v.Path) == 0 {
				return v, origin{from: endpoint.FromConstant, name: b.Lit}, true
			}
			return v, unknownOrigin, true
		}
		if b.Root == "" {
			return v, unknownOrigin, true
		}
		key := v.Key
		if key == "" {
			key = b.Key
		}
		fallback := v.Fallback
		if fallback == "" && len(v.Path) == 0 {
			fallback = b.Fallback // const uid = userId ?? 'demo', read as uid
		}
		v = Value{Root: b.Root, Path: append(append([]string(nil), b.Path...), v.Path...), Key: key, Fallback: fallback}
	}
	return v, origin{}, false
}

// fetchedBy names the request value that selected the record a value is a
// field of: board.workspaceId, with board the result of a query of this
// function filtered by params.id, is "id". "" when the value is no field
// of a query's result, or the calls it could be select by different values.
func (m *Model) fetchedBy(fr *frame, v Value) string {
	v, _, done := follow(fr.fn, v)
	call := -1 // the last call of the path: a chain's result
	for i, p := range v.Path {
		if p == "()" {
			call = i
		}
	}
	if done || call < 0 || call+1 >= len(v.Path) {
		return ""
	}
	by := ""
	for _, cs := range fr.fn.Calls {
		if !cs.Filtered || cs.Callee.Root != v.Root || !slices.Equal(cs.Callee.Path, v.Path[:call]) {
			continue
		}
		name := ""
		for _, f := range cs.Where {
			if !f.Value.known() {
				continue
			}
			if o := m.resolve(fr, f.Value); o.from == endpoint.FromRequest {
				name = o.name
				break
			}
		}
		if name == "" || (by != "" && by != name) {
			return ""
		}
		by = name
	}
	return by
}

// sessionReaders are Clerk's server-side readers of the verified session.
var sessionReaders = set("auth", "currentUser", "getAuth")

func paramIndex(root string) (int, bool) {
	if !strings.HasPrefix(root, "$") {
		return 0, false
	}
	i, err := strconv.Atoi(root[1:])
	return i, err == nil
}

// requestPath reads a handler parameter's member path: req.params.id,
// req.query.id, (await req.json()).id, context.params.id,
// url.searchParams.get('id'), req.auth.userId (Express's session).
func requestPath(v Value, name string) origin {
	for _, p := range v.Path {
		switch p {
		case "params":
			return origin{from: endpoint.FromRequest, input: endpoint.PathParam, name: valueMember(v, name)}
		case "query", "searchParams", "nextUrl", "url":
			return origin{from: endpoint.FromRequest, input: endpoint.Query, name: valueMember(v, name)}
		case "body", "json", "text":
			return origin{from: endpoint.FromRequest, input: endpoint.Body, name: valueMember(v, name)}
		case "formData":
			return origin{from: endpoint.FromRequest, input: endpoint.Form, name: valueMember(v, name)}
		case "headers":
			return origin{from: endpoint.FromRequest, input: endpoint.Header, name: valueMember(v, name)}
		case "cookies":
			return origin{from: endpoint.FromRequest, input: endpoint.Cookie, name: valueMember(v, name)}
		case "auth", "userId", "orgId", "session", "locals":
			return origin{from: endpoint.FromSession, name: name, signedIn: signedInPath("", v.Path)}
		}
	}
	return unknownOrigin
}

// valueMember is the request value's own name for messages: the get('id')
// key, or the last member read (params.id → id), else the value as written.
func valueMember(v Value, written string) string {
	if v.Key != "" {
		return v.Key
	}
	for i := len(v.Path) - 1; i >= 0; i-- {
		switch p := v.Path[i]; p {
		case "()", "params", "query", "body", "json", "searchParams", "data":
		default:
			return p
		}
	}
	return written
}

// bindings resolves a query call's filter fields.
func (m *Model) where(fr *frame, cs CallSite) []endpoint.Binding {
	var out []endpoint.Binding
	for _, f := range cs.Where {
		if f.Name == "…" || !f.Value.known() {
			out = append(out, endpoint.Binding{Field: f.Name, From: endpoint.FromUnknown})
			continue
		}
		o := m.resolve(fr, f.Value)
		b := endpoint.Binding{Field: f.Name, From: o.from, Input: o.input, Name: o.name}
		if o.from == endpoint.FromSession {
			b.Guest = o.fallback
		}
		if o.from == endpoint.FromUnknown {
			b.Record = m.fetchedBy(fr, f.Value)
		}
		if o.from == endpoint.FromRequest && (o.name == "" || strings.HasPrefix(o.name, "$")) {
			b.Name = f.Name
		}
		out = append(out, b)
	}
	return out
}

// idLike are field names a comparison with an unfollowed value still reads
// as an owner check (post.authorId !== dbUser.id).
var idLike = lazyregexp.New(`(?i)(id|owner|author|creator|createdby|user|member|org|tenant|team|workspace)$`)

// checks turns a function's comparisons of a record's field into ownership
// evidence: the field compared with the session (or with a value the
// analysis cannot follow, when the field names an id or an owner), the
// record not being the request itself.
func (m *Model) checks(fr *frame) []endpoint.Evidence {
	var out []endpoint.Evidence
	for _, c := range fr.fn.Compares {
		if c.Field == "" {
			continue // names compared: identity and role tests (roles.go)
		}
		obj, other := m.resolve(fr, c.Object), m.resolve(fr, c.Other)
		if obj.from == endpoint.FromRequest || obj.from == endpoint.FromConstant || !c.Object.known() {
			continue
		}
		switch {
		case other.from == endpoint.FromSession,
			other.from == endpoint.FromUnknown && c.Other.known() && idLike.MatchString(c.Field):
			out = append(out, endpoint.Evidence{Kind: endpoint.OwnershipCheck,
				What: c.Object.String() + "." + c.Field + " compared with " + c.Other.String(),
				At:   endpoint.Pos{File: fr.mod.Path, Line: fr.fn.Pos.Line}})
		}
	}
	return out
}
