package python

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Origins says where a handler's parameters come from, as its framework
// model knows: Request are the request's values by name (a path
// parameter, a query value, a body model), RequestParam the name of the
// Request parameter (its path_params, query_params, json()), Session the
// parameters a dependency fills (the verified user or claims).
type Origins struct {
	Request      map[string]endpoint.InputKind
	RequestParam string
	Session      map[string]bool
	// Bound are a helper's parameters with the origins of the values its
	// caller passes (get_owned_note(db, note_id, claims["sub"])).
	Bound map[string]endpoint.Binding
	// SessionCall reports a call of f that returns the verified session (a
	// project guard: user_id = signed_in_user(request)).
	SessionCall func(f *File, call *sitter.Node) bool
}

// ClerkArgs fills the Where of the Clerk Backend API effects the handler's
// own body makes (clerk.users.delete(user_id=…), clerk.organization_
// memberships.create(organization_id=…, user_id=…)): each keyword argument
// (dict literals' keys dotted: public_metadata.role) and a first positional
// argument under its resource's id name, with the origin of its value.
func (m *Model) ClerkArgs(f *File, fn *sitter.Node, effects []endpoint.Effect, o Origins) {
	WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
		if n.Type() != "call" {
			return true
		}
		e, ok := f.classifyCall(n)
		if !ok || e.Kind != endpoint.ClerkAPI {
			return true
		}
		for i := range effects {
			if effects[i].At == e.At && effects[i].Target == e.Target && effects[i].Where == nil {
				effects[i].Where = f.clerkArgs(fn, n, e.Target, o)
				break
			}
		}
		return true
	})
}

func (f *File) clerkArgs(fn, call *sitter.Node, target string, o Origins) []endpoint.Binding {
	pos, kw := f.Args(call)
	var out []endpoint.Binding
	if len(pos) > 0 {
		segs := strings.Split(target, ".")
		field := "id"
		if len(segs) >= 2 {
			field = endpoint.SubjectField(segs[len(segs)-2])
		}
		out = append(out, f.binding(fn, field, pos[0], o))
	}
	for name, v := range kw {
		if d := Unwrap(v); d.Type() == "dictionary" {
			for _, p := range Children(d) {
				if p.Type() != "pair" {
					continue
				}
				if k, ok := f.StringValue(p.ChildByFieldName("key")); ok {
					out = append(out, f.binding(fn, name+"."+k, p.ChildByFieldName("value"), o))
				}
			}
			continue
		}
		out = append(out, f.binding(fn, name, v, o))
	}
	return out
}

func (f *File) binding(fn *sitter.Node, field string, v *sitter.Node, o Origins) endpoint.Binding {
	b := endpoint.Binding{Field: field, From: endpoint.FromUnknown}
	from, input, name := f.origin(fn, v, o, 0)
	b.From, b.Input, b.Name = from, input, name
	return b
}

// sessionPath: a value read from the verified token's claims
// (request_state.payload['sub'], credentials.decoded['sub']).
var sessionPath = lazyregexp.New(`\.(payload|decoded|claims)\b`)

// origin follows an expression to where it comes from: a literal, a
// request parameter or its members, a dependency's result, the token's
// payload, or a local name bound once (a few hops).
func (f *File) origin(fn, v *sitter.Node, o Origins, hops int) (endpoint.Source, endpoint.InputKind, string) {
	v = Unwrap(v)
	if v == nil || hops > 4 {
		return endpoint.FromUnknown, "", ""
	}
	switch v.Type() {
	case "string", "integer", "float", "true", "false", "none":
		return endpoint.FromConstant, "", f.Text(v)
	case "call":
		// str(x), int(x), ObjectId(x): their argument; x.get('k'), a
		// request's accessor (request.get_json()): a member.
		d, last := f.Callee(v)
		switch {
		case last == "str" || last == "int" || last == "UUID" || last == "ObjectId" || last == "PydanticObjectId":
			return f.origin(fn, f.Arg(v, 0, ""), o, hops+1)
		case o.SessionCall != nil && o.SessionCall(f, v):
			return endpoint.FromSession, "", f.Text(v)
		case last == "get" && strings.Contains(d, "."), requestRoot(d, o) != "":
		default:
			return endpoint.FromUnknown, "", ""
		}
	}
	text := f.Text(v)
	root := requestRoot(text, o)
	if root == "" {
		root = text
		if i := strings.IndexAny(root, ".[("); i >= 0 {
			root = root[:i]
		}
	}
	key := lastKey(f, v)
	if b, ok := o.Bound[root]; ok {
		switch {
		case text == root || b.From != endpoint.FromRequest:
			return b.From, b.Input, b.Name
		case key != "":
			return b.From, b.Input, key
		}
		return b.From, b.Input, b.Name
	}
	switch {
	case o.Session[root] || sessionPath.MatchString(text):
		return endpoint.FromSession, "", text
	case root != "" && root == o.RequestParam:
		return requestMember(strings.TrimPrefix(text, "self."), key)
	case o.Request[root] != "":
		if key == "" {
			key = root
		}
		return endpoint.FromRequest, o.Request[root], key
	}
	if root != "" && root != text {
		// data = request.get_json(); data["id"]: a member of a request value.
		if a := assignment(f, fn, root); a != nil && Unwrap(a) != v {
			if from, in, name := f.origin(fn, a, o, hops+1); from == endpoint.FromRequest {
				if key == "" {
					key = name
				}
				return from, in, key
			}
		}
	}
	if v.Type() == "identifier" {
		if a := assignment(f, fn, text); a != nil {
			return f.origin(fn, a, o, hops+1)
		}
	}
	return endpoint.FromUnknown, "", ""
}

