package nextjs

import (
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// served is what the app's public routes and pages hand to anyone.
type served struct {
	// rows maps the ModelKey of every model whose rows they serve
	// (endpoint.AddServedReads) to the first such endpoint, for messages.
	rows map[string]string
	// calls maps the server actions they run to render themselves (called
	// or rendered as components by a page that reads no session, or a
	// page's own 'use server' module) to the first such endpoint.
	calls map[*js.Func]string
	// members: the middleware lets no App Router page through without a
	// session (sign-in pages aside): a members-only app, whose rows no
	// catalogue name makes public.
	members bool
}

// served computes, once per app, on the first server action that asks,
// what is served to anyone: the reads of every GET route handler and App
// Router page (with the server components it renders) that the middleware
// lets through by a pattern naming it or its URL tree (not a broad one,
// which may open it by accident) or that CLK101's public-routes names,
// outside route groups named for signed-in users, and that is not gated
// on the session. A page that reads the session without requiring it
// still serves the rows its reads select by nothing the session holds
// (endpoint.ServedRead); the server actions it runs count only when it
// reads no session at all, since it may hand them the caller's id.
func (c *checker) served(m *js.Model, as *appState) *served {
	as.servedOnce.Do(func() {
		sv := &served{rows: map[string]string{}, calls: map[*js.Func]string{}}
		as.open = sv
		pages, open := 0, false
		defer func() { sv.members = pages > 0 && !open }()
		for _, f := range as.srcs {
			rel := as.app.Rel(f.Path)
			route, ok := RouteOf(rel)
			if ok && route.Kind == AppPage && !endpoint.SignInPath(route.Pattern) {
				pages++
				if v, _, _ := as.verdict(route); v != Protected {
					open = true
				}
			}
			if !ok || privateGroup(rel) {
				continue
			}
			if !c.openRoute(as, route) {
				c.servedPageAction(m, as, sv, f.Path, route)
				continue
			}
			name, what := "GET", "GET "+route.Pattern
			if route.Kind == AppPage {
				name, what = "default", "page "+route.Pattern
			}
			mod := m.Module(f.Path)
			if mod == nil || mod.Err != nil || mod.Exports[name] == nil || mod.UseClient() {
				continue
			}
			p := m.ExportProtection(mod, name, &c.spec)
			if p.Protected || p.Secret {
				continue // only signed-in callers, or holders of the secret or signed token it checks, get past it
			}
			dm, fn := m.ExportFunc(f.Path, name)
			if fn == nil {
				continue
			}
			funcs := []renderedFunc{{dm, fn, len(p.Unchecked) > 0}}
			if route.Kind == AppPage {
				funcs = c.rendered(m, dm, fn, funcs, map[*js.Func]bool{fn: true}, 0)
			}
			for _, rf := range funcs {
				effects, _ := m.Effects(rf.mod, rf.fn)
				for _, ef := range effects {
					if k := endpoint.ModelKey(ef.Model); endpoint.ServedRead(ef) && sv.rows[k] == "" {
						sv.rows[k] = what
					}
				}
				if rf.session || len(p.Unchecked) > 0 {
					continue
				}
				if rf.mod.UseServer() && sv.calls[rf.fn] == "" {
					sv.calls[rf.fn] = what // a page or component its module marks 'use server'
				}
				for _, cs := range rf.fn.Calls {
					if r := m.ResolveCallee(rf.mod, cs.Callee); r.Fn != nil && len(r.Path) == 0 && r.Mod.UseServer() && sv.calls[r.Fn] == "" {
						sv.calls[r.Fn] = what
					}
				}
			}
		}
	})
	return as.open
}

// servedPageAction records a page whose own module says 'use server'
// (its default export is then a server action too) when nothing protects
// it: no public pattern names it, but the middleware lets it through and
// it reads no session, so calling the action does what visiting the page
// does.
func (c *checker) servedPageAction(m *js.Model, as *appState, sv *served, file string, route Route) {
	if route.Kind != AppPage || !endpoint.OpenURL(route.Pattern) {
		return
	}
	mod := m.Module(file)
	if mod == nil || mod.Err != nil || !mod.UseServer() || mod.Exports["default"] == nil {
		return
	}
	if v, _, _ := as.verdict(route); v != Unprotected {
		return
	}
	if p := m.ExportProtection(mod, "default", &c.spec); p.Protected || len(p.Unchecked) > 0 {
		return
	}
	if _, fn := m.ExportFunc(file, "default"); fn != nil && sv.calls[fn] == "" {
		sv.calls[fn] = "page " + route.Pattern
	}
}

// publicUsers returns the URL patterns of the pages that use an export of a
// 'use server' module when only public pages do (endpoint.AddUsedByPublicPages):
// every chain of importers from the modules importing it by name, through
// client components and plain modules, ends at an App Router page the
// middleware opens by a pattern naming it or its tree (openRoute), outside
// route groups named for signed-in users. Any other view (a layout, which
// wraps pages the index does not list; a protected page), a route handler,
// or a file whose importers the index cannot see answers nil. Chains that
// end at nothing (a module no page imports) add nothing.
func (c *checker) publicUsers(m *js.Model, as *appState, mod *js.Module, name string) []string {
	ix := as.actionImports(m)
	var pages []string
	seen := map[string]bool{mod.Path: true}
	queue := []string{mod.Path}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		if f != mod.Path {
			rel := as.app.Rel(f)
			if route, ok := RouteOf(rel); ok && route.Kind == AppPage {
				if privateGroup(rel) || !c.openRoute(as, route) {
					return nil
				}
				if !slices.Contains(pages, route.Pattern) {
					pages = append(pages, route.Pattern)
				}
				continue
			}
			if viewRoot(rel) {
				return nil
			}
		}
		if stem := specStem(f); ix.unresolved[stem] || ix.unreadNames(m, stem) {
			return nil
		}
		for _, im := range ix.by[f] {
			if f == mod.Path && !slices.Contains(im.names, "*") && !slices.Contains(im.names, name) {
				continue // it imports the module's other actions
			}
			if im.entry {
				return nil
			}
			if !seen[im.file] {
				seen[im.file] = true
				queue = append(queue, im.file)
			}
		}
	}
	return pages
}

