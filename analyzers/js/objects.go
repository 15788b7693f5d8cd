package js

import (
	sitter "github.com/smacker/go-tree-sitter"
)

// Object is a top-level object literal or class reduced to the functions its
// members hold. Apps gather their guards in one (`export const SessionService
// = { async requireUser(req) {…} }`, `class AuthService { static async
// requireAdmin(req) {…} }`), and a route calls them by member
// (SessionService.requireUser(req)): the methods are summarised as top-level
// functions are, so protection, effects and helper classification follow them.
type Object struct {
	// Methods are the members holding a function: methods, function or
	// arrow values, class fields holding an arrow, wrapped calls
	// (`requireAdmin: withRole(async (req) => …)`).
	Methods map[string]*Func
	// Aliases are members naming a binding of the module (`{ requireUser }`,
	// `{ requireAdmin: checkAdmin }`), resolved as a call of that name would be.
	Aliases map[string]string
	// Members are nested object literals (`{ users: { async require() {…} } }`).
	Members map[string]*Object
	// Const marks an object literal bound by a module-level const, and
	// Fields are its members' values (see argFields): configuration a
	// call spreads into its options (`sendMail({ ...mailOptions, html })`).
	Const  bool
	Fields []Field
}

// Bounds on the methods a module's summary holds, so a generated or hostile
// file (one object of a hundred thousand members, literals nested a thousand
// deep) costs no more than the functions the rest of the summary bounds.
const (
	maxMethods     = 1024 // methods summarised per module
	maxObjectDepth = 4    // object literals nested in a summarised object
)

// method summarises the member function name of the object at owner (its
// path from the module binding: SessionService, SessionService.users), with
// `this` in its body read as owner when this is set (methods, not arrows):
// `this.requireUserId(req)` in a method of SessionService is
// SessionService.requireUserId(req). nil once the module's budget is spent.
func (m *Module) method(t *Tree, fn *sitter.Node, owner Callee, name string, this bool) *Func {
	if m.methods >= maxMethods {
		return nil
	}
	m.methods++
	if this {
		t = t.withThis(owner)
	}
	return m.summarizeFunc(t, fn, memberPath(owner, name).String())
}

// memberPath is owner's member name.
func memberPath(owner Callee, name string) Callee {
	return Callee{Root: owner.Root, Path: append(owner.Path[:len(owner.Path):len(owner.Path)], name)}
}

// addObject records a top-level object literal bound to local.
func (m *Module) addObject(t *Tree, obj *sitter.Node, local string) {
	if o := m.objectOf(t, obj, Callee{Root: local}, 0); o != nil {
		m.setObject(local, o)
	}
}

func (m *Module) setObject(local string, o *Object) {
	if m.Objects == nil {
		m.Objects = map[string]*Object{}
	}
	m.Objects[local] = o
}

// objectOf reads an object literal's members; owner is its own path from
// the module binding (SessionService, SessionService.users).
func (m *Module) objectOf(t *Tree, obj *sitter.Node, owner Callee, depth int) *Object {
	if depth > maxObjectDepth {
		return nil
	}
	o := &Object{}
	for _, p := range NamedChildren(obj) {
		switch p.Type() {
		case "method_definition":
			if name := memberKey(t, p); name != "" && !accessor(p) {
				o.addMethod(name, m.method(t, p, owner, name, true))
			}
		case "shorthand_property_identifier":
			o.alias(t.Text(p), t.Text(p))
		case "pair":
			k, v := p.ChildByFieldName("key"), unwrap(p.ChildByFieldName("value"))
			name := memberKey(t, p)
			if k == nil || v == nil || name == "" {
				continue
			}
			switch v.Type() {
			case "function_expression", "function", "generator_function":
				o.addMethod(name, m.method(t, v, owner, name, true))
			case "arrow_function":
				// An arrow's `this` is the module's, not the object's.
				o.addMethod(name, m.method(t, v, owner, name, false))
			case "call_expression":
				if w := m.wrappedCall(t, v); w != nil {
					o.addMethod(name, &Func{Name: memberPath(owner, name).String(), Pos: t.Pos(p), Wrapped: w})
				}
			case "identifier":
				o.alias(name, t.Text(v))
			case "object":
				if n := m.objectOf(t, v, memberPath(owner, name), depth+1); n != nil {
					if o.Members == nil {
						o.Members = map[string]*Object{}
					}
					o.Members[name] = n
				}
			}
		}
	}
	return o
}

