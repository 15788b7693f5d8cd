// Package django is the Django (and Django REST framework) model of the
// python engine: an endpoint for every view the URL configuration reaches
// (path, re_path and url entries, include() of modules, lists and DRF
// routers, prefixes composed from ROOT_URLCONF down), with the guards in
// front of it: the settings' MIDDLEWARE, DRF permission classes (the view's
// or REST_FRAMEWORK's default), view decorators (a project decorator
// credited by what its wrapper does), LoginRequiredMixin, and the view's own
// checks. python/web judges them.
package django

import (
	"path"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/python/web"
)

// Framework is the endpoints' framework name.
const Framework = "django"

// Model is the Django framework model.
var Model = web.Framework{
	Name: "Django",
	Fix:  "require a verified session in front of it (DRF permission_classes = [IsAuthenticated] behind a Clerk authentication class, a Clerk middleware in MIDDLEWARE that rejects, or a view decorator that returns 401)",
	Sites: func(m *python.Model, g *web.Guards) []web.Site {
		return build(m, g)
	},
}

// model is what the settings say for every view, and the sites found.
type model struct {
	m *python.Model
	g *web.Guards
	// middleware are MIDDLEWARE's session-checking classes; pathMiddleware
	// is set when one decides by path.
	middleware     []web.Guard
	pathMiddleware *web.Guard
	// drfDefault is REST_FRAMEWORK's DEFAULT_PERMISSION_CLASSES verdict.
	drfDefault permission
	sites      []web.Site
	// seen stops include() cycles; visits bounds the walk, which a URL
	// module included twice by each of a chain of parents makes exponential.
	seen   map[*sitter.Node]bool
	visits int
}

// maxURLVisits bounds the pattern lists one project's URL walk visits.
const maxURLVisits = 20000

// permission is what DRF permission classes say.
type permission struct {
	set bool
	// guard protects (IsAuthenticated, a project class reading the user).
	guard *web.Guard
	// public is AllowAny: public by the app's own declaration; readOnly is
	// IsAuthenticatedOrReadOnly: safe methods are public.
	public, readOnly bool
	at               endpoint.Pos
}

// safe are the methods IsAuthenticatedOrReadOnly lets through.
var safe = []string{"GET", "HEAD", "OPTIONS"}

func build(m *python.Model, g *web.Guards) []web.Site {
	dm := &model{m: m, g: g, seen: map[*sitter.Node]bool{}}
	var roots []*python.File
	uses := false
	var confs []*python.File
	m.Each(func(f *python.File) {
		if f.ImportsFrom("django") || f.ImportsFrom("rest_framework") {
			uses = true
		}
		if mw, ok := f.Defs["MIDDLEWARE"]; ok {
			dm.settingsMiddleware(f, mw)
		}
		if rf, ok := f.Defs["REST_FRAMEWORK"]; ok {
			dm.restFramework(f, rf)
		}
		if rc, ok := f.Defs["ROOT_URLCONF"]; ok {
			if s, ok := f.StringValue(rc); ok {
				if root := m.Module(f, s); root != nil && !slices.Contains(roots, root) {
					roots = append(roots, root)
				}
			}
		}
		if _, ok := f.Defs["urlpatterns"]; ok {
			confs = append(confs, f)
		}
	})
	if !uses {
		return nil
	}
	if len(roots) == 0 {
		// No settings found: every URL module nothing includes is a root.
		included := map[*python.File]bool{}
		for _, f := range confs {
			for _, inc := range dm.includedModules(f) {
				included[inc] = true
			}
		}
		for _, f := range confs {
			if !included[f] {
				roots = append(roots, f)
			}
		}
	}
	for _, f := range roots {
		dm.urlconf(f, "/")
	}
	return dm.sites
}

