package nextjs

import (
	"bytes"
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// CLK402: a Clerk sign-in/sign-up URL or redirect target (env variable,
// <ClerkProvider>/<SignIn> prop, clerkMiddleware option, auth.protect()
// unauthenticatedUrl/unauthorizedUrl) that points at a
// path the app serves no page at, a <SignIn path> that is not the URL of the
// page it is rendered on, and a sign-in URL that reaches a page without
// Clerk while <SignIn> is mounted elsewhere.
//
// Env files are not JS: the js engine visits source files only, so the app's
// env files (already parsed into scan.Project.Env) are judged once per scan
// from whichever file of the app is visited first, and reported in the env
// file (Pass.ReportIn); the scanner reports such a finding by the env file's
// own status, so pre-commit files mode reports it when the env file is given.
//
// Out of reach: URLs built at run time (process.env in props, template
// strings, clerkMiddleware options returned by a function), a path-routed
// component rendered by a shared component rather than the page file itself
// (its page is not known), apps with custom pageExtensions or URL rewrites
// in next.config, the middleware, vercel.json or netlify.toml (not judged),
// intercepting routes, and env files loaded from outside the app directory
// (a monorepo root .env read through dotenv-cli).

// urlState is the app-wide index CLK402 reads, built on first use.
type urlState struct {
	once sync.Once
	idx  *urlIndex
	// envOnce: env-file findings are reported once per scan, from whichever
	// file of the app is visited first.
	envOnce sync.Once
}

// urlIndex is what an app serves, for judging URLs.
type urlIndex struct {
	routes []servedRoute
	// mounts are the page routes rendering a path-routed Clerk component,
	// by component (SignIn → /sign-in/[[...sign-in]]).
	mounts map[string][]servedRoute
	// skip says why URLs cannot be judged in this app ("" when they can).
	skip string
	// mwSrc are the app's middleware/proxy sources: a path they spell as a
	// string may be redirected there (NextResponse.redirect), not judged.
	mwSrc [][]byte
	m     *js.Model // nil in tests: reachesClerk is then false
}

// reachesClerk: a module the page imports (transitively) imports from a
// Clerk package, so the page may render a Clerk sign-in of its own (a header
// with <SignInButton>, a custom flow with useSignIn).
func (idx *urlIndex) reachesClerk(file string) bool {
	if idx.m == nil {
		return false
	}
	found := false
	idx.m.Closure([]string{file}, func(e *js.Edge, to *js.Module) bool {
		if found || e.Import.TypeOnly {
			return false
		}
		for _, imp := range to.Imports {
			if strings.HasPrefix(imp.Spec, "@clerk/") && !imp.TypeOnly {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// servedRoute is a page or endpoint of the app.
type servedRoute struct {
	file    string   // project path
	pattern string   // "/sign-in/[[...sign-in]]"
	segs    []string // pattern segments
	page    bool     // a page (not a route handler or API route)
	clerk   bool     // the page's module imports from a Clerk package
}

// pageRouteOf is the route of an App Router page or route handler, a Pages
// Router API route or a Pages Router page (pagesPageRoute).
func pageRouteOf(rel string) (Route, bool) {
	if r, ok := RouteOf(rel); ok {
		return r, true
	}
	return pagesPageRoute(rel)
}

// static reports a pattern without dynamic segments.
func static(segs []string) bool {
	for _, s := range segs {
		if strings.HasPrefix(s, "[") {
			return false
		}
	}
	return true
}

// index builds the app's route index on first use: its pages and endpoints
// (paths only), and, from the summaries of pages importing a Clerk package,
// where path-routed components are mounted.
func (as *appState) index(c *checker, m *js.Model) *urlIndex {
	as.urls.once.Do(func() {
		idx := &urlIndex{mounts: map[string][]servedRoute{}, m: m}
		as.urls.idx = idx
		var pageFiles []*scan.File
		pos := map[string]int{}
		for _, f := range as.srcs {
			r, ok := pageRouteOf(as.app.Rel(f.Path))
			if !ok || strings.Contains(r.Pattern, "/(") {
				continue // not routed, or an intercepting route ((.)photo): soft navigation only
			}
			sr := servedRoute{file: f.Path, pattern: r.Pattern, segs: js.URLSegs(r.Pattern), page: r.Kind != AppHandler && r.Kind != PagesAPI}
			if sr.page {
				pos[f.Path] = len(idx.routes)
				pageFiles = append(pageFiles, f)
			}
			idx.routes = append(idx.routes, sr)
		}
		switch {
		case len(pageFiles) == 0:
			idx.skip = "the app has no pages"
		case as.cfg.Unknown:
			idx.skip = "next.config is not readable"
		case as.cfg.Rewrites:
			idx.skip = "next.config rewrites or redirects URLs"
		case as.rewrites(m, idx):
			idx.skip = "the middleware rewrites URLs"
		case hostRewrites(m, as.app.Dir):
			idx.skip = "the host config rewrites URLs"
		}
		if idx.skip != "" {
			return // nothing will be judged: mounts are not needed
		}
		for i, mod := range clerkModules(m, pageFiles) {
			if mod == nil {
				continue
			}
			sr := &idx.routes[pos[pageFiles[i].Path]]
			for _, imp := range mod.Imports {
				if imp.TypeOnly || !strings.HasPrefix(imp.Spec, "@clerk/") {
					continue
				}
				sr.clerk = true
				for _, n := range imp.Names {
					if imp.Spec == SDK && c.routed[n.Imported] && !n.TypeOnly {
						idx.mounts[n.Imported] = append(idx.mounts[n.Imported], *sr)
					}
				}
			}
		}
		for _, rs := range idx.mounts {
			sort.Slice(rs, func(i, j int) bool { return rs[i].pattern < rs[j].pattern })
		}
	})
	return as.urls.idx
}

// rewrites: a middleware/proxy file of the app rewrites requests
// (NextResponse.rewrite, next-intl's locale middleware), so a path without a
// page may still be served. It keeps the sources in idx.mwSrc.
func (as *appState) rewrites(m *js.Model, idx *urlIndex) bool {
	for p := range as.files {
		src := m.ReadSmall(p) // build read it: nil only if it changed since
		if src == nil || bytes.Contains(src, []byte("rewrite(")) || bytes.Contains(src, []byte("next-intl")) {
			return true
		}
		idx.mwSrc = append(idx.mwSrc, src)
	}
	return false
}

// hostRewrites: the app's vercel.json or netlify.toml rewrites or redirects
// paths (another app of a monorepo may serve /sign-in on the same domain).
func hostRewrites(m *js.Model, dir string) bool {
	for name, marks := range map[string][]string{"vercel.json": {`"rewrites"`, `"redirects"`, `"routes"`}, "netlify.toml": {"[[redirects]]"}} {
		p := path.Join(dir, name)
		if m.File(p) == nil {
			continue
		}
		src := m.ReadSmall(p)
		if src == nil {
			return true // unreadable: it may rewrite
		}
		for _, mark := range marks {
			if bytes.Contains(src, []byte(mark)) {
				return true
			}
		}
	}
	return false
}

// inMiddleware: the middleware sources spell the path as a whole string
// literal ('/start') more than own times (own: the occurrences being judged).
func (idx *urlIndex) inMiddleware(u string, own int) bool {
	n := 0
	for _, src := range idx.mwSrc {
		for _, q := range []string{"'", `"`, "`"} {
			n += bytes.Count(src, []byte(q+u+q))
		}
	}
	return n > own
}

// localeSeg: a leading dynamic segment named for a locale ([locale], [lang],
// [lng]); a locale middleware may serve its pages without the prefix.
func localeSeg(seg string) bool {
	n := strings.ToLower(strings.Trim(seg, "[]"))
	return strings.HasPrefix(seg, "[") && !strings.HasPrefix(seg, "[.") &&
		(strings.Contains(n, "locale") || strings.Contains(n, "lang") || n == "lng")
}

// urlProblem judges one configured URL; it returns "" when the URL is fine or
// cannot be judged (absolute, dynamic, the app cannot be read, a middleware
// that may redirect it: own is 1 when the URL is itself in the middleware).
func (as *appState) urlProblem(idx *urlIndex, what, raw string, kind js.AuthURLKind, own int) string {
	if idx.skip != "" {
		return ""
	}
	u, ok := js.JudgeableURL(raw)
	if !ok {
		return ""
	}
	app := u
	missingBase := false
	if bp := as.cfg.BasePath; bp != "" {
		switch {
		case app == bp:
			app = "/"
		case strings.HasPrefix(app, bp+"/"):
			app = app[len(bp):]
		default:
			missingBase = true
		}
	}
	segs := js.URLSegs(app)
	if len(segs) > 0 {
		for _, l := range as.cfg.Locales {
			if segs[0] == l {
				segs = segs[1:]
				break
			}
		}
	}
	var served []servedRoute
	for _, r := range idx.routes {
		// A route handler answers too (app/sign-in/route.ts redirecting to
		// the Account Portal).
		if js.ServesURL(r.segs, segs) || (len(r.segs) > 0 && localeSeg(r.segs[0]) && js.ServesURL(r.segs[1:], segs)) {
			served = append(served, r)
		}
	}
	comp := kind.Component()
	mounted := idx.mounts[comp]
	fix := "create that page or point it at one that exists"
	if len(mounted) > 0 {
		fix = fmt.Sprintf("set it to %s, where <%s> is mounted (%s)", mountURL(as.cfg.BasePath, mounted[0]), comp, mounted[0].file)
	}
	if len(served) == 0 {
		if idx.inMiddleware(u, own) {
			return "" // the middleware may redirect it
		}
		return fmt.Sprintf("%s is %s but the app has no page at that path: %s; %s", what, raw, js.NoPageWhy(what, kind), fix)
	}
	if missingBase {
		return fmt.Sprintf("%s is %s but the app is served under basePath %s: Clerk resolves a relative URL against the origin, not the basePath, so its redirects leave the app and 404; write %s%s", what, raw, as.cfg.BasePath, as.cfg.BasePath, u)
	}
	if len(mounted) == 0 {
		return ""
	}
	for _, r := range served {
		if !r.page || r.clerk || !static(r.segs) || idx.reachesClerk(r.file) {
			return "" // a handler, a Clerk page, or a dynamic route that may render one
		}
	}
	return fmt.Sprintf("%s is %s, a page that renders no Clerk component (%s), while <%s> is mounted at %s: users are sent to the wrong page to sign %s; %s", what, raw, served[0].file, comp, mountURL(as.cfg.BasePath, mounted[0]), map[js.AuthURLKind]string{js.SignInURL: "in", js.SignUpURL: "up"}[kind], fix)
}

// mountURL is the URL of a page a component is mounted on: its pattern
// without the trailing catch-all, with the basePath.
func mountURL(basePath string, r servedRoute) string {
	segs := r.segs
	if n := len(segs); n > 0 && catchAll(segs[n-1]) {
		segs = segs[:n-1]
	}
	return basePath + "/" + strings.Join(segs, "/")
}

// checkAuthURLs runs CLK402 on one visited file: the app's env files once
// per scan, then the file's own Clerk props and clerkMiddleware options.
func (c *checker) checkAuthURLs(pass *js.Pass, as *appState, rel string) {
	m := pass.Model
	as.urls.envOnce.Do(func() { c.checkEnvURLs(pass, as) })
	if !bytes.Contains(pass.Src, []byte("@clerk/")) {
		return
	}
	props := bytes.Contains(pass.Src, []byte("path=")) || bytes.Contains(pass.Src, []byte("path =")) ||
		mentionsWord(pass.Src, c.urlProp)
	if !props {
		return
	}
	idx := as.index(c, m)
	if idx.skip != "" {
		return // nothing is judged in this app: do not parse
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	own := 0 // occurrences of a judged URL in the middleware sources
	if as.files[pass.File.Path] != nil {
		own = 1
		c.checkMiddlewareURLs(pass, as, idx, t)
	}
	c.checkProtectURLs(pass, as, idx, t, own)
	mod := pass.Module()
	if mod == nil || mod.Err != nil {
		return
	}
	clerk := map[string]string{} // local JSX name → imported Clerk component
	for local, n := range mod.Locals {
		if strings.HasPrefix(n.Import.Spec, "@clerk/") && !n.TypeOnly {
			clerk[local] = n.Imported
		}
	}
	if len(clerk) == 0 {
		return
	}
	route, onPage := pageRouteOf(rel)
	onPage = onPage && route.Kind != AppHandler && route.Kind != PagesAPI && !strings.Contains(route.Pattern, "/(")
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() == "jsx_self_closing_element" || n.Type() == "jsx_opening_element" {
			if name := n.ChildByFieldName("name"); name != nil && clerk[t.Text(name)] != "" {
				c.checkElement(pass, as, idx, t, n, clerk[t.Text(name)], route, onPage)
			}
		}
		return true
	})
}

// attrs lists an element's literal string attributes (name → value node).
func attrs(t *js.Tree, el *sitter.Node) map[string]*sitter.Node {
	out := map[string]*sitter.Node{}
	for i := 0; i < int(el.NamedChildCount()); i++ {
		a := el.NamedChild(i)
		if a.Type() != "jsx_attribute" || a.NamedChildCount() < 2 {
			continue
		}
		v := a.NamedChild(1)
		if v.Type() == "jsx_expression" && v.NamedChildCount() == 1 {
			v = v.NamedChild(0)
		}
		if _, ok := literal(t, v); ok {
			out[t.Text(a.NamedChild(0))] = v
		}
	}
	return out
}

// checkElement judges a Clerk element's URL props and, for a path-routed
// component on a page, its path prop against the page's URL.
func (c *checker) checkElement(pass *js.Pass, as *appState, idx *urlIndex, t *js.Tree, el *sitter.Node, comp string, route Route, onPage bool) {
	as2 := attrs(t, el)
	names := make([]string, 0, len(as2))
	for n := range as2 {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v := as2[n]
		val, _ := literal(t, v)
		pos := t.Pos(v)
		pos.File = ""
		if c.urlProp[n] {
			if msg := as.urlProblem(idx, fmt.Sprintf("<%s %s>", comp, n), val, js.PropURLKind(n), 0); msg != "" {
				pass.Report(rules.Finding{RuleID: ruleid.AuthURLNoRoute, Position: pos, Construct: "prop:" + comp + "." + n, Message: msg})
			}
			continue
		}
		if n != "path" || !c.routed[comp] || !onPage || js.NonPathRouting(t, el) || idx.skip != "" {
			continue
		}
		if !pathServes(as, route, val) {
			want := mountURL(as.cfg.BasePath, servedRoute{segs: js.URLSegs(route.Pattern)})
			pass.Report(rules.Finding{RuleID: ruleid.AuthURLNoRoute, Position: pos, Construct: "path:" + comp,
				Message: fmt.Sprintf("<%s path=%q> is rendered on the page at %s: the component routes its steps under %s, a URL this page does not serve, so its links and redirects 404; set path=%q or drop the prop (Clerk derives it from the page's URL)", comp, val, want, val, want)})
		}
	}
}

// pathServes reports whether a component's path prop is the URL of the page
// it is on: the page's pattern without its trailing catch-all, matched
// segment by segment (a dynamic segment takes any value), with or without
// basePath and a locale prefix.
func pathServes(as *appState, route Route, p string) bool {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "$%{}\\ ") {
		return true // not a path the analysis can judge
	}
	segs := js.URLSegs(route.Pattern)
	if n := len(segs); n > 0 && catchAll(segs[n-1]) {
		segs = segs[:n-1]
	}
	if len(segs) > 0 && localeSeg(segs[0]) && pathServes(as, Route{Pattern: "/" + strings.Join(segs[1:], "/")}, p) {
		return true // a locale middleware may serve the page without its prefix
	}
	cands := []string{p}
	if bp := as.cfg.BasePath; bp != "" && strings.HasPrefix(p, bp+"/") {
		cands = append(cands, p[len(bp):])
	}
	for _, cand := range cands {
		us := js.URLSegs(cand)
		if segsMatchExact(segs, us) {
			return true
		}
		for _, l := range as.cfg.Locales {
			if len(us) > 0 && us[0] == l && segsMatchExact(segs, us[1:]) {
				return true
			}
		}
	}
	return false
}

// segsMatchExact matches one URL segment per pattern segment.
func segsMatchExact(pat, url []string) bool {
	if len(pat) != len(url) {
		return false
	}
	for i, p := range pat {
		if !strings.HasPrefix(p, "[") && p != url[i] {
			return false
		}
	}
	return true
}

// checkProtectURLs judges the unauthenticatedUrl/unauthorizedUrl options of
// auth.protect(params, options) calls (in the middleware handler, pages and
// route handlers): where Clerk redirects a refused request.
func (c *checker) checkProtectURLs(pass *js.Pass, as *appState, idx *urlIndex, t *js.Tree, own int) {
	if !bytes.Contains(pass.Src, []byte("protect(")) {
		return
	}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() == "call_expression" {
			f := n.ChildByFieldName("function")
			if f != nil && f.Type() == "member_expression" {
				if prop := f.ChildByFieldName("property"); prop != nil && t.Text(prop) == "protect" {
					c.checkOptions(pass, as, idx, t, n, "auth.protect() option ", own)
				}
			}
		}
		return true
	})
}

// checkOptions judges the URL-valued literal options of a call's object
// arguments.
func (c *checker) checkOptions(pass *js.Pass, as *appState, idx *urlIndex, t *js.Tree, call *sitter.Node, what string, own int) {
	args := call.ChildByFieldName("arguments")
	if args == nil {
		return
	}
	for i := 0; i < int(args.NamedChildCount()); i++ {
		obj := js.Unwrap(args.NamedChild(i))
		if obj.Type() != "object" {
			continue
		}
		pairs(t, obj, func(_ *sitter.Node, name string, v *sitter.Node) {
			val, ok := literal(t, v)
			if !ok || !c.urlProp[name] {
				return
			}
			if msg := as.urlProblem(idx, what+name, val, js.PropURLKind(name), own); msg != "" {
				pos := t.Pos(v)
				pos.File = ""
				pass.Report(rules.Finding{RuleID: ruleid.AuthURLNoRoute, Position: pos, Construct: "option:" + what + name, Message: msg})
			}
		})
	}
}

// checkMiddlewareURLs judges clerkMiddleware's signInUrl/signUpUrl options.
func (c *checker) checkMiddlewareURLs(pass *js.Pass, as *appState, idx *urlIndex, t *js.Tree) {
	call := findClerkCall(t, t.Root())
	if call == nil || calleeText(t, call) != "clerkMiddleware" {
		return
	}
	c.checkOptions(pass, as, idx, t, call, "clerkMiddleware's ", 1)
}

// checkEnvURLs judges the URL variables of the app's env files and their
// templates (js.EnvURLs).
func (c *checker) checkEnvURLs(pass *js.Pass, as *appState) {
	// The NEXT_PUBLIC_ names are the ones Next.js apps read.
	urls := js.EnvURLs(pass.Model, as.app.Dir, c.urlEnv, "NEXT_PUBLIC_")
	if len(urls) == 0 {
		return
	}
	idx := as.index(c, pass.Model)
	for _, u := range urls {
		if msg := as.urlProblem(idx, u.Name, u.Value, js.EnvURLKind(u.Name), 0); msg != "" {
			pass.ReportIn(rules.Finding{RuleID: ruleid.AuthURLNoRoute, Construct: "env:" + u.Name, Message: msg, Position: u.At})
		}
	}
}

// mentionsWord reports an identifier of words in src. It searches each
// distinct three-byte ending of the words once (the default URL props all
// end in "Url"), instead of scanning the file once per word.
func mentionsWord(src []byte, words map[string]bool) bool {
	ends := map[string]bool{}
	for w := range words {
		if len(w) < 3 {
			if bytes.Contains(src, []byte(w)) {
				return true
			}
			continue
		}
		ends[w[len(w)-3:]] = true
	}
	for end := range ends {
		e := []byte(end)
		for i := 0; ; {
			j := bytes.Index(src[i:], e)
			if j < 0 {
				break
			}
			stop := i + j + len(e)
			start := stop
			for start > 0 && js.IdentByte(src[start-1]) {
				start--
			}
			if words[string(src[start:stop])] && (stop == len(src) || !js.IdentByte(src[stop])) {
				return true
			}
			i = stop
		}
	}
	return false
}
