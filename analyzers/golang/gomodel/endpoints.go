package gomodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules"
)

// endpoints turns every route into the language-neutral endpoint model: the
// protection chain as evidence, public-by-design evidence from the default
// public routes and webhook receivers, authorization evidence, session reads,
// inputs and effects. Endpoints[i] describes Routes[i].
func (m *model) endpoints(routes []*Route) []endpoint.Endpoint {
	public := gorules.Settings{}.PublicRouteGlobs()
	out := make([]endpoint.Endpoint, 0, len(routes))
	for _, r := range routes {
		e := m.endpoint(r, public)
		// A read whose effects could not be followed (a repository behind an
		// interface) is judged by its URL, as the JS producers judge every
		// read: a GET naming no user or private resource is a catalogue's.
		// Followed reads are judged on what they read (the rules add the
		// public-data evidence, a setting of theirs).
		endpoint.AddPublicReads(&e, nil, !e.EffectsKnown)
		out = append(out, e)
	}
	return out
}

func (m *model) endpoint(r *Route, defaults []rules.Glob) endpoint.Endpoint {
	if r.imported != nil {
		return m.importedEndpoint(r)
	}
	e := endpoint.Endpoint{
		Framework:    string(r.Framework),
		Kind:         endpoint.Route,
		Registration: m.pos(r.Call.Pos()),
	}
	if r.Method != "" {
		e.Methods = strings.Split(r.Method, ",")
	}
	if r.PathKnown {
		e.URL = r.Path
	}
	if fn := r.Handler.Func; fn != nil {
		e.Name = FuncName(fn)
	}
	body := m.handlerBody(r.Handler)
	if body != nil {
		e.Handler = m.pos(body.Pos())
		e.HandlerEnd = m.pass.Fset.Position(body.End()).Line
	} else if r.Handler.Expr != nil {
		e.Handler = m.pos(r.Handler.Expr.Pos())
	}

	e.Protection = m.protection(r, body)

	// Public by design.
	if r.PathKnown && rules.MatchRoute(defaults, r.Path) {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.HealthPath, What: r.Path, At: e.Registration})
	}
	if r.PathKnown && endpoint.SignInPath(r.Path) {
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicMatcher, What: "an endpoint of the app's own sign-in flow (" + r.Path + ")", At: e.Registration})
	}
	if body != nil {
		if at, ok := m.sharedSecret(body); ok {
			e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.SharedSecret, What: "a request value compared with a secret from the environment", At: at})
		}
	}
	signed := m.signedEvidence(r.Chain)
	e.Public = append(e.Public, signed...)
	switch {
	case len(signed) > 0:
	case IsWebhookRoute(r):
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.WebhookVerify, What: webhookWhat(r), At: e.Handler})
	case r.Handler.Known && r.Handler.Flags&VerifiesSignature != 0:
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.WebhookVerify, What: "a handler that answers 401 or 403 to a request whose signature or shared secret does not verify", At: e.Handler})
	}

	// Authorization: role checks in the chain and in the handler.
	for _, mw := range r.Chain {
		if mw.Known && mw.Flags&ChecksRole != 0 {
			e.Authz = append(e.Authz, endpoint.Evidence{Kind: endpoint.RoleCheck, What: types.ExprString(mw.Expr), At: m.pos(mw.Expr.Pos())})
		}
	}
	if r.Handler.Known && r.Handler.Flags&ChecksRole != 0 {
		e.Authz = append(e.Authz, endpoint.Evidence{Kind: endpoint.RoleCheck, What: "a role or permission check in the handler", At: e.Handler})
	}

	switch {
	case r.Handler.Trivial:
		e.EffectsKnown = true // http.NotFound, a redirect: serves nothing
	case body == nil && r.Handler.Known:
		// A handler of another package of the module: its queries and
		// ownership checks travel as a QueryFact.
		if effects, checks, complete, ok := m.handlerQueries(r.Handler.Func); ok {
			e.Effects, e.EffectsKnown = effects, complete
			e.Authz = append(e.Authz, checks...)
		}
	case body != nil:
		for _, sv := range m.sessionVars(body) {
			e.Sessions = append(e.Sessions, endpoint.SessionRead{What: sourceWhat(m.info, sv.Source), At: m.pos(sv.Node.Pos()), Checked: r.Handler.Flags&VerifiesSession != 0})
		}
		bf := m.scanBody(body)
		e.Inputs = dedupeInputs(bf.inputs)
		e.Effects = bf.effects
		e.EffectsKnown = len(bf.unknown) == 0
		e.Authz = append(e.Authz, bf.checks...)
	}
	return e
}