// settingsMiddleware judges the classes MIDDLEWARE names by dotted path.
func (dm *model) settingsMiddleware(f *python.File, list *sitter.Node) {
	for _, e := range python.Children(python.Unwrap(list)) {
		s, ok := f.StringValue(e)
		if !ok || !strings.Contains(s, ".") || strings.HasPrefix(s, "django.") {
			continue
		}
		i := strings.LastIndexByte(s, '.')
		mod := dm.m.Module(f, s[:i])
		if mod == nil {
			continue
		}
		cls := mod.Defs[s[i+1:]]
		if cls == nil || cls.Type() != "class_definition" {
			continue
		}
		for _, name := range []string{"__call__", "process_request", "process_view"} {
			fn := web.Method(mod, cls, name)
			if fn == nil {
				continue
			}
			g, byPath, ok := dm.g.Hook(mod, fn)
			switch {
			case !ok:
				continue
			case g.Verdict == web.Optional:
				// It attaches the session to the request for the views to
				// check (request.clerk_user): each view is judged on its own.
			case byPath:
				dm.pathMiddleware = &g
			default:
				dm.middleware = append(dm.middleware, g)
			}
			break
		}
	}
}

// restFramework reads REST_FRAMEWORK's DEFAULT_PERMISSION_CLASSES.
func (dm *model) restFramework(f *python.File, dict *sitter.Node) {
	for _, pair := range python.Children(python.Unwrap(dict)) {
		if pair.Type() != "pair" {
			continue
		}
		if k, _ := f.StringValue(pair.ChildByFieldName("key")); k == "DEFAULT_PERMISSION_CLASSES" {
			dm.drfDefault = dm.permissions(f, pair.ChildByFieldName("value"))
		}
	}
}

// permissions judges a permission_classes list (names or dotted strings).
func (dm *model) permissions(f *python.File, list *sitter.Node) permission {
	list = python.Unwrap(list)
	p := permission{set: true}
	if list == nil {
		return p
	}
	p.at = endpoint.Pos{File: f.Path, Line: f.Line(list)}
	for _, e := range python.Children(list) {
		name, ok := f.StringValue(e)
		if !ok {
			name = f.Text(e)
		}
		last := name[strings.LastIndexByte(name, '.')+1:]
		// IsAuthenticated & IsOwner: the operands are the classes.
		switch last {
		case "IsAuthenticated", "IsAdminUser", "DjangoModelPermissions", "DjangoObjectPermissions":
			p.guard = &web.Guard{Verdict: web.Protects, What: "permission_classes " + last, At: p.at}
		case "IsAuthenticatedOrReadOnly", "DjangoModelPermissionsOrAnonReadOnly":
			p.guard = &web.Guard{Verdict: web.Protects, What: "permission_classes " + last, At: p.at}
			p.readOnly = true
		case "AllowAny":
			p.public = true
		default:
			if !ok && dm.projectPermission(f, name, 0) {
				p.guard = &web.Guard{Verdict: web.Protects, What: "permission_classes " + last, At: p.at}
			}
		}
	}
	return p
}

// projectPermission reports whether a project permission class requires a
// signed-in user: its has_permission reads is_authenticated, or it extends
// IsAuthenticated (or such a project class) without overriding it.
func (dm *model) projectPermission(f *python.File, name string, depth int) bool {
	sym := dm.m.Resolve(f, name)
	if depth > 4 || sym.Node == nil || sym.Node.Type() != "class_definition" {
		return false
	}
	if fn := web.Method(sym.File, sym.Node, "has_permission"); fn != nil {
		return strings.Contains(sym.File.Text(fn), "is_authenticated")
	}
	for _, b := range python.Children(sym.Node.ChildByFieldName("superclasses")) {
		base := sym.File.Text(b)
		switch base[strings.LastIndexByte(base, '.')+1:] {
		case "IsAuthenticated", "IsAdminUser":
			return true
		}
		if dm.projectPermission(sym.File, base, depth+1) {
			return true
		}
	}
	return false
}

