package gomodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// bodyFacts is what a handler body (and the same-package functions it calls)
// reads from the request and does.
type bodyFacts struct {
	inputs  []endpoint.Input
	effects []endpoint.Effect
	// unknown lists calls the model could not classify (a function of another
	// package it has no table for, a call of a function value, an interface
	// method of the project); when it is empty the effects are complete.
	unknown []string
	// checks are comparisons of a fetched record's owner with the session
	// (ownership evidence), and calls the scan cannot follow that are given
	// a session value (they may be the check).
	checks []endpoint.Evidence
}

// maxFollow bounds how deep same-package calls are followed from a handler.
const maxFollow = 4

// handlerBody returns the body of a handler the model can read: a function
// literal, or a function or method declared in this package (for a handler
// factory, the factory, whose body holds the handler it returns).
func (m *model) handlerBody(h Handler) ast.Node {
	if h.Lit != nil {
		return h.Lit
	}
	if h.Func != nil && h.Func.Pkg() == m.pass.Pkg {
		if d := m.decls[h.Func]; d != nil {
			return d
		}
	}
	return nil
}

// scanBody collects the inputs and effects of a body, following calls of
// functions and methods of this package up to maxFollow deep.
func (m *model) scanBody(body ast.Node) *bodyFacts {
	bf := &bodyFacts{}
	m.scanInto(bf, &scope{}, body, 0, map[ast.Node]bool{})
	return bf
}

func (m *model) scanInto(bf *bodyFacts, s *scope, body ast.Node, depth int, seen map[ast.Node]bool) {
	if seen[body] {
		return
	}
	seen[body] = true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			m.selectorInput(bf, n)
		case *ast.CallExpr:
			m.classifyCall(bf, s, n, depth, seen)
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "delete" && len(n.Args) > 0 {
				m.stateWrite(bf, body, n.Args[0], n.Pos())
			}
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					m.stateWrite(bf, body, l, n.Pos())
				}
			}
		case *ast.IncDecStmt:
			m.stateWrite(bf, body, n.X, n.Pos())
		case *ast.BinaryExpr:
			m.ownershipCompare(bf, s, n)
		}
		return true
	})
}

// stateWrite records a write to state that outlives the request: a
// package-level variable, a variable a handler literal captured, or a field of
// the handler's receiver (an in-memory store: todos[id] = t,
// s.items = append(s.items, x)). Locals, parameters and the request objects
// are not state.
func (m *model) stateWrite(bf *bodyFacts, body ast.Node, lhs ast.Expr, at token.Pos) {
	root := lhs
	for {
		switch x := ast.Unparen(root).(type) {
		case *ast.SelectorExpr:
			root = x.X
			continue
		case *ast.IndexExpr:
			root = x.X
			continue
		case *ast.StarExpr:
			root = x.X
			continue
		}
		break
	}
	id, ok := ast.Unparen(root).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := m.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil {
		return
	}
	global := v.Parent() == v.Pkg().Scope()
	// captured: a variable of the function that registered a handler literal
	captured := !global && (v.Pos() < body.Pos() || v.Pos() >= body.End())
	receiver := false
	if fd, ok := body.(*ast.FuncDecl); ok && fd.Recv != nil {
		receiver = fd.Recv.Pos() <= v.Pos() && v.Pos() < fd.Recv.End() && id != ast.Unparen(lhs)
	}
	if !global && !captured && !receiver {
		return
	}
	if id == ast.Unparen(lhs) && isRouterOrHandler(v.Type()) {
		return
	}
	bf.effects = append(bf.effects, endpoint.Effect{Kind: endpoint.DBWrite, Target: types.ExprString(lhs), Model: "in-memory " + v.Name(), At: m.pos(at)})
}

func isRouterOrHandler(t types.Type) bool {
	return routerFramework(t) != "" || handlerFamily(t) != ""
}

// selectorInput records reads of r.Body, r.Form and r.PostForm.
func (m *model) selectorInput(bf *bodyFacts, sel *ast.SelectorExpr) {
	if !isPtrTo(m.info.TypeOf(sel.X), netHTTPPath, "Request") || m.info.Selections[sel] == nil {
		return
	}
	switch sel.Sel.Name {
	case "Body":
		bf.inputs = append(bf.inputs, endpoint.Input{Kind: endpoint.Body, At: m.pos(sel.Pos())})
	case "Form", "PostForm", "MultipartForm":
		bf.inputs = append(bf.inputs, endpoint.Input{Kind: endpoint.Form, At: m.pos(sel.Pos())})
	}
}

