package python

import (
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// Effects classifies what a function does: every call in its body and in
// the project functions it calls (to a small depth). known is false when a
// call could not be classified, so an empty list does not prove the function
// effect-free.
func (m *Model) Effects(f *File, fn *sitter.Node) (effects []endpoint.Effect, known bool) {
	seen := map[string]bool{}
	known = true
	m.effects(f, fn, 0, seen, &effects, &known)
	return effects, known
}

func (m *Model) effects(f *File, fn *sitter.Node, depth int, seen map[string]bool, out *[]endpoint.Effect, known *bool) {
	key := f.Path + ":" + f.Text(fn.ChildByFieldName("name"))
	if seen[key] {
		return
	}
	seen[key] = true
	WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
		if n.Type() != "call" {
			return true
		}
		if e, ok := f.classifyCall(n); ok {
			// A chain (session.exec(q).all()) is one effect, not two.
			if n := len(*out); e.Kind != "" && (n == 0 || (*out)[n-1].At != e.At || (*out)[n-1].Kind != e.Kind) {
				*out = append(*out, e)
			}
			return true
		}
		dotted, _ := f.Callee(n)
		sym := m.Resolve(f, dotted)
		switch {
		case sym.Node != nil && isFunc(sym.Node):
			if depth < 3 {
				m.effects(sym.File, FuncDef(sym.Node), depth+1, seen, out, known)
			}
		case sym.Node != nil && sym.Node.Type() == "class_definition":
			// Constructing a project class (a pydantic model, a dataclass).
		default:
			*known = false
		}
		return true
	})
}

// isFunc reports whether a definition node is a (decorated) function.
func isFunc(n *sitter.Node) bool {
	return n.Type() == "function_definition" || n.Type() == "decorated_definition" && FuncDef(n) != nil
}

// FuncDef returns the function definition of a definition node, unwrapping
// decorators, or nil.
func FuncDef(n *sitter.Node) *sitter.Node {
	if n == nil {
		return nil
	}
	if n.Type() == "decorated_definition" {
		n = n.ChildByFieldName("definition")
	}
	if n != nil && n.Type() == "function_definition" {
		return n
	}
	return nil
}

var (
	// dbWrites and dbReads are ORM and driver methods (SQLAlchemy, SQLModel,
	// Django-style managers, PyMongo, Motor, Supabase, asyncpg, psycopg).
	dbWrites = words("add add_all delete commit merge flush bulk_save_objects bulk_insert_mappings bulk_update_mappings insert insert_one insert_many update update_one update_many delete_one delete_many replace_one find_one_and_update find_one_and_delete upsert save create bulk_create executemany")
	dbReads  = words("query scalars scalar scalar_one scalar_one_or_none get find find_one count_documents aggregate fetch fetchrow fetchval fetchall fetchone fetch_one fetch_all select all first filter filter_by")
	// dbReceivers name the objects those methods are called on.
	dbReceivers = words("db session sess conn connection cursor cur tx transaction collection coll supabase client pool database engine")
	// outbound are HTTP clients and paid APIs.
	outboundRoots = words("httpx requests aiohttp urllib openai anthropic stripe resend sendgrid boto3 twilio")
	// pure are builtins, response constructors and common value methods:
	// calls with no effect a session would guard.
	pure = words("len str int float bool dict list set tuple sorted reversed enumerate zip range min max sum any all abs round isinstance getattr hasattr print repr format " +
		"HTTPException JSONResponse Response HTMLResponse PlainTextResponse RedirectResponse StreamingResponse FileResponse jsonable_encoder Depends Security Header Query Path Body Cookie Form File " +
		"jsonify make_response render_template redirect url_for abort get_json JsonResponse HttpResponse HttpResponseBadRequest HttpResponseForbidden render reverse get_template render_to_string " +
		"get keys values items lower upper strip split join startswith endswith replace encode decode isoformat copy append extend pop dict model_dump model_validate json loads dumps parse_obj " +
		"select where order_by limit offset join outerjoin group_by col now utcnow today uuid4 uuid1 sleep info debug warning error exception critical log timedelta datetime getenv environ dirname basename")
)

