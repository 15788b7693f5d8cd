package nextjs

import (
	"slices"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
)

// The signed-in user's own row, as the syntax scan follows it: a query
// found by the session's id alone, and what a callback returning it hands
// back through a transaction runner.

// sessionRow: n is a method call whose filter (its object argument, or
// that object's where) holds only session values, one of them under a
// user-id key or the row's id (User.findOne({ id: userId }),
// findUnique({ where: { clerkId: userId } })): the signed-in user's own
// row. Its id and the fields it was found by are the session's, as
// js.Model's provenance reads them. nil when n is no such call.
func (h *handlerScan) sessionRow(n *sitter.Node) []string {
	t := h.t
	n = js.Unwrap(n)
	if n.Type() != "call_expression" || h.c.authz.idKeys == nil {
		return nil
	}
	f, args := js.Unwrap(n.ChildByFieldName("function")), n.ChildByFieldName("arguments")
	if f == nil || f.Type() != "member_expression" || args == nil || args.NamedChildCount() == 0 {
		return nil
	}
	obj := js.Unwrap(args.NamedChild(0))
	if obj.Type() != "object" {
		return nil
	}
	for _, m := range js.NamedChildren(obj) {
		if k := m.ChildByFieldName("key"); m.Type() == "pair" && k != nil && js.Unquote(t, k) == "where" {
			if obj = js.Unwrap(m.ChildByFieldName("value")); obj == nil || obj.Type() != "object" {
				return nil
			}
			break
		}
	}
	fields, byUser := []string{"id", "_id"}, false
	for _, m := range js.NamedChildren(obj) {
		key := ""
		switch m.Type() {
		case "comment":
			continue
		case "pair":
			k, v := m.ChildByFieldName("key"), m.ChildByFieldName("value")
			if k == nil || v == nil || !h.sessionExpr(v) {
				return nil
			}
			key = js.Unquote(t, k)
		case "shorthand_property_identifier":
			if key = t.Text(m); !h.session[key] {
				return nil
			}
		default:
			return nil
		}
		fields = append(fields, key)
		byUser = byUser || key == "id" || key == "_id" || h.c.authz.idKeys.MatchString(key)
	}
	if !byUser {
		return nil
	}
	return fields
}

// txRunners are library methods handing back what their callback returns:
// Prisma's $transaction, Drizzle's, Knex's and Sequelize's transaction,
// the MongoDB driver's and Mongoose's withTransaction, Firestore's
// runTransaction.
var txRunners = map[string]bool{"$transaction": true, "transaction": true, "withTransaction": true, "runTransaction": true}

// runsCallback is the inline function argument of call whose result the
// call hands back: a project function whose every return is what a call
// of that parameter returned (js.Func.ResultOf), or a library transaction
// runner given one function. nil otherwise.
func (h *handlerScan) runsCallback(call *sitter.Node) *sitter.Node {
	call = js.Unwrap(call)
	if call.Type() != "call_expression" || h.m == nil || h.mod == nil {
		return nil
	}
	args := call.ChildByFieldName("arguments")
	if args == nil {
		return nil
	}
	as := js.Uncommented(args)
	c := js.CalleeOf(h.t, call)
	if !c.Valid() {
		return nil
	}
	res := h.m.ResolveCallee(h.mod, c)
	switch {
	case res.Fn != nil && len(res.Path) == 0:
		if i := res.Fn.ResultOf - 1; i >= 0 && i < len(as) && isFunc(js.Unwrap(as[i])) {
			return js.Unwrap(as[i])
		}
	case res.Fn == nil && len(c.Path) > 0 && txRunners[c.Path[len(c.Path)-1]]:
		var fn *sitter.Node
		for _, a := range as {
			if isFunc(js.Unwrap(a)) {
				if fn != nil {
					return nil
				}
				fn = js.Unwrap(a)
			}
		}
		return fn
	}
	return nil
}

