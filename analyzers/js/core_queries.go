package js

import (
	"bytes"

	sitter "github.com/smacker/go-tree-sitter"
)

// coreQueries find, anywhere in a file, what the summary records beyond the
// top-level statements. Queries run in C and only wrap matched nodes in Go,
// several times cheaper than walking every node from Go.
type coreQueries struct {
	env  *Query // process.env.X, process.env['X'], import.meta.env.X, const { X } = process.env
	load *Query // require('x'), import('x')
}

const (
	envQuery = `
(member_expression
  object: (member_expression object: (identifier) @obj property: (property_identifier) @env)
  property: (property_identifier) @name
  (#eq? @obj "process") (#eq? @env "env")) @read
(subscript_expression
  object: (member_expression object: (identifier) @obj property: (property_identifier) @env)
  index: (string (string_fragment) @name)
  (#eq? @obj "process") (#eq? @env "env")) @read
(member_expression
  object: (member_expression
    object: (member_expression object: (import) property: (property_identifier) @meta)
    property: (property_identifier) @env)
  property: (property_identifier) @name
  (#eq? @meta "meta") (#eq? @env "env")) @read
(variable_declarator
  name: (object_pattern) @pattern
  value: (member_expression object: (identifier) @obj property: (property_identifier) @env)
  (#eq? @obj "process") (#eq? @env "env"))
(variable_declarator
  name: (object_pattern) @pattern
  value: (member_expression
    object: (member_expression object: (import) property: (property_identifier) @meta)
    property: (property_identifier) @env)
  (#eq? @meta "meta") (#eq? @env "env"))
`
	loadQuery = `
(call_expression
  function: (identifier) @fn
  arguments: (arguments . (string) @spec)
  (#eq? @fn "require")) @call
(call_expression
  function: (import)
  arguments: (arguments . (string) @spec)) @call
`
)

// newCoreQueries prepares the queries, compiled on first use per grammar
// (TestCoreQueriesCompile compiles them all).
func newCoreQueries() (*coreQueries, error) {
	return &coreQueries{env: LazyQuery(envQuery), load: LazyQuery(loadQuery)}, nil
}

func (cq *coreQueries) close() {
	for _, q := range []*Query{cq.env, cq.load} {
		if q != nil {
			q.Close()
		}
	}
}

// collect adds env reads (not to a header) and require/import() edges to
// m. A query walks the whole tree even when nothing can match, so each runs
// only when its literal is in the source.
func (cq *coreQueries) collect(t *Tree, m *Module) {
	root := t.Root()
	if !m.header && bytes.Contains(t.Src, []byte("env")) {
		cq.env.Matches(t, root, func(pattern int, c Captures) bool {
			obj := "process.env"
			if pattern == 2 || pattern == 4 {
				obj = "import.meta.env"
			}
			if pattern < 3 {
				m.EnvReads = append(m.EnvReads, EnvRead{Name: t.Text(c["name"]), Object: obj, Pos: t.Pos(c["read"])})
			} else {
				m.destructured(t, c["pattern"], obj)
			}
			return true
		})
	}
	if !m.header && bytes.Contains(t.Src, []byte("$env/dynamic/")) {
		m.kitEnvReads(t, root)
	}
	if bytes.Contains(t.Src, []byte("require")) || bytes.Contains(t.Src, []byte("import(")) {
		cq.load.Matches(t, root, func(pattern int, c Captures) bool {
			kind := ImportRequire
			if pattern == 1 {
				kind = ImportDynamic
			}
			imp := &Import{Spec: Unquote(t, c["spec"]), Kind: kind, Pos: t.Pos(c["spec"]), Statement: t.Pos(c["call"])}
			if kind == ImportRequire {
				imp.requireNames(t, c["call"])
			} else {
				imp.awaitedNames(t, c["call"])
			}
			// CommonJS and awaited dynamic bindings resolve like ES
			// imports (an ES import of the same name wins).
			for _, n := range imp.Names {
				if m.Locals[n.Local] == nil {
					m.Locals[n.Local] = n
				}
			}
			m.Imports = append(m.Imports, imp)
			return true
		})
	}
}

// destructured records `const { A, B: b } = process.env`.
func (m *Module) destructured(t *Tree, pat *sitter.Node, obj string) {
	for i := 0; i < int(pat.NamedChildCount()); i++ {
		p := pat.NamedChild(i)
		var key *sitter.Node
		switch p.Type() {
		case "shorthand_property_identifier_pattern":
			key = p
		case "pair_pattern":
			key = p.ChildByFieldName("key")
		case "object_assignment_pattern":
			key = p.ChildByFieldName("left")
		}
		if key != nil {
			m.EnvReads = append(m.EnvReads, EnvRead{Name: Unquote(t, key), Object: obj, Pos: t.Pos(key)})
		}
	}
}