// requestRoot returns the request parameter an expression reads, or "":
// the handler's request (FastAPI's Request, Django's first parameter,
// Flask's module-level request) or a class view's self.request and
// self.kwargs.
func requestRoot(text string, o Origins) string {
	if o.RequestParam == "" {
		return ""
	}
	t := strings.TrimPrefix(text, "self.")
	if t != text && strings.HasPrefix(t, "kwargs") {
		return o.RequestParam // a Django class view's URL kwargs
	}
	if t == o.RequestParam || strings.HasPrefix(t, o.RequestParam+".") || strings.HasPrefix(t, o.RequestParam+"[") {
		return o.RequestParam
	}
	return ""
}

// requestMember says where a read of the request comes from, by the
// accessor it goes through (Starlette's path_params and query_params,
// Flask's view_args, args, form and get_json(), Django's GET, POST and
// DRF's data; request.user, request.auth and request.state are what the
// authentication put there: the session).
func requestMember(text, key string) (endpoint.Source, endpoint.InputKind, string) {
	if strings.HasPrefix(text, "kwargs") {
		return endpoint.FromRequest, endpoint.PathParam, key
	}
	member := text
	if i := strings.IndexAny(member, ".["); i >= 0 {
		member = member[i+1:]
	} else {
		member = ""
	}
	if i := strings.IndexAny(member, ".[("); i >= 0 {
		member = member[:i]
	}
	switch member {
	case "kwargs", "path_params", "view_args", "match_info":
		return endpoint.FromRequest, endpoint.PathParam, key
	case "query_params", "args", "GET", "query":
		return endpoint.FromRequest, endpoint.Query, key
	case "headers":
		return endpoint.FromRequest, endpoint.Header, key
	case "cookies", "COOKIES":
		return endpoint.FromRequest, endpoint.Cookie, key
	case "json", "get_json", "form", "POST", "data", "values", "files", "FILES", "body":
		return endpoint.FromRequest, endpoint.Body, key
	case "user", "auth", "state":
		return endpoint.FromSession, "", text
	}
	return endpoint.FromUnknown, "", ""
}

// lastKey is the last member or key an expression reads: body.user_id →
// user_id, params['id'] → id, q.get('org_id') → org_id.
func lastKey(f *File, v *sitter.Node) string {
	switch v.Type() {
	case "attribute":
		return f.Text(v.ChildByFieldName("attribute"))
	case "subscript":
		if s, ok := f.StringValue(v.ChildByFieldName("subscript")); ok {
			return s
		}
	case "call":
		if s, ok := f.StringValue(f.Arg(v, 0, "")); ok {
			return s
		}
	}
	return ""
}

// assignment is the value a plain name is first bound to in fn's body.
func assignment(f *File, fn *sitter.Node, name string) *sitter.Node {
	if vs := f.bindings(fn)[name]; len(vs) > 0 {
		return vs[0]
	}
	return nil
}

// bindings are the values each plain name is bound to in fn's body, in
// source order, read once per function: provenance asks for them at every
// comparison and filter value.
func (f *File) bindings(fn *sitter.Node) map[string][]*sitter.Node {
	if out, ok := f.bound[fn]; ok {
		return out
	}
	out := map[string][]*sitter.Node{}
	WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
		if n.Type() == "assignment" || n.Type() == "augmented_assignment" {
			if l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right"); l != nil && r != nil && l.Type() == "identifier" {
				out[f.Text(l)] = append(out[f.Text(l)], r)
			}
		}
		return true
	})
	if f.bound == nil {
		f.bound = map[*sitter.Node]map[string][]*sitter.Node{}
	}
	f.bound[fn] = out
	return out
}

