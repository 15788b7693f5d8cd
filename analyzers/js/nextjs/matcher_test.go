package nextjs

import (
	"strings"
	"testing"
)

// Clerk's recommended matcher (clerk-middleware.mdx, 2026-05) and its
// earlier forms.
const (
	clerkSkipStatic = `/((?!_next|[^?]*\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)`
	clerkAPI        = `/(api|trpc)(.*)`
	clerkFAPI       = `/__clerk/(.*)`
	clerk2023       = `/((?!.*\..*|_next).*)`
	nextGeneric     = `/((?!api|_next/static|_next/image|favicon.ico).*)`
)

func TestNextMatcher(t *testing.T) {
	for _, tc := range []struct {
		source, path string
		want         bool
	}{
		{clerkSkipStatic, "/", true},
		{clerkSkipStatic, "/dashboard", true},
		{clerkSkipStatic, "/dashboard/settings", true},
		{clerkSkipStatic, "/api/users", true},
		{clerkSkipStatic, "/_next/static/chunk.js", false},
		{clerkSkipStatic, "/logo.png", false},
		{clerkSkipStatic, "/app.js", false},
		{clerkSkipStatic, "/data.json", true}, // js(?!on): .json is not skipped
		{clerkSkipStatic, "/report.docx", false},
		{clerkAPI, "/api/users", true},
		{clerkAPI, "/api", true},
		{clerkAPI, "/trpc/post.list", true},
		{clerkAPI, "/dashboard", false},
		{clerkFAPI, "/__clerk/v1/client", true},
		{clerk2023, "/dashboard", true},
		{clerk2023, "/favicon.ico", false},
		{clerk2023, "/api/v1.0/x", false},
		{nextGeneric, "/dashboard", true},
		{nextGeneric, "/api/users", false},
		{nextGeneric, "/favicon.ico", false},
		{"/dashboard/:path*", "/dashboard", true},
		{"/dashboard/:path*", "/dashboard/a/b", true},
		{"/dashboard/:path*", "/dashboardx", false},
		{"/dashboard/:path+", "/dashboard", false},
		{"/dashboard/:path+", "/dashboard/a", true},
		{"/about/:slug", "/about/team", true},
		{"/about/:slug", "/about/team/x", false},
		{"/about", "/about", true},
		{"/about", "/about/", false}, // strict: no optional trailing slash
		{"/about", "/About", true},   // case-insensitive
		{"/about", "/_next/data/build123/about.json", true},
		{"/", "/", true},
		{"/", "/index", true},
		{"/", "/dashboard", false},
		{"/(api|trpc)(.*)", "/apix", true}, // (.*) is not a segment: Clerk's API entry also runs on /apix
	} {
		p, err := NextMatcher(tc.source)
		if err != nil {
			t.Fatalf("%s: %v", tc.source, err)
		}
		got, err := p.Match(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("matcher %q on %q = %v, want %v (regex %s)", tc.source, tc.path, got, tc.want, p.re.String())
		}
	}
}

func TestRoutePattern(t *testing.T) {
	for _, tc := range []struct {
		source, path string
		want         bool
	}{
		{"/dashboard(.*)", "/dashboard", true},
		{"/dashboard(.*)", "/dashboard/a/b", true},
		{"/dashboard(.*)", "/dashboardxyz", true}, // the documented surprise
		{"/dashboard/:path*", "/dashboardxyz", false},
		{"/dashboard/:path*", "/dashboard/a/b", true},
		{"/dashboard/:path*", "/dashboard", true},
		{"/sign-in(.*)", "/sign-in/factor-one", true},
		{"/api/webhooks(.*)", "/api/webhooks/clerk", true},
		{"/api/:path*", "/api/anything/at/all", true},
		{"/", "/", true},
		{"/", "/x", false},
		{"/api/users", "/api/users/", true}, // non-strict: optional trailing slash
		{"/API/Users", "/api/users", true},
		{"/user/:id", "/user/42", true},
		{"/user/:id", "/user/42/posts", false},
		{"/files/:name.:ext", "/files/a.txt", true},
		{"/(.*)", "/anything", true},
		{"/user{s}?", "/user", true},
		{"/user{s}?", "/users", true},
	} {
		p, err := RoutePattern(tc.source)
		if err != nil {
			t.Fatalf("%s: %v", tc.source, err)
		}
		got, _ := p.Match(tc.path)
		if got != tc.want {
			t.Errorf("route %q on %q = %v, want %v (regex %s)", tc.source, tc.path, got, tc.want, p.re.String())
		}
	}
}

func TestPatternErrors(t *testing.T) {
	for _, src := range []string{"/(foo", "/:", "/(a(b))", "/x\\"} {
		if _, err := RoutePattern(src); err == nil {
			t.Errorf("RoutePattern(%q): no error", src)
		}
	}
	if _, err := NextMatcher("dashboard"); err == nil || !strings.Contains(err.Error(), "must start with /") {
		t.Errorf("matcher without a leading slash: %v", err)
	}
}

