package js

// Reading query filters and where their values come from, at summary time:
// a query call's filter fields (Prisma and Mongoose objects, Drizzle eq/and,
// Supabase .eq, Knex/Kysely .where, SQL WHERE col = ${v}), each with the
// value expression it is compared with; a function's local bindings and
// parameters, so Model.Effects can follow a value back to the request or
// the session; and the comparisons of a record's field a handler makes
// (the ownership check after a fetch).

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Value is an expression reduced to what provenance needs: a root name
// ("$0", "$1"… for the function's parameters) and a member path ("()" for
// a call), or a literal.
type Value struct {
	Root string
	Path []string
	// Key is the literal argument of a call in the path (get('id')).
	Key string
	// Lit is the literal's text when the value is a constant.
	Lit string
	// Fallback is the string or number literal a `v ?? 'guest'` or
	// `v || 0` falls back to when v is nullish or falsy (the value itself
	// is v): what a signed-out request gets in place of a session value.
	Fallback string
}

// Field is one filter field of a query and the value it is compared with.
type Field struct {
	Name  string
	Value Value
}

// Compare is `x.field OP other` with OP one of ===, !==, ==, !=; Field is
// "" for `name OP other` (a plain name compared with a name or a string).
type Compare struct {
	Field  string
	Object Value // x
	Other  Value
	// Differs: the operator is !== or != (`if (id !== userId) throw`),
	// the form that rejects every other value.
	Differs bool
}

// known reports whether the value was reduced to something.
func (v Value) known() bool { return v.Root != "" || v.Lit != "" }

// String renders the value as written: params.id, searchParams.get('id').
func (v Value) String() string {
	if v.Lit != "" {
		return v.Lit
	}
	var b strings.Builder
	b.WriteString(v.Root)
	for _, p := range v.Path {
		if p == "()" {
			b.WriteString("(")
			if v.Key != "" {
				b.WriteString("'" + v.Key + "'")
			}
			b.WriteString(")")
			continue
		}
		b.WriteString("." + p)
	}
	return b.String()
}

// passThrough are calls whose result is their first argument, converted or
// validated: Number(params.id), schema.parse(body), new ObjectId(id).
var passThrough = set("Number", "String", "parseInt", "parseFloat", "BigInt", "ObjectId", "decodeURIComponent", "parse", "safeParse",
	"parseAsync", "safeParseAsync", "validate", "trim", "toString", "toLowerCase", "toUpperCase", "Types.ObjectId", "URL")

// valueOf reduces an expression.
func valueOf(t *Tree, n *sitter.Node) Value { return valueAt(t, n, 0) }