// RoleChecks lists the role and permission tests of fn and of the project
// functions it calls or depends on (Depends(require_admin)), two levels
// deep: a comparison or membership test of a role claim
// (request_state.payload['org_role'] == 'org:admin', 'org:admin' in
// payload['org_permissions'], user.public_metadata.get('role') != 'admin').
func (m *Model) RoleChecks(f *File, fn *sitter.Node) []endpoint.Evidence {
	var out []endpoint.Evidence
	m.roleChecks(f, fn, 0, map[*sitter.Node]bool{}, &out)
	return out
}

func (m *Model) roleChecks(f *File, fn *sitter.Node, depth int, seen map[*sitter.Node]bool, out *[]endpoint.Evidence) {
	if fn == nil || seen[fn] {
		return
	}
	seen[fn] = true
	follow := func(target *sitter.Node) {
		if target == nil || depth >= 2 {
			return
		}
		dotted := f.Text(Unwrap(target))
		if target.Type() == "call" {
			dotted, _ = f.Callee(target)
		}
		if sym := m.Resolve(f, dotted); sym.Node != nil {
			m.roleChecks(sym.File, FuncDef(sym.Node), depth+1, seen, out)
		}
	}
	Walk(fn.ChildByFieldName("parameters"), func(n *sitter.Node) bool {
		if n.Type() == "call" {
			if _, last := f.Callee(n); last == "Depends" || last == "Security" {
				follow(f.Arg(n, 0, "dependency"))
			}
		}
		return true
	})
	WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
		switch n.Type() {
		case "if_statement":
			// if not user.is_superuser: raise HTTPException(403)
			Walk(n.ChildByFieldName("condition"), func(c *sitter.Node) bool {
				if c.Type() == "attribute" && adminFlag.MatchString(f.Text(c.ChildByFieldName("attribute"))) {
					*out = append(*out, endpoint.Evidence{Kind: endpoint.RoleCheck, What: f.Text(c), At: endpoint.Pos{File: f.Path, Line: f.Line(c)}})
				}
				return true
			})
		case "comparison_operator":
			if roleTest(f, n) {
				*out = append(*out, endpoint.Evidence{Kind: endpoint.RoleCheck, What: f.Text(n), At: endpoint.Pos{File: f.Path, Line: f.Line(n)}})
			}
		case "call":
			follow(n)
		}
		return true
	})
}

// adminFlag matches the boolean attributes of a user record that grant
// administration (Django's is_staff and is_superuser, the FastAPI
// template's is_superuser).
var adminFlag = lazyregexp.New(`^is_(superuser|admin|staff|super_admin)$`)

// roleTest: a comparison naming a role claim (a key, member or name) whose
// other side is a privileged role, or a claim Clerk issues, or one read
// from the token's payload or metadata.
func roleTest(f *File, n *sitter.Node) bool {
	var claim, clerk, privileged bool
	Walk(n, func(c *sitter.Node) bool {
		var word string
		switch c.Type() {
		case "string":
			word, _ = f.StringValue(c)
			if endpoint.PrivilegedRole.MatchString(word) && !endpoint.RoleClaim.MatchString(word) {
				privileged = true
			}
		case "identifier":
			word = f.Text(c)
		case "true":
			privileged = true
		}
		if endpoint.RoleClaim.MatchString(word) {
			claim = true
			clerk = clerk || endpoint.ClerkRoleClaim.MatchString(word)
		}
		return true
	})
	text := f.Text(n)
	return claim && (clerk || privileged || sessionPath.MatchString(text) || strings.Contains(text, "metadata"))
}

// IdentityChecks are the comparisons in fn's body of a request value with
// the session's (if user_id != claims["sub"]): the request's id is then
// the caller's.
func (m *Model) IdentityChecks(f *File, fn *sitter.Node, o Origins) []endpoint.Evidence {
	var out []endpoint.Evidence
	WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
		if n.Type() != "comparison_operator" || n.NamedChildCount() != 2 {
			return true
		}
		a, _, _ := f.origin(fn, n.NamedChild(0), o, 0)
		b, _, _ := f.origin(fn, n.NamedChild(1), o, 0)
		if a == endpoint.FromRequest && b == endpoint.FromSession || a == endpoint.FromSession && b == endpoint.FromRequest {
			out = append(out, endpoint.Evidence{Kind: endpoint.IdentityCheck, What: f.Text(n), At: endpoint.Pos{File: f.Path, Line: f.Line(n)}})
		}
		return true
	})
	return out
}
