// Package nextjs is clerklint's Next.js model and the rules that read it. It
// runs on the js engine's project model and answers, per Next app that
// depends on @clerk/nextjs:
//
//   - which endpoints exist and at what URL: App Router route handlers
//     (exported HTTP methods of app/**/route.ts, wrapped ones included),
//     Pages Router API routes (default export of pages/api/**) and server
//     actions (every function export of a 'use server' module), with the
//     folder conventions of RouteOf;
//   - which middleware.ts / proxy.ts Next runs (root or src/, beside app/ or
//     pages/), where its config.matcher runs it (path-to-regexp, as Next
//     compiles it) and what its clerkMiddleware handler protects
//     (createRouteMatcher denylists and allowlists, auth.protect(),
//     redirectToSignIn, v4 authMiddleware publicRoutes/ignoredRoutes);
//   - whether an endpoint protects itself (js.Model.ExportProtection with
//     the YAML's auth spec: auth.protect(), a checked auth()/getAuth()/
//     currentUser() with an exit, verifyToken() of a bearer token, also in a
//     try whose catch exits, helpers and wrappers across files; verifyToken
//     needs no middleware, so CLK103 does not ask for one).
//
// Endpoints (endpoints.go): the checker is the Next.js producer of the
// language-neutral endpoint model (js.EndpointSource). Every route handler
// method, Pages API route, server action (module-level and inline) and
// private page it visits becomes an endpoint.Endpoint: framework next-app,
// next-pages, next-action or next-page, the URL, the export and handler
// span, the protection chain (GlobalMiddleware when clerkMiddleware protects
// the URL, HandlerCheck/Wrapper for the handler's own check, ReadsOnly for a
// session read never checked, Unknown with Why where the analysis cannot
// tell), public evidence (the createRouteMatcher or v4 publicRoutes entry
// that lets the URL through, Broad when its literal prefix has at most one
// segment; the config's public-routes; a verifying webhook receiver; a
// CRON_SECRET-style shared secret; a Clerk Frontend API proxy), the request
// inputs it reads and its effects (js.Model.Effects, which follows project
// helpers). A handler that forwards the session token to an API in an
// Authorization header is Unknown: that API verifies it.
//
// Rules: CLK101 (routes and server actions: endpoint.NeedsSession over the
// produced endpoint, so a read-only endpoint the app's own public list names
// and an effect-free one stay quiet, and one public only through a broad
// pattern is reported when it writes; server actions, module-level and
// inline, need their own check; private pages, below), CLK102 (auth state read and not checked with
// an exit, reported at the read; auth() or clerkMiddleware's auth argument
// not awaited in a v6+ app, auth.protect() as a statement without await), CLK103 (Clerk server helpers without a
// clerkMiddleware that runs for them, misplaced or duplicate middleware files,
// a matcher that skips /api), CLK302 (a webhook receiver the middleware
// requires a session for) and CLK402 (authurls.go: a relative Clerk sign-in/
// sign-up URL or redirect target, from the app's env files, Clerk component
// props, clerkMiddleware or auth.protect() options, that no page serves,
// that lacks the basePath, or that reaches a page without Clerk while
// <SignIn> is mounted elsewhere; a <SignIn path> other than its page's URL).
// CLK201 and CLK202, authorization on the endpoints that authenticate, are
// in authz.go.
//
// next.config (nextconfig.go): basePath and i18n.locales are read from the
// exported object (module.exports, export default, a const, wrapper calls).
// Next prepends both to middleware matchers and strips both from
// req.nextUrl.pathname, so matchers and createRouteMatcher are evaluated on
// app-relative paths; a `locale: false` matcher in an i18n app is treated as
// unknown, and CLK101/CLK103 findings in an app whose matcher or route
// matcher is spelled with the basePath (it then never matches) say so.
// CLK402 strips basePath and a locale prefix before comparing a URL with
// routes, and does not judge apps whose config or middleware rewrites.
//
// An app's endpoints are checked by CLK101 only when it authenticates
// requests with Clerk on the server (a clerkMiddleware/authMiddleware file,
// or server code importing an auth function): an app using Clerk for its UI
// only gives no way to tell intended public routes from forgotten ones.
// Route modules that delegate to a framework with its own auth (tRPC, Hono;
// the delegates param), webhook receivers (a route importing verifyWebhook
// or svix's Webhook: CLK301 judges them; the import comes from CLK302's
// webhook-modules param) and OPTIONS handlers (CORS preflight) are not judged.
//
// Private pages (pages.go): a page is an entrypoint too, judged by CLK101
// when its URL says it is meant to be private (the protected-pages param,
// e.g. /dashboard/**, plus the config's privileged-routes; public-routes
// win): App Router app/**/page.* and Pages Router pages/** (not pages/api,
// _app, _document, _error, 404, 500). It is covered when the middleware
// protects its URL, when its default export requires a session (the auth
// spec: auth.protect(), a checked auth()/currentUser() with a redirect,
// notFound() or return), when a server layout.* or template.* between it
// and the router root does (judged once per app), or, in the Pages Router,
// when getServerSideProps checks getAuth(ctx.req) with a redirect or a
// return. <SignedIn>, <Show>, <Protect>, useAuth() and useUser() never
// protect; the message names them, since gating content with them is the
// frontend-only mistake this catches. The URL is the evidence of intent, so
// pages are judged even in an app with no server-side Clerk auth at all; a
// page importing auth()/currentUser()/getAuth() where no clerkMiddleware
// runs for it is left to CLK103 (the call throws: one finding for the one
// root cause). Not judged: a page whose first statement
// redirects, and one rendering only <UserProfile>/<OrganizationProfile>
// (Clerk loads their data with the visitor's session) with no import
// beyond @clerk/*, react and next/*. CLK102 does not judge pages: a page that reads userId
// and renders a signed-out variant is correct. Out of reach for pages: URLs
// the globs do not name (a private section under another name, or below a
// dynamic segment such as /[org]/dashboard), getInitialProps, and Next's
// partial rendering: a layout's check is credited although Next does not
// re-run layouts on client navigation between the pages below them.
//
// Cost: Check first decides from a file's path and bytes which checks can
// apply (route, page, layout, middleware, 'use server', Clerk imports where
// no middleware runs, an auth() call that is not a plain `await auth()`);
// most files of an app need none and are never parsed. App-wide facts that
// need summaries (serverAuth, the first Clerk UI import) are computed on
// first use, stopping at the first file that answers. CLK402 reads the env
// files once per app and summarises only the pages importing a Clerk package;
// it parses a file only when its bytes name @clerk/ and a URL prop or path=.
//
// The middleware file's clerkMiddleware is found in `export default
// clerkMiddleware(…)`, a const or function it is bound to, and inside the
// app's own middleware function (`export default async function
// middleware(req, ev) { … return clerkMiddleware(h)(req, ev) }`, an arrow
// export, or a const called from the function after an i18n short-cut);
// the function's other branches are not evaluated.
//
// Out of reach: next.config rewrites and redirects (CLK402 then stays quiet),
// a config exported as a function of the phase, i18n domains; matchers built
// at run time (assumed to run everywhere); handler conditions other than
// route-matcher calls and auth-state tests (a protecting step under such a
// condition makes the verdict unknown and CLK101 stays quiet; an early
// return under one is assumed not to apply); `missing` matcher
// conditions (assumed absent).
package nextjs