// Packages whose functions and methods have no effect an endpoint judgement
// cares about: formatting, encoding, logging, strings, time, the request and
// response types of the routers.
var effectFree = map[string]bool{
	"fmt": true, "strings": true, "strconv": true, "bytes": true, "errors": true, "time": true,
	"math": true, "sort": true, "slices": true, "maps": true, "unicode": true, "unicode/utf8": true,
	"context": true, "sync": true, "sync/atomic": true, "regexp": true, "path": true, "path/filepath": true,
	"net/url": true, "html": true, "html/template": true, "text/template": true, "mime": true,
	"encoding/json": true, "encoding/xml": true, "encoding/base64": true, "encoding/hex": true, "encoding/csv": true,
	"log": true, "log/slog": true, "io": true, "bufio": true, "reflect": true, "math/rand": true, "math/rand/v2": true,
	"crypto/sha256": true, "crypto/sha1": true, "crypto/md5": true, "crypto/hmac": true, "crypto/subtle": true,
	"crypto/rand": true, "hash": true, "hash/fnv": true, "hash/crc32": true,
	"github.com/google/uuid": true, "go.uber.org/zap": true, "github.com/sirupsen/logrus": true,
	"github.com/rs/zerolog": true, "github.com/rs/zerolog/log": true,
	GinPath: true, EchoPath: true, FiberPath: true, ChiPath: true, ChiV1Path: true, GorillaPath: true,
	"github.com/go-chi/render": true, "github.com/go-playground/validator/v10": true,
	"github.com/lib/pq": true, // pq.Array and the error and quoting helpers; queries go through database/sql
}

// savesUpload reports whether fn writes an uploaded file to disk through the
// router (gin's SaveUploadedFile, fiber's SaveFile): the router packages are
// otherwise effect-free.
func savesUpload(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case GinPath:
		return fn.Name() == "SaveUploadedFile"
	case FiberPath:
		return fn.Name() == "SaveFile" || fn.Name() == "SaveFileToStorage"
	}
	return false
}

// sqlTable finds the table of a statement (endpoint.SQLKind reads its
// verb, sqlWhereBindings its filter).
var sqlTable = lazyregexp.New(`(?i)\b(?:from|into|update|join)\s+["` + "`" + `]?([A-Za-z_][\w.]*)`)

// classifyCall records what one call reads or does, follows it into this
// package, or notes it as unknown.
func (m *model) classifyCall(bf *bodyFacts, s *scope, call *ast.CallExpr, depth int, seen map[ast.Node]bool) {
	if tv, ok := m.info.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
		return // a conversion or a builtin (len, append, make, ...)
	}
	fn := Callee(m.info, call)
	if fn == nil {
		fn = m.fieldFunc(call.Fun)
	}
	if fn == nil {
		if _, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
			return // an immediately called literal: its body is inspected in place
		}
		m.unfollowed(bf, s, call, types.ExprString(call.Fun))
		return
	}
	if savesUpload(fn) {
		bf.effects = append(bf.effects, endpoint.Effect{Kind: endpoint.Storage, Target: m.target(call, fn.Name()), At: m.pos(call.Pos())})
		return
	}
	if m.requestInput(bf, call, fn) {
		return
	}
	if fn.Pkg() == nil || !effectFree[fn.Pkg().Path()] && !IsClerkPath(fn.Pkg().Path()) {
		if eff, ok := m.sqlCall(s, call, fn); ok {
			bf.effects = append(bf.effects, *eff)
			return
		}
	}
	if eff, ok := m.effectOf(s, call, fn); ok {
		if eff != nil {
			bf.effects = append(bf.effects, *eff)
		}
		return
	}
	pkg := fn.Pkg()
	switch {
	case pkg == nil:
		return // error.Error and other universe methods
	case pkg == m.pass.Pkg:
		if d := m.decls[fn]; d != nil {
			if depth < maxFollow {
				m.scanInto(bf, m.enter(s, call, d), d, depth+1, seen)
			} else {
				m.unfollowed(bf, s, call, FuncName(fn))
			}
			return
		}
		m.unfollowed(bf, s, call, FuncName(fn)) // an interface method: its implementation is not known
	case effectFree[pkg.Path()]:
	case strings.HasPrefix(pkg.Path(), "encoding/"), strings.HasPrefix(pkg.Path(), "crypto/"):
	case IsClerkPath(pkg.Path()):
		// Session helpers, middleware and claims methods of the SDK root,
		// http and jwt packages have no effect; Backend API calls are caught
		// by effectOf.
	case m.importedQueries(bf, s, call, fn):
	default:
		m.unfollowed(bf, s, call, FuncName(fn))
	}
}

