package python

import (
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Queries reads the database queries of fn and of the project functions it
// calls (with the origins of the arguments it passes them), for CLK203:
// each query effect's model and filter with where every value comes from
// (SQLAlchemy and SQLModel statements and legacy queries, Django managers
// and get_object_or_404, PyMongo and Motor filters, Supabase chains), the
// writes of a record fetched earlier (note.delete(), session.delete(note)),
// and the comparisons of a fetched record's owner with the session, which
// it returns as ownership evidence. It returns the effects with the writes
// of fetched records added.
func (m *Model) Queries(f *File, fn *sitter.Node, effects []endpoint.Effect, o Origins) ([]endpoint.Effect, []endpoint.Evidence) {
	q := &queryScan{m: m, effects: effects, filled: make([]bool, len(effects)), seen: map[*sitter.Node]bool{}}
	q.function(f, fn, o, 0)
	return q.effects, q.checks
}

type queryScan struct {
	m       *Model
	effects []endpoint.Effect
	filled  []bool // effects[i] has its query read, parallel to effects
	checks  []endpoint.Evidence
	seen    map[*sitter.Node]bool
}

func (q *queryScan) function(f *File, fn *sitter.Node, o Origins, depth int) {
	if fn == nil || q.seen[fn] {
		return
	}
	q.seen[fn] = true
	WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
		switch n.Type() {
		case "comparison_operator":
			q.compare(f, fn, n, o)
		case "call":
			q.call(f, fn, n, o, depth)
		}
		return true
	})
}

func (q *queryScan) call(f *File, fn, n *sitter.Node, o Origins, depth int) {
	e, ok := f.classifyCall(n)
	switch {
	case ok && (e.Kind == endpoint.DBRead || e.Kind == endpoint.DBWrite):
		for i := range q.effects {
			x := &q.effects[i]
			if !q.filled[i] && x.At == e.At && x.Target == e.Target && x.Kind == e.Kind {
				q.filled[i] = true
				model, where := f.query(fn, n, o, 0)
				if k, ok := f.statementKind(fn, n); ok {
					x.Kind = k // session.execute(stmt) of stmt = select(...)
				}
				if x.Model == "" {
					x.Model = model
				}
				x.Where = where
				x.Filter = fields(where)
				return
			}
		}
	case ok:
	default:
		if w, ok := f.fetchedWrite(fn, n, o); ok {
			q.insert(w)
			return
		}
		dotted, _ := f.Callee(n)
		sym := q.m.Resolve(f, dotted)
		if def := FuncDef(sym.Node); def != nil && depth < 3 {
			q.function(sym.File, def, f.bind(fn, n, sym.File, def, o), depth+1)
		}
	}
}

// insert adds an effect after the effects of the same file that precede
// it, keeping source order.
func (q *queryScan) insert(e endpoint.Effect) {
	at := len(q.effects)
	for i := len(q.effects) - 1; i >= 0; i-- {
		if x := q.effects[i].At; x.File == e.At.File {
			at = i + 1
			if x.Line <= e.At.Line {
				break
			}
			at = i
		}
	}
	q.effects = slices.Insert(q.effects, at, e)
	q.filled = slices.Insert(q.filled, at, true)
}

// bind maps a helper's parameters to the origins of a call's arguments.
func (f *File) bind(fn, call *sitter.Node, hf *File, def *sitter.Node, o Origins) Origins {
	out := Origins{Bound: map[string]endpoint.Binding{}, SessionCall: o.SessionCall}
	pos, kw := f.Args(call)
	var params []string
	for _, p := range Children(def.ChildByFieldName("parameters")) {
		name := p
		switch p.Type() {
		case "typed_parameter":
			name = p.NamedChild(0)
		case "default_parameter", "typed_default_parameter":
			name = p.ChildByFieldName("name")
		case "identifier":
		default:
			continue
		}
		if name != nil {
			params = append(params, hf.Text(name))
		}
	}
	if len(params) > 0 && (params[0] == "self" || params[0] == "cls") {
		params = params[1:]
	}
	for i, p := range params {
		v := kw[p]
		if v == nil && i < len(pos) {
			v = pos[i]
		}
		if v != nil {
			out.Bound[p] = f.binding(fn, p, v, o)
		}
	}
	return out
}

// ownerLike are record fields whose comparison with a value the analysis
// cannot follow still reads as an owner check (note.owner_id != me.id).
var ownerLike = lazyregexp.New(`(?i)(owner|author|creator|created_?by|user|clerk|member|org|organization|tenant|team|workspace|account)(_?id)?$`)