// includedModules lists the URL modules a module includes by name.
func (dm *model) includedModules(f *python.File) []*python.File {
	var out []*python.File
	python.Walk(f.Root(), func(n *sitter.Node) bool {
		if n.Type() == "call" {
			if _, last := f.Callee(n); last == "include" {
				if mod := dm.includeTarget(f, f.Arg(n, 0, "arg")); mod != nil {
					out = append(out, mod)
				}
			}
		}
		return true
	})
	return out
}

// includeTarget resolves include()'s argument to a project module: a
// dotted string, a (module, app_name) tuple, or an imported module.
func (dm *model) includeTarget(f *python.File, arg *sitter.Node) *python.File {
	arg = python.Unwrap(arg)
	if arg != nil && arg.Type() == "tuple" && arg.NamedChildCount() > 0 {
		arg = arg.NamedChild(0)
	}
	if s, ok := f.StringValue(arg); ok {
		return dm.m.Module(f, s)
	}
	if arg != nil && (arg.Type() == "identifier" || arg.Type() == "attribute") {
		return dm.m.Resolve(f, f.Text(arg)).Module
	}
	return nil
}

// urlconf walks a URL module's urlpatterns under a prefix.
func (dm *model) urlconf(f *python.File, prefix string) {
	if list := f.Defs["urlpatterns"]; list != nil {
		dm.patterns(f, list, prefix)
	}
	// urlpatterns += [...]
	for _, st := range python.Children(f.Root()) {
		if st.Type() == "expression_statement" && st.NamedChildCount() > 0 && st.NamedChild(0).Type() == "augmented_assignment" {
			a := st.NamedChild(0)
			if f.Text(a.ChildByFieldName("left")) == "urlpatterns" {
				dm.patterns(f, a.ChildByFieldName("right"), prefix)
			}
		}
	}
}

// patterns walks a list of URL patterns: a list, a concatenation, a DRF
// router's urls.
func (dm *model) patterns(f *python.File, n *sitter.Node, prefix string) {
	n = python.Unwrap(n)
	if n == nil || dm.seen[n] {
		return
	}
	if dm.visits++; dm.visits == maxURLVisits {
		dm.m.Project.Gap(f.Path, "URL patterns not all read: the include() tree reaches more than 20000 pattern lists; the Django model stopped there")
	}
	if dm.visits >= maxURLVisits {
		return
	}
	dm.seen[n] = true
	defer delete(dm.seen, n)
	switch n.Type() {
	case "list", "tuple":
		for _, e := range python.Children(n) {
			dm.entry(f, e, prefix)
		}
	case "binary_operator":
		dm.patterns(f, n.ChildByFieldName("left"), prefix)
		dm.patterns(f, n.ChildByFieldName("right"), prefix)
	case "attribute":
		if f.Text(n.ChildByFieldName("attribute")) == "urls" {
			dm.router(f, f.Text(n.ChildByFieldName("object")), prefix)
		}
	case "identifier":
		// A list defined here or imported (from orders.urls import urlpatterns as order_urls).
		if sym := dm.m.Resolve(f, f.Text(n)); sym.Node != nil {
			dm.patterns(sym.File, sym.Node, prefix)
		}
	}
}