// valueAt is valueOf of an expression depth links below the one asked
// about. Past maxChainLinks the value is unknown: each link copies the path
// below it, so reading a chain thousands of links long (a hostile file's)
// would cost the square of its length, at every link of it that is read.
func valueAt(t *Tree, n *sitter.Node, depth int) Value {
	if depth > maxChainLinks {
		return Value{}
	}
	n = unwrap(n)
	if n == nil {
		return Value{}
	}
	switch n.Type() {
	case "identifier", "shorthand_property_identifier":
		if t.Text(n) == "undefined" {
			return Value{Lit: "undefined"}
		}
		return Value{Root: t.Text(n)}
	case "this":
		// A summarised method's object (Tree.withThis).
		if t.this.Valid() {
			return Value{Root: t.this.Root, Path: slices.Clone(t.this.Path)}
		}
	case "string", "number", "true", "false", "null":
		return Value{Lit: cut(t.Text(n))}
	case "template_string":
		// `${id}` alone is id; any other template is a new string.
		if n.NamedChildCount() == 1 && n.NamedChild(0).Type() == "template_substitution" && n.NamedChild(0).NamedChildCount() == 1 {
			if strings.TrimSpace(strings.Trim(t.Text(n), "`")) == t.Text(n.NamedChild(0)) {
				return valueAt(t, n.NamedChild(0).NamedChild(0), depth+1)
			}
		}
		if n.NamedChildCount() == 0 {
			return Value{Lit: cut(t.Text(n))}
		}
	case "member_expression":
		obj, prop := n.ChildByFieldName("object"), n.ChildByFieldName("property")
		if obj == nil || prop == nil {
			return Value{}
		}
		v := valueAt(t, obj, depth+1)
		if v.Root == "" {
			return Value{}
		}
		v.Path, v.Fallback = append(append([]string(nil), v.Path...), t.Text(prop)), ""
		return v
	case "subscript_expression":
		obj, idx := n.ChildByFieldName("object"), n.ChildByFieldName("index")
		if obj == nil || idx == nil || idx.Type() != "string" {
			return Value{}
		}
		v := valueAt(t, obj, depth+1)
		if v.Root == "" {
			return Value{}
		}
		v.Path, v.Fallback = append(append([]string(nil), v.Path...), Unquote(t, idx)), ""
		return v
	case "binary_expression":
		// params.id ?? '' and body.id || fallback are their left side,
		// with the literal they fall back to.
		if op := n.ChildByFieldName("operator"); op != nil && (t.Text(op) == "??" || t.Text(op) == "||") {
			v := valueAt(t, n.ChildByFieldName("left"), depth+1)
			if v.Root != "" {
				v.Fallback = fallbackLit(t, n.ChildByFieldName("right"))
			}
			return v
		}
	case "ternary_expression":
		// local ? { userId: 'tester' } : getAuth(req) is the call's.
		if s := stubChoice(t, n); s != nil {
			return valueAt(t, s, depth+1)
		}
	case "new_expression":
		if ctor := n.ChildByFieldName("constructor"); ctor != nil && passThrough[tailName(t, ctor)] {
			if args := n.ChildByFieldName("arguments"); args != nil && args.NamedChildCount() > 0 {
				return valueAt(t, args.NamedChild(0), depth+1)
			}
		}
	case "call_expression":
		fn, args := n.ChildByFieldName("function"), n.ChildByFieldName("arguments")
		if fn == nil {
			return Value{}
		}
		if args != nil && args.Type() == "arguments" && args.NamedChildCount() > 0 && passThrough[tailName(t, fn)] {
			if a := valueAt(t, args.NamedChild(0), depth+1); a.known() {
				return a
			}
		}
		v := valueAt(t, fn, depth+1)
		if v.Root == "" {
			return Value{}
		}
		v.Path, v.Fallback = append(append([]string(nil), v.Path...), "()"), ""
		if args != nil && args.Type() == "arguments" && args.NamedChildCount() > 0 && args.NamedChild(0).Type() == "string" {
			v.Key = Unquote(t, args.NamedChild(0))
		}
		return v
	}
	return Value{}
}

// fallbackLit is the text of a string or number literal (a template
// without substitutions too), "" for anything else: null and undefined
// are no fallback (Prisma reads an undefined filter as none at all), nor
// is a value the request or the code computes.
func fallbackLit(t *Tree, n *sitter.Node) string {
	n = unwrap(n)
	if n == nil {
		return ""
	}
	switch n.Type() {
	case "string", "number":
		return cut(t.Text(n))
	case "template_string":
		if n.NamedChildCount() == 0 {
			return cut(t.Text(n))
		}
	}
	return ""
}

func lastName(s string) string { return s[strings.LastIndexByte(s, '.')+1:] }

// tailName is lastName of a node's text, read back from its end: the name
// of a chain thousands of links long costs its last link, not a copy of
// its whole text.
func tailName(t *Tree, n *sitter.Node) string {
	src := t.Src[n.StartByte():n.EndByte()]
	return string(src[bytes.LastIndexByte(src, '.')+1:])
}

