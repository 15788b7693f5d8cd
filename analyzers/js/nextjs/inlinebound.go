package nextjs

import (
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
)

// renderBound reports whether an inline server action is bound to a
// signed-in render, and the evidence. The action uses a value its
// enclosing component bound from the session (`const { userId } = await
// auth()`, `const user = await currentUser()`); Next.js encrypts the
// values an inline action closes over into the reference it renders and
// decrypts them on every call, so the action runs only with a payload a
// render made, and acts as the user of that render. That render was signed
// in when the component checks the session and exits first, or when the
// middleware protects the page the component is: then nobody signed out
// can make the action act, and no one can make it act as someone else.
// An action that closes over nothing from the session is a bare id anyone
// may post to, whatever the page checks.
func (c *checker) renderBound(pass *js.Pass, as *appState, mod *js.Module, route Route, t *js.Tree, action *sitter.Node) (endpoint.Evidence, bool) {
	enc := t.EnclosingFunc(action)
	if enc == nil || !js.IsFunc(enc) {
		return endpoint.Evidence{}, false
	}
	encFn := js.SummarizeFunc(t, enc, js.BoundName(t, enc))
	session := map[string]string{} // name → the auth function it is bound from
	for _, st := range encFn.Steps {
		if st.Kind != js.StepBind {
			continue
		}
		if h := pass.Model.CalleeHelper(mod, st.Callee, &c.spec); h.Kind == js.Check || h.Kind == js.Protects {
			for _, n := range st.Names {
				session[n] = st.Callee.String() + "()"
			}
		}
	}
	used := closedOver(t, action, session)
	if used == "" {
		return endpoint.Evidence{}, false
	}
	file := pass.File.Path
	if p := pass.Model.Protection(mod, encFn, &c.spec); p.Protected {
		return endpoint.Evidence{Kind: endpoint.HandlerCheck, At: at(file, p.At),
			What: fmt.Sprintf("%s from %s, closed over from a render that %s checks first", used, session[used], p.By)}, true
	}
	if route.Kind == AppPage {
		if covered, _, mw := as.coverage(route); covered && mw != nil {
			return endpoint.Evidence{Kind: endpoint.GlobalMiddleware, At: at(mw.File, mw.At),
				What: fmt.Sprintf("%s from %s, closed over from a render of %s, which %s protects", used, session[used], route.Pattern, mw.File)}, true
		}
	}
	if site, ok := c.signedInRenders(pass, as, mod, encFn.Name); ok {
		return endpoint.Evidence{Kind: endpoint.HandlerCheck, At: site,
			What: fmt.Sprintf("%s from %s, closed over from renders that only <SignedIn> or a protected page make", used, session[used])}, true
	}
	return endpoint.Evidence{}, false
}

// maxRenderSites bounds the render sites signedInRenders reads.
const maxRenderSites = 32

// signedInRenders reports whether every place the app renders the exported
// component named name (<PostForm />, found through the imports of its
// module) sits inside Clerk's <SignedIn>, which renders its children on
// the server only for a signed-in request, or in a page the middleware
// protects: no signed-out render ever binds the component's inline
// actions. At least one site must be found; an unreadable file or too many
// sites is no evidence. site is the first render site.
func (c *checker) signedInRenders(pass *js.Pass, as *appState, mod *js.Module, name string) (endpoint.Pos, bool) {
	key := mod.Path + "\x00" + name
	if v, ok := as.signedIn.Load(key); ok {
		r := v.(renderSites)
		return r.site, r.ok
	}
	site, ok := c.readRenderSites(pass, as, mod, name)
	as.signedIn.Store(key, renderSites{site, ok})
	return site, ok
}

// renderSites is signedInRenders' memoised answer: every inline action of
// a component asks the same question.
type renderSites struct {
	site endpoint.Pos
	ok   bool
}

// readRenderSites is signedInRenders without the memo.
func (c *checker) readRenderSites(pass *js.Pass, as *appState, mod *js.Module, name string) (site endpoint.Pos, ok bool) {
	exported := map[string]bool{}
	for en, ex := range mod.Exports {
		if name != "" && ex.From == nil && ex.Local == name {
			exported[en] = true
		}
	}
	if len(exported) == 0 {
		return endpoint.Pos{}, false
	}
	m := pass.Model
	sites := 0
	for _, f := range as.srcs {
		rm := m.Module(f.Path)
		if rm == nil || rm.Err != nil || f.Path == mod.Path {
			continue
		}
		locals, signedIn := map[string]bool{}, map[string]bool{}
		for _, imp := range rm.Imports {
			for _, n := range imp.Names {
				switch {
				case exported[n.Imported] && m.Resolve(f.Path, imp.Spec) == mod.Path:
					locals[n.Local] = true
				case n.Imported == "SignedIn" && strings.HasPrefix(imp.Spec, "@clerk/nextjs"):
					signedIn[n.Local] = true
				}
			}
		}
		if len(locals) == 0 {
			continue
		}
		pf, err := m.ParseSmall(f.Path)
		if err != nil {
			return endpoint.Pos{}, false
		}
		route, isRoute := RouteOf(as.app.Rel(f.Path))
		covered := false
		if isRoute && route.Kind == AppPage {
			covered, _, _ = as.coverage(route)
		}
		t := pf.Tree
		good := true
		js.Walk(t.Root(), func(n *sitter.Node) bool {
			if !good || (n.Type() != "jsx_self_closing_element" && n.Type() != "jsx_opening_element") {
				return good
			}
			if nm := n.ChildByFieldName("name"); nm == nil || !locals[t.Text(nm)] {
				return true
			}
			sites++
			if sites == 1 {
				site = at(f.Path, t.Pos(n))
			}
			good = sites <= maxRenderSites && (covered || insideElement(t, n, signedIn))
			return good
		})
		t.Close()
		if !good {
			return endpoint.Pos{}, false
		}
	}
	return site, sites > 0
}

// insideElement reports whether n sits in the children of a JSX element
// whose tag is one of names.
func insideElement(t *js.Tree, n *sitter.Node, names map[string]bool) bool {
	if n.Type() == "jsx_opening_element" {
		n = n.Parent() // the element itself is no child of its own tag
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() != "jsx_element" {
			continue
		}
		if open := p.ChildByFieldName("open_tag"); open != nil {
			if nm := open.ChildByFieldName("name"); nm != nil && names[t.Text(nm)] {
				return true
			}
		}
	}
	return false
}

// closedOver is the first of names the action's body uses without
// declaring it itself (a parameter or a local of that name shadows it).
func closedOver(t *js.Tree, action *sitter.Node, names map[string]string) string {
	if len(names) == 0 {
		return ""
	}
	own := js.SummarizeFunc(t, action, "")
	shadowed := func(n string) bool {
		if _, ok := own.Binds[n]; ok {
			return true
		}
		for _, p := range own.Params {
			if p == n {
				return true
			}
		}
		return false
	}
	body := action.ChildByFieldName("body")
	if body == nil {
		return ""
	}
	used := ""
	js.Walk(body, func(n *sitter.Node) bool {
		if used != "" {
			return false
		}
		if typ := n.Type(); typ == "identifier" || typ == "shorthand_property_identifier" {
			if name := t.Text(n); names[name] != "" && !shadowed(name) {
				used = name
			}
		}
		return true
	})
	return used
}