// returnedRows reads the session rows a callback returns: "" for a row
// returned whole, a key for one an object literal holds ({ user }), kept
// only where every return agrees.
func (h *handlerScan) returnedRows(cb *sitter.Node) map[string][]string {
	t := h.t
	body := cb.ChildByFieldName("body")
	if body == nil {
		return nil
	}
	read := func(e *sitter.Node) map[string][]string {
		out := map[string][]string{}
		e = js.Unwrap(e)
		if e == nil {
			return out
		}
		if r := h.rows[chainText(t, e)]; r != nil {
			out[""] = r
			return out
		}
		if e.Type() != "object" {
			return out
		}
		for _, m := range js.NamedChildren(e) {
			switch m.Type() {
			case "pair":
				if k, v := m.ChildByFieldName("key"), m.ChildByFieldName("value"); k != nil && v != nil {
					if r := h.rows[chainText(t, js.Unwrap(v))]; r != nil {
						out[js.Unquote(t, k)] = r
					}
				}
			case "shorthand_property_identifier":
				if r := h.rows[t.Text(m)]; r != nil {
					out[t.Text(m)] = r
				}
			}
		}
		return out
	}
	if body.Type() != "statement_block" {
		return read(body)
	}
	var all map[string][]string
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		switch {
		case n.Type() == "return_statement":
			var got map[string][]string
			if n.NamedChildCount() > 0 {
				got = read(n.NamedChild(0))
			}
			if all == nil {
				all = got
				if all == nil {
					all = map[string][]string{}
				}
				return
			}
			for k, v := range all {
				if !slices.Equal(got[k], v) {
					delete(all, k)
				}
			}
			return
		case n != body && isFunc(n):
			return
		}
		for _, c := range js.NamedChildren(n) {
			walk(c)
		}
	}
	walk(body)
	return all
}

// handBack records the rows a callback returns as what the value named
// at holds (the runner's result, or the parameter a relay fills).
func (h *handlerScan) handBack(at string, cb *sitter.Node) {
	for k, r := range h.returnedRows(cb) {
		if k == "" {
			h.rows[at] = r
		} else {
			h.rows[at+"."+k] = r
		}
	}
}

// relay walks a call of a project function handing one callback's result
// to another (withTransactionAndExternal(dbOps, async (dbResult) => …),
// js.Func.Relays): before the receiving callback is walked, its parameter
// holds the rows the first returns. false when the call is no such call
// and walk should go on as usual.
func (h *handlerScan) relay(call *sitter.Node) bool {
	if h.m == nil || h.mod == nil {
		return false
	}
	args := call.ChildByFieldName("arguments")
	c := js.CalleeOf(h.t, call)
	if args == nil || !c.Valid() {
		return false
	}
	res := h.m.ResolveCallee(h.mod, c)
	if res.Fn == nil || len(res.Path) > 0 || len(res.Fn.Relays) == 0 {
		return false
	}
	for _, ch := range js.NamedChildren(call) {
		if ch != args {
			h.walk(ch)
		}
	}
	as := js.Uncommented(args)
	for j, a := range as {
		for _, r := range res.Fn.Relays {
			if r.To != j || r.From >= len(as) || r.From >= j {
				continue
			}
			from, to := js.Unwrap(as[r.From]), js.Unwrap(a)
			if !isFunc(from) || !isFunc(to) {
				continue
			}
			ps := js.Params(to)
			if r.Arg >= len(ps) {
				continue
			}
			p := ps[r.Arg]
			if p.Type() == "required_parameter" || p.Type() == "optional_parameter" {
				if pat := p.ChildByFieldName("pattern"); pat != nil {
					p = pat
				}
			}
			if p.Type() == "identifier" {
				h.handBack(h.t.Text(p), from)
			}
		}
		h.walk(a)
	}
	return true
}

// chainText is an identifier or member chain written with dots (r.user,
// dbResult!.user), "" for anything else.
func chainText(t *js.Tree, n *sitter.Node) string {
	n = js.Unwrap(n)
	if n == nil {
		return ""
	}
	switch n.Type() {
	case "identifier":
		return t.Text(n)
	case "member_expression":
		obj, prop := n.ChildByFieldName("object"), n.ChildByFieldName("property")
		if obj == nil || prop == nil {
			return ""
		}
		if o := chainText(t, obj); o != "" {
			return o + "." + t.Text(prop)
		}
	}
	return ""
}
