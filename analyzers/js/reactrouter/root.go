package reactrouter

// What the root route must set up for Clerk: the provider (CLK701), the
// state it reads from rootAuthLoader and, from @clerk/react-router 3 on,
// clerkMiddleware() in the root's middleware export (CLK103).

import (
	"bytes"
	"fmt"
	"slices"
	"sort"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// providers are the root components that read rootAuthLoader's state.
var providers = map[string]bool{"ClerkProvider": true, "ClerkApp": true}

// clerkReact is what counts for CLK701 in these apps: the providers, and
// the components and hooks of the SDKs (or the React SDK they wrap).
func (c *checker) clerkReact() js.ClerkReact {
	return js.ClerkReact{
		Provider: func(n string) bool { return providers[n] },
		UISpec: func(spec string) bool {
			return spec == SDK || spec == RemixSDK || spec == "@clerk/react" || spec == "@clerk/clerk-react"
		},
		UIName: func(n string) bool { return c.UINames[n] },
	}
}

// checkRoot runs the root's checks: the provider when route modules use
// Clerk's components or hooks (CLK701), then what the provider and getAuth
// need from the root (CLK103).
func (c *checker) checkRoot(pass *js.Pass, as *appState, mod *js.Module) {
	if c.Enabled[ruleid.ClerkProviderMissing] {
		if use, ok := c.unprovided(pass.Model, as); ok {
			c.reportNoProvider(pass, as, mod, use)
			return
		}
	}
	if c.Enabled[ruleid.MiddlewareGap] {
		c.checkAuthLoader(pass, mod)
		c.checkMiddleware(pass, as, mod)
	}
}

// unprovided is the first Clerk component or hook (CLK701's ui-names) a
// route module, or a module it imports, takes from a Clerk React package
// while no provider is rendered above it: not by the root, not by a layout
// route between (a provider in app/routes/_auth/layout.tsx serves the
// routes under it), not by the route itself. It returns that use (the
// name and the module importing it, in path order), false when there is
// none.
func (c *checker) unprovided(m *js.Model, as *appState) (js.ClerkUse, bool) {
	files := make([]string, 0, len(as.tbl.routes))
	for p := range as.tbl.routes {
		files = append(files, p)
	}
	sort.Strings(files)
	// One byte walk from the root, every route and every layout above one.
	roots := append([]string{as.tbl.root}, files...)
	for _, f := range files {
		for _, r := range as.tbl.routes[f] {
			roots = append(roots, r.parents...)
		}
	}
	scan := m.ProviderScan(roots, c.clerkReact())
	for _, f := range files {
		use := scan.Of(f)
		if use.Name == "" || use.Provided {
			continue
		}
		ok := false
		for _, r := range as.tbl.routes[f] {
			above := append([]string{as.tbl.root}, r.parents...)
			ok = slices.ContainsFunc(above, func(p string) bool { return p != "" && scan.Of(p).Provided })
			if !ok {
				break // one URL serves it with no provider above
			}
		}
		if !ok {
			return use, true
		}
	}
	return js.ClerkUse{}, false
}

// reportNoProvider reports (CLK701) the root of an app whose routes use
// Clerk's components or hooks while the root renders no provider.
func (c *checker) reportNoProvider(pass *js.Pass, as *appState, mod *js.Module, use js.ClerkUse) {
	what, file := use.What(), use.File
	pos := rules.Position{Line: 1, Column: 1}
	if exp := mod.Exports["default"]; exp != nil && exp.Pos.Line > 0 {
		pos = exp.Pos
		pos.File = ""
	}
	fix := "wrap App's content in <ClerkProvider loaderData={loaderData}> from @clerk/react-router, with export const loader = (args) => rootAuthLoader(args) from @clerk/react-router/server (and export const middleware = [clerkMiddleware()] from @clerk/react-router 3 on)"
	if as.app.Framework == "remix" {
		fix = "export default ClerkApp(App) from @clerk/remix, with export const loader = (args) => rootAuthLoader(args) from @clerk/remix/ssr.server"
	}
	pass.Report(rules.Finding{RuleID: ruleid.ClerkProviderMissing, Position: pos, Construct: "root-no-provider",
		Related: []rules.Related{{Position: rules.Position{File: file, Line: 1, Column: 1}, Message: "uses " + what}},
		Message: fmt.Sprintf("the app uses %s (%s) but its root route renders no Clerk provider, directly or through a component it imports: Clerk's components and hooks read the Clerk instance the provider creates and throw outside it, so every page using them fails; %s",
			what, file, fix)})
}

// checkAuthLoader reports (CLK103) a root that renders Clerk's provider
// while its loader never calls rootAuthLoader: the provider reads the
// clerkState that loader returns (loaderData) and throws without it, so no
// page renders.
func (c *checker) checkAuthLoader(pass *js.Pass, mod *js.Module) {
	if bytes.Contains(pass.Src, []byte("rootAuthLoader")) {
		return
	}
	if exp := mod.Exports["loader"]; exp != nil && exp.From != nil {
		return // the loader lives elsewhere and may call it
	}
	for _, imp := range mod.Imports {
		if imp.TypeOnly || !isSDK(imp.Spec) {
			continue
		}
		for _, n := range imp.Names {
			if n.TypeOnly || !providers[n.Imported] {
				continue
			}
			pos := imp.Statement
			pos.File = ""
			pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: pos, Construct: "root-no-auth-loader:" + n.Imported,
				Message: fmt.Sprintf("the root imports %s from %s but its loader never calls rootAuthLoader: %s reads the clerkState rootAuthLoader returns through the root's loader data and throws without it (\"no clerkState\"), so no page renders; export const loader = (args) => rootAuthLoader(args) from the root route", n.Imported, imp.Spec, n.Imported)})
			return
		}
	}
}

// checkMiddleware reports (CLK103) an app on @clerk/react-router 3 or later
// whose root exports no middleware running clerkMiddleware(): from that
// major on getAuth() reads the auth state only from the middleware and
// throws "clerkMiddleware() not detected" without it (3.0's changelog: the
// fallback that authenticated the request itself was removed).
func (c *checker) checkMiddleware(pass *js.Pass, as *appState, mod *js.Module) {
	sdk, ok := as.app.SDK(SDK)
	if !ok || sdk.Major < 3 {
		return
	}
	if exp := mod.Exports["middleware"]; exp != nil && (exp.From != nil || bytes.Contains(pass.Src, []byte("clerkMiddleware"))) {
		return
	}
	if !bytes.Contains(pass.Src, []byte("rootAuthLoader")) && !bytes.Contains(pass.Src, []byte("ClerkProvider")) {
		return // the root does not set Clerk up at all (CLK701 speaks for the components)
	}
	pos := rules.Position{Line: 1, Column: 1}
	if exp := mod.Exports["loader"]; exp != nil && exp.Pos.Line > 0 {
		pos = exp.Pos
		pos.File = ""
	}
	pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: pos, Construct: "root-no-clerk-middleware",
		Message: fmt.Sprintf("the app uses %s %s, whose getAuth() reads the auth state clerkMiddleware() stores on the request context, but the root exports no middleware running it: getAuth() in any loader or action throws \"clerkMiddleware() not detected\" (3.0 removed the fallback that authenticated the request itself, and rootAuthLoader's middleware-less mode with it); add export const middleware: Route.MiddlewareFunction[] = [clerkMiddleware()] from @clerk/react-router/server to the root (with future.v8_middleware in react-router.config on React Router 7)", SDK, sdk.Range)})
}
