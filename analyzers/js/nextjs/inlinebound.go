package nextjs

import (
	"fmt"

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
	return endpoint.Evidence{}, false
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
