package nextjs

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/rules"
)

func TestPageRoute(t *testing.T) {
	for _, tc := range []struct {
		rel, pattern, samples, dir string // pattern "": not a page CLK101 judges
	}{
		{"app/dashboard/page.tsx", "/dashboard", "/dashboard", "app"},
		{"src/app/(app)/settings/page.jsx", "/settings", "/settings", "src/app"},
		{"app/admin/[[...rest]]/page.tsx", "/admin/[[...rest]]", "/admin,/admin/x1", "app"},
		{"app/page.tsx", "/", "/", "app"},
		{"app/dashboard/layout.tsx", "", "", ""},
		{"app/dashboard/route.ts", "", "", ""},
		{"app/_lib/page.tsx", "", "", ""},
		{"app/dashboard/panel.tsx", "", "", ""},
		{"pages/dashboard.tsx", "/dashboard", "/dashboard", "pages"},
		{"pages/settings/index.tsx", "/settings", "/settings", "pages"},
		{"src/pages/account/[id].js", "/account/[id]", "/account/x1", "src/pages"},
		{"pages/index.tsx", "/", "/", "pages"},
		{"pages/api/me.ts", "", "", ""},
		{"pages/_app.tsx", "", "", ""},
		{"pages/_document.tsx", "", "", ""},
		{"pages/404.tsx", "", "", ""},
		{"pages/500.tsx", "", "", ""},
		{"pages/docs/404.tsx", "/docs/404", "/docs/404", "pages"},
		{"pages/(x)/a.tsx", "", "", ""},
		{"pages/dashboard.css", "", "", ""},
		{"lib/dashboard/page.tsx", "", "", ""},
	} {
		r, ok := pageRoute(tc.rel)
		if ok != (tc.pattern != "") {
			t.Errorf("pageRoute(%q) ok = %v", tc.rel, ok)
			continue
		}
		if !ok {
			continue
		}
		if r.Pattern != tc.pattern || strings.Join(r.Samples, ",") != tc.samples || r.Dir != tc.dir {
			t.Errorf("pageRoute(%q) = %q %v %q, want %q %s %q", tc.rel, r.Pattern, r.Samples, r.Dir, tc.pattern, tc.samples, tc.dir)
		}
		if pagesRouter(r) != strings.HasSuffix(tc.dir, "pages") {
			t.Errorf("pagesRouter(%q) = %v", tc.rel, pagesRouter(r))
		}
	}
}

// privatePage decides from the path alone; public-routes win over
// protected-pages, and privileged-routes add to them.
func TestPrivatePage(t *testing.T) {
	c := &checker{public: rules.MustGlobs("/dashboard/help{,/**}")}
	if _, _, ok := c.privatePage("app/dashboard/page.tsx"); ok {
		t.Fatal("no protected-pages: nothing is private")
	}
	c.addPrivate(rules.MustGlobs("/dashboard{,/**}"), rules.MustGlobs("/internal/**"))
	for rel, want := range map[string]string{
		"app/dashboard/page.tsx":         "protected-pages '/dashboard{,/**}'",
		"app/(app)/dashboard/x/page.tsx": "protected-pages '/dashboard{,/**}'",
		"pages/dashboard/[id].tsx":       "protected-pages '/dashboard{,/**}'",
		"app/internal/tools/page.tsx":    "privileged-routes '/internal/**'",
		"app/internals/page.tsx":         "",
		"app/dashboard/help/page.tsx":    "",
		"app/dashboardx/page.tsx":        "",
		"app/dashboard/route.ts":         "",
		"app/dashboard/layout.tsx":       "",
		"pages/api/dashboard.ts":         "",
	} {
		_, glob, ok := c.privatePage(rel)
		if ok != (want != "") || glob != want {
			t.Errorf("privatePage(%q) = %q %v, want %q", rel, glob, ok, want)
		}
	}
}