// bindPattern records what each name of a binding pattern holds, given the
// value the whole pattern is bound to.
func bindPattern(t *Tree, pat *sitter.Node, v Value, into map[string]Value) {
	if pat == nil {
		return
	}
	with := func(key string) Value {
		if v.Root == "" && v.Lit == "" {
			return Value{}
		}
		w := v
		w.Path, w.Fallback = append(append([]string(nil), v.Path...), key), ""
		return w
	}
	switch pat.Type() {
	case "identifier":
		into[t.Text(pat)] = v
	case "required_parameter", "optional_parameter":
		bindPattern(t, pat.ChildByFieldName("pattern"), v, into)
	case "assignment_pattern":
		bindPattern(t, pat.ChildByFieldName("left"), v, into)
	case "object_pattern":
		for i := 0; i < int(pat.NamedChildCount()); i++ {
			c := pat.NamedChild(i)
			switch c.Type() {
			case "shorthand_property_identifier_pattern":
				into[t.Text(c)] = with(t.Text(c))
			case "pair_pattern":
				if k := c.ChildByFieldName("key"); k != nil {
					bindPattern(t, c.ChildByFieldName("value"), with(Unquote(t, k)), into)
				}
			case "object_assignment_pattern":
				if l := c.ChildByFieldName("left"); l != nil {
					into[t.Text(l)] = with(t.Text(l))
				}
			}
		}
	}
}

// bindings lists what the function's parameters ("$i") and local
// declarations (nested functions included: the callbacks a handler passes
// share its scope) are bound to.
func bindings(t *Tree, fn, body *sitter.Node) map[string]Value {
	out := map[string]Value{}
	for i, p := range Params(fn) {
		bindPattern(t, p, Value{Root: "$" + strconv.Itoa(i)}, out)
	}
	Walk(body, func(n *sitter.Node) bool {
		switch n.Type() {
		case "variable_declarator":
			if v := n.ChildByFieldName("value"); v != nil {
				if name := n.ChildByFieldName("name"); isFunction(unwrap(v)) && name != nil && name.Type() == "identifier" {
					// const run = async () => { … }: a closure of the body,
					// whose calls are the body's own (Func.Calls).
					out[t.Text(name)] = Value{Lit: inlineFunc}
					break
				}
				bindPattern(t, n.ChildByFieldName("name"), valueOf(t, v), out)
			}
		case "function_declaration":
			if name := n.ChildByFieldName("name"); name != nil {
				out[t.Text(name)] = Value{Lit: inlineFunc} // function run() { … } inside the body
			}
		}
		return true
	})
	return out
}

// compares lists `x.field OP other` comparisons (===, !==, ==, !=) in the
// body, both ways round when both sides are members.
func compares(t *Tree, body *sitter.Node) []Compare {
	if !strings.Contains(t.Text(body), "=") {
		return nil
	}
	var out []Compare
	Walk(body, func(n *sitter.Node) bool {
		if n.Type() != "binary_expression" {
			return true
		}
		op := n.ChildByFieldName("operator")
		if op == nil {
			return true
		}
		switch t.Text(op) {
		case "===", "!==", "==", "!=":
		default:
			return true
		}
		differs := t.Text(op) == "!==" || t.Text(op) == "!="
		l, r := asString(t, n.ChildByFieldName("left")), asString(t, n.ChildByFieldName("right"))
		for _, side := range [][2]*sitter.Node{{l, r}, {r, l}} {
			if side[0] != nil && side[1] != nil && side[0].Type() == "identifier" && (side[1].Type() == "identifier" || side[1].Type() == "string") {
				// role === 'admin', id !== userId: no field, the names say.
				out = append(out, Compare{Object: valueOf(t, side[0]), Other: valueOf(t, side[1]), Differs: differs})
				continue
			}
			if side[0] == nil || side[1] == nil || side[0].Type() != "member_expression" {
				continue
			}
			prop, obj := side[0].ChildByFieldName("property"), side[0].ChildByFieldName("object")
			if prop == nil || obj == nil {
				continue
			}
			out = append(out, Compare{Field: t.Text(prop), Object: valueOf(t, obj), Other: valueOf(t, side[1]), Differs: differs})
		}
		return true
	})
	return out
}