// requireNames records the bindings of `const x = require('m')` (Imported
// "*": the module's exports object) and `const { a, b: c } = require('m')`,
// so rules read CommonJS imports as they read ES ones.
func (imp *Import) requireNames(t *Tree, call *sitter.Node) {
	d := call.Parent()
	if d == nil || d.Type() != "variable_declarator" {
		return
	}
	if val := d.ChildByFieldName("value"); val == nil || !val.Equal(call) {
		return
	}
	imp.bindPattern(t, d.ChildByFieldName("name"))
}

// awaitedNames records the bindings of an awaited dynamic import, the
// module's namespace as require's exports object: `const m = await
// import('m')` (Imported "*"), `const { a, default: b } = await
// import('m')`, and `const b = (await import('m')).default` (or another
// export), so a package loaded on demand is read as one imported.
func (imp *Import) awaitedNames(t *Tree, call *sitter.Node) {
	v := call.Parent()
	if v == nil || v.Type() != "await_expression" {
		return
	}
	for p := v.Parent(); p != nil && p.Type() == "parenthesized_expression"; p = v.Parent() {
		v = p
	}
	member := ""
	if p := v.Parent(); p != nil && p.Type() == "member_expression" {
		if o, prop := p.ChildByFieldName("object"), p.ChildByFieldName("property"); o != nil && o.Equal(v) && prop != nil {
			member, v = t.Text(prop), p
		}
	}
	d := v.Parent()
	if d == nil || d.Type() != "variable_declarator" {
		return
	}
	if val := d.ChildByFieldName("value"); val == nil || !val.Equal(v) {
		return
	}
	name := d.ChildByFieldName("name")
	if member == "" {
		imp.bindPattern(t, name)
	} else if name != nil && name.Type() == "identifier" {
		imp.Names = append(imp.Names, &ImportName{Local: t.Text(name), Imported: member, Import: imp})
	}
}

// bindPattern records the names a declarator's pattern binds from the
// module imp loads: an identifier its namespace, an object pattern's keys
// their exports.
func (imp *Import) bindPattern(t *Tree, name *sitter.Node) {
	if name == nil {
		return
	}
	add := func(local, imported string) {
		imp.Names = append(imp.Names, &ImportName{Local: local, Imported: imported, Import: imp})
	}
	switch name.Type() {
	case "identifier":
		add(t.Text(name), "*")
	case "object_pattern":
		for i := 0; i < int(name.NamedChildCount()); i++ {
			p := name.NamedChild(i)
			switch p.Type() {
			case "shorthand_property_identifier_pattern":
				add(t.Text(p), t.Text(p))
			case "pair_pattern":
				if k, v := p.ChildByFieldName("key"), p.ChildByFieldName("value"); k != nil && v != nil && v.Type() == "identifier" {
					add(t.Text(v), Unquote(t, k))
				}
			}
		}
	}
}

// kitEnvReads records the reads of SvelteKit's run-time env objects
// (import { env } from '$env/dynamic/public', then env.PUBLIC_X or
// env['PUBLIC_X']): SvelteKit's process.env, under whatever local name the
// import gives it. Object is that local name.
func (m *Module) kitEnvReads(t *Tree, root *sitter.Node) {
	objs := map[string]bool{}
	for _, imp := range m.Imports {
		if imp.TypeOnly || (imp.Spec != "$env/dynamic/public" && imp.Spec != "$env/dynamic/private") {
			continue
		}
		for _, n := range imp.Names {
			if n.Imported == "env" && !n.TypeOnly {
				objs[n.Local] = true
			}
		}
	}
	if len(objs) == 0 {
		return
	}
	Walk(root, func(n *sitter.Node) bool {
		var key *sitter.Node
		switch n.Type() {
		case "member_expression":
			key = n.ChildByFieldName("property")
		case "subscript_expression":
			if k := n.ChildByFieldName("index"); k != nil && k.Type() == "string" {
				key = k
			}
		default:
			return true
		}
		obj := n.ChildByFieldName("object")
		if key == nil || obj == nil || obj.Type() != "identifier" || !objs[t.Text(obj)] {
			return true
		}
		m.EnvReads = append(m.EnvReads, EnvRead{Name: Unquote(t, key), Object: t.Text(obj), Pos: t.Pos(n)})
		return false
	})
}
