package nextjs

import (
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
)

// Route lists a middleware builds rather than writes: `createRouteMatcher(
// publicRoutesWithLocale)` over `[...publicRoutes.map((r) => `${prefix}${r}`),
// '/cms(.*)']`, publicRoutes exported by a config module. A constVal is
// what such an expression evaluates to, from string literals only; anything
// else (a call the evaluator does not know, an environment read) is
// unknown, and so is every list built from it, so a list the analysis
// cannot read whole is never read in part.

type constKind uint8

const (
	constUnknown constKind = iota
	constString
	constList // of strings
	constObject
)

type constVal struct {
	kind constKind
	s    string
	list []string
	obj  map[string]constVal
}

var unknownVal = constVal{}

func strVal(s string) constVal { return constVal{kind: constString, s: s} }

// importedConst evaluates what the evaluated module imports under the
// local name (ok false when it is not an import of a project module's
// constant the evaluator reads).
type importedConst func(local string) (constVal, bool)

// constEval evaluates expressions of one module's tree.
type constEval struct {
	t     *js.Tree
	decls map[string]*sitter.Node // the module's top-level bindings (js.TopDecls)
	// imported follows an import into its module (nil: imports are unknown).
	imported importedConst
	// steps bounds the work on one expression (a list spread into itself
	// through a chain of consts, a deep template).
	steps int
}

// importRef is one export of one module.
type importRef struct{ path, name string }

const maxConstSteps = 2000

func newConstEval(t *js.Tree, decls map[string]*sitter.Node, imported importedConst) *constEval {
	return &constEval{t: t, decls: decls, imported: imported}
}

// strings evaluates n as a list of strings (a single string is a list of
// one).
func (e *constEval) strings(n *sitter.Node) ([]string, bool) {
	v := e.eval(n, nil, 0)
	switch v.kind {
	case constList:
		return v.list, true
	case constString:
		return []string{v.s}, true
	}
	return nil, false
}

// eval evaluates n with env binding the parameters of the callback being
// applied (.map, .filter).
func (e *constEval) eval(n *sitter.Node, env map[string]string, depth int) constVal {
	n = js.Unwrap(n)
	e.steps++
	if n == nil || depth > 12 || e.steps > maxConstSteps {
		return unknownVal
	}
	t := e.t
	switch n.Type() {
	case "string":
		return strVal(stringValue(t, n))
	case "template_string":
		return e.template(n, env, depth)
	case "identifier":
		name := t.Text(n)
		if s, ok := env[name]; ok {
			return strVal(s)
		}
		if d := e.decls[name]; d != nil && d != n {
			return e.eval(d, nil, depth+1)
		}
		if e.imported != nil {
			if v, ok := e.imported(name); ok {
				return v
			}
		}
	case "array":
		out := constVal{kind: constList, list: []string{}}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			el := n.NamedChild(i)
			if el.Type() == "comment" {
				continue
			}
			if el.Type() == "spread_element" {
				v := e.eval(el.NamedChild(0), env, depth+1)
				if v.kind != constList {
					return unknownVal
				}
				out.list = append(out.list, v.list...)
				continue
			}
			v := e.eval(el, env, depth+1)
			if v.kind != constString {
				return unknownVal
			}
			out.list = append(out.list, v.s)
		}
		return out
	case "object":
		out := constVal{kind: constObject, obj: map[string]constVal{}}
		pairs(t, n, func(_ *sitter.Node, key string, v *sitter.Node) {
			out.obj[key] = e.eval(v, env, depth+1)
		})
		return out
	case "member_expression":
		obj, prop := n.ChildByFieldName("object"), n.ChildByFieldName("property")
		if obj == nil || prop == nil {
			return unknownVal
		}
		if o := e.eval(obj, env, depth+1); o.kind == constObject {
			if v, ok := o.obj[t.Text(prop)]; ok {
				return v
			}
		}
	case "binary_expression":
		op := n.ChildByFieldName("operator")
		if op != nil && t.Text(op) == "+" {
			l, r := e.eval(n.ChildByFieldName("left"), env, depth+1), e.eval(n.ChildByFieldName("right"), env, depth+1)
			if l.kind == constString && r.kind == constString {
				return strVal(l.s + r.s)
			}
		}
	case "call_expression":
		return e.call(n, env, depth)
	}
	return unknownVal
}