// asString is the value a comparison side converts to a string, as
// written: x for x.toString() and String(x), so Mongoose's
// doc.userId.toString() !== user._id.toString() compares doc.userId.
func asString(t *Tree, n *sitter.Node) *sitter.Node {
	n = unwrap(n)
	for n != nil && n.Type() == "call_expression" {
		fn, args := unwrap(n.ChildByFieldName("function")), n.ChildByFieldName("arguments")
		if fn == nil || args == nil || args.Type() != "arguments" {
			break
		}
		switch {
		case fn.Type() == "member_expression" && args.NamedChildCount() == 0 && fn.ChildByFieldName("property") != nil &&
			t.Text(fn.ChildByFieldName("property")) == "toString":
			n = unwrap(fn.ChildByFieldName("object"))
		case fn.Type() == "identifier" && t.Text(fn) == "String" && args.NamedChildCount() == 1:
			n = unwrap(args.NamedChild(0))
		default:
			return n
		}
	}
	return n
}

// chainCalls lists the calls of a call chain, outermost first:
// db.select().from(t).where(x) → where(x), from(t), select().
func chainCalls(call *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	for n := call; n != nil && n.Type() == "call_expression"; {
		out = append(out, n)
		fn := unwrap(n.ChildByFieldName("function"))
		if fn == nil || fn.Type() != "member_expression" {
			break
		}
		n = unwrap(fn.ChildByFieldName("object"))
	}
	return out
}

// inner reports whether a call is a link of a longer chain (its result's
// method is called): the outermost call of the chain carries the filter.
func inner(call *sitter.Node) bool {
	p := call.Parent()
	for p != nil && (p.Type() == "await_expression" || p.Type() == "parenthesized_expression" || p.Type() == "non_null_expression") {
		p = p.Parent()
	}
	if p == nil || p.Type() != "member_expression" {
		return false
	}
	gp := p.Parent()
	return gp != nil && gp.Type() == "call_expression"
}

// chainLink is the call whose result outer's method is called on
// (db.select().from(t): select() for from()), looking through await,
// parentheses and non-null assertions: the call inner reports, found from
// above.
func chainLink(outer *sitter.Node) *sitter.Node {
	fn := outer.ChildByFieldName("function")
	if fn == nil || fn.Type() != "member_expression" {
		return nil
	}
	n := fn.ChildByFieldName("object")
	for n != nil {
		switch n.Type() {
		case "call_expression":
			return n
		case "await_expression", "parenthesized_expression", "non_null_expression":
			n = firstExpr(n)
		default:
			return nil
		}
	}
	return nil
}

// firstExpr is a wrapper's first named child that is no comment.
func firstExpr(n *sitter.Node) *sitter.Node {
	for i := range int(n.NamedChildCount()) {
		if c := n.NamedChild(i); c.Type() != "comment" {
			return c
		}
	}
	return nil
}

// methodOf is the method name a call calls (findUnique, where, eq), "" for
// a plain function call; fnName the name of a plain call (eq, and).
func methodOf(t *Tree, call *sitter.Node) (method, fnName string) {
	fn := unwrap(call.ChildByFieldName("function"))
	if fn == nil {
		return "", ""
	}
	switch fn.Type() {
	case "member_expression":
		if p := fn.ChildByFieldName("property"); p != nil {
			return t.Text(p), ""
		}
	case "identifier":
		return "", t.Text(fn)
	}
	return "", ""
}