import (
	"bytes"
	"fmt"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bmatcuk/doublestar/v4"
	sitter "github.com/smacker/go-tree-sitter"
	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers the Next.js rules with the js engine.
var Rule = js.Rule{IDs: []string{ruleid.UnprotectedEndpoint, ruleid.SessionNotChecked, ruleid.MiddlewareGap, ruleid.WebhookRouteBehindAuth, ruleid.SignInNotCatchAll, ruleid.AuthURLNoRoute, ruleid.ClerkProviderMissing, ruleid.MissingAuthorization, ruleid.ClientSuppliedUserID}, New: New}

// SDK is the package whose apps the rules check.
const SDK = "@clerk/nextjs"

type params struct {
	js.RouteParams `yaml:",inline"`
	// CLK201 and CLK202 (authz.go). PrivilegedAPIs is the Go pass's list.
	PrivilegedAPIs   []string      `yaml:"privileged-apis"`
	RoleFunctions    *rules.Regexp `yaml:"role-functions"`
	PrivilegedRoutes []rules.Glob  `yaml:"privileged-routes"`
	ClerkClientAPIs  []string      `yaml:"clerk-client-apis"`
	RoleMetadataKeys *rules.Regexp `yaml:"role-metadata-keys"`
	RoleClaims       *rules.Regexp `yaml:"role-claims"`
	UserIDKeys       *rules.Regexp `yaml:"user-id-keys"`
	UserAPIs         []string      `yaml:"user-apis"`
	// OrgIDKeys and OrgAPIs are the shared judgement's (authzrule); the
	// Next.js model judges user ids only.
	OrgIDKeys *rules.Regexp `yaml:"org-id-keys"`
	OrgAPIs   []string      `yaml:"org-apis"`
	// URLEnv and URLProps (CLK402): env variables, and Clerk component props
	// or clerkMiddleware/auth.protect() options, holding a sign-in/up URL or
	// redirect target.
	URLEnv   []string `yaml:"url-env"`
	URLProps []string `yaml:"url-props"`
}

type checker struct {
	enabled map[string]bool
	spec    js.AuthSpec
	public  []rules.Glob
	// publicData are CLK101's public-data models (endpoint.AddPublicReads).
	publicData []string
	// publicFields are CLK101's public-fields (endpoint.MarkPublicColumns).
	publicFields []string
	// publicIntake are CLK101's public-intake words (endpoint.AddPublicWrites).
	publicIntake []string
	// publicClients are CLK101's public-clients words (js.Model.PublicClient).
	publicClients []string
	methods       []string
	hookMod       []string
	deleg         []string
	ui            map[string]bool
	routed        map[string]bool
	hookURL       []rules.Glob
	private       []privateGlob // protected-pages and privileged-routes (pages.go)
	authz         authzConfig
	urlEnv        map[string]bool
	urlProp       map[string]bool

	projects js.PerModel[state]
}

// New builds the checker from the enabled Next.js rules.
func New(rs []*rules.Rule, opts scan.Options) (js.Checker, error) {
	c := &checker{enabled: map[string]bool{}, ui: map[string]bool{}, routed: map[string]bool{}, urlEnv: map[string]bool{}, urlProp: map[string]bool{}}
	for _, r := range rs {
		var p params
		if err := js.DecodeRouteParams(r, &p, &p.RouteParams); err != nil {
			return nil, err
		}
		c.enabled[r.ID] = true
		// The rules share one auth spec (a YAML anchor); a user's --rules
		// override of one of them adds its helpers for all, never drops any.
		c.spec.Merge(p.Auth)
		c.public = append(c.public, p.PublicRoutes...)
		c.public = append(c.public, opts.PublicRoutes...)
		c.publicData = append(c.publicData, p.PublicData...)
		c.publicFields = append(c.publicFields, p.PublicFields...)
		c.publicIntake = append(c.publicIntake, p.PublicIntake...)
		c.publicClients = append(c.publicClients, p.PublicClients...)
		c.methods = append(c.methods, p.Methods...)
		c.hookMod = append(c.hookMod, p.WebhookModules...)
		c.deleg = append(c.deleg, p.Delegates...)
		for _, n := range p.PathRouted {
			c.routed[n] = true
		}
		for _, n := range p.UINames {
			c.ui[n] = true
		}
		for i, d := range p.Delegates {
			if !doublestar.ValidatePattern(d) {
				return nil, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: fmt.Sprintf("params.delegates.%d", i), Msg: fmt.Sprintf("invalid glob %q", d)}
			}
		}
		c.hookURL = append(c.hookURL, p.WebhookRoutes...)
		if r.ID == ruleid.UnprotectedEndpoint {
			c.addPrivate(p.ProtectedPages, opts.PrivilegedRoutes)
		}
		if err := c.authz.add(&p, opts, r); err != nil {
			return nil, err
		}
		for _, n := range p.URLEnv {
			c.urlEnv[n] = true
		}
		for _, n := range p.URLProps {
			c.urlProp[n] = true
		}
	}
	if len(c.spec.Checks)+len(c.spec.Protects) == 0 {
		return nil, fmt.Errorf("nextjs: params.auth of %s lists no auth-functions or protect-functions", rs[0].ID)
	}
	if len(c.methods) == 0 {
		c.methods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"}
	}
	return c, nil
}

// appState is one Next app's middleware picture.
type appState struct {
	app   *js.App
	major int // @clerk/nextjs major (0: unknown)
	next  int // next major (0: unknown)
	// nextRange is the app's next dependency, a pnpm catalog reference
	// resolved (catalogRange).
	nextRange string
	// dir is where Next looks for middleware/proxy: the app root, or src/
	// when the routers live in src/.
	dir string
	// mw is the middleware Next runs (nil: none); files are every
	// middleware/proxy file found beside a router or at the root.
	mw    *Middleware
	files map[string]*Middleware
	// srcs are the app's source files in walk order; mwClerk: one of its
	// middleware/proxy files calls clerkMiddleware/authMiddleware.
	srcs    []*scan.File
	mwClerk bool
	// serverAuth: the app authenticates requests with Clerk on the server.
	// Computed on first use (it needs module summaries).
	authOnce   sync.Once
	serverAuth bool
	apiRoutes  []string // URLs of API endpoints, for matcher checks
	served     []Route  // every route, page and API route of the app
	// uiUse is the first Clerk component or hook the app imports (uiFile
	// imports it), computed on first use; layouts are its layout.* and
	// _app.* files.
	uiOnce        sync.Once
	uiUse, uiFile string
	layouts       []string
	pages         pageState // layouts judged for private pages (pages.go)
	// cfg is the app's next.config; urls the route index CLK402 builds on
	// first use.
	cfg  NextConfig
	urls urlState
	// eps are the endpoints produced so far (endpoints.go).
	eps produced
	// served is what the app serves to anyone, computed on first use
	// (served.go).
	servedOnce sync.Once
	open       *served
	// signedIn memoises signedInRenders per component ("file\x00name").
	signedIn sync.Map
	// imports indexes who imports each module, computed on first use
	// (exposure.go).
	importsOnce sync.Once
	imports     *actionIndex
}

// hasServerAuth: a Clerk middleware file, or any module of the app importing
// a request-auth function from a Clerk package. Files are summarised in
// walk order, a batch at a time on every core, until one does.
func (as *appState) hasServerAuth(c *checker, m *js.Model) bool {
	as.authOnce.Do(func() {
		if as.mwClerk {
			as.serverAuth = true
			return
		}
		as.serverAuth = firstModule(m, as.srcs, func(_ *scan.File, mod *js.Module) bool { return len(c.authImports(mod)) > 0 }) != nil
	})
	return as.serverAuth
}

// ui returns the first Clerk component or hook the app imports and the file.
func (as *appState) ui(c *checker, m *js.Model) (string, string) {
	as.uiOnce.Do(func() {
		firstModule(m, as.srcs, func(f *scan.File, mod *js.Module) bool {
			if n := c.uiImport(mod); n != "" {
				as.uiUse, as.uiFile = n, f.Path
				return true
			}
			return false
		})
	})
	return as.uiUse, as.uiFile
}

// firstModule summarises the Clerk-importing files (clerkModule) in
// parallel batches and calls ok on them in order until it returns true;
// it returns that file (nil if none).
func firstModule(m *js.Model, files []*scan.File, ok func(*scan.File, *js.Module) bool) *scan.File {
	batch := 4 // grows: the first file usually answers
	for lo := 0; lo < len(files); lo, batch = lo+batch, min(batch*2, 256) {
		part := files[lo:min(lo+batch, len(files))]
		for i, mod := range clerkModules(m, part) {
			if mod != nil && ok(part[i], mod) {
				return part[i]
			}
		}
	}
	return nil
}

type state struct {
	apps map[*js.App]*appState
	// verifiers memoises verifierHelper per module path and export name.
	verifiers sync.Map
}

func (c *checker) state(m *js.Model) *state {
	return c.projects.Get(m, func(st *state) { c.build(m, st) })
}

// clerkApp returns the Next app of a file that depends on @clerk/nextjs.
func clerkApp(m *js.Model, p string) *js.App {
	a := m.App(p)
	if a == nil || a.Framework != "next" || !a.Has(SDK) {
		return nil
	}
	return a
}

// middlewareBase reports a middleware/proxy file name ("middleware" or "proxy").
func middlewareBase(p string) string {
	base := path.Base(p)
	ext := path.Ext(base)
	if !routeExts[ext] {
		return ""
	}
	switch b := strings.TrimSuffix(base, ext); b {
	case "middleware", "proxy":
		return b
	}
	return ""
}

func (c *checker) build(m *js.Model, st *state) {
	st.apps = map[*js.App]*appState{}
	// Middleware files are parsed here, once, outside any Pass.
	for _, a := range m.Apps {
		if a.Framework != "next" || !a.Has(SDK) {
			continue
		}
		as := &appState{app: a, files: map[string]*Middleware{}}
		if sdk, ok := a.SDK(SDK); ok {
			as.major = sdk.Major
		}
		as.nextRange = catalogRange(m, a.Dir, "next", a.Deps["next"])
		as.next = nextMajor(as.nextRange)
		rootRouter, srcRouter := false, false
		var candidates []string
		var files []*scan.File
		for _, f := range m.Sources(a.Dir) {
			if m.App(f.Path) == a {
				files = append(files, f)
			}
		}
		as.srcs = files
		for _, f := range files {
			rel := a.Rel(f.Path)
			switch {
			case strings.HasPrefix(rel, "app/"), strings.HasPrefix(rel, "pages/"):
				rootRouter = true
			case strings.HasPrefix(rel, "src/app/"), strings.HasPrefix(rel, "src/pages/"):
				srcRouter = true
			}
			if middlewareBase(rel) != "" {
				switch path.Dir(rel) {
				case ".", "src", "app", "src/app", "pages", "src/pages":
					candidates = append(candidates, f.Path)
				}
			}
			if r, ok := pageRouteOf(rel); ok {
				as.served = append(as.served, r)
				if (r.Kind == AppHandler || r.Kind == PagesAPI) && strings.HasPrefix(r.Pattern, "/api") {
					as.apiRoutes = append(as.apiRoutes, r.Samples...)
				}
			}
			if base := strings.TrimSuffix(path.Base(rel), path.Ext(rel)); (base == "layout" && strings.Contains("/"+rel, "/app/")) || (base == "_app" && strings.Contains("/"+rel, "/pages/")) {
				as.layouts = append(as.layouts, f.Path)
			}
		}
		if srcRouter && !rootRouter {
			as.dir = path.Join(a.Dir, "src")
		} else {
			as.dir = a.Dir
		}
		as.cfg = readNextConfig(m, a.Dir)
		for _, p := range candidates {
			mw := c.parseFile(m, p)
			if mw == nil {
				continue
			}
			as.cfg.adjust(mw)
			as.files[p] = mw
			if mw.Clerk {
				as.mwClerk = true
			}
			if as.placed(p) && !as.proxyIgnored(p) {
				// proxy.ts wins in Next 16 (both fail the build; CLK103 says so).
				if as.mw == nil || middlewareBase(p) == "proxy" {
					as.mw = mw
				}
			}
		}
		sort.Strings(as.apiRoutes)
		st.apps[a] = as
	}
}