// entry is one path()/re_path()/url() call.
func (dm *model) entry(f *python.File, call *sitter.Node, prefix string) {
	call = python.Unwrap(call)
	if call == nil || call.Type() != "call" {
		return
	}
	_, last := f.Callee(call)
	if last != "path" && last != "re_path" && last != "url" {
		return
	}
	route, ok := f.StringValue(f.Arg(call, 0, "route"))
	if !ok {
		return
	}
	if last != "path" {
		route = strings.TrimSuffix(strings.TrimPrefix(route, "^"), "$")
	}
	url := prefix + route
	view := python.Unwrap(f.Arg(call, 1, "view"))
	if view == nil {
		return
	}
	var wrap []web.Guard
	for view.Type() == "call" {
		fn := view.ChildByFieldName("function")
		_, vlast := f.Callee(view)
		switch {
		case vlast == "include":
			arg := python.Unwrap(f.Arg(view, 0, "arg"))
			if mod := dm.includeTarget(f, arg); mod != nil {
				dm.urlconf(mod, url)
			} else {
				dm.patterns(f, arg, url)
			}
			return
		case vlast == "as_view" && fn.Type() == "attribute":
			sym := dm.m.Resolve(f, f.Text(fn.ChildByFieldName("object")))
			if sym.Node != nil && sym.Node.Type() == "class_definition" {
				dm.classView(f, call, url, sym.File, sym.Node, wrap)
			}
			return
		}
		// login_required(views.x), csrf_exempt(...): a decorator applied here.
		if gd, ok := dm.g.Decorator(f, fn); ok {
			wrap = append(wrap, gd)
		}
		view = python.Unwrap(f.Arg(view, 0, ""))
		if view == nil {
			return
		}
	}
	sym := dm.m.Resolve(f, f.Text(view))
	fn := python.FuncDef(sym.Node)
	if fn == nil {
		return
	}
	site := dm.site(f, call, url, nil, sym.File, fn)
	decs, perm := dm.decorators(sym.File, sym.Node)
	_, drf := apiView(sym.File, sym.Node)
	dm.finish(site, slices.Concat(wrap, decs), perm, drf)
}

// decorators judges a function view's decorators: DRF's @api_view
// (methods, a DRF view) and @permission_classes, and guards.
func (dm *model) decorators(f *python.File, def *sitter.Node) (guards []web.Guard, perm permission) {
	if def.Type() != "decorated_definition" {
		return nil, perm
	}
	for _, d := range python.Children(def) {
		if d.Type() != "decorator" || d.NamedChildCount() == 0 {
			continue
		}
		expr := d.NamedChild(0)
		name := f.Text(expr)
		if expr.Type() == "call" {
			_, name = f.Callee(expr)
		}
		switch name {
		case "permission_classes":
			perm = dm.permissions(f, f.Arg(expr, 0, ""))
		case "api_view", "require_http_methods", "require_GET", "require_POST", "csrf_exempt", "authentication_classes":
		default:
			if gd, ok := dm.g.Decorator(f, expr); ok {
				guards = append(guards, gd)
			}
		}
	}
	return guards, perm
}

// apiView reports whether a function view is a DRF @api_view, and its methods.
func apiView(f *python.File, def *sitter.Node) (methods []string, ok bool) {
	if def.Type() != "decorated_definition" {
		return nil, false
	}
	for _, d := range python.Children(def) {
		if d.Type() != "decorator" || d.NamedChildCount() == 0 || d.NamedChild(0).Type() != "call" {
			continue
		}
		if _, name := f.Callee(d.NamedChild(0)); name == "api_view" {
			for _, m := range python.Children(python.Unwrap(f.Arg(d.NamedChild(0), 0, "http_method_names"))) {
				if s, ok := f.StringValue(m); ok {
					methods = append(methods, strings.ToUpper(s))
				}
			}
			if len(methods) == 0 {
				methods = []string{"GET"}
			}
			return methods, true
		}
	}
	return nil, false
}

// viewMethods are a class-based view's handler methods by HTTP method; a
// ViewSet's actions.
var (
	viewMethods = []string{"get", "post", "put", "patch", "delete"}
	actions     = map[string]string{"list": "GET", "retrieve": "GET", "create": "POST", "update": "PUT", "partial_update": "PATCH", "destroy": "DELETE"}
	// modelActions are what a ModelViewSet serves without defining them.
	modelActions = map[string][]string{"ModelViewSet": {"list", "create", "retrieve", "update", "partial_update", "destroy"}, "ReadOnlyModelViewSet": {"list", "retrieve"}}
)