func args(call *sitter.Node) []*sitter.Node {
	a := call.ChildByFieldName("arguments")
	if a == nil || a.Type() != "arguments" {
		return nil
	}
	var out []*sitter.Node
	for i := 0; i < int(a.NamedChildCount()); i++ {
		if c := a.NamedChild(i); c.Type() != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// queryFilter reads the filter and the model of a query call (the
// outermost call of its chain): ok is false when it has none.
func queryFilter(t *Tree, call *sitter.Node) (fields []Field, model string, ok bool) {
	for _, c := range chainCalls(call) {
		m, _ := methodOf(t, c)
		as := args(c)
		switch {
		case m == "":
		case aggregates[m]:
			return nil, "", false // a count says nothing of any one record
		case (prismaReads[m] || prismaWrites[m]) && len(as) > 0 && unwrap(as[0]).Type() == "object" && hasKey(t, unwrap(as[0]), "where"):
			if counter(t, keyValue(t, unwrap(as[0]), "data")) {
				return nil, "", false
			}
			fields, ok = append(fields, whereOption(t, keyValue(t, unwrap(as[0]), "where"))...), true
		case strings.HasPrefix(m, "findById") && len(as) > 0:
			fields, ok = append(fields, Field{Name: "_id", Value: valueOf(t, as[0])}), true
		case (mongoReads[m] || mongoWrites[m]) && len(as) > 0 && unwrap(as[0]).Type() == "object":
			fields, ok = append(fields, objectFields(t, unwrap(as[0]), "")...), true
		case m == "where" || m == "andWhere" || m == "filter":
			fields, ok = append(fields, whereArgs(t, as)...), true
		case (m == "eq" || m == "is") && len(as) >= 2 && unwrap(as[0]).Type() == "string":
			fields, ok = append(fields, Field{Name: Unquote(t, unwrap(as[0])), Value: valueOf(t, as[1])}), true
		case m == "match" && len(as) > 0 && unwrap(as[0]).Type() == "object":
			fields, ok = append(fields, objectFields(t, unwrap(as[0]), "")...), true
		case (m == "from" || m == "selectFrom" || m == "deleteFrom" || m == "updateTable" || m == "update" || m == "delete") && len(as) > 0 && model == "":
			switch a := unwrap(as[0]); a.Type() {
			case "string":
				model = Unquote(t, a)
			case "identifier", "member_expression":
				model = lastName(t.Text(a))
			}
		}
	}
	return fields, model, ok
}

// aggregates are queries that return counts or sums, not records.
var aggregates = set("count", "aggregate", "groupBy", "countDocuments", "estimatedDocumentCount")

// sqlAggregate is a SELECT of a count or a sum.
var sqlAggregate = lazyregexp.New(`(?is)^[\s(` + "`" + `'"]*select\s+(count|sum|avg|min|max)\s*\(`)

// counter reports an update's data that only bumps counters ({ votes: {
// increment: 1 } }): voting on, liking or viewing another user's record is
// what such a query is for, so its filter is not read.
func counter(t *Tree, data *sitter.Node) bool {
	if data == nil || unwrap(data).Type() != "object" {
		return false
	}
	data = unwrap(data)
	n := 0
	for i := 0; i < int(data.NamedChildCount()); i++ {
		p := data.NamedChild(i)
		if p.Type() == "comment" {
			continue
		}
		v := p.ChildByFieldName("value")
		if p.Type() != "pair" || v == nil || unwrap(v).Type() != "object" {
			return false
		}
		for _, k := range objectKeys(t, v) {
			if k != "increment" && k != "decrement" {
				return false
			}
		}
		n++
	}
	return n > 0
}

func hasKey(t *Tree, obj *sitter.Node, key string) bool { return keyValue(t, obj, key) != nil }

// keyValue is the value of an object literal's key (shorthand included).
func keyValue(t *Tree, obj *sitter.Node, key string) *sitter.Node {
	for i := 0; i < int(obj.NamedChildCount()); i++ {
		p := obj.NamedChild(i)
		switch p.Type() {
		case "pair":
			if k := p.ChildByFieldName("key"); k != nil && Unquote(t, k) == key {
				return p.ChildByFieldName("value")
			}
		case "shorthand_property_identifier":
			if t.Text(p) == key {
				return p
			}
		}
	}
	return nil
}

// filterOps are Prisma and MongoDB operators: their value belongs to the
// field they are nested under.
var filterOps = set("equals", "in", "notIn", "not", "contains", "startsWith", "endsWith", "gt", "gte", "lt", "lte", "has", "hasSome", "hasEvery",
	"$eq", "$in", "$nin", "$ne", "$gt", "$gte", "$lt", "$lte", "$regex", "$exists", "$all", "$elemMatch", "$size", "some", "every", "none", "is", "isNot")

// filterModifiers change how an operator compares (Prisma's mode:
// 'insensitive', MongoDB's $options: 'i'): their constant selects no rows,
// so it is no field = value filter.
var filterModifiers = set("mode", "$options")

// objectFields flattens a filter object: nested relation filters and AND/OR
// arrays contribute their leaves; a spread is a field of unknown value.
func objectFields(t *Tree, obj *sitter.Node, parent string) []Field {
	if obj == nil {
		return nil
	}
	obj = unwrap(obj)
	switch obj.Type() {
	case "object":
	case "array":
		var out []Field
		for i := 0; i < int(obj.NamedChildCount()); i++ {
			out = append(out, objectFields(t, obj.NamedChild(i), parent)...)
		}
		return out
	case "shorthand_property_identifier", "identifier":
		// where: where, a filter built elsewhere.
		return []Field{{Name: "…", Value: Value{}}}
	default:
		return nil
	}
	var out []Field
	for i := 0; i < int(obj.NamedChildCount()); i++ {
		p := obj.NamedChild(i)
		switch p.Type() {
		case "shorthand_property_identifier":
			out = append(out, Field{Name: fieldName(t.Text(p), parent), Value: Value{Root: t.Text(p)}})
		case "spread_element":
			out = append(out, Field{Name: "…"})
		case "pair":
			k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value")
			if k == nil || v == nil {
				continue
			}
			key := Unquote(t, k)
			if filterModifiers[key] && parent != "" {
				continue
			}
			switch uv := unwrap(v); uv.Type() {
			case "object", "array":
				out = append(out, objectFields(t, uv, fieldName(key, parent))...)
			default:
				out = append(out, Field{Name: fieldName(key, parent), Value: valueOf(t, uv)})
			}
		}
	}
	return out
}

// whereOption reads a query's where option: Prisma's object, or a Drizzle
// relational query's condition (where: eq(t.id, id), and(…), or a function
// of the table returning one). A condition it cannot read is an unknown
// field, never "no filter": that would read as the whole table.
func whereOption(t *Tree, w *sitter.Node) []Field {
	if w = unwrap(w); w == nil {
		return nil
	}
	switch w.Type() {
	case "object", "array", "identifier", "shorthand_property_identifier":
		return objectFields(t, w, "")
	case "arrow_function":
		if b := w.ChildByFieldName("body"); b != nil && b.Type() != "statement_block" {
			return whereArgs(t, []*sitter.Node{b})
		}
		return []Field{{Name: "…"}}
	}
	return whereArgs(t, []*sitter.Node{w})
}

func fieldName(key, parent string) string {
	if (filterOps[key] || key == "AND" || key == "OR" || key == "$and" || key == "$or") && parent != "" {
		return parent
	}
	return key
}

// whereArgs reads .where(…) arguments: eq(t.col, v), and(…), or(…),
// .where('col', v), .where('col', '=', v), .where({ col: v }), sql`…`.
func whereArgs(t *Tree, as []*sitter.Node) []Field {
	if len(as) >= 2 && unwrap(as[0]).Type() == "string" {
		return []Field{{Name: Unquote(t, unwrap(as[0])), Value: valueOf(t, as[len(as)-1])}}
	}
	var out []Field
	for _, a := range as {
		a = unwrap(a)
		switch a.Type() {
		case "object":
			out = append(out, objectFields(t, a, "")...)
		case "call_expression":
			_, name := methodOf(t, a)
			inner := args(a)
			switch {
			case name == "and" || name == "or":
				out = append(out, whereArgs(t, inner)...)
			case (name == "eq" || name == "inArray") && len(inner) == 2:
				out = append(out, Field{Name: columnName(t, inner[0]), Value: valueOf(t, inner[1])})
			case name == "sql" || len(inner) == 0:
				out = append(out, Field{Name: "…"})
			default:
				out = append(out, Field{Name: "…"})
			}
		default:
			out = append(out, Field{Name: "…"})
		}
	}
	return out
}

func columnName(t *Tree, n *sitter.Node) string {
	n = unwrap(n)
	switch n.Type() {
	case "string":
		return Unquote(t, n)
	case "member_expression":
		if p := n.ChildByFieldName("property"); p != nil {
			return t.Text(p)
		}
	}
	return t.Text(n)
}

// sqlColumn is the column a SQL placeholder or substitution is compared
// with: the text before it ends in `col =` (or `col IN (`).
var sqlColumn = lazyregexp.New(`(?i)([A-Za-z_][\w.]*)"?\s*(?:=|==|\bin\s*\(?)\s*$`)

// sqlFilter reads WHERE col = ${v} in a tagged template's substitutions.
func sqlFilter(t *Tree, tmpl *sitter.Node) ([]Field, bool) {
	text := t.Text(tmpl)
	if !strings.Contains(strings.ToLower(text), "where") || sqlAggregate.MatchString(text) {
		return nil, false
	}
	var out []Field
	prev := tmpl.StartByte()
	for i := 0; i < int(tmpl.NamedChildCount()); i++ {
		s := tmpl.NamedChild(i)
		if s.Type() != "template_substitution" || s.NamedChildCount() == 0 {
			continue
		}
		before := string(t.Src[prev:s.StartByte()])
		prev = s.EndByte()
		low := strings.ToLower(before)
		if !strings.Contains(strings.ToLower(string(t.Src[tmpl.StartByte():s.StartByte()])), "where") {
			continue // a value of SET or VALUES, not a filter
		}
		if m := sqlColumn.FindStringSubmatch(before); m != nil && !strings.HasSuffix(strings.TrimSpace(low), "limit") {
			out = append(out, Field{Name: lastName(m[1]), Value: valueOf(t, s.NamedChild(0))})
		} else {
			out = append(out, Field{Name: "…"})
		}
	}
	return out, true
}

// sqlTableRef is the table a statement reads or changes.
var sqlTableRef = lazyregexp.New(`(?i)\b(?:from|update|into)\s+"?(?:\w+"?\.)?"?(\w+)`)

// sqlTable is the first table a SQL statement names.
func sqlTable(stmt string) string {
	if m := sqlTableRef.FindStringSubmatch(stmt); m != nil {
		return m[1]
	}
	return ""
}

// sqlPlaceholder is a $1 or ? placeholder compared with a column.
var sqlPlaceholder = lazyregexp.New(`(?i)([A-Za-z_][\w.]*)"?\s*(?:=|==)\s*(\$\d+|\?)`)

// sqlArgsFilter reads pool.query('… WHERE id = $1', [id]).
func sqlArgsFilter(t *Tree, call *sitter.Node) ([]Field, bool) {
	as := args(call)
	if len(as) < 2 || (as[0].Type() != "string" && as[0].Type() != "template_string") || unwrap(as[1]).Type() != "array" {
		return nil, false
	}
	text := t.Text(as[0])
	w := strings.Index(strings.ToLower(text), "where")
	if w < 0 || sqlAggregate.MatchString(text) {
		return nil, false
	}
	arr := unwrap(as[1])
	var elems []*sitter.Node
	for i := 0; i < int(arr.NamedChildCount()); i++ {
		elems = append(elems, arr.NamedChild(i))
	}
	var out []Field
	q := 0 // ? placeholders count from the statement's start
	q += strings.Count(text[:w], "?")
	for _, m := range sqlPlaceholder.FindAllStringSubmatch(text[w:], -1) {
		idx := -1
		if m[2] == "?" {
			idx = q
			q++
		} else if n, err := strconv.Atoi(m[2][1:]); err == nil {
			idx = n - 1
		}
		if idx < 0 || idx >= len(elems) {
			out = append(out, Field{Name: "…"})
			continue
		}
		out = append(out, Field{Name: lastName(m[1]), Value: valueOf(t, elems[idx])})
	}
	return out, true
}