// newestNext is the newest Next.js major the model knows.
const newestNext = 16

// nextMajor is the Next.js major an app's next dependency installs: the
// lowest its range admits (js.MajorOf), or newestNext for a dist-tag
// ("latest", "canary", "rc", "beta") or a range pinning nothing ("*",
// "x"), which install the newest release (or one ahead of it), never an
// old major. 0 when unknown (no dependency, a workspace or catalog
// reference, a git or file spec).
func nextMajor(rng string) int {
	if n := js.MajorOf(rng); n > 0 {
		return n
	}
	switch strings.ToLower(strings.TrimSpace(rng)) {
	case "latest", "canary", "rc", "beta", "*", "x", ">=0", "npm:next@latest", "npm:next@canary":
		return newestNext
	}
	return 0
}

// catalogRange resolves a pnpm catalog reference ("catalog:",
// "catalog:name") to the range the nearest pnpm-workspace.yaml above dir
// gives pkg; any other range is itself, and one the file does not give
// stays the reference.
func catalogRange(m *js.Model, dir, pkg, rng string) string {
	name, ok := strings.CutPrefix(strings.TrimSpace(rng), "catalog:")
	if !ok {
		return rng
	}
	for d := dir; ; d = path.Dir(d) {
		if d == "." || d == "/" {
			d = ""
		}
		if src := m.ReadSmall(path.Join(d, "pnpm-workspace.yaml")); src != nil {
			var ws struct {
				Catalog  map[string]string            `yaml:"catalog"`
				Catalogs map[string]map[string]string `yaml:"catalogs"`
			}
			if yaml.Unmarshal(src, &ws) != nil {
				return rng
			}
			cat := ws.Catalog
			if name != "" && name != "default" {
				cat = ws.Catalogs[name]
			}
			if r, ok := cat[pkg]; ok {
				return r
			}
			return rng
		}
		if d == "" {
			return rng
		}
	}
}

// placed reports whether a middleware/proxy file is where Next looks for it.
func (as *appState) placed(p string) bool {
	dir := path.Dir(p)
	if dir == "." {
		dir = ""
	}
	return dir == as.dir
}

// middlewarePath is the file to create for clerkMiddleware: proxy.ts from
// Next 16 on, middleware.ts before.
func (as *appState) middlewarePath() string {
	if as.next >= 16 {
		return path.Join(as.dir, "proxy.ts")
	}
	return path.Join(as.dir, "middleware.ts")
}

// proxyIgnored: proxy.ts before Next 16 is an ordinary module.
func (as *appState) proxyIgnored(p string) bool {
	return middlewareBase(p) == "proxy" && as.next > 0 && as.next < 16
}

// clerkModules runs clerkModule over files on every core (summaries are
// cached in the model, so later Checks reuse them).
func clerkModules(m *js.Model, files []*scan.File) []*js.Module {
	out := make([]*js.Module, len(files))
	workers := min(runtime.GOMAXPROCS(0), len(files))
	var wg sync.WaitGroup
	var next atomic.Int64
	var crash atomic.Value
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A panic is re-raised in the caller, under the scanner's recover.
			defer func() {
				if r := recover(); r != nil {
					crash.CompareAndSwap(nil, fmt.Sprint(r))
				}
			}()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				out[i] = clerkModule(m, files[i])
			}
		}()
	}
	wg.Wait()
	if r := crash.Load(); r != nil {
		panic(r)
	}
	return out
}

// clerkModule returns the summary of a source file that mentions a Clerk
// package (a cheap byte test first), nil otherwise.
func clerkModule(m *js.Model, f *scan.File) *js.Module {
	if f.Size > 1<<20 {
		return nil
	}
	src, err := regular.Read(f.Abs, 1<<20)
	if err != nil || !bytes.Contains(src, []byte("@clerk/")) {
		return nil
	}
	if mod := m.Module(f.Path); mod != nil && mod.Err == nil {
		return mod
	}
	return nil
}

// uiImport returns a Clerk component or hook a module imports from
// @clerk/nextjs ("" if none).
func (c *checker) uiImport(mod *js.Module) string {
	for _, imp := range mod.Imports {
		if imp.Spec != SDK || imp.TypeOnly {
			continue
		}
		for _, n := range imp.Names {
			if c.ui[n.Imported] && !n.TypeOnly {
				return n.Imported
			}
		}
	}
	return ""
}

// importsProvider reports an import of ClerkProvider from a Clerk package.
func importsProvider(mod *js.Module) bool {
	for _, imp := range mod.Imports {
		if !strings.HasPrefix(imp.Spec, "@clerk/") {
			continue
		}
		for _, n := range imp.Names {
			if n.Imported == "ClerkProvider" {
				return true
			}
		}
	}
	return false
}

// authImports lists a module's imports of request-auth functions from Clerk
// packages (auth, currentUser, getAuth…).
func (c *checker) authImports(mod *js.Module) []*js.ImportName {
	var out []*js.ImportName
	for _, imp := range mod.Imports {
		if imp.TypeOnly || !strings.HasPrefix(imp.Spec, "@clerk/") {
			continue
		}
		for _, n := range imp.Names {
			if n.TypeOnly {
				continue
			}
			for _, r := range append(append([]js.FuncRef{}, c.spec.Checks...), c.spec.Protects...) {
				root := r.Name
				if i := strings.IndexAny(root, ".("); i >= 0 {
					root = root[:i]
				}
				if root == n.Imported && (r.Module == "" || r.Module == imp.Spec) {
					out = append(out, n)
					break
				}
			}
		}
	}
	return out
}

// parseFile reads a middleware/proxy file, and its role checks when the
// authz rules are on and the bytes can hold one.
func (c *checker) parseFile(m *js.Model, p string) *Middleware {
	pf, err := m.ParseSmall(p)
	defer pf.Close()
	if err != nil {
		return nil
	}
	t := pf.Tree
	mw, h := readMiddleware(t, p, importedConsts(m, p, 0, map[importRef]constVal{}))
	if h != nil && (c.enabled[ruleid.MissingAuthorization] || c.enabled[ruleid.ClientSuppliedUserID]) &&
		(bytes.Contains(pf.Src, []byte("protect")) || bytes.Contains(pf.Src, []byte("has"))) {
		mw.roles = c.readMiddlewareRoles(t, h)
	}
	return mw
}

// Wants the JS/TS files of Next apps that depend on @clerk/nextjs.
func (c *checker) Wants(m *js.Model, f *scan.File) bool {
	return clerkApp(m, f.Path) != nil
}

// Check reports the Next.js rules on one file.
func (c *checker) Check(pass *js.Pass) {
	m := pass.Model
	a := clerkApp(m, pass.File.Path)
	if a == nil {
		return
	}
	as := c.state(m).apps[a]
	if as == nil {
		return
	}
	rel := a.Rel(pass.File.Path)
	if c.enabled[ruleid.AuthURLNoRoute] {
		c.checkAuthURLs(pass, as, rel)
	}
	route, isRoute := RouteOf(rel)
	useServer := false
	for _, d := range m.Head(pass.File.Path) {
		useServer = useServer || d == "use server"
	}
	if isRoute && (route.Kind == AppHandler || route.Kind == PagesAPI) {
		// Next.js serves a route.ts or pages/api file by its name: its
		// method exports answer their URL, behind the middleware, whatever
		// directive the file starts with (a route file may export nothing
		// else, and the Pages Router has no server actions).
		useServer = false
	}
	if middlewareBase(rel) != "" && as.files[pass.File.Path] != nil {
		if c.enabled[ruleid.MiddlewareGap] {
			c.checkMiddlewareFile(pass, as)
		}
		if c.enabled[ruleid.SessionNotChecked] && as.major >= 6 && bytes.Contains(pass.Src, []byte("clerkMiddleware")) && bytes.Contains(pass.Src, []byte(").")) {
			c.checkMiddlewareAwait(pass, as)
		}
		return
	}
	// Which checks can apply is decided from the path and the bytes first:
	// most files of an app need none, and are then neither parsed nor
	// summarised.
	layout := c.enabled[ruleid.ClerkProviderMissing] && isRootLayout(rel)
	page, dir := false, ""
	if c.enabled[ruleid.SignInNotCatchAll] && bytes.Contains(pass.Src, []byte("@clerk/nextjs")) {
		dir, page = pageDir(rel)
	}
	isEndpoint := (isRoute && (route.Kind == AppHandler || route.Kind == PagesAPI)) || useServer
	// checkHelperUse reports only imports from @clerk/… packages, on any file
	// when no Clerk middleware runs, on routes otherwise.
	helper := c.enabled[ruleid.MiddlewareGap] && bytes.Contains(pass.Src, []byte("@clerk/")) &&
		(as.mw == nil || !as.mw.Clerk || (isRoute && route.Kind != NotRoute))
	await := c.enabled[ruleid.SessionNotChecked] && as.major >= 6 && ((bytes.Contains(pass.Src, []byte("auth(")) && mayMisuseAuthSrc(pass.Src)) || protectUnawaitedSrc(pass.Src))
	inline := !useServer && (c.enabled[ruleid.UnprotectedEndpoint] || c.enabled[ruleid.MissingAuthorization]) && bytes.Contains(pass.Src, []byte("use server")) &&
		!unroutedView(rel)
	pg, glob, private := c.privatePage(rel) // c.private is empty when CLK101 is off
	if !layout && !page && !isEndpoint && !helper && !await && !inline && !private {
		return
	}
	mod := pass.Module()
	if mod == nil || mod.Err != nil {
		return
	}
	if layout {
		c.checkProvider(pass, as, mod)
	}
	if page {
		c.checkCatchAll(pass, mod, dir)
	}
	if private {
		c.checkPage(pass, as, mod, pg, glob)
	}
	if mod.UseClient() {
		return
	}
	if helper {
		c.checkHelperUse(pass, as, mod, route, isRoute)
	}
	if await {
		c.checkAwait(pass, as, mod)
	}
	if inline && as.hasServerAuth(c, m) {
		c.checkInlineActions(pass, as, mod, route)
	}
	if !isEndpoint {
		return // only endpoints are checked
	}
	if c.enabled[ruleid.WebhookRouteBehindAuth] && !useServer {
		c.checkWebhook(pass, as, mod, route)
	}
	// Every endpoint is produced for the inventory; the rules judge them
	// only in an app that authenticates on the server.
	c.checkEndpoints(pass, as, mod, route, isRoute, useServer)
	if (c.enabled[ruleid.MissingAuthorization] || c.enabled[ruleid.ClientSuppliedUserID]) && as.hasServerAuth(c, m) {
		c.checkAuthz(pass, as, mod, route, isRoute, useServer)
	}
}