// fieldFunc is the function a call of a function-valued struct field runs
// when the package sets that field to one named function only
// (TokenManager{now: time.Now} ... tm.now()), or nil.
func (m *model) fieldFunc(fun ast.Expr) *types.Func {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if selection := m.info.Selections[sel]; selection == nil || selection.Kind() != types.FieldVal {
		return nil
	}
	var val ast.Expr
	switch v := ast.Unparen(m.values[m.info.Uses[sel.Sel]]).(type) {
	case *ast.Ident:
		val = v
	case *ast.SelectorExpr:
		val = v.Sel
	default:
		return nil
	}
	fn, _ := m.info.Uses[val.(*ast.Ident)].(*types.Func)
	return fn
}

// unfollowed records a call the scan cannot read: the effects are not
// known, and when the call is given a session value it may be the check of
// a record against the session (store.GetOrderForUser(id, claims.Subject),
// canAccess(userID, doc) of another package), so it counts as ownership
// evidence rather than have an endpoint reported on a guess.
func (m *model) unfollowed(bf *bodyFacts, s *scope, call *ast.CallExpr, name string) {
	bf.unknown = append(bf.unknown, name)
	for _, a := range call.Args {
		if m.originOf(s, a, 0).from == endpoint.FromSession {
			bf.checks = append(bf.checks, endpoint.Evidence{Kind: endpoint.OwnershipCheck,
				What: name + "(…" + types.ExprString(a) + "…), which the analysis cannot follow", At: m.pos(call.Pos())})
			return
		}
	}
}

// requestInput records a read of the request through a router or net/http API.
func (m *model) requestInput(bf *bodyFacts, call *ast.CallExpr, fn *types.Func) bool {
	kind, ok := inputKind(fn)
	if !ok {
		return false
	}
	if kind == "" {
		return true // another method of the request or context: no input, no effect
	}
	if _, recv := namedType(recvType(fn)); recv == "Header" && fn.Pkg().Path() == netHTTPPath && !m.requestHeader(call) {
		return true // w.Header().Get: the response's own headers
	}
	in := endpoint.Input{Kind: kind, At: m.pos(call.Pos())}
	for _, a := range call.Args {
		if s, ok := m.constString(a); ok {
			in.Name = s
			break
		}
	}
	bf.inputs = append(bf.inputs, in)
	return true
}

// inputKind returns the input a request API reads ("" for request APIs that read
// none); ok is false for functions that are not request APIs.
func inputKind(fn *types.Func) (kind endpoint.InputKind, ok bool) {
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	_, recv := namedType(recvType(fn))
	name := fn.Name()
	switch {
	case pkg == netHTTPPath && recv == "Request":
		switch name {
		case "FormValue", "PostFormValue", "ParseForm", "ParseMultipartForm", "FormFile", "MultipartReader":
			return endpoint.Form, true
		case "PathValue":
			return endpoint.PathParam, true
		case "Cookie", "Cookies", "CookiesNamed":
			return endpoint.Cookie, true
		}
		return "", true
	case pkg == netHTTPPath && recv == "Header" && name == "Get":
		return endpoint.Header, true
	case pkg == "net/url" && recv == "URL" && name == "Query":
		return endpoint.Query, true
	case pkg == "net/url" && recv == "Values" && name == "Get":
		return endpoint.Query, true
	case pkg == "net/url":
		return "", true
	case (pkg == ChiPath || pkg == ChiV1Path) && (name == "URLParam" || name == "URLParamFromCtx"):
		return endpoint.PathParam, true
	case pkg == GorillaPath && name == "Vars":
		return endpoint.PathParam, true
	case pkg == GinPath && recv == "Context":
		switch {
		case name == "Param":
			return endpoint.PathParam, true
		case strings.Contains(name, "Query") && !strings.Contains(name, "Bind"):
			return endpoint.Query, true
		case strings.Contains(name, "PostForm"), name == "FormFile", name == "MultipartForm":
			return endpoint.Form, true
		case name == "GetHeader":
			return endpoint.Header, true
		case name == "Cookie":
			return endpoint.Cookie, true
		case strings.HasPrefix(name, "ShouldBind") || strings.HasPrefix(name, "Bind") || name == "MustBindWith" || name == "GetRawData":
			switch {
			case strings.HasSuffix(name, "Query"):
				return endpoint.Query, true
			case strings.HasSuffix(name, "Uri"):
				return endpoint.PathParam, true
			case strings.HasSuffix(name, "Header"):
				return endpoint.Header, true
			}
			return endpoint.Body, true
		}
		return "", true
	case pkg == EchoPath && recv == "Context":
		switch name {
		case "Param", "ParamValues":
			return endpoint.PathParam, true
		case "QueryParam", "QueryParams", "QueryString":
			return endpoint.Query, true
		case "FormValue", "FormParams", "FormFile", "MultipartForm":
			return endpoint.Form, true
		case "Bind":
			return endpoint.Body, true
		case "Cookie", "Cookies":
			return endpoint.Cookie, true
		}
		return "", true
	case pkg == FiberPath && recv == "Ctx":
		switch {
		case strings.HasPrefix(name, "Params"), name == "AllParams":
			return endpoint.PathParam, true
		case strings.HasPrefix(name, "Query"), name == "Queries":
			return endpoint.Query, true
		case name == "FormValue", name == "FormFile", name == "MultipartForm":
			return endpoint.Form, true
		case name == "BodyParser", name == "Body", name == "BodyRaw":
			return endpoint.Body, true
		case name == "Get", name == "GetReqHeaders":
			return endpoint.Header, true
		case name == "Cookies", name == "CookieParser":
			return endpoint.Cookie, true
		}
		return "", true
	}
	return "", false
}