// compare records a comparison of a fetched record's field with the
// session (or, for an owner or id field, with a value the analysis cannot
// follow) as ownership evidence: `if note.user_id != claims["sub"]: raise`.
func (q *queryScan) compare(f *File, fn, n *sitter.Node, o Origins) {
	if n.NamedChildCount() != 2 {
		return
	}
	a, b := Unwrap(n.NamedChild(0)), Unwrap(n.NamedChild(1))
	for _, pair := range [][2]*sitter.Node{{a, b}, {b, a}} {
		rec, other := pair[0], pair[1]
		if rec == nil || other == nil || (rec.Type() != "attribute" && rec.Type() != "subscript" && !isGetCall(f, rec)) {
			continue
		}
		if column(f, rec) || column(f, other) {
			return // a query's condition (Note.id == Tag.note_id), not a test
		}
		from, _, _ := f.origin(fn, rec, o, 0)
		if from != endpoint.FromUnknown {
			continue
		}
		switch of, _, _ := f.origin(fn, other, o, 0); {
		case of == endpoint.FromSession,
			of == endpoint.FromUnknown && other.Type() != "call" && ownerLike.MatchString(lastKey(f, rec)):
			q.checks = append(q.checks, endpoint.Evidence{Kind: endpoint.OwnershipCheck, What: f.Text(n), At: endpoint.Pos{File: f.Path, Line: f.Line(n)}})
			return
		}
	}
}

func isGetCall(f *File, n *sitter.Node) bool {
	if n.Type() != "call" {
		return false
	}
	d, last := f.Callee(n)
	return last == "get" && strings.Contains(d, ".")
}

// fetchedWrite is the write of a record the function fetched earlier
// (note = Note.objects.get(pk=pk); note.delete()): a write of the fetch's
// model selected by its filter.
func (f *File) fetchedWrite(fn, call *sitter.Node, o Origins) (endpoint.Effect, bool) {
	callee := call.ChildByFieldName("function")
	_, last := f.Callee(call)
	if callee == nil || callee.Type() != "attribute" || (last != "delete" && last != "save" && last != "update") {
		return endpoint.Effect{}, false
	}
	obj := callee.ChildByFieldName("object")
	if obj == nil || obj.Type() != "identifier" {
		return endpoint.Effect{}, false
	}
	fetch := fetchOf(f, fn, f.Text(obj))
	if fetch == nil {
		return endpoint.Effect{}, false
	}
	model, where := f.query(fn, fetch, o, 0)
	if model == "" {
		return endpoint.Effect{}, false
	}
	dotted, _ := f.Callee(call)
	return endpoint.Effect{Kind: endpoint.DBWrite, Target: shortTarget(dotted), Model: model, Where: where, Filter: fields(where), At: endpoint.Pos{File: f.Path, Line: f.Line(call)}}, true
}

// fetchOf is the database read a local name is bound to, or nil.
func fetchOf(f *File, fn *sitter.Node, name string) *sitter.Node {
	a := Unwrap(assignment(f, fn, name))
	if a == nil || a.Type() != "call" {
		return nil
	}
	if e, ok := f.classifyCall(a); ok && e.Kind == endpoint.DBRead {
		return a
	}
	if _, last := f.Callee(a); last == "get_object_or_404" {
		return a
	}
	return nil
}

func fields(where []endpoint.Binding) []string {
	var out []string
	for _, b := range where {
		out = append(out, b.Field)
	}
	return out
}

// query reads one database call's model and filter: the calls of its chain
// (session.query(Note).filter(...).first(), Note.objects.filter(...).get(),
// supabase.table("notes").select().eq(...).execute()), the statement it
// executes (session.execute(select(Note).where(...)), a statement bound
// to a local name, every binding of it), the collection and filter
// document of a MongoDB call, and the fetch of the record it writes
// (session.delete(note)).
func (f *File) query(fn, call *sitter.Node, o Origins, hops int) (model string, where []endpoint.Binding) {
	if hops > 3 {
		return "", nil
	}
	_, last := f.Callee(call)
	pos, _ := f.Args(call)
	switch {
	case mongoMethods[last]:
		if callee := call.ChildByFieldName("function"); callee != nil && callee.Type() == "attribute" {
			model = f.collection(fn, callee.ChildByFieldName("object"), 0)
		}
		if len(pos) > 0 {
			if d := Unwrap(pos[0]); d.Type() == "dictionary" {
				where = f.dictFilter(fn, d, o)
			}
		}
		return model, where
	case last == "get_object_or_404" || last == "get_list_or_404":
		if len(pos) > 0 {
			if m := Unwrap(pos[0]); m.Type() == "call" {
				model, where = f.query(fn, m, o, hops+1)
			} else {
				model = modelName(f, m)
			}
		}
		return model, append(where, f.kwFilter(fn, call, o)...)
	case (last == "delete" || last == "add" || last == "merge" || last == "refresh") && len(pos) == 1:
		// session.delete(note), session.delete(session.get(Note, id))
		switch a := Unwrap(pos[0]); a.Type() {
		case "identifier":
			if fetch := fetchOf(f, fn, f.Text(a)); fetch != nil {
				return f.query(fn, fetch, o, hops+1)
			}
		case "call":
			if e, ok := f.classifyCall(a); ok && e.Kind == endpoint.DBRead {
				return f.query(fn, a, o, hops+1)
			}
		}
		return "", nil
	case executeMethods[last] && len(pos) > 0:
		if s := Unwrap(pos[0]); s.Type() == "identifier" {
			for _, a := range assignments(f, fn, f.Text(s)) {
				if a = Unwrap(a); a.Type() == "call" {
					m, w := f.chain(fn, a, o)
					if model == "" {
						model = m
					}
					where = append(where, w...)
				}
			}
			return model, where
		} else if s.Type() == "call" {
			return f.chain(fn, s, o)
		}
	}
	return f.chain(fn, call, o)
}