func TestRegexLiteralTimeout(t *testing.T) {
	p, err := RegexLiteral(`^(a+)+$`, "")
	if err != nil {
		t.Fatal(err)
	}
	ok, err := p.Match(strings.Repeat("a", 40) + "!")
	if ok || err == nil {
		t.Errorf("catastrophic regex: ok=%v err=%v, want a timeout error", ok, err)
	}
	// Once timed out, the pattern is unknown for every path without running
	// again (it would match this one).
	if ok, again := p.Match("aaa"); ok || again == nil || again.Error() != err.Error() {
		t.Errorf("after a timeout: ok=%v err=%v, want the first error again", ok, again)
	}
}

func TestRouteOf(t *testing.T) {
	for _, tc := range []struct {
		rel     string
		kind    RouteKind
		pattern string
		samples string
	}{
		{"app/api/users/route.ts", AppHandler, "/api/users", "/api/users"},
		{"src/app/api/users/[id]/route.ts", AppHandler, "/api/users/[id]", "/api/users/x1"},
		{"app/(admin)/api/stats/route.js", AppHandler, "/api/stats", "/api/stats"},
		{"app/@modal/api/x/route.ts", AppHandler, "/api/x", "/api/x"},
		{"app/[locale]/api/x/route.ts", AppHandler, "/[locale]/api/x", "/x1/api/x"},
		{"app/api/files/[...path]/route.ts", AppHandler, "/api/files/[...path]", "/api/files/x1/x2"},
		{"app/docs/[[...slug]]/route.ts", AppHandler, "/docs/[[...slug]]", "/docs,/docs/x1"},
		{"app/docs/[[...slug]]/(group)/route.ts", AppHandler, "/docs/[[...slug]]", "/docs,/docs/x1"},
		{"app/route.ts", AppHandler, "/", "/"},
		{"app/api/%5F%5Fclerk/[[...path]]/route.ts", AppHandler, "/api/__clerk/[[...path]]", "/api/__clerk,/api/__clerk/x1"},
		{"app/dashboard/page.tsx", AppPage, "/dashboard", "/dashboard"},
		{"pages/api/hello.ts", PagesAPI, "/api/hello", "/api/hello"},
		{"pages/api/index.ts", PagesAPI, "/api", "/api"},
		{"src/pages/api/users/[id].ts", PagesAPI, "/api/users/[id]", "/api/users/x1"},
	} {
		r, ok := RouteOf(tc.rel)
		if !ok {
			t.Errorf("%s: not a route", tc.rel)
			continue
		}
		if r.Kind != tc.kind || r.Pattern != tc.pattern || strings.Join(r.Samples, ",") != tc.samples {
			t.Errorf("%s = %v %q %v, want %v %q %s", tc.rel, r.Kind, r.Pattern, r.Samples, tc.kind, tc.pattern, tc.samples)
		}
	}
	// A catch-all before another segment is not routed (Next refuses it):
	// 30 nested optional catch-alls used to make 2^30 samples.
	deep := "app/" + strings.Repeat("[[...x]]/", 30) + "route.ts"
	for _, rel := range []string{"app/_lib/route.ts", "app/api/x/handler.ts", "pages/index.tsx", "pages/api/_utils.ts", "app/api/x/route.css", "lib/route.ts",
		"app/a/[[...x]]/b/route.ts", "app/a/[...x]/b/page.tsx", deep} {
		if _, ok := RouteOf(rel); ok {
			t.Errorf("%s: a route", rel)
		}
	}
}

func TestPageDir(t *testing.T) {
	for rel, want := range map[string]string{
		"app/sign-in/[[...sign-in]]/page.tsx": "[[...sign-in]]",
		"src/app/login/page.tsx":              "login",
		"pages/sign-in/[[...index]].tsx":      "[[...index]]",
		"pages/login.tsx":                     "login",
		"pages/account/index.tsx":             "account",
		"app/page.tsx":                        "",
		"pages/api/x.ts":                      "",
		"pages/_app.tsx":                      "",
		"app/login/layout.tsx":                "",
	} {
		got, ok := pageDir(rel)
		if (want == "") == ok || got != want {
			t.Errorf("pageDir(%q) = %q, %v; want %q", rel, got, ok, want)
		}
	}
	for rel, want := range map[string]bool{"app/layout.tsx": true, "src/app/layout.jsx": true, "pages/_app.tsx": true, "app/x/layout.tsx": false, "app/layout.css": false} {
		if got := isRootLayout(rel); got != want {
			t.Errorf("isRootLayout(%q) = %v", rel, got)
		}
	}
}

func TestWebhookMatcher(t *testing.T) {
	for in, want := range map[string]string{
		"/api/webhooks/clerk": "/api/webhooks(.*)",
		"/webhooks/clerk":     "/webhooks(.*)",
		"/api/clerk-webhook":  "/api/clerk-webhook",
		"/api/hooks/[id]":     "/api/hooks(.*)",
	} {
		if got := webhookMatcher(in); got != want {
			t.Errorf("webhookMatcher(%q) = %q, want %q", in, got, want)
		}
	}
}