// requestHeader reports whether a Header.Get call reads the request's headers
// (r.Header.Get, not w.Header().Get).
func (m *model) requestHeader(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	hs, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	return ok && hs.Sel.Name == "Header" && isPtrTo(m.info.TypeOf(hs.X), netHTTPPath, "Request")
}

func recvType(fn *types.Func) types.Type {
	if r := fn.Type().(*types.Signature).Recv(); r != nil {
		return r.Type()
	}
	return nil
}

// effectOf classifies a call of a database, Clerk Backend API, HTTP client or
// storage API. ok is false when the call is none of them; a nil effect with
// ok true is a call of such an API that does nothing worth recording
// (db.Begin, rows.Scan, a query builder step).
func (m *model) effectOf(s *scope, call *ast.CallExpr, fn *types.Func) (*endpoint.Effect, bool) {
	if fn.Pkg() == nil {
		return nil, false
	}
	pkg, name := fn.Pkg().Path(), fn.Name()
	_, recv := namedType(recvType(fn))
	eff := func(k endpoint.EffectKind, target string) (*endpoint.Effect, bool) {
		return &endpoint.Effect{Kind: k, Target: target, At: m.pos(call.Pos())}, true
	}
	target := m.target(call, name)
	switch {
	case pkg == "database/sql", pkg == "github.com/jmoiron/sqlx",
		strings.HasPrefix(pkg, "github.com/jackc/pgx"):
		switch {
		case strings.HasPrefix(name, "Exec") || strings.HasPrefix(name, "MustExec") || strings.HasPrefix(name, "NamedExec") || name == "SendBatch" || name == "CopyFrom":
			return m.sqlEffect(s, call, endpoint.DBWrite, target)
		case strings.HasPrefix(name, "Query") || name == "Get" || name == "Select" || strings.HasPrefix(name, "GetContext") || strings.HasPrefix(name, "SelectContext") || strings.HasPrefix(name, "NamedQuery"):
			return m.sqlEffect(s, call, endpoint.DBRead, target)
		}
		return nil, true
	case pkg == "gorm.io/gorm" || pkg == "github.com/jinzhu/gorm":
		switch name {
		case "Create", "CreateInBatches":
			e, ok := m.gormEffect(s, call, endpoint.DBWrite, target)
			// Clauses(clause.OnConflict{UpdateAll: true}) makes it an upsert.
			e.Creates = !slices.ContainsFunc(m.gormChain(call), func(c *ast.CallExpr) bool { return calledName(c) == "Clauses" })
			return e, ok
		case "Save", "Update", "Updates", "UpdateColumn", "UpdateColumns", "Delete", "FirstOrCreate", "Exec":
			return m.gormEffect(s, call, endpoint.DBWrite, target)
		case "Append", "Replace", "Clear": // Association("Tags").Append(…)
			return m.gormEffect(s, call, endpoint.DBWrite, target)
		case "Find", "First", "Take", "Last", "Scan", "Count", "Pluck", "Row", "Rows", "FirstOrInit", "FindInBatches", "ScanRows":
			return m.gormEffect(s, call, endpoint.DBRead, target)
		case "Model", "Table", "Where", "Or", "Not", "Select", "Omit", "Order", "Limit", "Offset", "Group", "Having", "Joins",
			"InnerJoins", "Preload", "Distinct", "Scopes", "Unscoped", "Clauses", "Debug", "WithContext", "Session", "Raw",
			"Association", "Attrs", "Assign", "Error":
			return nil, true // query builders: the effect is the call that runs them
		}
		return nil, false // Transaction(fn), Migrator(), …: not followed
	case strings.HasPrefix(pkg, "go.mongodb.org/mongo-driver"):
		switch {
		case strings.HasSuffix(pkg, "/options"):
			return nil, true // options.Update().SetUpsert(true): a query's options, built in memory
		case strings.HasPrefix(name, "Insert"):
			e, ok := m.mongoEffect(call, endpoint.DBWrite, target)
			e.Creates = true
			return e, ok
		case strings.HasPrefix(name, "Update"):
			e, ok := m.mongoEffect(call, endpoint.DBWrite, target)
			e.Creates = m.setOnInsertOnly(call)
			return e, ok
		case strings.HasPrefix(name, "Delete"),
			strings.HasPrefix(name, "Replace"), strings.HasPrefix(name, "FindOneAnd"), name == "BulkWrite", name == "Drop":
			return m.mongoEffect(call, endpoint.DBWrite, target)
		case strings.HasPrefix(name, "Find"), name == "CountDocuments", name == "EstimatedDocumentCount", name == "Aggregate", name == "Distinct":
			return m.mongoEffect(call, endpoint.DBRead, target)
		}
		return nil, true
	case pkg == netHTTPPath:
		switch {
		case recv == "Client" && (name == "Do" || name == "Get" || name == "Post" || name == "PostForm" || name == "Head"),
			recv == "" && (name == "Get" || name == "Post" || name == "PostForm" || name == "Head"):
			return eff(endpoint.Outbound, "http."+name)
		case recv == "" && (name == "ServeFile" || name == "ServeContent" || name == "Error" || name == "Redirect" || name == "NotFound" || name == "StatusText" || strings.HasPrefix(name, "NewRequest") || name == "SetCookie" || name == "MaxBytesReader" || name == "DetectContentType"):
			return nil, true
		case recv == "Request" || recv == "Header" || recv == "ResponseWriter" || recv == "Cookie" || recv == "ResponseController":
			return nil, true
		case recv == "Handler" || recv == "HandlerFunc":
			return nil, false // the next handler: not known here
		}
		return nil, true
	case pkg == "os":
		switch name {
		case "WriteFile", "Create", "OpenFile", "Remove", "RemoveAll", "Mkdir", "MkdirAll", "Rename", "CreateTemp", "MkdirTemp", "Symlink", "Link", "Chmod", "Truncate":
			return eff(endpoint.Storage, "os."+name)
		case "Write", "WriteString", "WriteAt", "ReadFrom":
			if recv == "File" {
				return eff(endpoint.Storage, "os.File."+name)
			}
		}
		return nil, true
	case pkg == "io/ioutil":
		if name == "WriteFile" || name == "TempFile" || name == "TempDir" {
			return eff(endpoint.Storage, "ioutil."+name)
		}
		return nil, true
	case IsClerkPath(pkg):
		return m.clerkEffect(call, fn, recv)
	case isEntGenerated(fn.Pkg()):
		return m.entEffect(s, call, fn, recv)
	}
	return nil, false
}