// executeMethods are the SQLAlchemy and SQLModel session methods that run
// a statement given as their first argument (session.execute(stmt)):
// query reads the statement's model and filter, statementKind its kind.
var executeMethods = words("execute exec scalars scalar scalar_one scalar_one_or_none stream")

// statementKind reads whether the statement a session executes selects,
// updates or deletes, when it is a local bound to select(...),
// update(...) or delete(...) (classifyCall reads an inline one).
func (f *File) statementKind(fn, call *sitter.Node) (endpoint.EffectKind, bool) {
	_, last := f.Callee(call)
	s := Unwrap(f.Arg(call, 0, ""))
	if s == nil || s.Type() != "identifier" || !executeMethods[last] {
		return "", false
	}
	var kind endpoint.EffectKind
	for _, a := range assignments(f, fn, f.Text(s)) {
		for n := Unwrap(a); n != nil && n.Type() == "call"; {
			callee := n.ChildByFieldName("function")
			if callee == nil {
				break
			}
			if callee.Type() == "identifier" {
				switch f.Text(callee) {
				case "select":
					if kind == "" {
						kind = endpoint.DBRead
					}
				case "update", "delete", "insert":
					kind = endpoint.DBWrite
				}
				break
			}
			if callee.Type() != "attribute" {
				break
			}
			n = Unwrap(callee.ChildByFieldName("object"))
		}
	}
	return kind, kind != ""
}

// chain reads the calls of a query chain, outermost first.
func (f *File) chain(fn, call *sitter.Node, o Origins) (model string, where []endpoint.Binding) {
	for n := call; n != nil && n.Type() == "call"; {
		callee := n.ChildByFieldName("function")
		_, last := f.Callee(n)
		pos, _ := f.Args(n)
		switch last {
		case "where", "filter":
			for _, p := range pos {
				where = append(where, f.condition(fn, p, o, 0)...)
			}
			where = append(where, f.kwFilter(fn, n, o)...)
		case "filter_by", "get", "get_or_none", "get_or_create", "first_or_404", "one_or_404", "get_or_404":
			where = append(where, f.kwFilter(fn, n, o)...)
			if obj := managerOf(f, n); (last == "get" || last == "get_or_404") && len(pos) == 1 && obj != "" {
				// Note.query.get(note_id)
				model = obj
				where = append(where, f.binding(fn, "id", pos[0], o))
			}
			if (last == "get" || last == "get_or_404") && len(pos) == 2 {
				// session.get(Note, note_id), db.get_or_404(Note, note_id)
				if m := modelName(f, Unwrap(pos[0])); m != "" {
					model = m
					where = append(where, f.binding(fn, "id", pos[1], o))
				}
			}
		case "eq":
			if len(pos) == 2 {
				if col, ok := f.StringValue(pos[0]); ok {
					where = append(where, f.binding(fn, col, pos[1], o))
				}
			}
		case "match":
			if len(pos) == 1 {
				if d := Unwrap(pos[0]); d.Type() == "dictionary" {
					where = append(where, f.dictFilter(fn, d, o)...)
				}
			}
		case "table", "from_":
			if len(pos) > 0 {
				if s, ok := f.StringValue(pos[0]); ok {
					model = s
				}
			}
		case "query", "select", "update", "delete", "get_object_or_404":
			if len(pos) > 0 && model == "" {
				model = modelName(f, Unwrap(pos[0]))
			}
		}
		if callee == nil || callee.Type() != "attribute" {
			break
		}
		obj := Unwrap(callee.ChildByFieldName("object"))
		if m := managerOf(f, n); m != "" && model == "" {
			model = m
		}
		n = obj
	}
	return model, where
}

