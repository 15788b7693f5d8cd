package nextjs

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/js"
)

func TestPageRouteOf(t *testing.T) {
	for rel, want := range map[string]string{
		"app/(auth)/sign-in/[[...sign-in]]/page.tsx": "/sign-in/[[...sign-in]]",
		"src/app/dashboard/page.tsx":                 "/dashboard",
		"app/api/me/route.ts":                        "/api/me",
		"pages/index.tsx":                            "/",
		"pages/blog/index.jsx":                       "/blog",
		"src/pages/sign-in/[[...index]].tsx":         "/sign-in/[[...index]]",
		"pages/api/me.ts":                            "/api/me",
		"pages/_app.tsx":                             "",
		"pages/_document.tsx":                        "",
		"app/layout.tsx":                             "",
		"app/_private/page.tsx":                      "",
		"lib/pages/x.ts":                             "",
		"app/@modal/(.)sign-in/page.tsx":             "/(.)sign-in",
	} {
		r, ok := pageRouteOf(rel)
		got := ""
		if ok {
			got = r.Pattern
		}
		if got != want {
			t.Errorf("pageRouteOf(%q) = %q, want %q", rel, got, want)
		}
	}
}

// TestURLProblem judges URLs against a hand-built index: a missing page, a
// page without Clerk while <SignIn> is elsewhere, basePath, locales, and the
// values that are never judged.
func TestURLProblem(t *testing.T) {
	signIn := servedRoute{file: "app/sign-in/[[...sign-in]]/page.tsx", pattern: "/sign-in/[[...sign-in]]", page: true, clerk: true}
	about := servedRoute{file: "app/about/page.tsx", pattern: "/about", page: true}
	blog := servedRoute{file: "app/blog/[slug]/page.tsx", pattern: "/blog/[slug]", page: true}
	hook := servedRoute{file: "app/api/hook/route.ts", pattern: "/api/hook"}
	pricing := servedRoute{file: "app/[locale]/pricing/page.tsx", pattern: "/[locale]/pricing", page: true}
	idx := &urlIndex{mounts: map[string][]servedRoute{}, mwSrc: [][]byte{[]byte(`if (p === '/old-login') return NextResponse.redirect(new URL('/sign-in', req.url))`)}}
	for _, r := range []*servedRoute{&signIn, &about, &blog, &hook, &pricing} {
		r.segs = js.URLSegs(r.pattern)
		idx.routes = append(idx.routes, *r)
	}
	idx.mounts["SignIn"] = []servedRoute{signIn}
	as := &appState{}
	for _, tc := range []struct {
		url  string
		kind js.AuthURLKind
		cfg  NextConfig
		want string // substring of the message, "" for none
	}{
		{"/sign-in", js.SignInURL, NextConfig{}, ""},
		{"/sign-in/", js.SignInURL, NextConfig{}, ""},
		{"/sign-in?x=1", js.SignInURL, NextConfig{}, ""},
		{"/login", js.SignInURL, NextConfig{}, "no page at that path"},
		{"/login", js.SignInURL, NextConfig{}, "set it to /sign-in"},
		{"/about", js.SignInURL, NextConfig{}, "renders no Clerk component"},
		{"/about", js.RedirectURL, NextConfig{}, ""},
		{"/blog/x", js.SignInURL, NextConfig{}, ""}, // dynamic: may render one
		{"/api/hook", js.RedirectURL, NextConfig{}, ""},
		{"/api/hook", js.SignInURL, NextConfig{}, ""}, // a handler may redirect
		{"https://accounts.example.com/sign-in", js.SignInURL, NextConfig{}, ""},
		{"//cdn.example.com/x", js.SignInURL, NextConfig{}, ""},
		{"sign-in", js.SignInURL, NextConfig{}, ""},
		{"/${BASE}/sign-in", js.SignInURL, NextConfig{}, ""},
		{"/sign-in", js.SignInURL, NextConfig{BasePath: "/portal"}, "basePath /portal"},
		{"/portal/sign-in", js.SignInURL, NextConfig{BasePath: "/portal"}, ""},
		{"/portal/login", js.SignInURL, NextConfig{BasePath: "/portal"}, "set it to /portal/sign-in"},
		{"/fr/sign-in", js.SignInURL, NextConfig{Locales: []string{"en", "fr"}}, ""},
		{"/de/sign-in", js.SignInURL, NextConfig{Locales: []string{"en", "fr"}}, "no page at that path"},
		{"/pricing", js.RedirectURL, NextConfig{}, ""},          // [locale] served without prefix
		{"/en/pricing", js.RedirectURL, NextConfig{}, ""},       // and with it
		{"/en/nope", js.RedirectURL, NextConfig{}, "no page"},   // but not anything
		{"/old-login", js.SignInURL, NextConfig{}, ""},          // the middleware redirects it
		{"/old-login/x", js.SignInURL, NextConfig{}, "no page"}, // only the path it spells
		{"/old", js.SignInURL, NextConfig{}, "no page"},         // as a whole string
	} {
		as.cfg = tc.cfg
		got := as.urlProblem(idx, "X", tc.url, tc.kind, 0)
		if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("urlProblem(%q, %v, %+v) = %q, want %q", tc.url, tc.kind, tc.cfg, got, tc.want)
		}
	}
	idx.skip = "the app has no pages"
	as.cfg = NextConfig{}
	if got := as.urlProblem(idx, "X", "/login", js.SignInURL, 0); got != "" {
		t.Errorf("an app whose URLs cannot be judged got %q", got)
	}
}