// clerkEffect classifies a Clerk SDK call: v2 Backend API packages (user,
// organization, ...), their Client methods, and v1 service methods.
func (m *model) clerkEffect(call *ast.CallExpr, fn *types.Func, recv string) (*endpoint.Effect, bool) {
	pkg := fn.Pkg().Path()
	switch {
	case pkg == ClerkPath, pkg == ClerkHTTPPath, pkg == ClerkJWTPath, strings.HasPrefix(pkg, ClerkJWTPath+"/"), pkg == ClerkPath+"/jwks":
		return nil, true // session helpers, middleware, claims methods, token verification
	case pkg == ClerkV1Path:
		if strings.HasSuffix(recv, "Service") {
			return &endpoint.Effect{Kind: endpoint.ClerkAPI, Target: strings.TrimSuffix(recv, "Service") + "." + fn.Name(), At: m.pos(call.Pos())}, true
		}
		if recv == "Client" || recv == "" {
			return nil, true // NewClient, client.Users() accessors, VerifyToken
		}
		return nil, true
	case strings.HasPrefix(pkg, ClerkPath+"/"):
		if strings.HasPrefix(fn.Name(), "New") && recv == "" {
			return nil, true // NewClient
		}
		if recv == "" || recv == "Client" {
			return &endpoint.Effect{Kind: endpoint.ClerkAPI, Target: fn.Pkg().Name() + "." + fn.Name(), At: m.pos(call.Pos())}, true
		}
		return nil, true
	}
	return nil, true
}