// mayMisuseAuthSrc is mayMisuseAuth before the module is summarised: the
// local bound to Clerk's auth is "auth" unless the source may alias it
// (`auth as x`, `"auth" as x`), in which case the summary must tell.
func mayMisuseAuthSrc(src []byte) bool {
	for i := 0; i < len(src); {
		j := bytes.Index(src[i:], []byte("auth"))
		if j < 0 {
			break
		}
		s, e := i+j, i+j+4
		i = e
		if s > 0 && js.IdentByte(src[s-1]) && src[s-1] < 0x80 {
			continue
		}
		if e < len(src) && (src[e] == '"' || src[e] == '\'') {
			e++
		}
		k := skipBlank(src, e)
		if k < len(src) && (src[k] == '/' || (k+2 <= len(src) && string(src[k:k+2]) == "as" && (k+2 == len(src) || !js.IdentByte(src[k+2])))) {
			return true
		}
	}
	return mayMisuseAuth(src, map[string]bool{"auth": true})
}

// endpoint is one exported request handler of a module.
type endpointExport struct {
	name string
	pos  rules.Position
}

func (c *checker) endpoints(m *js.Model, mod *js.Module, route Route, isRoute, useServer bool) []endpointExport {
	var names []string
	switch {
	case useServer:
		for name, exp := range mod.Exports {
			// A tRPC caller object is no function Next runs as an action:
			// called itself it names no procedure (each call of one is
			// judged where it is made).
			if exp.From == nil && mod.Funcs[exp.Local] != nil && !m.TRPCCaller(mod, name) {
				names = append(names, name)
			}
		}
	case route.Kind == AppHandler:
		for _, meth := range c.methods {
			if mod.Exports[meth] != nil {
				names = append(names, meth)
			}
		}
	case route.Kind == PagesAPI:
		if mod.Exports["default"] != nil {
			names = append(names, "default")
		}
	}
	sort.Strings(names)
	out := make([]endpointExport, 0, len(names))
	for _, n := range names {
		out = append(out, endpointExport{name: n, pos: mod.Exports[n].Pos})
	}
	return out
}

// isPublic: every sample URL of the route matches a public glob.
func (c *checker) isPublic(r Route) bool {
	for _, s := range r.Samples {
		ok := false
		for _, g := range c.public {
			if g.Match(s) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return len(r.Samples) > 0
}

// verdict evaluates the middleware on every sample URL of a route: the first
// sample it does not protect decides (Unknown or Unprotected, with why and
// that sample); Protected when it protects them all. Without a Clerk
// middleware the route is Unprotected and why says where none was found.
func (as *appState) verdict(r Route) (v Verdict, why, sample string) {
	mw := as.mw
	if mw == nil || !mw.Clerk {
		where := as.dir
		if where == "" {
			where = "the app root"
		}
		return Unprotected, fmt.Sprintf("no middleware.ts/proxy.ts with clerkMiddleware in %s protects it", where), ""
	}
	for _, s := range r.Samples {
		if v, why := mw.Evaluate(s); v != Protected {
			return v, why, s
		}
	}
	return Protected, "", ""
}

// coverage evaluates the middleware on a route: ok when it runs and
// protects every sample URL (or the analysis cannot tell); why otherwise.
func (as *appState) coverage(r Route) (bool, string, *Middleware) {
	v, why, _ := as.verdict(r)
	if as.mw == nil || !as.mw.Clerk {
		return false, why, nil
	}
	if v == Protected || v == Unknown {
		return true, "", as.mw
	}
	return false, why, as.mw
}

// delegates reports a module handing requests to a framework with its own
// auth (tRPC's fetchRequestHandler, Hono's handle).
func (c *checker) delegates(mod *js.Module) bool {
	for _, imp := range mod.Imports {
		for _, d := range c.deleg {
			if ok, _ := doublestar.Match(d, imp.Spec); ok && !imp.TypeOnly {
				return true
			}
		}
	}
	return false
}

func (c *checker) checkEndpoints(pass *js.Pass, as *appState, mod *js.Module, route Route, isRoute, useServer bool) {
	m := pass.Model
	judge := (c.enabled[ruleid.UnprotectedEndpoint] || c.enabled[ruleid.SessionNotChecked]) && as.hasServerAuth(c, m) &&
		(useServer || !c.delegates(mod)) // a delegate's framework authenticates per procedure
	ctx := &epContext{}
	for _, ep := range c.endpoints(m, mod, route, isRoute, useServer) {
		self := m.ExportProtection(mod, ep.name, &c.spec)
		if dm, f := memoTarget(m, mod, ep.name); useServer && f != nil {
			self = m.Protection(dm, f, &c.spec) // the memo wrapper runs f as it is
		}
		var names []string
		if !self.Protected {
			names = self.Unchecked
			if len(names) == 0 {
				names = c.weakGuards(mod, ep.name)
			}
		}
		e := c.routeEndpoint(pass, as, mod, route, useServer, ep, self, names, ctx)
		if fwd := forwardsToken(pass, ctx, &e, names); fwd != "" && !slices.ContainsFunc(e.Effects, endpoint.Effect.NeedsUser) {
			// The Next layer only passes the session token on; the API it
			// calls verifies it (and rejects a missing one). Anything else it
			// does with the app's authority (an OpenAI call) still needs the
			// session checked here.
			e.Protection.State, e.Protection.Why = endpoint.Unknown, "it forwards the session token to "+fwd+", which verifies it"
			names = nil
		}
		m.MarkUnowned(&e)
		endpoint.MarkPublicColumns(&e, c.publicFields)
		if !useServer || !c.served(m, as).members {
			endpoint.AddPublicReads(&e, c.publicData, true) // a members-only app shows its posts to no one signed out
		}
		endpoint.AddPublicWrites(&e, c.publicIntake)
		endpoint.AddServedReads(&e, func() map[string]string { return c.servedRows(m, as) })
		if !useServer && e.Protection.State != endpoint.Protected {
			if ev := ctx.anyOrigin(pass); ev != nil {
				e.Public = append(e.Public, *ev)
			}
		}
		if useServer && e.Protection.State == endpoint.Unprotected {
			if why := withheldReads(ctx.tree(pass), ctx.handlerNode(pass, mod, ep.name), &e, c.publicFields); why != "" {
				e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.ResultWithheld, What: why, At: e.Registration})
			}
			if client, pos, ok := m.PublicClient(mod, ep.name, c.publicClients); ok {
				e.Public = append(e.Public, endpoint.Evidence{Kind: endpoint.PublicClient, What: client, At: at(pass.File.Path, pos)})
			}
			if _, fn := m.ExportFunc(mod.Path, ep.name); fn != nil {
				endpoint.AddRunByPage(&e, c.served(m, as).calls[fn])
			}
			if !endpoint.Has(e.Public, endpoint.PublicDataRead) && e.EffectsKnown {
				endpoint.AddUsedByPublicPages(&e, c.publicUsers(m, as, mod, ep.name))
			}
		}
		as.eps.add(e)
		if self.Protected || !judge || e.Protection.State == endpoint.Unknown {
			continue
		}
		pos := ep.pos
		pos.File = ""
		reason := self.Reason
		if len(self.Unchecked) == 0 && len(names) > 0 {
			reason = "its check does not return, throw or redirect"
		}
		unchecked := c.enabled[ruleid.SessionNotChecked] && len(names) > 0 && !sessionEcho(mod, ep.name, &e, names, ctx.tree(pass), ctx.handlerNode(pass, mod, ep.name)) && !endpoint.SessionGated(&e) && !endpoint.Has(e.Public, endpoint.GuestRows) && !callerOwnRows(&e) && !tokenOnly(names, &e) && !idleRead(route, ep.name, &e, names, ctx.tree(pass), ctx.handlerNode(pass, mod, ep.name))
		if unchecked && (useServer || !(c.isPublic(route) || publicGET(route, ep.name, &e))) {
			if covered, _, _ := as.coverage(route); useServer || !covered {
				what, exit := ep.name+" "+route.Pattern, "return new Response('Unauthorized', { status: 401 })"
				switch {
				case useServer:
					what, exit = "server action "+ep.name, "throw new Error('Unauthorized')"
				case route.Kind == PagesAPI:
					what, exit = "API route "+route.Pattern, "return res.status(401).json({ error: 'Unauthorized' })"
				}
				at := pos
				if read, ok := readAt(mod, ep.name, names[0]); ok {
					at = read // the check belongs right after the read
				}
				why := " (" + reason + ")"
				if self.NeverStops {
					why = "" // "reads userId but never stops a request without it" says it again
				}
				pass.Report(rules.Finding{RuleID: ruleid.SessionNotChecked, Position: at, Construct: "unchecked:" + ep.name,
					Message: fmt.Sprintf("%s reads %s but never returns or throws when it is missing%s: signed-out requests run the rest of it; add `if (!%s) %s` right after reading it", what, strings.Join(names, ", "), why, names[0], exit)})
				continue
			}
		}
		if !c.enabled[ruleid.UnprotectedEndpoint] {
			continue
		}
		if e.Protection.State == endpoint.ReadsOnly {
			e.Protection.State = endpoint.Unprotected // CLK102 is off or did not apply: judge it as unprotected
		}
		v := endpoint.NeedsSession(&e)
		if !v.Report {
			continue
		}
		if useServer {
			pass.Report(rules.Finding{RuleID: ruleid.UnprotectedEndpoint, Position: pos, Construct: "action:" + ep.name,
				Message: fmt.Sprintf("server action %s does not check the session (%s), yet %s; middleware never covers server actions (they are invoked by id, not by URL): call await auth.protect() or check userId from await auth() and throw at its top", ep.name, self.Reason, v.Reason)})
			continue
		}
		what := ep.name + " " + route.Pattern
		if route.Kind == PagesAPI {
			what = "API route " + route.Pattern
		}
		mw := as.mw
		var related []rules.Related
		if mw != nil && mw.Clerk {
			related = append(related, rules.Related{Position: withFile(mw.At, mw.File), Message: "the middleware that does not protect it"})
		} else {
			mw = nil
		}
		pass.Report(rules.Finding{RuleID: ruleid.UnprotectedEndpoint, Position: pos, Construct: "endpoint:" + ep.name, Related: related,
			Message: routeVerdictMsg(what, v, ctx.why, self.Reason, as.cfg.basePathHint(mw, route.Samples[0]))})
	}
}

