package gomodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// scope is one function the effect scan reads: the handler, or a helper of
// this package it calls, whose parameters stand for the caller's arguments
// (so a query in getOrder(db, id) binds id to what the handler passed).
type scope struct {
	args   map[types.Object]ast.Expr
	caller *scope
	// params are the parameters of a function whose QueryFact is being
	// computed (the root scope): their values are the callers'.
	params map[types.Object]int
}

// enter returns the scope of a same-package function called by call from s.
func (m *model) enter(s *scope, call *ast.CallExpr, d *ast.FuncDecl) *scope {
	in := &scope{args: map[types.Object]ast.Expr{}, caller: s}
	i := 0
	for _, f := range d.Type.Params.List {
		for _, id := range f.Names {
			if _, variadic := f.Type.(*ast.Ellipsis); i < len(call.Args) && !variadic && !call.Ellipsis.IsValid() {
				if o := m.info.Defs[id]; o != nil {
					in.args[o] = call.Args[i]
				}
			}
			i++
		}
		if len(f.Names) == 0 {
			i++
		}
	}
	return in
}

// origin is where a value comes from, for a query's filter (endpoint.Binding).
type origin struct {
	from  endpoint.Source
	input endpoint.InputKind
	name  string
}

// paramRef is the origin of a QueryFact's parameter i (its field sub).
func paramRef(i int, sub string) origin {
	n := strconv.Itoa(i)
	if sub != "" {
		n += "." + sub
	}
	return origin{from: fromParam, name: n}
}

var unknownOrigin = origin{from: endpoint.FromUnknown}

// originOf follows a value back to the request, the session or a constant:
// through local variables with one value, the arguments of the helpers the
// scan entered, conversions and parsing (strconv, uuid), decoded request
// bodies (json.Decode(&req), c.ShouldBindJSON(&req): req.OrderID) and the
// session's claims. Anything else is unknown, which keeps a query quiet.
func (m *model) originOf(s *scope, e ast.Expr, depth int) origin {
	if depth > 10 || e == nil {
		return unknownOrigin
	}
	e = ast.Unparen(e)
	if tv, ok := m.info.Types[e]; ok && tv.Value != nil {
		return origin{from: endpoint.FromConstant, name: tv.Value.ExactString()}
	}
	switch x := e.(type) {
	case *ast.Ident:
		if x.Name == "nil" || x.Name == "true" || x.Name == "false" {
			return origin{from: endpoint.FromConstant, name: x.Name}
		}
		v, ok := m.info.Uses[x].(*types.Var)
		if !ok || v.IsField() {
			return unknownOrigin
		}
		for sc := s; sc != nil; sc = sc.caller {
			if a, ok := sc.args[v]; ok {
				return m.originOf(sc.caller, a, depth+1)
			}
			if i, ok := sc.params[v]; ok {
				return paramRef(i, "")
			}
		}
		if val := m.values[v]; val != nil && v.Parent() != v.Pkg().Scope() {
			return m.originOf(s, val, depth+1)
		}
		if t, ok := m.tuples[v]; ok && m.assigns[v] == 1 {
			if t.index == 0 {
				return m.originOf(s, t.rhs, depth+1)
			}
			return unknownOrigin
		}
		if k, ok := m.decoded[v]; ok {
			return origin{from: endpoint.FromRequest, input: k, name: x.Name}
		}
	case *ast.SelectorExpr:
		if m.info.Selections[x] == nil {
			return unknownOrigin // a qualified identifier of another package
		}
		if t := m.info.TypeOf(x.X); isClaimsType(t) || isType(t, ClerkPath, "SessionClaims") || isType(t, ClerkPath, "RegisteredClaims") || isType(t, ClerkPath, "Claims") {
			return origin{from: endpoint.FromSession, name: types.ExprString(x)}
		}
		switch o := m.originOf(s, x.X, depth+1); o.from {
		case fromParam:
			if !strings.Contains(o.name, ".") {
				return paramRef(atoi(o.name), x.Sel.Name) // arg.UserID of sqlc's params struct
			}
		case endpoint.FromRequest:
			return origin{from: endpoint.FromRequest, input: o.input, name: types.ExprString(x)}
		case endpoint.FromSession:
			return origin{from: endpoint.FromSession, name: types.ExprString(x)}
		}
	case *ast.IndexExpr:
		if o := m.originOf(s, x.X, depth+1); o.from == endpoint.FromRequest {
			if k, ok := m.constString(x.Index); ok {
				o.name = k
			}
			return o
		}
	case *ast.StarExpr:
		return m.originOf(s, x.X, depth+1)
	case *ast.TypeAssertExpr:
		return m.originOf(s, x.X, depth+1) // c.MustGet("userID").(string)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return m.originOf(s, x.X, depth+1)
		}
	case *ast.CallExpr:
		return m.callOrigin(s, x, depth)
	}
	return unknownOrigin
}