// protection builds the chain of evidence and its state.
func (m *model) protection(r *Route, body ast.Node) endpoint.Protection {
	p := endpoint.Protection{By: m.chainEvidence(r.Chain)}
	if r.Handler.Known && r.Handler.Flags&VerifiesSession != 0 {
		at := m.pos(r.Handler.Expr.Pos())
		if body != nil {
			at = m.pos(body.Pos())
		}
		p.By = append(p.By, endpoint.Evidence{Kind: endpoint.HandlerCheck, What: types.ExprString(r.Handler.Expr), At: at})
	}
	p.State, p.Why = routeState(r)
	switch {
	case r.LateAuth != nil:
		p.Gap = &endpoint.Evidence{Kind: endpoint.BeforeGlobalAuth, What: types.ExprString(r.LateAuth.Expr), At: m.pos(r.LateAuth.Expr.Pos())}
	case r.SiblingAuth != nil:
		p.Gap = &endpoint.Evidence{Kind: endpoint.SiblingsUseAuth, What: types.ExprString(r.SiblingAuth.Expr), At: m.pos(r.SiblingAuth.Expr.Pos())}
	}
	return p
}

// chainEvidence is the protection evidence of the middleware that protects
// or reads the session, outermost first.
func (m *model) chainEvidence(chain []*Middleware) []endpoint.Evidence {
	var by []endpoint.Evidence
	for _, mw := range chain {
		if !mw.Protects() && !mw.Reads() {
			continue
		}
		ev := endpoint.Evidence{Kind: m.evidenceKind(mw), What: types.ExprString(mw.Expr), At: m.pos(mw.Expr.Pos())}
		if mw.Reads() {
			ev.Kind = endpoint.FailOpen
		}
		by = append(by, ev)
	}
	return by
}

// signedEvidence is the public-by-design evidence of the middleware in a
// chain that verifies a request's signature or shared secret: the route is
// a verified receiver (a message queue's job, a provider's callback).
func (m *model) signedEvidence(chain []*Middleware) []endpoint.Evidence {
	for _, mw := range chain {
		if mw.Signed() {
			return []endpoint.Evidence{{Kind: endpoint.WebhookVerify, What: "the middleware " + types.ExprString(mw.Expr) + " answers 401 or 403 to a request whose signature or shared secret does not verify", At: m.pos(mw.Expr.Pos())}}
		}
	}
	return nil
}

// routeState is what a route's protection adds up to, and why when Unknown.
func routeState(r *Route) (endpoint.State, string) {
	switch {
	case r.Protected():
		return endpoint.Protected, ""
	case !r.Certain():
		return endpoint.Unknown, uncertainty(r)
	case r.ReadsOnly() != nil:
		return endpoint.ReadsOnly, ""
	}
	return endpoint.Unprotected, ""
}

func (m *model) evidenceKind(mw *Middleware) endpoint.EvidenceKind {
	switch {
	case mw.Scope == ScopeServer:
		return endpoint.GlobalMiddleware
	case mw.Scope == ScopeRouter && mw.Global():
		return endpoint.GlobalMiddleware
	case mw.Scope == ScopeRouter:
		return endpoint.GroupMiddleware
	case mw.Wraps:
		return endpoint.Wrapper
	}
	return endpoint.RouteMiddleware
}