func TestLocaleSeg(t *testing.T) {
	for seg, want := range map[string]bool{"[locale]": true, "[lang]": true, "[lng]": true, "[slug]": false, "[...locale]": false, "locale": false} {
		if got := localeSeg(seg); got != want {
			t.Errorf("localeSeg(%s) = %v, want %v", seg, got, want)
		}
	}
}

func TestURLProblemMessages(t *testing.T) {
	idx := &urlIndex{mounts: map[string][]servedRoute{}, routes: []servedRoute{{file: "app/page.tsx", pattern: "/", page: true}}}
	as := &appState{}
	for what, want := range map[string]string{
		"NEXT_PUBLIC_CLERK_SIGN_UP_FALLBACK_REDIRECT_URL": "after they sign up",
		"NEXT_PUBLIC_CLERK_AFTER_SIGN_IN_URL":             "after they sign in",
		"<UserButton afterSignOutUrl>":                    "after they sign out",
		"auth.protect() option unauthorizedUrl":           "lacking the role or permission",
		"auth.protect() option unauthenticatedUrl":        "signed-out requests",
	} {
		if got := as.urlProblem(idx, what, "/nowhere", js.RedirectURL, 0); !strings.Contains(got, want) {
			t.Errorf("%s: %q lacks %q", what, got, want)
		}
	}
}

func TestPathServes(t *testing.T) {
	page := Route{Pattern: "/sign-in/[[...sign-in]]"}
	team := Route{Pattern: "/[team]/settings/[[...rest]]"}
	for _, tc := range []struct {
		route Route
		path  string
		cfg   NextConfig
		want  bool
	}{
		{page, "/sign-in", NextConfig{}, true},
		{page, "/sign-in/", NextConfig{}, true},
		{page, "/login", NextConfig{}, false},
		{page, "/sign-in/factor-one", NextConfig{}, false},
		{page, "/portal/sign-in", NextConfig{BasePath: "/portal"}, true},
		{page, "/portal/sign-in", NextConfig{}, false},
		{page, "/fr/sign-in", NextConfig{Locales: []string{"fr"}}, true},
		{team, "/acme/settings", NextConfig{}, true},
		{team, "/acme/profile", NextConfig{}, false},
		{page, "sign-in", NextConfig{}, true}, // not a path: not judged
		{Route{Pattern: "/[locale]/sign-in/[[...rest]]"}, "/sign-in", NextConfig{}, true},
		{Route{Pattern: "/[locale]/sign-in/[[...rest]]"}, "/fr/sign-in", NextConfig{}, true},
		{Route{Pattern: "/[locale]/sign-in/[[...rest]]"}, "/login", NextConfig{}, false},
	} {
		as := &appState{cfg: tc.cfg}
		if got := pathServes(as, tc.route, tc.path); got != tc.want {
			t.Errorf("pathServes(%s, %q, %+v) = %v, want %v", tc.route.Pattern, tc.path, tc.cfg, got, tc.want)
		}
	}
}

func TestMentionsWord(t *testing.T) {
	words := map[string]bool{"signInUrl": true, "afterSignOutUrl": true, "to": true}
	for src, want := range map[string]bool{
		`<ClerkProvider signInUrl="/login">`: true,
		`{ afterSignOutUrl: '/' }`:           true,
		`const mySignInUrl = 1`:              false, // a longer identifier
		`signInUrls.map(f)`:                  false,
		`const baseUrl = env.URL`:            false,
		`go to`:                              true, // short words are searched whole
		``:                                   false,
	} {
		if got := mentionsWord([]byte(src), words); got != want {
			t.Errorf("mentionsWord(%q) = %v, want %v", src, got, want)
		}
	}
}