// standalone are auth functions that verify a token by themselves, without
// the request state clerkMiddleware sets up.
var standalone = map[string]bool{"verifyToken": true}

// helperGap decides CLK103's helper check for a module: the first import
// of a Clerk auth function that needs clerkMiddleware, and the route URL the
// middleware does not run on ("" when no Clerk middleware runs at all); nil
// when there is nothing to report. Only routes (isRoute) are judged against
// the matcher.
func (c *checker) helperGap(as *appState, mod *js.Module, route Route, isRoute bool) (*js.ImportName, string) {
	var imp *js.ImportName
	for _, n := range c.authImports(mod) {
		if !standalone[n.Imported] {
			imp = n
			break
		}
	}
	if imp == nil {
		return nil, ""
	}
	if as.mw == nil || !as.mw.Clerk {
		return imp, ""
	}
	if !isRoute || route.Kind == NotRoute {
		return nil, ""
	}
	for _, s := range route.Samples {
		if !as.mw.Runs(s) {
			return imp, s
		}
	}
	return nil, ""
}

// checkHelperUse reports auth helpers used where no clerkMiddleware runs:
// auth() and getAuth() throw "Clerk can't detect usage of clerkMiddleware()".
func (c *checker) checkHelperUse(pass *js.Pass, as *appState, mod *js.Module, route Route, isRoute bool) {
	n, s := c.helperGap(as, mod, route, isRoute)
	if n == nil {
		return
	}
	pos := n.Import.Statement
	pos.File = ""
	if s == "" {
		where := as.middlewarePath()
		pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: pos, Construct: "no-middleware:" + n.Imported,
			Message: fmt.Sprintf("%s from %s needs clerkMiddleware, but no middleware/proxy file where Next.js runs it (%s) calls it: %s throws \"Clerk can't detect usage of clerkMiddleware()\"; export default clerkMiddleware() from %s", n.Imported, n.Import.Spec, where, n.Imported, where)})
		return
	}
	related := []rules.Related{{Position: withFile(as.mw.MatcherAt, as.mw.File), Message: "the matcher"}}
	pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: pos, Construct: "matcher-gap:" + route.Pattern, Related: related,
		Message: fmt.Sprintf("the middleware matcher in %s does not run on %s, where %s is called: it throws \"Clerk can't detect usage of clerkMiddleware()\" and no middleware protection applies; make the matcher cover this route (Clerk's recommended matcher includes '/(api|trpc)(.*)')%s", as.mw.File, s, n.Imported, as.cfg.basePathHint(as.mw, s))})
}

func withFile(p rules.Position, file string) rules.Position {
	p.File = file
	return p
}

// checkMiddlewareFile reports a middleware/proxy file Next never runs, two of
// them, and a matcher that skips the app's API routes.
func (c *checker) checkMiddlewareFile(pass *js.Pass, as *appState) {
	p := pass.File.Path
	mw := as.files[p]
	at := mw.At
	if !mw.Clerk {
		return
	}
	at.File = ""
	want := path.Join(as.dir, middlewareBase(p)+path.Ext(p))
	switch {
	case !as.placed(p):
		pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: at, Construct: "misplaced:" + p,
			Message: fmt.Sprintf("Next.js never runs %s: the middleware/proxy file must sit beside the app/ or pages/ folder, at %s; clerkMiddleware() is not run, so auth() throws and nothing is protected", p, want)})
		return
	case as.proxyIgnored(p):
		pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: at, Construct: "proxy-before-16:" + p,
			Message: fmt.Sprintf("proxy.ts is only read by Next.js 16 and later; this app uses next %s, so clerkMiddleware() never runs: name the file middleware%s", as.nextRange, path.Ext(p))})
		return
	}
	if middlewareBase(p) == "proxy" {
		for other := range as.files {
			if other != p && as.placed(other) && middlewareBase(other) == "middleware" {
				pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: at, Construct: "both:" + p,
					Message: fmt.Sprintf("both %s and %s exist: Next.js 16 fails the build with both; keep proxy%s only", p, other, path.Ext(p))})
				break
			}
		}
	}
	if mw != as.mw || mw.Matchers == nil || mw.MatcherUnknown {
		return
	}
	for _, s := range as.apiRoutes {
		if !mw.Runs(s) {
			mat := mw.MatcherAt
			mat.File = ""
			pass.Report(rules.Finding{RuleID: ruleid.MiddlewareGap, Position: mat, Construct: "matcher-excludes-api",
				Message: fmt.Sprintf("config.matcher does not run on %s: auth() and getAuth() in the app's API routes throw and the middleware protects none of them; add '/(api|trpc)(.*)' to the matcher%s", s, as.cfg.basePathHint(mw, s))})
			return
		}
	}
}

// checkAwait reports auth() from @clerk/nextjs used without await in a v6+
// app where its result is destructured or dereferenced: auth() returns a
// Promise since v6, so userId is undefined and auth().protect is not a
// function; comparisons such as userId === null fail open.
func (c *checker) checkAwait(pass *js.Pass, as *appState, mod *js.Module) {
	locals := map[string]bool{}
	for local, n := range mod.Locals {
		if n.Imported == "auth" && !n.TypeOnly && (n.Import.Spec == "@clerk/nextjs/server" || n.Import.Spec == SDK) {
			locals[local] = true
		}
	}
	if len(locals) == 0 || (!mayMisuseAuth(pass.Src, locals) && !protectUnawaitedSrc(pass.Src)) {
		return
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		if n.Type() == "call_expression" {
			if local := protectNotAwaited(t, n); locals[local] {
				pass.Report(rules.Finding{RuleID: ruleid.SessionNotChecked, Position: t.Pos(n), Construct: "unawaited:protect",
					Message: protectMsg(as.major, local)})
			}
			if f := n.ChildByFieldName("function"); f != nil && f.Type() == "identifier" && locals[t.Text(f)] {
				if use := unawaitedUse(n); use != "" {
					msg := fmt.Sprintf("auth() is async in @clerk/nextjs v%d: destructuring it without await reads a Promise, so userId is undefined and checks such as userId === null pass for signed-out requests; write `await auth()`", as.major)
					if use == "member access" {
						msg = fmt.Sprintf("auth() is async in @clerk/nextjs v%d: %s without await reads a property of a Promise (auth().protect() throws a TypeError, auth().userId is undefined); write `await auth.protect()` or `(await auth()).userId`", as.major, t.Text(n.Parent()))
					}
					pass.Report(rules.Finding{RuleID: ruleid.SessionNotChecked, Position: t.Pos(n), Construct: "unawaited:" + use, Message: msg})
				}
			}
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i))
		}
	}
	walk(t.Root())
}