// servedRows: served's rows (endpoint.AddServedReads).
func (c *checker) servedRows(m *js.Model, as *appState) map[string]string {
	return c.served(m, as).rows
}

// maxRenderDepth bounds how deep served follows the server components a
// page renders (page → list → card).
const maxRenderDepth = 3

// renderedFunc is a function a page runs on the server: itself or a
// server component it renders.
type renderedFunc struct {
	mod     *js.Module
	fn      *js.Func
	session bool // it reads the session without requiring it
}

// rendered appends the server components fn renders (Func.Renders),
// followed through imports: a public page that renders
// <PropertiesContainer /> serves the rows that component loads. Client
// components ('use client') load nothing on the server, and a component
// gated on the session shows only signed-in callers anything, so neither
// counts; a component the model cannot resolve (a package's) adds nothing.
// One that reads the session without requiring it is kept and marked, as
// pages are (served).
func (c *checker) rendered(m *js.Model, mod *js.Module, fn *js.Func, out []renderedFunc, seen map[*js.Func]bool, depth int) []renderedFunc {
	if depth == maxRenderDepth {
		return out
	}
	for _, name := range fn.Renders {
		r := m.ResolveCallee(mod, js.RenderCallee(name))
		if r.Fn == nil || len(r.Path) > 0 || seen[r.Fn] || r.Mod.UseClient() {
			continue
		}
		seen[r.Fn] = true
		p := m.Protection(r.Mod, r.Fn, &c.spec)
		if p.Protected {
			continue
		}
		out = append(out, renderedFunc{r.Mod, r.Fn, len(p.Unchecked) > 0})
		out = c.rendered(m, r.Mod, r.Fn, out, seen, depth+1)
	}
	return out
}

// privateGroup: a route group on the file's path says its pages are for
// signed-in users (app/(private)/page.tsx, app/(dashboard)/…): the app
// serves what they read to its members, whatever a public pattern or the
// default public-routes ('/') say about the URL.
func privateGroup(rel string) bool {
	for _, seg := range strings.Split(rel, "/") {
		if len(seg) > 2 && seg[0] == '(' && seg[len(seg)-1] == ')' && privateGroupName.MatchString(seg[1:len(seg)-1]) {
			return true
		}
	}
	return false
}

var privateGroupName = lazyregexp.New(`(?i)^(?:private|protected|secure|authenticated|authed|signed-?in|logged-?in|members?|dashboard|admin|app|account|user)$`)

// openRoute: the route's URL names no private resource or secret link, and
// the middleware lets every sample URL of it through by a pattern that is
// not broad, or public-routes names it.
func (c *checker) openRoute(as *appState, r Route) bool {
	if (r.Kind != AppHandler && r.Kind != AppPage) || !endpoint.OpenURL(r.Pattern) {
		return false // what a private or a secret link's URL serves is not everyone's
	}
	if c.isPublic(r) {
		return true
	}
	if as.mw == nil || !as.mw.Clerk {
		return false
	}
	for _, s := range r.Samples {
		pr, ok := as.mw.PublicBy(s)
		if !ok || pr.Broad {
			return false
		}
	}
	return len(r.Samples) > 0
}