// addClass records a class declaration's methods, static and instance alike
// (an app calls the one that exists), and class fields holding a function.
// `this` in them is read as the class: a static method's `this` is the
// class, and an instance method's reaches the class's methods through the
// prototype.
func (m *Module) addClass(t *Tree, class *sitter.Node, local string) {
	body := class.ChildByFieldName("body")
	if body == nil {
		return
	}
	owner := Callee{Root: local}
	o := &Object{}
	for _, c := range NamedChildren(body) {
		switch c.Type() {
		case "method_definition":
			if name := memberKey(t, c); name != "" && name != "constructor" && !accessor(c) {
				o.addMethod(name, m.method(t, c, owner, name, true))
			}
		case "public_field_definition", "field_definition":
			v := unwrap(c.ChildByFieldName("value"))
			name := memberKey(t, c)
			if v != nil && name != "" && isFunction(v) {
				// A field's arrow is bound to the instance.
				o.addMethod(name, m.method(t, v, owner, name, true))
			}
		}
	}
	m.setObject(local, o)
}

func (o *Object) addMethod(name string, fn *Func) {
	if fn == nil {
		return
	}
	if o.Methods == nil {
		o.Methods = map[string]*Func{}
	}
	o.Methods[name] = fn
}

func (o *Object) alias(member, local string) {
	if o.Aliases == nil {
		o.Aliases = map[string]string{}
	}
	o.Aliases[member] = local
}

// addInstance records `const auth = new AuthService(…)`.
func (m *Module) addInstance(t *Tree, n *sitter.Node, local string) {
	c := n.ChildByFieldName("constructor")
	if c == nil || c.Type() != "identifier" {
		return
	}
	if m.Instances == nil {
		m.Instances = map[string]string{}
	}
	m.Instances[local] = t.Text(c)
}

// memberKey is a member's plain name: an identifier, a string or a private
// name (#check); "" for a computed key.
func memberKey(t *Tree, n *sitter.Node) string {
	k := n.ChildByFieldName("name")
	if k == nil {
		k = n.ChildByFieldName("key")
	}
	if k == nil {
		k = n.ChildByFieldName("property")
	}
	if k == nil {
		return ""
	}
	switch k.Type() {
	case "property_identifier", "identifier", "private_property_identifier":
		return t.Text(k)
	case "string":
		return Unquote(t, k)
	}
	return ""
}

// accessor: a getter or setter, read as a property rather than called.
func accessor(n *sitter.Node) bool {
	return HasChildType(n, "get") || HasChildType(n, "set")
}

// withThis is a view of the tree in which `this` reads as owner (see
// Module.method); the copy shares the parsed tree.
func (t *Tree) withThis(owner Callee) *Tree {
	c := *t
	c.this = owner
	c.enclosing = nil
	c.chains = nil
	return &c
}

// objectTarget is what a module binding names when it is an object, a
// class or an instance of a class the analysis resolves (to the module
// declaring it); ok false otherwise.
func (m *Model) objectTarget(mod *Module, local string, depth int) (target, bool) {
	if o := mod.Objects[local]; o != nil {
		return target{mod: mod, obj: o, name: local}, true
	}
	class, ok := mod.Instances[local]
	if !ok || depth > maxDepth {
		return target{}, false
	}
	var tg target
	switch {
	case mod.Objects[class] != nil: // a class of this module
		tg = target{mod: mod, obj: mod.Objects[class]}
	case mod.Locals[class] != nil: // an imported one
		tg = m.resolveCallee(mod, Callee{Root: class}, depth+1)
	}
	if tg.obj == nil || len(tg.path) > 0 {
		return target{}, false
	}
	tg.name = local
	return tg, true
}

// member descends an object target along its path to the method it names:
// `SessionService.requireUser` is the method, the rest of the path stays
// (`auth.users.getUser` past a method's result). ok false when the path
// leaves the object's known members.
func (m *Model) member(tg target, depth int) (target, bool) {
	for tg.obj != nil && len(tg.path) > 0 {
		name := tg.path[0]
		rest := tg.path[1:]
		switch o := tg.obj; {
		case o.Methods[name] != nil:
			return target{mod: tg.mod, fn: o.Methods[name], path: rest, name: tg.name + "." + name}, true
		case o.Aliases[name] != "":
			a := m.resolveCallee(tg.mod, Callee{Root: o.Aliases[name], Path: rest}, depth+1)
			return a, a.fn != nil || a.pkg != "" || a.obj != nil
		case o.Members[name] != nil:
			tg = target{mod: tg.mod, obj: o.Members[name], path: rest, name: tg.name + "." + name}
		default:
			return target{}, false
		}
	}
	return tg, tg.obj != nil
}