// callOrigin is the origin of a call's (first) result.
func (m *model) callOrigin(s *scope, call *ast.CallExpr, depth int) origin {
	if tv, ok := m.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return m.originOf(s, call.Args[0], depth+1) // int64(id), uuid.UUID(x)
	}
	fn := Callee(m.info, call)
	if fn == nil || fn.Pkg() == nil {
		return unknownOrigin
	}
	if m.sessionSource(call) != 0 {
		return origin{from: endpoint.FromSession, name: FuncName(fn)}
	}
	// Before the request inputs: gin's c.Get("userID") is a method of the
	// context the inputs are read from, but its value is the middleware's.
	if key, ok := m.contextKey(call, fn, false); ok && (m.sessionKeys()[key] || sessionKeyName.MatchString(key)) {
		return origin{from: endpoint.FromSession, name: types.ExprString(call)}
	}
	if k, ok := inputKind(fn); ok {
		if k == "" {
			return unknownOrigin
		}
		o := origin{from: endpoint.FromRequest, input: k, name: FuncName(fn)}
		for _, a := range call.Args {
			if n, ok := m.constString(a); ok {
				o.name = n
				break
			}
		}
		return o
	}
	if IsFunc(fn, GorillaPath, "Vars") {
		return origin{from: endpoint.FromRequest, input: endpoint.PathParam, name: "mux.Vars"}
	}
	if parses(fn) && len(call.Args) > 0 {
		return m.originOf(s, call.Args[0], depth+1)
	}
	return unknownOrigin
}

// parses: functions that convert or clean a value without changing whose it
// is (strconv.Atoi(id), uuid.Parse(id), strings.TrimSpace(id)).
func parses(fn *types.Func) bool {
	switch fn.Pkg().Path() {
	case "strconv", "strings":
		return fn.Type().(*types.Signature).Recv() == nil
	case "github.com/google/uuid", "github.com/gofrs/uuid", "github.com/satori/go.uuid":
		return strings.HasPrefix(fn.Name(), "Parse") || strings.HasPrefix(fn.Name(), "MustParse") || strings.HasPrefix(fn.Name(), "FromString")
	}
	return false
}

// tuple is the one assignment of a variable from a multi-valued call
// (id, err := strconv.Atoi(...)): the call and the variable's position.
type tuple struct {
	rhs   ast.Expr
	index int
}

// decodes reports the request input a call fills its pointer argument with:
// json.NewDecoder(r.Body).Decode(&req), c.ShouldBindJSON(&req),
// c.BodyParser(&req), c.Bind(&req), render.DecodeJSON(r.Body, &req).
func decodes(fn *types.Func) (endpoint.InputKind, bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	switch {
	case IsMethod(fn, "encoding/json", "Decode"), IsFunc(fn, "github.com/go-chi/render", "DecodeJSON"), IsFunc(fn, "github.com/go-chi/render", "Bind"):
		return endpoint.Body, true
	}
	if k, ok := inputKind(fn); ok && k != "" {
		name := fn.Name()
		if strings.Contains(name, "Bind") || strings.Contains(name, "Parser") {
			return k, true
		}
	}
	return "", false
}

// recordDecoded notes the variables a decoding call fills (see decodes).
func (m *model) recordDecoded(call *ast.CallExpr) {
	k, ok := decodes(Callee(m.info, call))
	if !ok {
		return
	}
	for _, a := range call.Args {
		if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
			a = u.X
		}
		if id, ok := ast.Unparen(a).(*ast.Ident); ok {
			if v, ok := m.info.Uses[id].(*types.Var); ok && isStructish(v.Type()) {
				m.decoded[v] = k
			}
		}
	}
}

func isStructish(t types.Type) bool {
	for {
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Struct, *types.Map:
			return true
		}
		return false
	}
}

// binding is a filter field with the origin of its value.
func binding(field string, o origin) endpoint.Binding {
	return endpoint.Binding{Field: field, From: o.from, Input: o.input, Name: o.name}
}

// sqlCond matches one comparison of a WHERE clause: the column, and what it
// is compared with (a placeholder, a literal, a subquery or another column).
var sqlCond = lazyregexp.New(`(?i)([A-Za-z_][\w."]*)\s*(?:=|<>|!=|\bin\b|\bis\b)\s*(?:any\s*\(\s*)?\(?\s*(\$\d+|\?|@\w+|:\w+|'[^']*'|[\w.]+)`)

