package nextjs

import (
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// servedRows returns the models whose rows the app serves to anyone
// (endpoint.AddServedReads): the reads of every GET route handler and App
// Router page (with the server components it renders) that the middleware
// lets through by a pattern naming it or its URL tree (not a broad one,
// which may open it by accident) or that CLK101's public-routes names,
// outside route groups named for signed-in users, and that reads no
// session itself. Each model maps to the first such endpoint, for
// messages. Computed once per app, on the first server action that asks.
func (c *checker) servedRows(m *js.Model, as *appState) map[string]string {
	as.rowsOnce.Do(func() {
		as.rows = map[string]string{}
		for _, f := range as.srcs {
			rel := as.app.Rel(f.Path)
			route, ok := RouteOf(rel)
			if !ok || privateGroup(rel) || !c.openRoute(as, route) {
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
			if p := m.ExportProtection(mod, name, &c.spec); p.Protected || len(p.Unchecked) > 0 {
				continue // it reads the session: what it shows may be the caller's own
			}
			dm, fn := m.ExportFunc(f.Path, name)
			if fn == nil {
				continue
			}
			effects, _ := m.Effects(dm, fn)
			if route.Kind == AppPage {
				effects = append(effects, c.renderedEffects(m, dm, fn, map[*js.Func]bool{fn: true}, 0)...)
			}
			for _, ef := range effects {
				if k := endpoint.ModelKey(ef.Model); endpoint.ServedRead(ef) && as.rows[k] == "" {
					as.rows[k] = what
				}
			}
		}
	})
	return as.rows
}

// maxRenderDepth bounds how deep servedRows follows the server components
// a page renders (page → list → card).
const maxRenderDepth = 3

// renderedEffects returns the effects of the server components fn renders
// (Func.Renders), followed through imports: a public page that renders
// <PropertiesContainer /> serves the rows that component loads. Client
// components ('use client') load nothing on the server, and a component
// that reads the session may show the caller's own rows, so neither
// counts; a component the model cannot resolve (a package's) adds nothing.
func (c *checker) renderedEffects(m *js.Model, mod *js.Module, fn *js.Func, seen map[*js.Func]bool, depth int) []endpoint.Effect {
	if depth == maxRenderDepth {
		return nil
	}
	var out []endpoint.Effect
	for _, name := range fn.Renders {
		r := m.ResolveCallee(mod, js.Callee{Root: name})
		if r.Fn == nil || len(r.Path) > 0 || seen[r.Fn] || r.Mod.UseClient() {
			continue
		}
		seen[r.Fn] = true
		if p := m.Protection(r.Mod, r.Fn, &c.spec); p.Protected || len(p.Unchecked) > 0 {
			continue
		}
		effects, _ := m.Effects(r.Mod, r.Fn)
		out = append(out, effects...)
		out = append(out, c.renderedEffects(m, r.Mod, r.Fn, seen, depth+1)...)
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