// checkMiddlewareAwait reports v5 calls of clerkMiddleware's auth argument
// in a v6+ app: auth().protect() and auth().userId read a Promise (the first
// throws a TypeError on every request it runs for).
func (c *checker) checkMiddlewareAwait(pass *js.Pass, as *appState) {
	mod := pass.Module()
	t, err := pass.Tree()
	if mod == nil || err != nil {
		return
	}
	isMW := map[string]bool{}
	for local, n := range mod.Locals {
		if n.Imported == "clerkMiddleware" && !n.TypeOnly && strings.HasPrefix(n.Import.Spec, SDK) {
			isMW[local] = true
		}
	}
	if len(isMW) == 0 {
		return
	}
	var handlers []*sitter.Node
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() == "call_expression" {
			f, args := n.ChildByFieldName("function"), n.ChildByFieldName("arguments")
			if f != nil && args != nil && f.Type() == "identifier" && isMW[t.Text(f)] && args.NamedChildCount() > 0 {
				if h := js.Unwrap(args.NamedChild(0)); js.IsFunc(h) {
					handlers = append(handlers, h)
				}
			}
		}
		return true
	})
	for _, h := range handlers {
		auth := firstParam(t, h)
		if auth == "" {
			continue
		}
		js.Walk(h, func(n *sitter.Node) bool {
			if n.Type() != "call_expression" {
				return true
			}
			if protectNotAwaited(t, n) == auth {
				pass.Report(rules.Finding{RuleID: ruleid.SessionNotChecked, Position: t.Pos(n), Construct: "unawaited-middleware:protect",
					Message: protectMsg(as.major, auth)})
				return true
			}
			f := n.ChildByFieldName("function")
			if f == nil || f.Type() != "identifier" || t.Text(f) != auth {
				return true
			}
			if use := unawaitedUse(n); use != "" {
				at := n.Parent()
				if use == "destructured" {
					at = n
				}
				pass.Report(rules.Finding{RuleID: ruleid.SessionNotChecked, Position: t.Pos(n), Construct: "unawaited-middleware:" + use,
					Message: fmt.Sprintf("the auth argument of clerkMiddleware is async in @clerk/nextjs v%d: %s reads a Promise (auth().protect() throws a TypeError on every request it runs for, auth().userId is undefined); write `await %s.protect()` or `(await %s()).userId` in an async handler", as.major, t.Text(at), auth, auth)})
			}
			return true
		})
	}
}

// protectNotAwaited is X when call is `X.protect(…)` used as a statement of
// its own (no await, return, assignment or .then): "" otherwise.
func protectNotAwaited(t *js.Tree, call *sitter.Node) string {
	f := call.ChildByFieldName("function")
	if f == nil || f.Type() != "member_expression" {
		return ""
	}
	obj, prop := f.ChildByFieldName("object"), f.ChildByFieldName("property")
	if obj == nil || prop == nil || obj.Type() != "identifier" || t.Text(prop) != "protect" {
		return ""
	}
	p := call.Parent()
	for p != nil && p.Type() == "parenthesized_expression" {
		p = p.Parent()
	}
	if p == nil || (p.Type() != "expression_statement" && !(p.Type() == "unary_expression" && p.Child(0) != nil && p.Child(0).Type() == "void")) {
		return ""
	}
	return t.Text(obj)
}

func protectMsg(major int, auth string) string {
	return fmt.Sprintf("%s.protect() returns a Promise in @clerk/nextjs v%d and is not awaited: the code after it runs for signed-out requests before it rejects, so nothing is protected; write `await %s.protect()`", auth, major, auth)
}

// protectUnawaitedSrc reports, from the bytes alone, a `.protect(` call not
// preceded by await or return (so checkAwait needs the tree).
func protectUnawaitedSrc(src []byte) bool {
	for i := 0; i < len(src); {
		j := bytes.Index(src[i:], []byte(".protect("))
		if j < 0 {
			return false
		}
		s := i + j
		i = s + 1
		k := s
		for k > 0 && (js.IdentByte(src[k-1]) || src[k-1] == '.') {
			k--
		}
		for k > 0 && (src[k-1] == ' ' || src[k-1] == '\t') {
			k--
		}
		before := src[:k]
		if !bytes.HasSuffix(before, []byte("await")) && !bytes.HasSuffix(before, []byte("return")) {
			return true
		}
	}
	return false
}

// firstParam is the name of fn's first parameter ("" when it is not a plain
// identifier).
func firstParam(t *js.Tree, fn *sitter.Node) string {
	if p := fn.ChildByFieldName("parameter"); p != nil && p.Type() == "identifier" {
		return t.Text(p) // x => …
	}
	ps := fn.ChildByFieldName("parameters")
	if ps == nil || ps.NamedChildCount() == 0 {
		return ""
	}
	p := ps.NamedChild(0)
	if p.Type() == "required_parameter" || p.Type() == "optional_parameter" {
		p = p.ChildByFieldName("pattern")
	}
	if p == nil || p.Type() != "identifier" {
		return ""
	}
	return t.Text(p)
}

// mayMisuseAuth reports, from the bytes alone, whether src may call one of
// locals other than as a whole `await auth()` statement-level operand, so
// that checkAwait needs the tree. It errs towards true: any occurrence that
// may be a call (followed by '(', '<', '?', '!', '`' or a comment) and is not
// exactly `await local()` followed by a token that cannot extend the call
// (member access, call, subscript, non-null, template, as/satisfies) counts.
func mayMisuseAuth(src []byte, locals map[string]bool) bool {
	for local := range locals {
		name := []byte(local)
		for i := 0; i < len(src); {
			j := bytes.Index(src[i:], name)
			if j < 0 {
				break
			}
			s, e := i+j, i+j+len(name)
			i = e
			if (s > 0 && js.IdentByte(src[s-1])) || (e < len(src) && js.IdentByte(src[e])) {
				continue
			}
			k := skipBlank(src, e)
			if k >= len(src) {
				continue
			}
			switch src[k] {
			case '(', '<', '?', '!', '`', '/':
			default:
				continue // not a call of the identifier (import list, member access…)
			}
			if !awaitedWhole(src, s, k) {
				return true
			}
		}
	}
	return false
}

// awaitedWhole: src[s:] is `local` preceded by `await`, k is at its '(' and
// the call is `()` followed by a token that ends the await operand.
func awaitedWhole(src []byte, s, k int) bool {
	// Only spaces between: across a line break the "await" could end a
	// line comment.
	b := s
	for b > 0 && (src[b-1] == ' ' || src[b-1] == '\t') {
		b--
	}
	if b < 5 || string(src[b-5:b]) != "await" || (b > 5 && js.IdentByte(src[b-6])) || b == s {
		return false
	}
	if src[k] != '(' {
		return false
	}
	k = skipBlank(src, k+1)
	if k >= len(src) || src[k] != ')' {
		return false
	}
	k = skipBlank(src, k+1)
	if k >= len(src) {
		return true
	}
	switch c := src[k]; {
	case c == '.' || c == '?' || c == '[' || c == '!' || c == '(' || c == '`' || c == '/' || c == '<':
		return false
	case js.IdentByte(c):
		w := k
		for w < len(src) && js.IdentByte(src[w]) {
			w++
		}
		switch string(src[k:w]) {
		case "as", "satisfies":
			return false
		}
	}
	return true
}