// target renders the receiver and method of a call as written, with builder
// chains cut to their root: "db.Exec", "h.db.Create", "gdb.Find" for
// gdb.WithContext(ctx).Where(...).Find(&out).
func (m *model) target(call *ast.CallExpr, name string) string {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return name
	}
	x := ast.Unparen(sel.X)
	for {
		c, ok := x.(*ast.CallExpr)
		if !ok {
			break
		}
		inner, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		x = ast.Unparen(inner.X)
	}
	root := types.ExprString(x)
	if _, isCall := x.(*ast.CallExpr); isCall || len(root) > 30 {
		if i := strings.LastIndex(root, "."); i >= 0 && !isCall {
			root = root[i+1:]
		} else {
			return name
		}
	}
	return root + "." + name
}

// sqlEffect reads the statement when it is a constant (or a variable holding
// one): an Exec of a SELECT is a read, a Query of an INSERT ... RETURNING a
// write; the table and the WHERE columns are kept, each with the origin of
// the argument its placeholder takes.
func (m *model) sqlEffect(s *scope, call *ast.CallExpr, kind endpoint.EffectKind, target string) (*endpoint.Effect, bool) {
	e := &endpoint.Effect{Kind: kind, Target: target, At: m.pos(call.Pos())}
	for i, a := range call.Args {
		q, ok := m.stringValue(a)
		if !ok {
			continue
		}
		q = stripSQLComments(q)
		if kind, ok := endpoint.SQLKind(q); ok {
			e.Kind = kind
			e.Creates = endpoint.InsertOnly(q)
		}
		if t := sqlTable.FindStringSubmatch(q); t != nil {
			e.Model = strings.Trim(t[1], `"`)
		}
		e.Where = m.sqlWhereBindings(s, q, call.Args[i+1:], call.Ellipsis.IsValid())
		e.Filter = fields(e.Where)
		break
	}
	return e, true
}

// stringValue is a constant string, directly or through a local variable
// with one value (query := "SELECT …"), or with the value the assignments
// reaching the use give it (query = "SELECT …" in the branch that runs it,
// query += " ORDER BY …").
func (m *model) stringValue(e ast.Expr) (string, bool) {
	if s, ok := m.constString(e); ok {
		return s, true
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := m.info.Uses[id].(*types.Var); ok && !v.IsField() {
			if val := m.values[v]; val != nil {
				return m.constString(val)
			}
			return m.reachingString(v, id, 0)
		}
	}
	return "", false
}

// reachingString is the constant string a local variable v holds at node
// at: the last assignment to v before it in a block enclosing it (an
// assignment in a branch that does not enclose the use may not have run,
// and is passed over), with the constants later += appended to it.
func (m *model) reachingString(v *types.Var, at ast.Node, depth int) (string, bool) {
	body := m.innermostBody(at.Pos())
	if body == nil || depth > 8 {
		return "", false
	}
	var last *reachAssign
	for _, a := range m.assignsIn(body, v) {
		if a.node.End() <= at.Pos() && a.block.Pos() <= at.Pos() && at.End() <= a.block.End() && (last == nil || a.node.Pos() > last.node.Pos()) {
			last = &a
		}
	}
	switch {
	case last == nil:
		return "", false
	case last.rhs == nil:
		return "", true // var q string
	case last.tok == token.ADD_ASSIGN:
		prefix, ok := m.reachingString(v, last.node, depth+1)
		suffix, ok2 := m.constString(last.rhs)
		return prefix + suffix, ok && ok2
	case last.tok == token.DEFINE || last.tok == token.ASSIGN:
		return m.constString(last.rhs)
	}
	return "", false
}

// reachAssign is one assignment of a local variable, with the innermost
// block holding it.
type reachAssign struct {
	node  ast.Node
	block ast.Node
	tok   token.Token
	rhs   ast.Expr
}

type reachKey struct {
	body ast.Node
	v    *types.Var
}

// innermostBody is the function, declared or literal, holding pos.
func (m *model) innermostBody(pos token.Pos) ast.Node {
	var best ast.Node
	for _, b := range m.bodies {
		if b.Pos() <= pos && pos < b.End() && (best == nil || b.Pos() > best.Pos()) {
			best = b
		}
	}
	return best
}

