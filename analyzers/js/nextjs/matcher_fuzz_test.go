package nextjs

import (
	"testing"
	"time"
)

// FuzzPatterns compiles a matcher from the scanned code the three ways a
// middleware can write one (a createRouteMatcher string, a config.matcher
// source, a regex literal) and matches it against a pathname: no input may
// panic, and a compiled pattern either answers or says it timed out.
// `go test -fuzz FuzzPatterns ./analyzers/js/nextjs` explores further.
func FuzzPatterns(f *testing.F) {
	for _, s := range [][2]string{
		{"/api(.*)", "/api/users"},
		{"/((?!_next|[^?]*\\.(?:html?|css|js)).*)", "/dashboard"},
		{"/sign-in(.*)", "/sign-in/factor-one"},
		{"/:locale/blog/:slug*", "/en/blog/a/b"},
		{"/(api|trpc)(.*)", "/trpc/x"},
		{"/{files}?/:path+", "/files/a"},
		{"^\\/api\\/.*$", "/api/"},
		{"(a+)+$", "/aaaaaaaaaaaaaaaaaaaaaaaaaaaa!"},
		{"/:x(\\d+", "/1"},
		{"", ""},
		{"\xff(", "/\xfe"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, src, pathname string) {
		for _, compile := range []func(string) (*Pattern, error){
			RoutePattern, NextMatcher, func(s string) (*Pattern, error) { return RegexLiteral(s, "i") },
		} {
			p, err := compile(src)
			if err != nil {
				continue
			}
			p.re.MatchTimeout = 50 * time.Millisecond // the fuzzer's inputs, not a project's: keep each exec short
			if _, err := p.Match(pathname); err != nil {
				if _, again := p.Match(pathname); again == nil {
					t.Errorf("pattern %q timed out once, then answered: a timed-out pattern must stay unknown", src)
				}
			}
		}
	})
}
