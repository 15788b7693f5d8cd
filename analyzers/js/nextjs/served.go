package nextjs

import (
	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
)

// servedRows returns the models whose rows the app serves to anyone
// (endpoint.AddServedReads): the reads of every GET route handler and App
// Router page that the middleware lets through by a pattern naming it or
// its URL tree (not a broad one, which may open it by accident) or that
// CLK101's public-routes names, and that reads no session itself. Each
// model maps to the first such endpoint, for messages. Computed once per
// app, on the first server action that asks.
func (c *checker) servedRows(m *js.Model, as *appState) map[string]string {
	as.rowsOnce.Do(func() {
		as.rows = map[string]string{}
		for _, f := range as.srcs {
			route, ok := RouteOf(as.app.Rel(f.Path))
			if !ok || !c.openRoute(as, route) {
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
			for _, ef := range effects {
				if k := endpoint.ModelKey(ef.Model); endpoint.ServedRead(ef) && as.rows[k] == "" {
					as.rows[k] = what
				}
			}
		}
	})
	return as.rows
}

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