// assignsIn lists v's assignments in body outside nested closures, each
// with its innermost block; one walk per body and variable, however many
// queries read it.
func (m *model) assignsIn(body ast.Node, v *types.Var) []reachAssign {
	key := reachKey{body, v}
	m.reachMu.Lock()
	as, ok := m.reach[key]
	m.reachMu.Unlock()
	if ok {
		return as
	}
	var stack, blocks []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			if top := stack[len(stack)-1]; len(blocks) > 0 && blocks[len(blocks)-1] == top {
				blocks = blocks[:len(blocks)-1]
			}
			stack = stack[:len(stack)-1]
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok && n != body {
			return false
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			blocks = append(blocks, n)
		case *ast.AssignStmt:
			if len(n.Lhs) == 1 && len(n.Rhs) == 1 && m.objOf(n.Lhs[0]) == v && len(blocks) > 0 {
				as = append(as, reachAssign{node: n, block: blocks[len(blocks)-1], tok: n.Tok, rhs: n.Rhs[0]})
			}
		case *ast.ValueSpec:
			if len(n.Names) == 1 && m.info.Defs[n.Names[0]] == v && len(blocks) > 0 {
				a := reachAssign{node: n, block: blocks[len(blocks)-1], tok: token.DEFINE}
				if len(n.Values) == 1 {
					a.rhs = n.Values[0]
				}
				as = append(as, a)
			}
		}
		return true
	})
	m.reachMu.Lock()
	if m.reach == nil {
		m.reach = map[reachKey][]reachAssign{}
	}
	m.reach[key] = as
	m.reachMu.Unlock()
	return as
}

func fields(where []endpoint.Binding) []string {
	var out []string
	for _, b := range where {
		if b.Field != "" {
			out = append(out, b.Field)
		}
	}
	return out
}

// gormEffect names the model from the argument's type (db.Create(&Order{})) or a
// Model/Table call earlier in the chain, and the filter from the call's
// conditions (First(&o, id), First(&o, "id = ?", id)) and the chain's Where
// and Or calls (strings with ? placeholders, struct and map literals).
// Chains split across variables (q := db.Where(…); q.First(&o)) are followed.
func (m *model) gormEffect(s *scope, call *ast.CallExpr, kind endpoint.EffectKind, target string) (*endpoint.Effect, bool) {
	e := &endpoint.Effect{Kind: kind, Target: target, At: m.pos(call.Pos())}
	for _, a := range call.Args {
		if m.gormModel(e, a) {
			break
		}
	}
	switch name := calledName(call); name {
	case "Find", "First", "Take", "Last", "Delete", "FirstOrInit", "FirstOrCreate", "Count":
		if len(call.Args) > 1 {
			e.Where = append(e.Where, m.gormConds(s, call.Args[1:], call.Ellipsis.IsValid())...)
		}
		if name == "Delete" && len(call.Args) > 0 {
			if bs, ok := m.structBindings(s, call.Args[0]); ok {
				e.Where = append(e.Where, bs...) // Delete(&Order{ID: id}): by its primary key
			}
		}
	}
	for _, link := range m.gormChain(call) {
		if len(link.Args) == 0 {
			continue
		}
		switch calledName(link) {
		case "Model":
			if e.Model == "" {
				m.gormModel(e, link.Args[0])
			}
			if bs, ok := m.structBindings(s, link.Args[0]); ok {
				e.Where = append(e.Where, bs...)
			}
		case "Table":
			if t, ok := m.constString(link.Args[0]); ok && e.Model == "" {
				e.Model = strings.Fields(t + " ")[0]
			}
		case "Where", "Or":
			e.Where = append(e.Where, m.gormConds(s, link.Args, link.Ellipsis.IsValid())...)
		case "Not", "Scopes", "Joins", "InnerJoins", "Clauses", "Raw":
			e.Where = append(e.Where, binding("", unknownOrigin)) // a condition the reader does not map
		}
	}
	e.Filter = fields(e.Where)
	return e, true
}

// gormModel names the effect's model from a value's struct type and records
// the model's columns.
func (m *model) gormModel(e *endpoint.Effect, a ast.Expr) bool {
	t := m.info.TypeOf(a)
	_, n := namedType(elemType(t))
	if n == "" {
		return false
	}
	e.Model = n
	if cols, ok := structFields(t); ok {
		m.models[n] = cols
	}
	return true
}

// gormConds reads GORM conditions: a string with ? placeholders and its
// arguments, a struct or map literal, or a primary key value.
func (m *model) gormConds(s *scope, args []ast.Expr, spread bool) []endpoint.Binding {
	if q, ok := m.stringValue(args[0]); ok {
		if bs := m.sqlWhereBindings(s, "WHERE "+q, args[1:], spread); len(bs) > 0 {
			return bs
		}
		if len(args) == 1 {
			return nil // a primary key literal ("10") or a condition without values
		}
		return []endpoint.Binding{binding("", unknownOrigin)}
	}
	if bs, ok := m.structBindings(s, args[0]); ok {
		return bs
	}
	if isStructish(m.info.TypeOf(args[0])) || len(args) > 1 {
		return []endpoint.Binding{binding("", unknownOrigin)}
	}
	return []endpoint.Binding{binding("id", m.originOf(s, args[0], 0))}
}