// sharedSecret finds the check of a cron or machine route: an if statement
// that exits and compares a request header or query value with a secret read
// from the environment (os.Getenv directly or through a variable), as in
// `if r.Header.Get("Authorization") != "Bearer "+os.Getenv("CRON_SECRET") { return }`
// or through subtle.ConstantTimeCompare / hmac.Equal. The two must be the
// sides of one comparison: an env read and an input check that merely share
// a condition (`key == "" || q.Get("name") == ""`) prove nothing.
func (m *model) sharedSecret(body ast.Node) (endpoint.Pos, bool) {
	var at endpoint.Pos
	found := false
	shallow(body, func(n ast.Node) bool {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || found {
			return !found
		}
		if !terminates(m.info, ifs.Body) {
			return true
		}
		ast.Inspect(ifs.Cond, func(c ast.Node) bool {
			var a, b ast.Expr
			switch c := c.(type) {
			case *ast.BinaryExpr:
				if c.Op == token.EQL || c.Op == token.NEQ {
					a, b = c.X, c.Y
				}
			case *ast.CallExpr:
				if fn := Callee(m.info, c); fn != nil && len(c.Args) == 2 &&
					(IsFunc(fn, "crypto/subtle", "ConstantTimeCompare") || IsFunc(fn, "crypto/hmac", "Equal")) {
					a, b = c.Args[0], c.Args[1]
				}
			}
			if a != nil {
				envA, inA := m.secretSides(a)
				envB, inB := m.secretSides(b)
				if (envA && inB) || (envB && inA) {
					at, found = m.pos(ifs.Pos()), true
				}
			}
			return !found
		})
		return !found
	})
	return at, found
}

// secretSides reports whether an expression reads the environment
// (os.Getenv, os.LookupEnv) and whether it reads a request header or query
// value, directly or through a variable bound to such a call.
func (m *model) secretSides(e ast.Expr) (env, input bool) {
	judge := func(call *ast.CallExpr) {
		fn := Callee(m.info, call)
		if fn == nil {
			return
		}
		env = env || IsFunc(fn, "os", "Getenv") || IsFunc(fn, "os", "LookupEnv")
		if k, ok := inputKind(fn); ok && (k == endpoint.Header || k == endpoint.Query) {
			input = true
		}
	}
	ast.Inspect(e, func(c ast.Node) bool {
		switch c := c.(type) {
		case *ast.CallExpr:
			judge(c)
		case *ast.Ident:
			if v, ok := m.info.Uses[c].(*types.Var); ok {
				if call, ok := ast.Unparen(m.values[v]).(*ast.CallExpr); ok {
					judge(call)
				}
			}
		}
		return true
	})
	return env, input
}

// UnknownRouter is the Protection.Why of a route whose router the model did
// not follow.
const UnknownRouter = "the router comes from a place the model does not follow (another package, a parameter, a function value)"

// uncertainty says why a route is not Certain, for Protection.Why.
func uncertainty(r *Route) string {
	switch {
	case !r.PathKnown:
		return "the path is not a constant"
	case !r.ContextKnown:
		return UnknownRouter
	case r.InLoop:
		return "the route is registered in a loop"
	case !r.Handler.Known:
		return "the handler is a value the model cannot resolve"
	}
	for _, mw := range r.Chain {
		switch {
		case mw.OwnAuth:
			return "the middleware " + types.ExprString(mw.Expr) + " answers 401 or 403 by a check of its own, not Clerk's"
		case !mw.Known:
			return "the middleware " + types.ExprString(mw.Expr) + " is a value the model cannot resolve"
		}
	}
	return ""
}

func webhookWhat(r *Route) string {
	if r.Handler.Flags&Webhook != 0 {
		return "a handler that verifies a Svix signature"
	}
	return "a webhook path"
}

func sourceWhat(info *types.Info, e ast.Expr) string {
	if call, ok := e.(*ast.CallExpr); ok {
		if fn := Callee(info, call); fn != nil {
			return FuncName(fn)
		}
	}
	return types.ExprString(e)
}

// dedupeInputs drops an unnamed input when a named one of the same kind is on
// the same line (r.URL.Query().Get("q") is one read).
func dedupeInputs(in []endpoint.Input) []endpoint.Input {
	named := map[[2]any]bool{}
	for _, i := range in {
		if i.Name != "" {
			named[[2]any{i.Kind, i.At.Line}] = true
		}
	}
	var out []endpoint.Input
	for _, i := range in {
		if i.Name == "" && named[[2]any{i.Kind, i.At.Line}] {
			continue
		}
		out = append(out, i)
	}
	return out
}
