package web

import (
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// GuardAt is a guard on an endpoint with the place it covers it from.
type GuardAt struct {
	Guard Guard
	Kind  endpoint.EvidenceKind
	// Param is the handler parameter holding an optional result, for CLK102.
	Param string
}

// HandlerGuards are the handler's own: its Depends() parameters (ps, from
// params; an optional one checked in the body counts as a check) and the
// protecting project functions it calls.
func (g *Guards) HandlerGuards(f *python.File, fn *sitter.Node, ps []Param) []GuardAt {
	body := fn.ChildByFieldName("body")
	var out []GuardAt
	for _, p := range ps {
		if p.Dep == nil {
			continue
		}
		r := g.ParamGuard(f, p, 0)
		kind := endpoint.RouteMiddleware
		if r.Verdict == Optional {
			r = OptionalParam(f, body, p, r, f.Text(fn.ChildByFieldName("name")))
			if r.Verdict == Protects {
				kind = endpoint.HandlerCheck
			}
		}
		out = append(out, GuardAt{Guard: r, Kind: kind, Param: p.Name})
	}
	inner := g.Function(f, fn, 0)
	// The handler's own body: a guard called and checked, a protecting
	// helper, a 401 raised. Parameters were judged above.
	byParam := slices.ContainsFunc(out, func(ga GuardAt) bool { return ga.Guard.Verdict == Protects })
	if inner.Verdict == Protects && !byParam {
		out = append(out, GuardAt{Guard: inner, Kind: endpoint.HandlerCheck})
	} else if inner.Verdict == Optional && inner.Unchecked != nil && strings.Contains(inner.What, "authenticate_request") {
		out = append(out, GuardAt{Guard: inner, Kind: endpoint.HandlerCheck})
	}
	return out
}

// Protection adds up the guards on an endpoint.
func Protection(gs []GuardAt) endpoint.Protection {
	p := endpoint.Protection{State: endpoint.Unprotected}
	var optionalSeen, unknownSeen, tokenSeen bool
	for _, g := range gs {
		switch g.Guard.Verdict {
		case Protects:
			p.State = endpoint.Protected
			p.By = append(p.By, endpoint.Evidence{Kind: g.Kind, What: g.Guard.What, At: g.Guard.At})
		case Optional:
			optionalSeen = true
			if ev := (endpoint.Evidence{Kind: endpoint.FailOpen, What: g.Guard.What, At: g.Guard.At}); !slices.Contains(p.By, ev) {
				p.By = append(p.By, ev)
			}
		case Unknown:
			unknownSeen = true
			p.Why = "the dependency " + g.Guard.What + " could not be read"
		case TokenOnly:
			tokenSeen = true
			if p.Why == "" {
				p.Why = "a " + g.Guard.What + " dependency requires a token; whether anything verifies it could not be told"
			}
		}
	}
	switch {
	case p.State == endpoint.Protected:
		p.Why = ""
	case unknownSeen || tokenSeen:
		p.State = endpoint.Unknown
	case optionalSeen:
		p.State = endpoint.ReadsOnly
	}
	return p
}

// WebhookVerify returns webhook evidence when the handler verifies a svix
// signature (Webhook(secret).verify(...)) itself or through a helper in the
// same module.
func WebhookVerify(f *python.File, fn *sitter.Node) *endpoint.Evidence {
	var ev *endpoint.Evidence
	python.WalkBody(fn.ChildByFieldName("body"), func(n *sitter.Node) bool {
		if ev != nil || n.Type() != "call" {
			return ev == nil
		}
		dotted, last := f.Callee(n)
		if (last == "verify" && (f.ImportsFrom("svix") || strings.Contains(strings.ToLower(dotted), "webhook") || strings.HasPrefix(dotted, "wh"))) || last == "construct_event" && strings.Contains(dotted, "Webhook") || strings.Contains(last, "verify_webhook") || strings.Contains(last, "verify_svix") || strings.Contains(last, "verify_signature") {
			ev = &endpoint.Evidence{Kind: endpoint.WebhookVerify, What: dotted + "(...)", At: endpoint.Pos{File: f.Path, Line: f.Line(n)}}
		}
		return ev == nil
	})
	return ev
}

// Inputs lists the request values a handler takes, from its parameters
// (ps, from params: a dependency fills those with a Depends()): path
// parameters, and body, query or header parameters by their annotation.
func Inputs(f *python.File, ps []Param, path string) []endpoint.Input {
	var out []endpoint.Input
	for _, p := range ps {
		if p.Dep != nil || p.Name == "" || p.Name == "self" || (p.Name == "request" || p.Name == "websocket") && p.Type == nil {
			continue
		}
		at := endpoint.Pos{File: f.Path, Line: f.Line(p.Node)}
		typ := f.Text(p.Type)
		def := ""
		if v := p.Node.ChildByFieldName("value"); v != nil {
			def = f.Text(v)
		}
		switch {
		case pathParam(path, p.Name):
			out = append(out, endpoint.Input{Kind: endpoint.PathParam, Name: p.Name, At: at})
		case typ == "Request" || typ == "WebSocket" || typ == "Response" || typ == "BackgroundTasks":
		case strings.HasPrefix(def, "Header("):
			out = append(out, endpoint.Input{Kind: endpoint.Header, Name: p.Name, At: at})
		case strings.HasPrefix(def, "Cookie("):
			out = append(out, endpoint.Input{Kind: endpoint.Cookie, Name: p.Name, At: at})
		case strings.HasPrefix(def, "Form(") || strings.HasPrefix(def, "File("):
			out = append(out, endpoint.Input{Kind: endpoint.Form, Name: p.Name, At: at})
		case strings.HasPrefix(def, "Body(") || typ != "" && typ[0] >= 'A' && typ[0] <= 'Z' && !strings.HasPrefix(typ, "Optional[str") && !strings.HasPrefix(typ, "Optional[int"):
			out = append(out, endpoint.Input{Kind: endpoint.Body, Name: p.Name, At: at})
		default:
			out = append(out, endpoint.Input{Kind: endpoint.Query, Name: p.Name, At: at})
		}
	}
	return out
}

// pathParam reports whether a route path declares a parameter: FastAPI's
// {id} and {path:path}, Flask's and Django's <id> and <int:id>, a Django
// regular expression's (?P<id>...).
func pathParam(path, name string) bool {
	return strings.Contains(path, "{"+name+"}") || strings.Contains(path, "{"+name+":") ||
		strings.Contains(path, "<"+name+">") || strings.Contains(path, ":"+name+">")
}

// Handler fills what a handler function tells about its endpoint, in every
// framework: its name and span, effects, request inputs, a webhook
// signature check; it returns the handler's own guards, which the producer
// adds to the ones in front of it.
func (g *Guards) Handler(e *endpoint.Endpoint, f *python.File, fn *sitter.Node, path string) []GuardAt {
	e.Name = f.Text(fn.ChildByFieldName("name"))
	e.Handler = endpoint.Pos{File: f.Path, Line: f.Line(fn)}
	e.HandlerEnd = int(fn.EndPoint().Row) + 1
	e.Effects, e.EffectsKnown = g.m.Effects(f, fn)
	ps := g.params(f, fn)
	e.Inputs = Inputs(f, ps, path)
	o := g.origins(f, ps, e.Inputs)
	g.m.ClerkArgs(f, fn, e.Effects, o)
	var owns []endpoint.Evidence
	e.Effects, owns = g.m.Queries(f, fn, e.Effects, o)
	e.Authz = append(append(append(e.Authz, g.m.RoleChecks(f, fn)...), g.m.IdentityChecks(f, fn, o)...), owns...)
	if ev := WebhookVerify(f, fn); ev != nil {
		e.Public = append(e.Public, *ev)
	}
	return g.HandlerGuards(f, fn, ps)
}

// origins says which of the handler's parameters hold the request's values
// and which a dependency or a guard it calls fills (the session), for
// ClerkArgs and IdentityChecks (CLK201, CLK202).
func (g *Guards) origins(f *python.File, ps []Param, ins []endpoint.Input) python.Origins {
	o := python.Origins{Request: map[string]endpoint.InputKind{}, Session: map[string]bool{},
		SessionCall: func(cf *python.File, call *sitter.Node) bool {
			dotted, _ := cf.Callee(call)
			sym := g.m.Resolve(cf, dotted)
			def := python.FuncDef(sym.Node)
			return def != nil && g.Function(sym.File, def, 0).Verdict == Protects
		}}
	if mod, _, ok := f.ImportedFrom("request"); ok && mod == "flask" {
		o.RequestParam = "request"
	}
	if mod, _, ok := f.ImportedFrom("g"); ok && mod == "flask" {
		o.Session["g"] = true // what the guards store for the request: g.user_id
	}
	for _, p := range ps {
		switch {
		case p.Dep != nil && dbSession.MatchString(p.Name):
			// db: Session = Depends(get_db), db: SessionDep hold no
			// session value.
		case p.Dep != nil:
			o.Session[p.Name] = true
		case f.Text(p.Type) == "Request", p.Name == "request" && p.Type == nil:
			o.RequestParam = p.Name
		}
	}
	for _, in := range ins {
		o.Request[in.Name] = in.Kind
	}
	return o
}

// dbSession matches the names of parameters that hold a database session
// or connection, not the user's.
var dbSession = lazyregexp.New(`^_?(db|session|sess|conn|connection|database|engine|tx|cursor|repo|uow)(_.*)?$|_(db|session|repo|repository)$`)

// MaxMounts bounds the ways one router is reachable from an app (include
// chains, blueprints registered under several prefixes) that a framework
// model turns into endpoints: each is an endpoint, and a hostile project
// can multiply them without end.
const MaxMounts = 16

// Judge sets an endpoint's protection from the guards in front of it and
// its own, and adds the role and permission tests those guards make
// (Depends(require_admin), a decorator checking the role) to its Authz.
func Judge(e *endpoint.Endpoint, gs []GuardAt) {
	for _, ga := range gs {
		for _, ev := range ga.Guard.Authz {
			// The handler's own tests are in e.Authz already when its
			// body is also one of the guards.
			if !slices.Contains(e.Authz, ev) {
				e.Authz = append(e.Authz, ev)
			}
		}
	}
	e.Protection = Protection(gs)
}
