package reactspa

import (
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// clerkUse is a path-routed Clerk element: <SignIn path="/sign-in" />.
type clerkUse struct {
	name string // the Clerk component (SignIn)
	pkg  string
	path string // its path prop, "" when none
	pos  rules.Position
	file string // set for uses found in another module
}

// routedLocals maps a module's local names to the path-routed Clerk
// components they import, with their package.
func (c *checker) routedLocals(mod *js.Module) map[string][2]string {
	out := map[string][2]string{}
	for local := range mod.Locals {
		if pkg, name := sdkName(mod, local); pkg != "" && c.routed[name] {
			out[local] = [2]string{pkg, name}
		}
	}
	return out
}

// clerkElement reports whether e is a path-routed Clerk component that routes
// by path here: routing="path", or a path prop with no routing, or (for
// @clerk/react-router) no routing="hash"/"virtual".
func clerkElement(t *js.Tree, e *element, locals map[string][2]string) (clerkUse, bool) {
	imp, ok := locals[e.name]
	if !ok {
		return clerkUse{}, false
	}
	u := clerkUse{name: imp[1], pkg: imp[0]}
	pathVal, hasPath := e.attrs["path"]
	if hasPath {
		s, static := attrString(t, pathVal)
		if !static {
			return clerkUse{}, false // computed: its value cannot be compared
		}
		u.path = s
	}
	if rv, ok := e.attrs["routing"]; ok {
		r, static := attrString(t, rv)
		return u, static && r == "path"
	}
	if hasPath {
		return u, true
	}
	return u, sdks[imp[0]] && !e.spread
}

// components maps each function of a tree (by bound name; "default" for an
// anonymous default export) to the path-routed Clerk elements it renders.
func (c *checker) components(t *js.Tree, locals map[string][2]string) map[string][]clerkUse {
	out := map[string][]clerkUse{}
	if len(locals) == 0 {
		return out
	}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		e := elementOf(t, n)
		if e == nil {
			return true
		}
		u, ok := clerkElement(t, e, locals)
		if !ok {
			return true
		}
		u.pos = t.Pos(e.at)
		fn := t.EnclosingFunc(n)
		name := js.BoundName(t, fn)
		if name == "" && fn.Parent() != nil && fn.Parent().Type() == "export_statement" {
			name = "default"
		}
		if name != "" {
			out[name] = append(out[name], u)
		}
		return true
	})
	return out
}

// checkRoutes judges React Router routes whose element renders a path-routed
// Clerk component: <Route path element> and { path, element } objects.
func (c *checker) checkRoutes(pass *js.Pass, as *appState, mod *js.Module, t *js.Tree) {
	locals := c.routedLocals(mod)
	var here map[string][]clerkUse // this file's components, found on first need
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		var pathNode, elem *sitter.Node
		switch n.Type() {
		case "jsx_opening_element", "jsx_self_closing_element":
			e := elementOf(t, n)
			if e == nil || (e.name != "Route" && !strings.HasSuffix(e.name, ".Route")) {
				return true
			}
			if n.Type() == "jsx_opening_element" && hasChildElements(n.Parent()) {
				return true // nested routes serve the URLs below it
			}
			pathNode, elem = e.attrs["path"], attrExpr(e.attrs["element"])
		case "object":
			for i := 0; i < int(n.NamedChildCount()); i++ {
				p := n.NamedChild(i)
				if p.Type() != "pair" {
					continue
				}
				switch js.Unquote(t, p.ChildByFieldName("key")) {
				case "children":
					return true // nested routes serve the URLs below it
				case "path":
					pathNode = p.ChildByFieldName("value")
				case "element":
					elem = js.Unwrap(p.ChildByFieldName("value"))
				}
			}
		default:
			return true
		}
		if pathNode == nil || elem == nil {
			return true
		}
		route, ok := attrString(t, pathNode)
		if !ok {
			return true
		}
		if here == nil {
			// build walked this file already when its bytes name a routed
			// component; an aliased import is found only here.
			if here = as.comps[pass.File.Path]; here == nil {
				here = c.components(t, locals)
			}
		}
		for _, u := range c.elementUses(pass, as, mod, t, elem, locals, here) {
			c.judgeRoute(pass, pathNode, route, u)
		}
		return true
	})
}