// managerOf is the model whose manager a call is made on (Note.objects.get,
// Note.query.get), or "".
func managerOf(f *File, call *sitter.Node) string {
	callee := call.ChildByFieldName("function")
	if callee == nil || callee.Type() != "attribute" {
		return ""
	}
	obj := Unwrap(callee.ChildByFieldName("object"))
	if obj == nil || obj.Type() != "attribute" {
		return ""
	}
	if a := f.Text(obj.ChildByFieldName("attribute")); a != "objects" && a != "query" {
		return ""
	}
	return modelName(f, Unwrap(obj.ChildByFieldName("object")))
}

// modelName is a model class or table named by an expression (Note,
// models.Note, Note.id, notes_table), or "".
func modelName(f *File, n *sitter.Node) string {
	if n == nil {
		return ""
	}
	switch n.Type() {
	case "identifier":
		return f.Text(n)
	case "attribute":
		obj := n.ChildByFieldName("object")
		attr := f.Text(n.ChildByFieldName("attribute"))
		if obj != nil && obj.Type() == "identifier" {
			if o := f.Text(obj); o != "" && o[0] >= 'A' && o[0] <= 'Z' {
				return o // Note.id
			}
			if attr != "" && attr[0] >= 'A' && attr[0] <= 'Z' {
				return attr // models.Note
			}
		}
	}
	return ""
}

// condition reads a SQLAlchemy filter expression: Note.id == note_id,
// and_(…), or a Django Q(id=…) is not read.
func (f *File) condition(fn, n *sitter.Node, o Origins, depth int) []endpoint.Binding {
	n = Unwrap(n)
	if n == nil || depth > 8 {
		return nil
	}
	switch n.Type() {
	case "call":
		if _, last := f.Callee(n); last == "and_" {
			var out []endpoint.Binding
			for _, a := range Children(n.ChildByFieldName("arguments")) {
				out = append(out, f.condition(fn, a, o, depth+1)...)
			}
			return out
		}
	case "boolean_operator":
		if op := n.ChildByFieldName("operator"); op != nil && f.Text(op) == "and" {
			return append(f.condition(fn, n.ChildByFieldName("left"), o, depth+1), f.condition(fn, n.ChildByFieldName("right"), o, depth+1)...)
		}
	case "comparison_operator":
		if n.NamedChildCount() != 2 || !strings.Contains(f.Text(n), "==") {
			return nil
		}
		a, b := Unwrap(n.NamedChild(0)), Unwrap(n.NamedChild(1))
		if !column(f, a) {
			a, b = b, a
		}
		if column(f, a) {
			return []endpoint.Binding{f.binding(fn, f.Text(a.ChildByFieldName("attribute")), b, o)}
		}
	}
	return nil
}

// column: Note.user_id, models.Note.user_id, notes.c.user_id.
func column(f *File, n *sitter.Node) bool {
	if n == nil || n.Type() != "attribute" {
		return false
	}
	obj := n.ChildByFieldName("object")
	switch obj.Type() {
	case "identifier":
		t := f.Text(obj)
		return t != "" && t[0] >= 'A' && t[0] <= 'Z'
	case "attribute":
		a := f.Text(obj.ChildByFieldName("attribute"))
		return a == "c" || a != "" && a[0] >= 'A' && a[0] <= 'Z'
	}
	return false
}

// kwFilter reads Django-style keyword lookups: pk=pk (the id),
// owner=request.user, user__id=…; a lookup's relation path is joined with
// "_" (owner__id → owner_id) and its operator dropped.
func (f *File) kwFilter(fn, call *sitter.Node, o Origins) []endpoint.Binding {
	var out []endpoint.Binding
	for _, a := range Children(call.ChildByFieldName("arguments")) {
		if a.Type() != "keyword_argument" {
			continue
		}
		name := f.Text(a.ChildByFieldName("name"))
		if name == "defaults" || name == "klass" {
			continue
		}
		parts := strings.Split(name, "__")
		if len(parts) > 1 && lookups[parts[len(parts)-1]] {
			if parts[len(parts)-1] != "exact" && parts[len(parts)-1] != "iexact" {
				continue // not a selection of one record
			}
			parts = parts[:len(parts)-1]
		}
		field := strings.Join(parts, "_")
		if field == "pk" {
			field = "id" // Django's alias of the primary key
		}
		out = append(out, f.binding(fn, field, a.ChildByFieldName("value"), o))
	}
	return out
}

