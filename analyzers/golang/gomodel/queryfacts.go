package gomodel

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// QueryFact is exported for a function or method of the module that runs
// database queries (a repository method, a sqlc-generated query), so a
// handler of another package that calls it gets its effects: each query's
// model and filter, a filter value given by a parameter bound to the
// caller's argument (GetOrder(ctx, id) with WHERE id = $1; sqlc's
// arg.UserID from a params struct literal). A function that does nothing
// the scan weighs (a response helper such as utils.RespondWithJSON(c, …))
// has one without effects, so its callers' effects stay known.
type QueryFact struct {
	Effects []QueryEffect
	// Checks are the function's ownership checks (a fetched record's owner
	// compared with the session), for a handler registered by another
	// package.
	Checks []endpoint.Evidence
	// Complete is false when the function calls something the scan could
	// not classify: its callers' effects are not known either.
	Complete bool
}

// AFact marks QueryFact as an analysis.Fact.
func (*QueryFact) AFact() {}

func (f *QueryFact) String() string {
	if len(f.Effects) == 0 {
		return "effect-free"
	}
	return "queries(" + strconv.Itoa(len(f.Effects)) + ")"
}

// QueryEffect is one query of a QueryFact.
type QueryEffect struct {
	Kind   endpoint.EffectKind
	Target string
	Model  string
	At     endpoint.Pos
	Where  []QueryBinding
	// Creates: the query only adds records (endpoint.Effect.Creates).
	Creates bool
}

// QueryBinding is a filter field whose value is known (From, Name), or is
// the function's parameter Param (a field Sub of it, for a struct).
type QueryBinding struct {
	Field string
	From  endpoint.Source
	Input endpoint.InputKind
	Name  string
	Param int
	Sub   string
}

// effect is the query as an endpoint.Effect at a place and with a target
// the caller chooses; param binds each filter field whose value is one of
// the function's parameters (the two callers bind it differently: to the
// call's argument, or to nothing known).
func (qe QueryEffect) effect(target string, at endpoint.Pos, param func(QueryBinding) endpoint.Binding) endpoint.Effect {
	e := endpoint.Effect{Kind: qe.Kind, Target: target, Model: qe.Model, Creates: qe.Creates, At: at}
	for _, qb := range qe.Where {
		b := endpoint.Binding{Field: qb.Field, From: qb.From, Input: qb.Input, Name: qb.Name}
		if qb.Param >= 0 {
			b = param(qb)
		}
		e.Where = append(e.Where, b)
	}
	e.Filter = fields(e.Where)
	return e
}

// fromParam marks an origin that is a parameter of the function whose
// query fact is being computed (origin.param, origin.sub).
const fromParam endpoint.Source = "param"

// mainModule reports whether the package belongs to the scanned project
// rather than a dependency (whose queries are not the project's): the
// main module has no version.
func mainModule(pass *analysis.Pass) bool { return pass.Module == nil || pass.Module.Version == "" }

// queryFacts exports a QueryFact for each function of a main-module
// package that runs database queries, followed like a handler's body with
// its parameters standing for the callers' arguments, or that is followed
// completely and does nothing the scan weighs.
func (m *model) queryFacts() {
	for fn, d := range m.decls {
		s := &scope{params: map[types.Object]int{}}
		i := 0
		for _, f := range d.Type.Params.List {
			for _, id := range f.Names {
				if o := m.info.Defs[id]; o != nil {
					s.params[o] = i
				}
				i++
			}
			if len(f.Names) == 0 {
				i++
			}
		}
		bf := &bodyFacts{}
		m.scanInto(bf, s, d, 0, map[ast.Node]bool{})
		var qf QueryFact
		for _, e := range bf.effects {
			if e.Kind != endpoint.DBRead && e.Kind != endpoint.DBWrite || strings.HasPrefix(e.Model, "in-memory ") {
				continue
			}
			qe := QueryEffect{Kind: e.Kind, Target: e.Target, Model: e.Model, Creates: e.Creates, At: e.At}
			for _, b := range e.Where {
				qb := QueryBinding{Field: b.Field, From: b.From, Input: b.Input, Name: b.Name, Param: -1}
				if b.From == fromParam {
					p, sub, _ := strings.Cut(b.Name, ".")
					qb.Param, _ = strconv.Atoi(p)
					qb.Sub, qb.Name = sub, ""
				}
				qe.Where = append(qe.Where, qb)
			}
			qf.Effects = append(qf.Effects, qe)
		}
		qf.Checks = bf.checks
		qf.Complete = len(bf.unknown) == 0
		if len(qf.Effects) == 0 && (len(bf.effects) > 0 || !qf.Complete) {
			continue
		}
		m.pass.ExportObjectFact(fn, &qf)
	}
}