// sqlWhereKeyword starts the filter of a statement, sqlEnd ends it.
// sqlWhereKeyword is matched on the statement itself (case-insensitive), not
// on a lower-cased copy: lower-casing changes the byte length of some
// characters, and the copy's offsets then slice the statement out of range.
var sqlWhereKeyword = lazyregexp.New(`(?i)\bwhere\b`)

var sqlEnd = lazyregexp.New(`(?i)\b(order\s+by|group\s+by|limit|returning|having|offset|for\s+update)\b`)

// sqlWhereBindings reads the filter of a constant statement: each column of
// the WHERE clause with the origin of the value it is compared with, a
// placeholder ($1, ?) taken from args (the call's arguments after the
// statement). A comparison the reader cannot map (a subquery, a named
// parameter, a spread argument list) is unknown, which keeps it quiet.
func (m *model) sqlWhereBindings(s *scope, q string, args []ast.Expr, spread bool) []endpoint.Binding {
	w := sqlWhereKeyword.FindStringIndex(q)
	if w == nil {
		return nil
	}
	clause := q[w[1]:]
	if end := sqlEnd.FindStringIndex(clause); end != nil {
		clause = clause[:end[0]]
	}
	var out []endpoint.Binding
	for _, c := range sqlCond.FindAllStringSubmatchIndex(clause, -1) {
		col := strings.Trim(clause[c[2]:c[3]], `"`)
		if i := strings.LastIndex(col, "."); i >= 0 {
			col = strings.Trim(col[i+1:], `"`)
		}
		switch strings.ToLower(col) {
		case "where", "and", "or", "not", "on":
			continue
		}
		val := clause[c[4]:c[5]]
		arg := -1
		switch {
		case strings.HasPrefix(val, "$"):
			n := 0
			for _, d := range val[1:] {
				n = n*10 + int(d-'0')
			}
			arg = n - 1
		case val == "?":
			arg = strings.Count(q[:w[1]+c[4]], "?")
		case strings.HasPrefix(val, "'"):
			out = append(out, binding(col, origin{from: endpoint.FromConstant, name: val}))
			continue
		case strings.EqualFold(val, "true"), strings.EqualFold(val, "false"), strings.EqualFold(val, "null"), val[0] >= '0' && val[0] <= '9':
			out = append(out, binding(col, origin{from: endpoint.FromConstant, name: strings.ToLower(val)}))
			continue
		}
		if arg < 0 || spread || arg >= len(args) {
			out = append(out, binding(col, unknownOrigin))
			continue
		}
		out = append(out, binding(col, m.originOf(s, args[arg], 0)))
	}
	return out
}

// structBindings reads a struct or map literal used as a filter
// (db.Where(&Order{ID: id}), map[string]any{"id": id}): fields become
// snake_case columns as GORM names them.
func (m *model) structBindings(s *scope, e ast.Expr) ([]endpoint.Binding, bool) {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	var out []endpoint.Binding
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return []endpoint.Binding{binding("", unknownOrigin)}, true
		}
		field := ""
		if id, ok := kv.Key.(*ast.Ident); ok {
			if _, isMap := m.info.TypeOf(lit).Underlying().(*types.Map); !isMap {
				field = snake(id.Name)
			}
		}
		if k, ok := m.constString(kv.Key); ok {
			field = k
		}
		if field == "" {
			out = append(out, binding("", unknownOrigin))
			continue
		}
		out = append(out, binding(field, m.originOf(s, kv.Value, 0)))
	}
	return out, true
}