var lookups = words("exact iexact contains icontains in gt gte lt lte startswith istartswith endswith iendswith range isnull regex iregex date year month day")

// dictFilter reads a MongoDB filter or Supabase match document's string
// keys.
func (f *File) dictFilter(fn, d *sitter.Node, o Origins) []endpoint.Binding {
	var out []endpoint.Binding
	for _, p := range Children(d) {
		if p.Type() != "pair" {
			continue
		}
		if k, ok := f.StringValue(p.ChildByFieldName("key")); ok && !strings.HasPrefix(k, "$") {
			out = append(out, f.binding(fn, k, p.ChildByFieldName("value"), o))
		}
	}
	return out
}

// mongoMethods are PyMongo and Motor collection methods that select
// documents by a filter document.
var mongoMethods = words("find_one update_one update_many delete_one delete_many replace_one find_one_and_update find_one_and_delete find_one_and_replace count_documents")

// collection names the collection a MongoDB call is made on: db.notes,
// db["notes"], db.get_collection("notes"), a local bound to one, or a
// name such as notes_collection; "" for a generic name.
func (f *File) collection(fn, n *sitter.Node, hops int) string {
	n = Unwrap(n)
	if n == nil || hops > 3 {
		return ""
	}
	switch n.Type() {
	case "subscript":
		s, _ := f.StringValue(n.ChildByFieldName("subscript"))
		return s
	case "call":
		if _, last := f.Callee(n); last == "get_collection" {
			s, _ := f.StringValue(f.Arg(n, 0, "name"))
			return s
		}
	case "attribute":
		return collectionName(f.Text(n.ChildByFieldName("attribute")))
	case "identifier":
		if a := assignment(f, fn, f.Text(n)); a != nil {
			return f.collection(fn, a, hops+1)
		}
		return collectionName(f.Text(n))
	}
	return ""
}

func collectionName(name string) string {
	for _, s := range []string{"_collection", "_coll", "_col"} {
		name = strings.TrimSuffix(name, s)
	}
	if genericCollection[strings.ToLower(name)] {
		return ""
	}
	return name
}

var genericCollection = words("collection coll col db database mongo client self cls")

// assignments are every value a plain name is bound to in fn's body.
func assignments(f *File, fn *sitter.Node, name string) []*sitter.Node {
	return f.bindings(fn)[name]
}

// ModelFields lists the project's ORM model classes (SQLAlchemy, SQLModel,
// Django, Tortoise, Beanie) with their fields, by ModelKey of the class
// and of its __tablename__: a relation field (ForeignKey, relationship)
// also names its _id column.
func (m *Model) ModelFields() map[string][]string {
	out := map[string][]string{}
	m.Each(func(f *File) {
		Walk(f.Root(), func(n *sitter.Node) bool {
			if n.Type() != "class_definition" {
				return n.Type() == "module" || n.Type() == "decorated_definition" || n.Type() == "block" || n.Type() == "if_statement"
			}
			if !ormBase.MatchString(f.Text(n.ChildByFieldName("superclasses"))) {
				return false
			}
			var names, cols []string
			names = append(names, f.Text(n.ChildByFieldName("name")))
			for _, st := range Children(n.ChildByFieldName("body")) {
				if st.Type() != "expression_statement" || st.NamedChildCount() == 0 {
					continue
				}
				a := st.NamedChild(0)
				l := a.ChildByFieldName("left")
				if a.Type() != "assignment" || l == nil || l.Type() != "identifier" {
					continue
				}
				col := f.Text(l)
				if col == "__tablename__" {
					if s, ok := f.StringValue(a.ChildByFieldName("right")); ok {
						names = append(names, s)
					}
					continue
				}
				cols = append(cols, col)
				if r := f.Text(a.ChildByFieldName("right")); ownerColumn.MatchString(col) || strings.Contains(r, "ForeignKey") || strings.Contains(r, "relationship(") || strings.Contains(r, "OneToOneField") {
					cols = append(cols, col+"_id")
				}
			}
			for _, name := range names {
				k := endpoint.ModelKey(name)
				out[k] = append(out[k], cols...)
			}
			return false
		})
	})
	return out
}

// ownerColumn matches columns named for the owner or tenant itself
// (owner, user, org): they hold its id.
var ownerColumn = lazyregexp.New(`^(owner|user|author|creator|tenant|org|organization|team|workspace|account)$`)

// ormBase matches the base classes of ORM models.
var ormBase = lazyregexp.New(`\b(Base|SQLModel|DeclarativeBase|Model|Document|MappedAsDataclass)\b`)