// classView records a class-based view's methods, or a ViewSet's actions.
func (dm *model) classView(f *python.File, reg *sitter.Node, url string, cf *python.File, cls *sitter.Node, wrap []web.Guard) {
	guards, perm, drf, bases := dm.classGuards(cf, cls)
	guards = slices.Concat(wrap, guards)
	found := false
	names := slices.Clone(viewMethods)
	for a := range actions {
		names = append(names, a)
	}
	slices.Sort(names)
	for _, name := range names {
		fn := web.Method(cf, cls, name)
		if fn == nil {
			continue
		}
		method := strings.ToUpper(name)
		if m, ok := actions[name]; ok {
			method = m
		}
		found = true
		site := dm.site(f, reg, url, []string{method}, cf, fn)
		site.Endpoint.Name = cf.Text(cls.ChildByFieldName("name")) + "." + name
		dm.finish(site, guards, perm, drf)
	}
	if found {
		return
	}
	// A ModelViewSet reads and writes its queryset without a method of its
	// own: one endpoint for its actions, one finding when it is open.
	for _, b := range bases {
		acts := modelActions[b]
		if len(acts) == 0 {
			continue
		}
		e := endpoint.Endpoint{Framework: Framework, Kind: endpoint.Route, URL: url,
			Name: cf.Text(cls.ChildByFieldName("name")), Registration: endpoint.Pos{File: f.Path, Line: f.Line(reg)},
			Handler: endpoint.Pos{File: cf.Path, Line: cf.Line(cls)}, HandlerEnd: int(cls.EndPoint().Row) + 1, EffectsKnown: true}
		kind := endpoint.DBRead
		for _, a := range acts {
			if !slices.Contains(e.Methods, actions[a]) {
				e.Methods = append(e.Methods, actions[a])
			}
			if actions[a] != "GET" {
				kind = endpoint.DBWrite
			}
		}
		e.Effects = []endpoint.Effect{{Kind: kind, Target: b + " " + strings.Join(acts, "/"), At: e.Handler}}
		dm.finish(&web.Site{Endpoint: e}, guards, perm, drf)
		return
	}
}

// classGuards reads a view class and its project base classes: the
// permission_classes attribute, LoginRequiredMixin-style bases,
// @method_decorator(...) on the class, a dispatch override; drf says it is
// a DRF view; bases are the base class names met.
func (dm *model) classGuards(f *python.File, cls *sitter.Node) (guards []web.Guard, perm permission, drf bool, bases []string) {
	seen := map[*sitter.Node]bool{}
	var visit func(f *python.File, cls *sitter.Node)
	visit = func(f *python.File, cls *sitter.Node) {
		if seen[cls] || len(seen) > 8 {
			return
		}
		seen[cls] = true
		at := endpoint.Pos{File: f.Path, Line: f.Line(cls)}
		for _, st := range python.Children(cls.ChildByFieldName("body")) {
			if st.Type() != "expression_statement" || st.NamedChildCount() == 0 || st.NamedChild(0).Type() != "assignment" {
				continue
			}
			a := st.NamedChild(0)
			if f.Text(a.ChildByFieldName("left")) == "permission_classes" && !perm.set {
				perm = dm.permissions(f, a.ChildByFieldName("right"))
			}
		}
		if fn := web.Method(f, cls, "dispatch"); fn != nil {
			if r := dm.g.Function(f, fn, 0); r.Verdict != web.NoGuard {
				guards = append(guards, r)
			}
		}
		if p := cls.Parent(); p != nil && p.Type() == "decorated_definition" {
			for _, d := range python.Children(p) {
				if d.Type() != "decorator" || d.NamedChildCount() == 0 || d.NamedChild(0).Type() != "call" {
					continue
				}
				if _, name := f.Callee(d.NamedChild(0)); name == "method_decorator" {
					if gd, ok := dm.g.Decorator(f, f.Arg(d.NamedChild(0), 0, "decorator")); ok {
						guards = append(guards, gd)
					}
				}
			}
		}
		for _, b := range python.Children(cls.ChildByFieldName("superclasses")) {
			if b.Type() == "keyword_argument" {
				continue
			}
			name := f.Text(b)
			last := name[strings.LastIndexByte(name, '.')+1:]
			bases = append(bases, last)
			switch {
			case last == "LoginRequiredMixin" || last == "PermissionRequiredMixin" || last == "UserPassesTestMixin":
				guards = append(guards, web.Guard{Verdict: web.Protects, What: last, At: at})
			case last == "APIView" || strings.HasSuffix(last, "ViewSet") || strings.HasSuffix(last, "APIView"):
				drf = true
			}
			if sym := dm.m.Resolve(f, name); sym.Node != nil && sym.Node.Type() == "class_definition" {
				visit(sym.File, sym.Node)
			}
		}
	}
	visit(f, cls)
	return guards, perm, drf, bases
}