// hasChildElements reports a JSX element with elements inside.
func hasChildElements(n *sitter.Node) bool {
	if n == nil || n.Type() != "jsx_element" {
		return false
	}
	for i := 0; i < int(n.NamedChildCount()); i++ {
		switch n.NamedChild(i).Type() {
		case "jsx_element", "jsx_self_closing_element":
			return true
		}
	}
	return false
}

// elementUses are the path-routed Clerk elements a route element renders:
// inside its JSX, or one component away (a function of this file or an
// import of a project module).
func (c *checker) elementUses(pass *js.Pass, as *appState, mod *js.Module, t *js.Tree, elem *sitter.Node, locals map[string][2]string, here map[string][]clerkUse) []clerkUse {
	var out []clerkUse
	js.Walk(elem, func(n *sitter.Node) bool {
		e := elementOf(t, n)
		if e == nil {
			return true
		}
		if u, ok := clerkElement(t, e, locals); ok {
			u.pos = pass.Pos(e.at)
			out = append(out, u)
			return true
		}
		if _, clerk := locals[e.name]; clerk || e.name == "" || e.name[0] < 'A' || e.name[0] > 'Z' {
			return true
		}
		if imp := mod.Locals[e.name]; imp != nil {
			target := pass.Model.Resolve(pass.File.Path, imp.Import.Spec)
			comps := as.comps[target]
			if comps == nil {
				return true
			}
			tm := pass.Model.Module(target)
			name := imp.Imported
			if tm != nil {
				if exp := tm.Exports[name]; exp != nil && exp.Local != "" {
					name = exp.Local
				}
			}
			for _, u := range comps[name] {
				u.file = target
				out = append(out, u)
			}
			return true
		}
		out = append(out, here[e.name]...)
		return true
	})
	return out
}

// laterSteps are URLs each component navigates to under its path.
var laterSteps = map[string]string{
	"SignIn":              "%[1]s/factor-one, %[1]s/sso-callback",
	"SignUp":              "%[1]s/verify-email-address, %[1]s/sso-callback",
	"UserProfile":         "%[1]s/security",
	"OrganizationProfile": "%[1]s/organization-members",
}

// judgeRoute reports a route that does not serve a path-routed component's
// later steps, or serves another URL than its path prop names.
func (c *checker) judgeRoute(pass *js.Pass, pathNode *sitter.Node, route string, u clerkUse) {
	where := ""
	var related []rules.Related
	if u.file != "" {
		where = " (rendered in " + u.file + ")"
		pos := u.pos
		pos.File = u.file
		related = []rules.Related{{Position: pos, Message: "<" + u.name + "> routes by path"}}
	}
	comp := "<" + u.name + ">"
	if u.path != "" {
		comp = fmt.Sprintf("<%s path=%q>", u.name, u.path)
	}
	base := strings.TrimSuffix(strings.TrimSuffix(route, "*"), "/")
	if !strings.HasSuffix(route, "*") {
		splat := strings.TrimSuffix(route, "/") + "/*"
		steps := laterSteps[u.name]
		if steps == "" {
			steps = "%[1]s/…"
		}
		pass.Report(rules.Finding{RuleID: ruleid.SignInNotCatchAll, Position: pass.Pos(pathNode), Construct: "spa-route:" + route + ":" + u.name, Related: related,
			Message: fmt.Sprintf("%s from %s%s routes by path but its React Router route %q matches only that URL: its later steps (%s) match no route, so the flow breaks after its first screen (second factors, OAuth callbacks, email links, profile tabs); make the route a splat, path=%q, or use routing=\"hash\" without a path prop",
				comp, u.pkg, where, route, fmt.Sprintf(steps, base), splat)})
		return
	}
	if u.path == "" || strings.ContainsAny(route, ":?") {
		return
	}
	want := strings.TrimSuffix(u.path, "/")
	switch {
	case base == "":
		return // "*" serves every URL
	case strings.HasPrefix(base, "/"):
		if want == base {
			return
		}
	case want == base || strings.HasSuffix(want, "/"+base):
		return // a nested route: its parents' prefix is not known here
	}
	pass.Report(rules.Finding{RuleID: ruleid.SignInNotCatchAll, Position: pass.Pos(pathNode), Construct: "spa-route-path:" + route + ":" + u.path, Related: related,
		Message: fmt.Sprintf("%s from %s%s is mounted on the React Router route %q: Clerk navigates its steps under %s, which this route does not serve, so the flow lands on another page or a 404 after the first step; make the path prop and the route agree",
			comp, u.pkg, where, route, u.path)})
}