// importedQueries adds the queries of a function of another package known
// by its QueryFact, its parameters bound to the call's arguments; ok is
// false when there is no fact.
func (m *model) importedQueries(bf *bodyFacts, s *scope, call *ast.CallExpr, fn *types.Func) bool {
	var qf QueryFact
	if !m.pass.ImportObjectFact(fn, &qf) {
		return false
	}
	for _, qe := range qf.Effects {
		// The query is reported where this package calls it: the statement
		// is another package's, the argument that selects the row is here.
		bf.effects = append(bf.effects, qe.effect(m.target(call, fn.Name()), m.pos(call.Pos()), func(qb QueryBinding) endpoint.Binding {
			return binding(qb.Field, m.paramOrigin(s, call, qb.Param, qb.Sub))
		}))
	}
	if !qf.Complete {
		bf.unknown = append(bf.unknown, FuncName(fn))
	}
	return true
}

// paramOrigin is the origin of the argument a call passes for parameter i
// (its field sub, read from a struct literal).
func (m *model) paramOrigin(s *scope, call *ast.CallExpr, i int, sub string) origin {
	if i >= len(call.Args) || call.Ellipsis.IsValid() {
		return unknownOrigin
	}
	a := call.Args[i]
	if sub == "" {
		return m.originOf(s, a, 0)
	}
	for depth := 0; depth < 4; depth++ {
		switch x := ast.Unparen(a).(type) {
		case *ast.UnaryExpr:
			a = x.X
			continue
		case *ast.Ident:
			if v, ok := m.info.Uses[x].(*types.Var); ok && !v.IsField() && m.values[v] != nil {
				a = m.values[v]
				continue
			}
			if o := m.originOf(s, x, 0); o.from != endpoint.FromUnknown {
				return o // a decoded request struct passed whole
			}
		case *ast.CompositeLit:
			for _, el := range x.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == sub {
						return m.originOf(s, kv.Value, 0)
					}
				}
			}
			return origin{from: endpoint.FromConstant, name: "zero"} // the field is left out: its zero value
		}
		break
	}
	return unknownOrigin
}

// QueriesPackage is the package fact of a package that runs database
// queries (directly or through a package that does): packages importing it
// compute query facts too.
type QueriesPackage struct{}

// AFact marks QueriesPackage as an analysis.Fact.
func (*QueriesPackage) AFact() {}

func (*QueriesPackage) String() string { return "runs-queries" }

// isQueryPath: the database libraries whose calls effectOf classifies.
func isQueryPath(p string) bool {
	return p == "database/sql" || p == "github.com/jmoiron/sqlx" || strings.HasPrefix(p, "github.com/jackc/pgx") ||
		p == "gorm.io/gorm" || p == "github.com/jinzhu/gorm" || p == "entgo.io/ent" || strings.HasPrefix(p, "entgo.io/ent/") ||
		strings.HasPrefix(p, "go.mongodb.org/mongo-driver")
}

// sqlCall classifies a call of a project interface or function named like
// database/sql's (sqlc's DBTX.QueryRow(ctx, getOrder, id), a store's
// Exec) that is handed a constant SQL statement: it runs that statement.
func (m *model) sqlCall(s *scope, call *ast.CallExpr, fn *types.Func) (*endpoint.Effect, bool) {
	if !sqlMethod.MatchString(fn.Name()) {
		return nil, false
	}
	for _, a := range call.Args {
		if q, ok := m.constString(a); ok {
			if kind, ok := endpoint.SQLKind(stripSQLComments(q)); ok {
				return m.sqlEffect(s, call, kind, m.target(call, fn.Name()))
			}
			return nil, false
		}
	}
	return nil, false
}

var sqlMethod = lazyregexp.New(`^(Must)?(Exec|Query|QueryRow|Get|Select|NamedExec)(Context|x)?$`)

// stripSQLComments drops the leading comment lines of a statement (sqlc's
// "-- name: GetOrder :one" header).
func stripSQLComments(q string) string {
	for {
		t := strings.TrimLeft(q, " \t\r\n")
		if !strings.HasPrefix(t, "--") {
			return t
		}
		i := strings.IndexByte(t, '\n')
		if i < 0 {
			return ""
		}
		q = t[i+1:]
	}
}

// handlerQueries describes a handler of another package of the module from
// its QueryFact: its queries, ownership checks and whether they are all it
// does. ok is false without a fact.
func (m *model) handlerQueries(fn *types.Func) (effects []endpoint.Effect, checks []endpoint.Evidence, complete, ok bool) {
	var qf QueryFact
	if fn == nil || fn.Pkg() == m.pass.Pkg || !m.pass.ImportObjectFact(fn, &qf) {
		return nil, nil, false, false
	}
	for _, qe := range qf.Effects {
		effects = append(effects, qe.effect(qe.Target, qe.At, func(qb QueryBinding) endpoint.Binding {
			// A factory's argument: nothing known about it here.
			return endpoint.Binding{Field: qb.Field, From: endpoint.FromUnknown, Input: qb.Input}
		}))
	}
	return effects, qf.Checks, qf.Complete, true
}
