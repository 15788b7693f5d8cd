package gomodel

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// isEntGenerated reports whether a package is ent-generated code (the
// project's ent client or one of its predicate packages): it imports ent.
func isEntGenerated(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	for _, imp := range pkg.Imports() {
		if imp.Path() == "entgo.io/ent" || strings.HasPrefix(imp.Path(), "entgo.io/ent/") {
			return true
		}
	}
	return false
}

// entEffect classifies a call of an ent client: client.Order.Get(ctx, id)
// reads, the Only/All/First/Count/Exist of a query read, the Save/Exec of
// an update, delete or create write; the other methods build the query.
// The model is the client's (OrderClient → Order), the filter the ids
// given to Get, UpdateOneID and DeleteOneID and the predicates of Where
// (order.ID(id), order.UserID(uid), order.HasOwnerWith(user.ID(uid))).
func (m *model) entEffect(s *scope, call *ast.CallExpr, fn *types.Func, recv string) (*endpoint.Effect, bool) {
	name := fn.Name()
	var kind endpoint.EffectKind
	switch {
	case strings.HasSuffix(recv, "Client") && (name == "Get" || name == "GetX"):
		e := &endpoint.Effect{Kind: endpoint.DBRead, Target: m.target(call, name), Model: strings.TrimSuffix(recv, "Client"), At: m.pos(call.Pos())}
		if len(call.Args) == 2 {
			e.Where = []endpoint.Binding{binding("id", m.originOf(s, call.Args[1], 0))}
			e.Filter = fields(e.Where)
		}
		return e, true
	case strings.HasSuffix(recv, "Query") && entReads[strings.TrimSuffix(name, "X")]:
		kind = endpoint.DBRead
	case recv != "" && !strings.HasSuffix(recv, "Query") && !strings.HasSuffix(recv, "Client") &&
		(name == "Save" || name == "SaveX" || name == "Exec" || name == "ExecX"):
		kind = endpoint.DBWrite
	default:
		return nil, true // a builder step, a predicate, the client's constructor
	}
	e := &endpoint.Effect{Kind: kind, Target: m.target(call, name), At: m.pos(call.Pos())}
	// client.Lead.Create()…Save(ctx) adds a row (an OnConflict upsert's
	// builder is an XUpsertOne).
	e.Creates = kind == endpoint.DBWrite && (strings.HasSuffix(recv, "Create") || strings.HasSuffix(recv, "CreateBulk"))
	for _, link := range m.builderChain(call, func(f *types.Func) bool { return isEntGenerated(f.Pkg()) }) {
		lf := Callee(m.info, link)
		_, lrecv := namedType(recvType(lf))
		switch ln := lf.Name(); {
		case strings.HasSuffix(lrecv, "Client"):
			if e.Model == "" {
				e.Model = strings.TrimSuffix(lrecv, "Client")
			}
			if (ln == "UpdateOneID" || ln == "DeleteOneID") && len(link.Args) == 1 {
				e.Where = append(e.Where, binding("id", m.originOf(s, link.Args[0], 0)))
			}
			if ln == "UpdateOne" || ln == "DeleteOne" {
				e.Where = append(e.Where, binding("", unknownOrigin)) // by an entity loaded before
			}
		case ln == "Where":
			for _, a := range link.Args {
				e.Where = append(e.Where, m.entPredicate(s, a, 0)...)
			}
		}
	}
	e.Filter = fields(e.Where)
	return e, true
}

// entReads are the query methods (without their X twin) that run a read.
var entReads = map[string]bool{
	"Only": true, "OnlyID": true, "First": true, "FirstID": true, "All": true, "IDs": true,
	"Count": true, "Exist": true, "Scan": true, "Strings": true, "Ints": true,
}

// entPredicate reads one predicate of a Where: field predicates
// (order.ID(id), order.UserIDEQ(uid)), And/Or/Not and HasXWith relation
// filters (their inner predicates). Other comparisons (GT, Contains) are
// not identities and are left out; a predicate the reader cannot see is
// unknown.
func (m *model) entPredicate(s *scope, e ast.Expr, depth int) []endpoint.Binding {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	fn := Callee(m.info, call)
	if !ok || fn == nil || depth > 6 || !isEntGenerated(fn.Pkg()) {
		return []endpoint.Binding{binding("", unknownOrigin)}
	}
	name := fn.Name()
	switch {
	case name == "And" || name == "Or" || name == "Not" || strings.HasPrefix(name, "Has") && strings.HasSuffix(name, "With"):
		var out []endpoint.Binding
		for _, a := range call.Args {
			out = append(out, m.entPredicate(s, a, depth+1)...)
		}
		return out
	case strings.HasPrefix(name, "Has"):
		return nil
	}
	if len(call.Args) != 1 || hasOperatorSuffix(name) {
		return nil // NEQ, GT, Contains…: not an identity
	}
	return []endpoint.Binding{binding(snake(strings.TrimSuffix(name, "EQ")), m.originOf(s, call.Args[0], 0))}
}

// hasOperatorSuffix: ent's generated comparison predicates other than EQ.
func hasOperatorSuffix(name string) bool {
	for _, op := range []string{"NEQ", "In", "NotIn", "GT", "GTE", "LT", "LTE", "Contains", "HasPrefix", "HasSuffix", "EqualFold", "ContainsFold", "IsNil", "NotNil"} {
		if strings.HasSuffix(name, op) && len(name) > len(op) {
			return true
		}
	}
	return false
}