// gormChain lists the builder calls a GORM call runs on, innermost last,
// through variables holding a partial chain.
func (m *model) gormChain(call *ast.CallExpr) []*ast.CallExpr {
	return m.builderChain(call, func(fn *types.Func) bool {
		return fn.Pkg().Path() == "gorm.io/gorm" || fn.Pkg().Path() == "github.com/jinzhu/gorm"
	})
}

// builderChain lists the calls of a query builder a call runs on, innermost
// last, through variables holding a partial chain (q := db.Where(…)), as
// long as each link is a call of the builder (keep).
func (m *model) builderChain(call *ast.CallExpr, keep func(*types.Func) bool) []*ast.CallExpr {
	var out []*ast.CallExpr
	x := call.Fun
	for i := 0; i < 32; i++ {
		sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			break
		}
		next := ast.Unparen(sel.X)
		if id, ok := next.(*ast.Ident); ok {
			if v, ok := m.info.Uses[id].(*types.Var); ok && !v.IsField() {
				next = ast.Unparen(m.values[v])
			}
		}
		inner, ok := next.(*ast.CallExpr)
		if !ok {
			break
		}
		if fn := Callee(m.info, inner); fn == nil || fn.Pkg() == nil || !keep(fn) {
			break
		}
		out = append(out, inner)
		x = inner.Fun
	}
	return out
}

func calledName(call *ast.CallExpr) string {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.Sel.Name
	}
	return ""
}

// mongoEffect names the collection when the receiver is db.Collection("name")
// or a variable holding it, and the filter from a bson.M/bson.D literal.
func (m *model) mongoEffect(call *ast.CallExpr, kind endpoint.EffectKind, target string) (*endpoint.Effect, bool) {
	e := &endpoint.Effect{Kind: kind, Target: target, At: m.pos(call.Pos())}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		x := ast.Unparen(sel.X)
		if id, ok := x.(*ast.Ident); ok {
			if v, ok := m.info.Uses[id].(*types.Var); ok && m.values[v] != nil {
				x = ast.Unparen(m.values[v])
			}
		}
		if c, ok := x.(*ast.CallExpr); ok && len(c.Args) > 0 {
			if s, ok := m.constString(c.Args[0]); ok {
				e.Model = s
			}
		}
	}
	for _, a := range call.Args {
		if lit, ok := ast.Unparen(a).(*ast.CompositeLit); ok {
			for _, el := range lit.Elts {
				switch el := el.(type) {
				case *ast.KeyValueExpr:
					if s, ok := m.constString(el.Key); ok {
						e.Filter = append(e.Filter, s)
					}
				case *ast.CompositeLit: // bson.E{Key: "x", ...} or {"x", v}
					if len(el.Elts) > 0 {
						k := el.Elts[0]
						if kv, ok := k.(*ast.KeyValueExpr); ok {
							k = kv.Value
						}
						if s, ok := m.constString(k); ok {
							e.Filter = append(e.Filter, s)
						}
					}
				}
			}
			break
		}
	}
	return e, true
}

// setOnInsertOnly reports whether a MongoDB update's document (its second
// argument, a bson.M or bson.D literal) holds nothing but $setOnInsert:
// an upsert that fills a new document and leaves an existing one as it is.
func (m *model) setOnInsertOnly(call *ast.CallExpr) bool {
	if len(call.Args) < 3 {
		return false
	}
	lit, ok := ast.Unparen(call.Args[2]).(*ast.CompositeLit)
	if !ok || len(lit.Elts) == 0 {
		return false
	}
	for _, el := range lit.Elts {
		var k ast.Expr
		switch el := el.(type) {
		case *ast.KeyValueExpr:
			k = el.Key
		case *ast.CompositeLit: // bson.E{Key: "$setOnInsert", Value: …} or {"$setOnInsert", …}
			if len(el.Elts) > 0 {
				k = el.Elts[0]
				if kv, ok := k.(*ast.KeyValueExpr); ok {
					k = kv.Value
				}
			}
		}
		if key, ok := m.constString(k); !ok || key != "$setOnInsert" {
			return false
		}
	}
	return true
}

func elemType(t types.Type) types.Type {
	for t != nil {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		default:
			return t
		}
	}
	return nil
}

// pos converts a position for the endpoint model (absolute file names: the
// driver makes them relative to the scan root).
func (m *model) pos(p token.Pos) endpoint.Pos {
	if !p.IsValid() {
		return endpoint.Pos{}
	}
	pp := m.pass.Fset.Position(p)
	return endpoint.Pos{File: pp.Filename, Line: pp.Line, Col: pp.Column}
}