func skipBlank(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// unawaitedUse says how a non-awaited auth() call's Promise is misused:
// "destructured", "auth().protect" style member access, or "" when it is
// awaited, returned or passed on.
func unawaitedUse(call *sitter.Node) string {
	p := call.Parent()
	for p != nil && (p.Type() == "parenthesized_expression" || p.Type() == "non_null_expression" || p.Type() == "as_expression") {
		p = p.Parent()
	}
	if p == nil {
		return ""
	}
	switch p.Type() {
	case "member_expression":
		return "member access"
	case "variable_declarator":
		if n := p.ChildByFieldName("name"); n != nil && n.Type() == "object_pattern" {
			return "destructured"
		}
	}
	return ""
}

// publicGET: a route handler's GET whose exact URL the app's public
// matcher names (not a wildcard, which may open it by accident): reading
// the session there without requiring it personalises a public response,
// as on a route CLK101's public-routes names.
func publicGET(route Route, name string, e *endpoint.Endpoint) bool {
	return route.Kind == AppHandler && name == "GET" && slices.ContainsFunc(e.Public, func(ev endpoint.Evidence) bool {
		return ev.Kind == endpoint.PublicMatcher && !ev.Broad && !ev.Tree
	})
}

// sessionEcho: the export only reads the session and returns what it
// read, as is (`const { userId } = await auth(); return userId`) or as a
// JSON object of those values (`return NextResponse.json({ userId,
// sessionId })`, a whoami route), doing nothing else: a signed-out caller
// gets its own nulls back, and there is no rest of it to run. A string or
// any other value built from it is still judged.
func sessionEcho(mod *js.Module, export string, e *endpoint.Endpoint, unchecked []string, t *js.Tree, node *sitter.Node) bool {
	exp := mod.Exports[export]
	if !e.EffectsKnown || slices.ContainsFunc(e.Effects, endpoint.Effect.NeedsUser) || exp == nil || exp.From != nil || mod.Funcs[exp.Local] == nil {
		return false
	}
	steps := mod.Funcs[exp.Local].Steps
	last := len(steps) - 1
	if last < 1 || steps[last].Kind != js.StepReturn {
		return false
	}
	switch {
	case steps[last].Callee.Valid():
		if t == nil || node == nil || !jsonEcho(t, node, unchecked) {
			return false
		}
	case len(steps[last].Names) == 0:
		return false
	}
	for _, n := range steps[last].Names {
		if !slices.Contains(unchecked, n) && (t == nil || node == nil || !predicateEcho(t, node, unchecked)) {
			return false // a value built from others (a comparison with an argument is a predicate)
		}
	}
	for _, st := range steps[:last] {
		if st.Kind != js.StepBind {
			return false
		}
	}
	return true
}

// idleRead: a signed-out request makes the endpoint do nothing
// (endpoint.IdleSignedOut), and what it read of the session only shapes
// its answer: a page rendering its signed-in or signed-out view (as
// endpoint.UncheckedSession holds for every framework's pages), or a
// function that only calls has(), which answers false signed out, and
// binds the other values without using them. An echo of a session value
// (sessionEcho) or a value built from one is judged as before.
func idleRead(route Route, export string, e *endpoint.Endpoint, names []string, t *js.Tree, fn *sitter.Node) bool {
	if !endpoint.IdleSignedOut(e) {
		return false
	}
	if route.Kind == AppPage && export == "default" {
		return true
	}
	if t == nil || fn == nil {
		return false
	}
	uses := map[string]int{}
	js.Walk(fn, func(n *sitter.Node) bool {
		switch n.Type() {
		case "identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern":
			uses[t.Text(n)]++
		}
		return true
	})
	for _, n := range names {
		if n != "has" && uses[n] > 1 {
			return false // used after its binding
		}
	}
	return true
}

// tokenOnly: the only session value read is auth()'s getToken, a function
// always there (its token is null signed out), and nothing the endpoint
// does needs a user: a Supabase client factory handing it on as the
// client's accessToken (the database then sees an anonymous caller).
func tokenOnly(names []string, e *endpoint.Endpoint) bool {
	return len(names) == 1 && names[0] == "getToken" && e.EffectsKnown && !slices.ContainsFunc(e.Effects, endpoint.Effect.NeedsUser)
}

// callerOwnRows: every effect the endpoint has is a query on a Supabase
// client carrying the caller's own Clerk session token (Clerk's Supabase
// integration: row-level security sees an anonymous caller when signed
// out), and those touching the database read, update or delete rows a
// session value selects (.eq('user_id', userId)): signed out, PostgREST
// compares the column with the text null and selects nothing, so the
// request reads nothing and changes nothing. A create, an upsert, a query
// on another client, or any other effect needing a user keeps the read
// unchecked.
func callerOwnRows(e *endpoint.Endpoint) bool {
	if !e.EffectsKnown {
		return false
	}
	bySession := func(f endpoint.Effect) bool {
		return slices.ContainsFunc(f.Where, func(b endpoint.Binding) bool { return b.From == endpoint.FromSession })
	}
	rows := false
	for _, f := range e.Effects {
		switch f.Kind {
		case endpoint.DBRead, endpoint.DBWrite:
			// A chain is listed by each of its calls: the filter is the
			// outermost's (supabase.from().select() and its .eq()).
			filtered := slices.ContainsFunc(e.Effects, func(g endpoint.Effect) bool {
				return g.At == f.At && g.Target == f.Target && g.Kind == f.Kind && bySession(g)
			})
			if !f.CallerCredential || f.Creates || !filtered {
				return false
			}
			rows = true
		default:
			if f.NeedsUser() {
				return false
			}
		}
	}
	return rows
}

// predicateEcho: fn's last statement returns a strict equality of a value
// read from the session with a name or a literal (`return
// sessionClaims?.metadata.role === role`, Clerk's checkRole): a boolean,
// false for a signed-out caller, that the caller branches on.
func predicateEcho(t *js.Tree, fn *sitter.Node, names []string) bool {
	ret := lastReturn(fn)
	if len(ret) != 1 || ret[0].Type() != "binary_expression" {
		return false
	}
	op := ret[0].ChildByFieldName("operator")
	if op == nil || t.Text(op) != "===" { // null == undefined, and !== is true signed out
		return false
	}
	session := false
	for _, side := range []*sitter.Node{ret[0].ChildByFieldName("left"), ret[0].ChildByFieldName("right")} {
		root := side
		for root != nil && root.Type() == "member_expression" {
			root = root.ChildByFieldName("object")
		}
		switch {
		case root == nil:
			return false
		case root.Type() == "identifier" && slices.Contains(names, t.Text(root)):
			session = true
		case side.Type() == "identifier", side.Type() == "string", side.Type() == "number", side.Type() == "true", side.Type() == "false", side.Type() == "null":
		default:
			return false
		}
	}
	return session
}

// lastReturn is what the last statement of fn's block body returns (the
// return statement's parts), nil when that statement is no return.
func lastReturn(fn *sitter.Node) []*sitter.Node {
	body := fn.ChildByFieldName("body")
	if body == nil || body.Type() != "statement_block" {
		return nil
	}
	stmts := js.Uncommented(body)
	if len(stmts) == 0 || stmts[len(stmts)-1].Type() != "return_statement" {
		return nil
	}
	return js.Uncommented(stmts[len(stmts)-1])
}

// jsonEcho: fn's last statement returns Response.json or NextResponse.json
// of an object literal every value of which is one of names as read
// (`{ userId, sessionId }`, `{ id: userId }`), and nothing else.
func jsonEcho(t *js.Tree, fn *sitter.Node, names []string) bool {
	ret := lastReturn(fn)
	if len(ret) != 1 || ret[0].Type() != "call_expression" {
		return false
	}
	c := js.CalleeOf(t, ret[0])
	if (c.Root != "NextResponse" && c.Root != "Response") || len(c.Path) != 1 || c.Path[0] != "json" {
		return false
	}
	args := ret[0].ChildByFieldName("arguments")
	if args == nil || args.Type() != "arguments" {
		return false
	}
	as := js.Uncommented(args)
	if len(as) != 1 || as[0].Type() != "object" || len(js.Uncommented(as[0])) == 0 {
		return false
	}
	for _, p := range js.Uncommented(as[0]) {
		v := p
		if p.Type() == "pair" {
			v = p.ChildByFieldName("value")
		}
		if v == nil || (v.Type() != "identifier" && v.Type() != "shorthand_property_identifier") || !slices.Contains(names, t.Text(v)) {
			return false
		}
	}
	return true
}

// readAt is the statement of export's top level that binds name from a call
// (`const { userId } = await auth()`).
func readAt(mod *js.Module, export, name string) (rules.Position, bool) {
	exp := mod.Exports[export]
	if exp == nil || exp.From != nil || mod.Funcs[exp.Local] == nil {
		return rules.Position{}, false
	}
	p, ok := mod.Funcs[exp.Local].BoundAt(name)
	p.File = ""
	return p, ok
}

// weakGuards lists names bound from a Clerk auth function that an export's
// handler tests only with a consequence that does not exit (a log line).
func (c *checker) weakGuards(mod *js.Module, name string) []string {
	exp := mod.Exports[name]
	if exp == nil || exp.From != nil {
		return nil
	}
	fn := mod.Funcs[exp.Local]
	if fn == nil {
		return nil
	}
	authLocal := map[string]bool{}
	for _, n := range c.authImports(mod) {
		authLocal[n.Local] = true
	}
	bound := map[string]bool{}
	var out []string
	for _, st := range fn.Steps {
		switch st.Kind {
		case js.StepBind:
			if authLocal[st.Callee.Root] {
				for _, n := range st.Names {
					bound[n] = true
				}
			}
		case js.StepGuard:
			if st.Exit.Kind != js.ExitCall {
				continue
			}
			exits := false
			for _, call := range st.Exit.Calls {
				last := call.Root
				if k := len(call.Path); k > 0 {
					last = call.Path[k-1]
				}
				for _, e := range c.spec.Exits {
					exits = exits || e == last
				}
			}
			if exits {
				continue
			}
			for _, n := range st.Names {
				if bound[n] {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// checkInlineActions reports functions with an inline 'use server' directive
// (server actions declared in a server component) that do not check the
// session themselves, unless they act only for a signed-in render's user
// (renderBound).
func (c *checker) checkInlineActions(pass *js.Pass, as *appState, mod *js.Module, route Route) {
	t, err := pass.Tree()
	if err != nil {
		return
	}
	var funcs map[[2]int]*sitter.Node // checkInlineAuthz's index, built once
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		if isFunc(n) || n.Type() == "method_definition" {
			if body := n.ChildByFieldName("body"); body != nil && body.Type() == "statement_block" && hasUseServer(t, body) {
				name := inlineName(t, n)
				fn := js.SummarizeFunc(t, n, name)
				p := pass.Model.Protection(mod, fn, &c.spec)
				e := c.baseEndpoint(pass, mod, Route{}, true, name, t.Pos(n), fn, n, t)
				e.Protection.State = endpoint.Unprotected
				if p.Protected {
					selfEvidence(&e, p, nil, pass.File.Path)
					e.Protection.State = endpoint.Protected
				} else if ev, ok := c.renderBound(pass, as, mod, route, t, n); ok {
					e.Protection.By = append(e.Protection.By, ev)
					e.Protection.State = endpoint.Protected
				}
				as.eps.add(e)
				if v := endpoint.NeedsSession(&e); v.Report && c.enabled[ruleid.UnprotectedEndpoint] {
					pass.Report(rules.Finding{RuleID: ruleid.UnprotectedEndpoint, Position: t.Pos(n), Construct: "inline-action:" + name,
						Message: fmt.Sprintf("inline server action %s does not check the session (%s), yet %s; server actions are invoked by id, so middleware never covers them: call await auth.protect() or check userId from await auth() and throw at its top", name, p.Reason, v.Reason)})
				}
				if e.Protection.State == endpoint.Protected && c.enabled[ruleid.MissingAuthorization] {
					c.checkInlineAuthz(pass, t, mod, n, name, &funcs)
				}
			}
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i))
		}
	}
	walk(t.Root())
}

func hasUseServer(t *js.Tree, body *sitter.Node) bool {
	for i := 0; i < int(body.NamedChildCount()); i++ {
		s := body.NamedChild(i)
		if s.Type() == "comment" {
			continue
		}
		if s.Type() != "expression_statement" || s.NamedChildCount() != 1 || s.NamedChild(0).Type() != "string" {
			return false
		}
		if js.Unquote(t, s.NamedChild(0)) == "use server" {
			return true
		}
	}
	return false
}

// inlineName is a function's own name or the variable it is assigned to.
func inlineName(t *js.Tree, fn *sitter.Node) string {
	if n := fn.ChildByFieldName("name"); n != nil {
		return t.Text(n)
	}
	if p := fn.Parent(); p != nil && p.Type() == "variable_declarator" {
		if n := p.ChildByFieldName("name"); n != nil {
			return t.Text(n)
		}
	}
	return "(anonymous)"
}

// webhookReceiver names the webhook verifier the module uses ("" if none):
// it imports one (webhook-modules: verifyWebhook, svix, standardwebhooks),
// verifies a Stripe signature, or calls a project helper that verifies one
// (helperVerifies), so it receives deliveries from a service, whatever its
// path (/api/clerk, /api/stripe/webhook).
func (c *checker) webhookReceiver(pass *js.Pass, mod *js.Module) string {
	if w := c.webhookModule(mod); w != "" {
		return w
	}
	if js.UsesStripe(pass.Model, mod) && bytes.Contains(pass.Src, []byte("webhooks.constructEvent")) {
		return "stripe"
	}
	return c.helperVerifies(pass.Model, pass, mod)
}

// checkWebhook reports a webhook receiver that the middleware protects:
// Svix delivers without a Clerk session, so every delivery is refused.
func (c *checker) checkWebhook(pass *js.Pass, as *appState, mod *js.Module, route Route) {
	why := ""
	if w := c.webhookModule(mod); w != "" {
		why = "it imports " + w
	}
	if why == "" {
		for _, g := range c.hookURL {
			if g.Match(route.Samples[0]) {
				why = "its path is a webhook path"
			}
		}
	}
	if why == "" || as.mw == nil || !as.mw.Clerk {
		return
	}
	for _, s := range route.Samples {
		if v, _ := as.mw.Evaluate(s); v != Protected {
			return
		}
	}
	verify := "verify the signature with verifyWebhook(req) from '@clerk/nextjs/webhooks' instead"
	if strings.HasPrefix(why, "it imports") {
		verify = "let its signature check authenticate the sender instead"
	}
	for _, ep := range c.endpoints(pass.Model, mod, route, true, false) {
		pos := ep.pos
		pos.File = ""
		pass.Report(rules.Finding{RuleID: ruleid.WebhookRouteBehindAuth, Position: pos, Construct: "webhook:" + ep.name,
			Related: []rules.Related{{Position: withFile(as.mw.At, as.mw.File), Message: "the middleware that requires a session"}},
			Message: fmt.Sprintf("webhook route %s %s (%s) requires a Clerk session in %s: Svix delivers without one, so deliveries are refused and retried until the endpoint is disabled; make the path public in the middleware (e.g. '%s' in isPublicRoute) and %s", ep.name, route.Pattern, why, as.mw.File, webhookMatcher(route.Pattern), verify)})
	}
}

// webhookModule is the webhook verification module (webhook-modules) mod
// imports a verifier from, "" if none: svix's and standardwebhooks' Webhook
// class (their other exports send webhooks), any value of a Clerk module
// (not `import { type WebhookEvent }`).
func (c *checker) webhookModule(mod *js.Module) string {
	for _, imp := range mod.Imports {
		for _, w := range c.hookMod {
			if imp.Spec != w || imp.TypeOnly {
				continue
			}
			for _, n := range imp.Names {
				if !n.TypeOnly && (n.Imported == "Webhook" || n.Imported == "*" || strings.HasPrefix(w, "@clerk/")) {
					return w
				}
			}
		}
	}
	return ""
}

// webhookMatcher is a createRouteMatcher pattern for a webhook route: its
// folder when that names webhooks (/api/webhooks/clerk → /api/webhooks(.*)),
// the static prefix of a dynamic route, else the route itself.
func webhookMatcher(pattern string) string {
	if i := strings.Index(pattern, "/["); i >= 0 {
		return pattern[:i] + "(.*)" // the static prefix of a dynamic route
	}
	if dir := path.Dir(pattern); strings.Contains(strings.ToLower(path.Base(dir)), "webhook") {
		return dir + "(.*)"
	}
	return pattern
}

// isRootLayout: app/layout.tsx, src/app/layout.tsx, pages/_app.tsx (any
// page extension).
func isRootLayout(rel string) bool {
	switch strings.TrimSuffix(rel, path.Ext(rel)) {
	case "app/layout", "src/app/layout", "pages/_app", "src/pages/_app":
		return routeExts[path.Ext(rel)]
	}
	return false
}

// checkProvider reports a root layout when the app uses Clerk components or
// hooks and no layout (nor anything a layout imports) brings in ClerkProvider.
func (c *checker) checkProvider(pass *js.Pass, as *appState, mod *js.Module) {
	uiUse, uiFile := as.ui(c, pass.Model)
	if uiUse == "" {
		return
	}
	// Does any module reached from a layout import ClerkProvider? The walk
	// stops expanding once one does.
	found := false
	for _, p := range as.layouts {
		if m := pass.Model.Module(p); m != nil && m.Err == nil && importsProvider(m) {
			return
		}
	}
	pass.Model.Closure(as.layouts, func(e *js.Edge, to *js.Module) bool {
		if found || e.Import.TypeOnly {
			return false
		}
		if to.Err == nil && importsProvider(to) {
			found = true
			return false
		}
		return true
	})
	if found {
		return
	}
	pos := rules.Position{Line: 1, Column: 1}
	if exp := mod.Exports["default"]; exp != nil {
		pos = exp.Pos
	}
	pos.File = ""
	pass.Report(rules.Finding{RuleID: ruleid.ClerkProviderMissing, Position: pos, Construct: "no-provider",
		Related: []rules.Related{{Position: rules.Position{File: uiFile, Line: 1, Column: 1}, Message: "uses " + uiUse}},
		Message: fmt.Sprintf("the app uses %s from @clerk/nextjs (%s) but no layout renders <ClerkProvider>: Clerk components and hooks fail without it; wrap the root layout's content in <ClerkProvider>", uiUse, uiFile)})
}

// pageDir returns the route segment that holds a page: the folder of an App
// Router page.tsx, the file name of a Pages Router page.
func pageDir(rel string) (string, bool) {
	ext := path.Ext(rel)
	if !routeExts[ext] {
		return "", false
	}
	stem := strings.TrimSuffix(rel, ext)
	parts := strings.Split(stem, "/")
	if parts[0] == "src" {
		parts = parts[1:]
	}
	if len(parts) < 2 {
		return "", false
	}
	switch parts[0] {
	case "app":
		if parts[len(parts)-1] != "page" || len(parts) < 3 {
			return "", false
		}
		return parts[len(parts)-2], true
	case "pages":
		if parts[1] == "api" || strings.HasPrefix(parts[len(parts)-1], "_") {
			return "", false
		}
		last := parts[len(parts)-1]
		if last == "index" && len(parts) > 2 {
			return parts[len(parts)-2], true
		}
		return last, true
	}
	return "", false
}

func catchAll(seg string) bool {
	return strings.HasPrefix(seg, "[[...") || strings.HasPrefix(seg, "[...")
}

// checkCatchAll reports path-routed Clerk components (SignIn, SignUp,
// UserProfile…) rendered by a page whose route is not a catch-all: their
// sub-steps (/sign-in/factor-one, /sign-in/sso-callback) then 404.
func (c *checker) checkCatchAll(pass *js.Pass, mod *js.Module, dir string) {
	if catchAll(dir) {
		return
	}
	locals := map[string]string{}
	for local, n := range mod.Locals {
		if n.Import.Spec == SDK && c.routed[n.Imported] && !n.TypeOnly {
			locals[local] = n.Imported
		}
	}
	if len(locals) == 0 {
		return
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	var walk func(n *sitter.Node)
	walk = func(n *sitter.Node) {
		if n.Type() == "jsx_self_closing_element" || n.Type() == "jsx_opening_element" {
			if name := n.ChildByFieldName("name"); name != nil && locals[t.Text(name)] != "" && !js.NonPathRouting(t, n) {
				comp := locals[t.Text(name)]
				pass.Report(rules.Finding{RuleID: ruleid.SignInNotCatchAll, Position: t.Pos(n), Construct: "not-catch-all:" + comp,
					Message: fmt.Sprintf("<%s> routes by path but this page is not a catch-all route: its later steps (factor-one, sso-callback, …) 404; move the page to an optional catch-all folder such as %s/[[...rest]]/page.tsx, or pass routing=\"hash\"", comp, dir)})
			}
		}
		for i := 0; i < int(n.NamedChildCount()); i++ {
			walk(n.NamedChild(i))
		}
	}
	walk(t.Root())
}