// snake names a Go field as GORM's default naming strategy does its column
// (OrderID → order_id, UserID → user_id).
func snake(name string) string {
	var b strings.Builder
	rs := []rune(name)
	for i, r := range rs {
		upper := r >= 'A' && r <= 'Z'
		if upper && i > 0 {
			prevLower := rs[i-1] >= 'a' && rs[i-1] <= 'z' || rs[i-1] >= '0' && rs[i-1] <= '9'
			nextLower := i+1 < len(rs) && rs[i+1] >= 'a' && rs[i+1] <= 'z'
			if prevLower || nextLower && rs[i-1] >= 'A' && rs[i-1] <= 'Z' {
				b.WriteByte('_')
			}
		}
		if upper {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// structFields lists a struct model's columns (snake_case, or the gorm
// column tag), for the ownership judgement's Declared and Owned.
func structFields(t types.Type) ([]string, bool) { return fieldsOf(t, 0) }

func fieldsOf(t types.Type, depth int) ([]string, bool) {
	st, ok := elemType(t).Underlying().(*types.Struct)
	if !ok || depth > 4 {
		return nil, false
	}
	var out []string
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if f.Embedded() {
			if inner, ok := fieldsOf(f.Type(), depth+1); ok {
				out = append(out, inner...) // gorm.Model, a project's BaseModel
				continue
			}
		}
		col := snake(f.Name())
		for _, part := range strings.Split(reflect.StructTag(st.Tag(i)).Get("gorm"), ";") {
			if c, ok := strings.CutPrefix(part, "column:"); ok {
				col = c
			}
		}
		out = append(out, col)
	}
	return out, true
}

// ownershipCompare records a comparison of a fetched record's field with
// the session (order.UserID != claims.Subject), or of an owner-like field
// with a value the scan cannot follow, as ownership evidence.
func (m *model) ownershipCompare(bf *bodyFacts, s *scope, b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	for _, p := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		var field string
		switch x := ast.Unparen(p[0]).(type) {
		case *ast.SelectorExpr:
			if m.info.Selections[x] == nil || m.originOf(s, x.X, 0).from != endpoint.FromUnknown {
				continue // the request, the session or a constant, not a fetched record
			}
			field = x.Sel.Name
		case *ast.Ident:
			// a column scanned into a local: row.Scan(&owner); owner != sub
			if v, ok := m.info.Uses[x].(*types.Var); !ok || v.IsField() || m.originOf(s, x, 0).from != endpoint.FromUnknown {
				continue
			}
		default:
			continue
		}
		other := m.originOf(s, p[1], 0)
		if other.from == endpoint.FromSession || field != "" && other.from == endpoint.FromUnknown && !m.isConstOrNil(p[1]) && idLike.MatchString(field) {
			bf.checks = append(bf.checks, endpoint.Evidence{Kind: endpoint.OwnershipCheck,
				What: types.ExprString(p[0]) + " compared with " + types.ExprString(p[1]), At: m.pos(b.Pos())})
			return
		}
	}
}

func (m *model) isConstOrNil(e ast.Expr) bool {
	tv, ok := m.info.Types[e]
	return ok && (tv.Value != nil || tv.IsNil())
}

// idLike are field names a comparison with an unfollowed value still reads
// as an owner check (doc.OwnerID != u.ID).
var idLike = lazyregexp.New(`(?i)(owner|author|creator|createdby|user|userid|member|org|orgid|organizationid|tenant|tenantid|team|teamid|workspace|workspaceid|clerkid)$`)

// contextKey returns the key of a request-context store (set true: c.Set(k,
// v), c.Locals(k, v), context.WithValue(ctx, k, v)) or read (c.Get(k),
// c.MustGet(k), c.GetString(k), c.Locals(k), ctx.Value(k)): a constant
// string, or the name of the key variable or constant.
func (m *model) contextKey(call *ast.CallExpr, fn *types.Func, set bool) (string, bool) {
	pkg, name := "", fn.Name()
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	var k ast.Expr
	switch {
	case set && (pkg == GinPath || pkg == EchoPath) && name == "Set" && len(call.Args) == 2,
		set && pkg == FiberPath && name == "Locals" && len(call.Args) == 2:
		k = call.Args[0]
	case set && IsFunc(fn, "context", "WithValue") && len(call.Args) == 3:
		k = call.Args[1]
	case !set && (pkg == GinPath || pkg == EchoPath) && (name == "Get" || name == "MustGet" || name == "GetString") && len(call.Args) == 1,
		!set && pkg == FiberPath && name == "Locals" && len(call.Args) == 1,
		!set && pkg == "context" && name == "Value" && len(call.Args) == 1:
		k = call.Args[0]
	default:
		return "", false
	}
	if v, ok := m.constString(k); ok {
		return v, true
	}
	if o := m.useOf(k); o != nil && o.Pkg() != nil {
		return o.Pkg().Path() + "." + o.Name(), true
	}
	return "", false
}

// sessionKeyName matches request-context keys that name the caller
// (userID, clerk_user_id, claims, orgId) when the middleware storing them
// is in another package: a Clerk app's adapter puts the session there.
var sessionKeyName = lazyregexp.New(`(?i)^(clerk_?)?(user_?id|uid|sub|subject|claims|session_?claims|org_?id|organization_?id|auth_?user_?id|current_?user_?id)$|(?i)\.(user_?id|claims|clerk_?user_?id)(_?key)?$`)

// sessionKeys are the request-context keys the package's middleware stores
// a session value under (c.Set("userID", claims.Subject)), so a handler's
// c.GetString("userID") is the session's.
func (m *model) sessionKeys() map[string]bool {
	if m.ctxKeys != nil {
		return m.ctxKeys
	}
	m.ctxKeys = map[string]bool{}
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := Callee(m.info, call)
			if fn == nil {
				return true
			}
			if k, ok := m.contextKey(call, fn, true); ok && m.originOf(nil, call.Args[len(call.Args)-1], 0).from == endpoint.FromSession {
				m.ctxKeys[k] = true
			}
			return true
		})
	}
	return m.ctxKeys
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