// router records the ViewSets registered on a DRF router of module f.
func (dm *model) router(f *python.File, name, prefix string) {
	python.Walk(f.Root(), func(n *sitter.Node) bool {
		if n.Type() != "call" {
			return true
		}
		dotted, last := f.Callee(n)
		if last != "register" || dotted != name+".register" {
			return true
		}
		route, ok := f.StringValue(f.Arg(n, 0, "prefix"))
		sym := dm.m.Resolve(f, f.Text(f.Arg(n, 1, "viewset")))
		if !ok || sym.Node == nil || sym.Node.Type() != "class_definition" {
			return true
		}
		dm.classView(f, n, path.Join(prefix, strings.Trim(route, "^$"))+"/", sym.File, sym.Node, nil)
		return true
	})
}

// site starts an endpoint for a view function.
func (dm *model) site(f *python.File, reg *sitter.Node, url string, methods []string, hf *python.File, fn *sitter.Node) *web.Site {
	e := endpoint.Endpoint{Framework: Framework, Kind: endpoint.Route, Methods: methods, URL: url,
		Registration: endpoint.Pos{File: f.Path, Line: f.Line(reg)}}
	s := &web.Site{Endpoint: e}
	s.Own = dm.g.Handler(&s.Endpoint, hf, fn, url)
	if methods == nil {
		if def := fn.Parent(); def != nil && def.Type() == "decorated_definition" {
			if ms, ok := apiView(hf, def); ok {
				s.Endpoint.Methods = ms
			}
		}
	}
	return s
}

// finish adds up what is in front of a view: middleware, decorators,
// permission classes (the view's, else REST_FRAMEWORK's default for DRF
// views), its own checks.
func (dm *model) finish(s *web.Site, guards []web.Guard, perm permission, drf bool) {
	e := &s.Endpoint
	var gs []web.GuardAt
	for _, g := range dm.middleware {
		gs = append(gs, web.GuardAt{Guard: g, Kind: endpoint.GlobalMiddleware})
	}
	if !perm.set && drf {
		perm = dm.drfDefault
	}
	onlySafe := len(e.Methods) > 0 && !slices.ContainsFunc(e.Methods, func(m string) bool { return !slices.Contains(safe, m) })
	switch {
	case perm.public:
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicMatcher, What: "permission_classes AllowAny", At: perm.at})
	case perm.guard != nil && perm.readOnly && onlySafe:
		e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicMatcher, What: perm.guard.What + " (safe methods)", At: perm.at})
	case perm.guard != nil:
		gs = append(gs, web.GuardAt{Guard: *perm.guard, Kind: endpoint.RouteMiddleware})
	}
	for _, g := range guards {
		gs = append(gs, web.GuardAt{Guard: g, Kind: endpoint.RouteMiddleware})
	}
	gs = append(gs, s.Own...)
	web.Judge(e, gs)
	e.Protection = web.ByPath(e.Protection, dm.pathMiddleware, endpoint.GlobalMiddleware, "a middleware in MIDDLEWARE")
	dm.sites = append(dm.sites, *s)
}