// template evaluates a template literal whose substitutions are strings.
func (e *constEval) template(n *sitter.Node, env map[string]string, depth int) constVal {
	t := e.t
	raw := t.Text(n)
	if !strings.Contains(raw, "${") {
		return strVal(stringValue(t, n))
	}
	var b strings.Builder
	pos := n.StartByte() + 1 // after the backquote
	for i := 0; i < int(n.NamedChildCount()); i++ {
		c := n.NamedChild(i)
		if c.Type() != "template_substitution" {
			continue
		}
		b.WriteString(t.Text(n)[pos-n.StartByte() : c.StartByte()-n.StartByte()])
		if c.NamedChildCount() != 1 {
			return unknownVal
		}
		v := e.eval(c.NamedChild(0), env, depth+1)
		if v.kind != constString {
			return unknownVal
		}
		b.WriteString(v.s)
		pos = c.EndByte()
	}
	rest := raw[pos-n.StartByte():]
	b.WriteString(strings.TrimSuffix(rest, "`"))
	if strings.Contains(b.String(), `\`) {
		return unknownVal // an escape the path would hold decoded
	}
	return strVal(b.String())
}

// call evaluates the list methods a route list is built with (.map,
// .filter, .concat, .join) and next-intl's defineRouting, which returns its
// options.
func (e *constEval) call(n *sitter.Node, env map[string]string, depth int) constVal {
	t := e.t
	fn, args := js.Unwrap(n.ChildByFieldName("function")), n.ChildByFieldName("arguments")
	if fn == nil || args == nil {
		return unknownVal
	}
	var argv []*sitter.Node
	for i := 0; i < int(args.NamedChildCount()); i++ {
		if a := args.NamedChild(i); a.Type() != "comment" {
			argv = append(argv, a)
		}
	}
	if fn.Type() == "identifier" && t.Text(fn) == "defineRouting" && len(argv) == 1 {
		return e.eval(argv[0], env, depth+1)
	}
	if t.Text(fn) == "Object.keys" && len(argv) == 1 {
		// Object.keys(routeAccessMap): the keys of an object literal, in
		// a fixed order (the patterns they become are tried as a set).
		o := e.eval(argv[0], env, depth+1)
		if o.kind != constObject {
			return unknownVal
		}
		out := constVal{kind: constList, list: make([]string, 0, len(o.obj))}
		for k := range o.obj {
			out.list = append(out.list, k)
		}
		slices.Sort(out.list)
		return out
	}
	if fn.Type() != "member_expression" {
		return unknownVal
	}
	prop := fn.ChildByFieldName("property")
	if prop == nil {
		return unknownVal
	}
	recv := e.eval(fn.ChildByFieldName("object"), env, depth+1)
	if recv.kind != constList {
		return unknownVal
	}
	switch t.Text(prop) {
	case "join":
		sep := ","
		if len(argv) == 1 {
			s := e.eval(argv[0], env, depth+1)
			if s.kind != constString {
				return unknownVal
			}
			sep = s.s
		}
		return strVal(strings.Join(recv.list, sep))
	case "concat":
		out := constVal{kind: constList, list: append([]string{}, recv.list...)}
		for _, a := range argv {
			v := e.eval(a, env, depth+1)
			switch v.kind {
			case constList:
				out.list = append(out.list, v.list...)
			case constString:
				out.list = append(out.list, v.s)
			default:
				return unknownVal
			}
		}
		return out
	case "map", "filter":
		if len(argv) != 1 {
			return unknownVal
		}
		cb := js.Unwrap(argv[0])
		param, body := callbackParam(t, cb)
		if param == "" {
			return unknownVal
		}
		out := constVal{kind: constList, list: []string{}}
		for _, s := range recv.list {
			inner := map[string]string{param: s}
			for k, v := range env {
				if k != param {
					inner[k] = v
				}
			}
			if t.Text(prop) == "map" {
				v := e.eval(body, inner, depth+1)
				if v.kind != constString {
					return unknownVal
				}
				out.list = append(out.list, v.s)
				continue
			}
			keep, known := e.test(body, inner, depth+1)
			if !known {
				return unknownVal
			}
			if keep {
				out.list = append(out.list, s)
			}
		}
		return out
	}
	return unknownVal
}

// callbackParam is an arrow function's single parameter and its expression
// body, or the value of a block body that only returns one ("" when the
// callback has another shape).
func callbackParam(t *js.Tree, fn *sitter.Node) (string, *sitter.Node) {
	if fn == nil || fn.Type() != "arrow_function" {
		return "", nil
	}
	body := fn.ChildByFieldName("body")
	if body != nil && body.Type() == "statement_block" {
		stmts := js.Uncommented(body)
		body = nil
		if len(stmts) == 1 && stmts[0].Type() == "return_statement" && stmts[0].NamedChildCount() == 1 {
			body = stmts[0].NamedChild(0)
		}
	}
	if body == nil {
		return "", nil
	}
	if p := fn.ChildByFieldName("parameter"); p != nil && p.Type() == "identifier" {
		return t.Text(p), body
	}
	ps := fn.ChildByFieldName("parameters")
	if ps == nil || ps.NamedChildCount() != 1 {
		return "", nil
	}
	p := ps.NamedChild(0)
	name := paramText(t, p)
	if p.Type() == "required_parameter" {
		if pat := p.ChildByFieldName("pattern"); pat == nil || pat.Type() != "identifier" {
			return "", nil
		}
	} else if p.Type() != "identifier" {
		return "", nil
	}
	return name, body
}

// test evaluates a .filter callback's condition on one string: equality
// with a string, startsWith/endsWith/includes, !, && and ||.
func (e *constEval) test(n *sitter.Node, env map[string]string, depth int) (holds, known bool) {
	n = js.Unwrap(n)
	t := e.t
	if n == nil || depth > 12 {
		return false, false
	}
	switch n.Type() {
	case "unary_expression":
		if op := n.ChildByFieldName("operator"); op != nil && t.Text(op) == "!" {
			v, k := e.test(n.ChildByFieldName("argument"), env, depth+1)
			return !v, k
		}
	case "binary_expression":
		op := n.ChildByFieldName("operator")
		l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if op == nil || l == nil || r == nil {
			return false, false
		}
		switch o := t.Text(op); o {
		case "&&", "||":
			a, ka := e.test(l, env, depth+1)
			b, kb := e.test(r, env, depth+1)
			if !ka || !kb {
				return false, false
			}
			if o == "&&" {
				return a && b, true
			}
			return a || b, true
		case "===", "!==", "==", "!=":
			a, b := e.eval(l, env, depth+1), e.eval(r, env, depth+1)
			if a.kind != constString || b.kind != constString {
				return false, false
			}
			return (a.s == b.s) == (o == "===" || o == "=="), true
		}
	case "call_expression":
		fn, args := js.Unwrap(n.ChildByFieldName("function")), n.ChildByFieldName("arguments")
		if fn == nil || fn.Type() != "member_expression" || args == nil || args.NamedChildCount() != 1 {
			return false, false
		}
		recv, arg := e.eval(fn.ChildByFieldName("object"), env, depth+1), e.eval(args.NamedChild(0), env, depth+1)
		if recv.kind != constString || arg.kind != constString {
			return false, false
		}
		switch t.Text(fn.ChildByFieldName("property")) {
		case "startsWith":
			return strings.HasPrefix(recv.s, arg.s), true
		case "endsWith":
			return strings.HasSuffix(recv.s, arg.s), true
		case "includes":
			return strings.Contains(recv.s, arg.s), true
		}
	}
	return false, false
}

// maxImportHops bounds how many modules an imported list is followed
// through (the middleware's import, and one import of that module).
const maxImportHops = 2

// importedConsts follows the imports of the project file from into the
// modules they name, to evaluate the lists those export; memo holds the
// answers for every module of one middleware's reading.
func importedConsts(m *js.Model, from string, hops int, memo map[importRef]constVal) importedConst {
	return func(local string) (constVal, bool) {
		mod := m.Module(from)
		if hops >= maxImportHops || mod == nil {
			return unknownVal, false
		}
		var spec, name string
		for _, imp := range mod.Imports {
			for _, n := range imp.Names {
				if n.Local == local && !n.TypeOnly && !imp.TypeOnly {
					spec, name = imp.Spec, n.Imported
				}
			}
		}
		target := m.Resolve(from, spec)
		if spec == "" || target == "" {
			return unknownVal, false // not imported, or from a package
		}
		key := importRef{target, name}
		if v, ok := memo[key]; ok {
			return v, v.kind != constUnknown
		}
		memo[key] = unknownVal // an import cycle reads as unknown
		pf, err := m.ParseSmall(target)
		defer pf.Close()
		if err != nil {
			return unknownVal, false
		}
		decls := js.TopDecls(pf.Tree)
		d := decls[name]
		if d == nil {
			return unknownVal, false
		}
		v := newConstEval(pf.Tree, decls, importedConsts(m, target, hops+1, memo)).eval(d, nil, 0)
		memo[key] = v
		return v, v.kind != constUnknown
	}
}