func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// classifyCall classifies one call: an effect (Kind set), a call known to
// have no effect (Kind empty, ok), or not known (ok false).
func (f *File) classifyCall(call *sitter.Node) (endpoint.Effect, bool) {
	dotted, last := f.Callee(call)
	at := endpoint.Pos{File: f.Path, Line: f.Line(call)}
	segs := strings.Split(dotted, ".")
	root := segs[0]
	eff := func(k endpoint.EffectKind) (endpoint.Effect, bool) {
		return endpoint.Effect{Kind: k, Target: shortTarget(dotted), At: at}, true
	}
	lowerDotted := strings.ToLower(shortTarget(dotted))
	switch {
	case strings.Contains(lowerDotted, "clerk") && len(segs) >= 3, root == "sdk" && len(segs) >= 3:
		// clerk.users.get_user_list, clerk_client.users.delete, sdk.organizations.create
		return eff(endpoint.ClerkAPI)
	case outboundRoots[root] && len(segs) == 2 && last[0] >= 'A' && last[0] <= 'Z':
		// httpx.Request(...), httpx.Client(): built, not sent.
		return endpoint.Effect{}, true
	case outboundRoots[root]:
		return eff(endpoint.Outbound)
	case last == "execute" || last == "exec" || last == "text":
		if arg := f.Arg(call, 0, ""); arg != nil {
			if s, ok := f.StringValue(arg); ok {
				if k, ok := endpoint.SQLKind(s); ok {
					return eff(k)
				}
			}
			if a := Unwrap(arg); a.Type() == "call" {
				if _, verb := f.Callee(a); verb == "insert" || verb == "update" || verb == "delete" {
					return eff(endpoint.DBWrite)
				} else if verb == "select" || verb == "text" {
					return eff(endpoint.DBRead)
				}
			}
		}
		if last == "execute" && strings.Contains(dotted, ").") {
			// supabase.table("x").insert(row).execute(): the chain says.
			for _, w := range []string{".insert(", ".update(", ".upsert(", ".delete("} {
				if strings.Contains(f.Text(call), w) {
					return eff(endpoint.DBWrite)
				}
			}
			return eff(endpoint.DBRead)
		}
		if len(segs) > 1 && dbReceivers[strings.ToLower(strings.TrimLeft(segs[len(segs)-2], "_"))] {
			return eff(endpoint.DBWrite) // a statement clerklint cannot read
		}
	case strings.Contains(dotted, ".objects."), len(segs) > 2 && segs[1] == "query" && root != "" && root[0] >= 'A' && root[0] <= 'Z':
		// A Django manager or Flask-SQLAlchemy's Note.query:
		// Note.objects.values(...) reads even through a method named like
		// a pure one; the model is the manager's class.
		e, ok := eff(endpoint.DBRead)
		if dbWrites[last] {
			e.Kind = endpoint.DBWrite
		}
		if len(segs) > 2 && (segs[1] == "objects" || segs[1] == "query") && root != "" && root[0] >= 'A' && root[0] <= 'Z' {
			e.Model = root
		}
		return e, ok
	case len(segs) > 1 && mongoMethods[last]:
		// notes_collection.find_one(...): a MongoDB collection, whatever
		// its name.
		if last == "find_one" || last == "count_documents" {
			return eff(endpoint.DBRead)
		}
		return eff(endpoint.DBWrite)
	case last == "get_object_or_404" || last == "get_list_or_404":
		e, ok := eff(endpoint.DBRead)
		e.Model = modelName(f, Unwrap(f.Arg(call, 0, "klass")))
		return e, ok
	case len(segs) > 1 && (dbWrites[last] || dbReads[last]) && (dbReceivers[strings.ToLower(strings.TrimLeft(segs[0], "_"))] || strings.Contains(dotted, ".objects.") || strings.Contains(dotted, ").")):
		if dbWrites[last] {
			return eff(endpoint.DBWrite)
		}
		return eff(endpoint.DBRead)
	case last == "open" && len(segs) == 1:
		if mode := f.Arg(call, 1, "mode"); mode != nil {
			if s, _ := f.StringValue(mode); strings.ContainsAny(s, "wax+") {
				return eff(endpoint.Storage)
			}
		}
		return endpoint.Effect{}, true
	case last == "upload_file" || last == "upload_fileobj" || last == "put_object":
		return eff(endpoint.Storage)
	case pure[last] || pure[root] && len(segs) > 1 && root != "db":
		return endpoint.Effect{}, true
	}
	return endpoint.Effect{}, false
}

// shortTarget keeps a call's text short for messages: "db.query(User).filter"
// becomes "db.query.filter".
func shortTarget(dotted string) string {
	var b strings.Builder
	depth := 0
	for _, r := range dotted {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			depth--
		case depth == 0 && r != ' ' && r != '\n':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ClerkCall reports whether a call is a Clerk Backend API call
// (clerk.users.delete, sdk.organizations.create): the effect classification
// of the endpoint model, for rules about the call itself.
func (f *File) ClerkCall(call *sitter.Node) bool {
	e, ok := f.classifyCall(call)
	return ok && e.Kind == endpoint.ClerkAPI
}
