package reactspa

import (
	"fmt"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Built-in variables each bundler defines whatever their prefix.
var (
	viteBuiltins = map[string]bool{"MODE": true, "BASE_URL": true, "PROD": true, "DEV": true, "SSR": true}
	craBuiltins  = map[string]bool{"NODE_ENV": true, "PUBLIC_URL": true, "FAST_REFRESH": true}
)

// checkKey judges the publishableKey of every <ClerkProvider> from a Clerk
// React SDK in the file.
func (c *checker) checkKey(pass *js.Pass, a *js.App, as *appState, mod *js.Module, t *js.Tree) {
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		e := elementOf(t, n)
		if e == nil {
			return true
		}
		pkg, name := sdkName(mod, e.name)
		if name != "ClerkProvider" {
			return true
		}
		v, ok := e.attrs["publishableKey"]
		if !ok {
			// v4's frontendApi is the older key; a spread may carry the key.
			if _, legacy := e.attrs["frontendApi"]; pkg == v5SDK && !legacy && !e.spread {
				pass.Report(rules.Finding{RuleID: ruleid.ClerkProviderMissing, Position: pass.Pos(e.at), Construct: "spa-provider-no-key",
					Message: "<ClerkProvider> from @clerk/clerk-react has no publishableKey prop: @clerk/clerk-react reads no environment variable and throws a missing-publishableKey error at startup, so nothing Clerk renders; pass publishableKey={import.meta.env.VITE_CLERK_PUBLISHABLE_KEY} (CRA: process.env.REACT_APP_CLERK_PUBLISHABLE_KEY)"})
			}
			return true
		}
		read, obj, env := envRead(t, attrExpr(v))
		if env == "" {
			return true
		}
		if msg := c.undefinedEnv(a, as, obj, env); msg != "" {
			pos := pass.Pos(read)
			pass.Report(rules.Finding{RuleID: ruleid.ClerkProviderMissing, Position: pos, Construct: "spa-provider-key-env:" + env,
				Message: fmt.Sprintf("<ClerkProvider publishableKey> reads %s.%s, %s: the provider gets no key and Clerk fails to load; rename the variable to %s (the publishable key is public by design)",
					obj, env, msg, publicName(a, env))})
		}
		return true
	})
}

// undefinedEnv says why a read is undefined in the browser, "" when it is
// not (or cannot be told).
func (c *checker) undefinedEnv(a *js.App, as *appState, obj, name string) string {
	switch a.Framework {
	case "vite":
		if as.customEnv {
			return ""
		}
		if obj == "import.meta.env" && !strings.HasPrefix(name, "VITE_") && !viteBuiltins[name] {
			return "which Vite leaves undefined in the browser (only VITE_-prefixed variables reach client code)"
		}
	case "cra":
		if obj == "process.env" && !strings.HasPrefix(name, "REACT_APP_") && !craBuiltins[name] {
			return "which Create React App leaves undefined in the browser (only REACT_APP_-prefixed variables are embedded in the build)"
		}
	}
	return ""
}

// publicName is the variable name the bundler would expose.
func publicName(a *js.App, name string) string {
	prefix := "VITE_"
	if a.Framework == "cra" {
		prefix = "REACT_APP_"
	}
	for _, p := range []string{"NEXT_PUBLIC_", "PUBLIC_", "REACT_APP_", "VITE_"} {
		name = strings.TrimPrefix(name, p)
	}
	return prefix + name
}

// envRead finds the env variable an expression reads: import.meta.env.X,
// process.env.X (or ["X"]), `X || ""`, or a const of the file bound to one.
// It returns the read node, the env object and the name.
func envRead(t *js.Tree, n *sitter.Node) (*sitter.Node, string, string) {
	for depth := 0; n != nil && depth < 4; depth++ {
		n = js.Unwrap(n)
		switch n.Type() {
		case "member_expression", "subscript_expression":
			obj, name := js.EnvMember(t, n)
			if obj == nil || name == "" {
				return nil, "", ""
			}
			o := t.Text(obj)
			if o != "import.meta.env" && o != "process.env" {
				return nil, "", ""
			}
			return n, o, name
		case "binary_expression":
			op := n.ChildByFieldName("operator")
			if op == nil || (t.Text(op) != "||" && t.Text(op) != "??") {
				return nil, "", ""
			}
			n = n.ChildByFieldName("left")
		case "identifier":
			n = constValue(t, t.Text(n))
		default:
			return nil, "", ""
		}
	}
	return nil, "", ""
}

// constValue is the initializer of the file's top-level `const name = …`.
func constValue(t *js.Tree, name string) *sitter.Node {
	root := t.Root()
	for i := 0; i < int(root.NamedChildCount()); i++ {
		s := root.NamedChild(i)
		if s.Type() == "export_statement" {
			if d := s.ChildByFieldName("declaration"); d != nil {
				s = d
			}
		}
		if s.Type() != "lexical_declaration" {
			continue
		}
		for j := 0; j < int(s.NamedChildCount()); j++ {
			d := s.NamedChild(j)
			if d.Type() != "variable_declarator" {
				continue
			}
			if id := d.ChildByFieldName("name"); id != nil && t.Text(id) == name {
				return d.ChildByFieldName("value")
			}
		}
	}
	return nil
}
