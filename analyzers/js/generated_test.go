package js

import "testing"

func TestIsGeneratedMatchesGlobs(t *testing.T) {
	for _, p := range []string{
		"a.ts", "dist", "dist/a.js", "src/dist/a.js", "src/distx/a.js", "xdist/a.js", "app/.next/x.js",
		".next", "a/.next", "a/b/out/c.ts", "out.ts", "a/out.ts", "a/b.min.js", "b.min.js", ".min.js",
		"a/b.bundle.js", "a/b.min.ts", "a/build", "build/x", "a/coverage/lcov.js", "storybook-static/a.js",
		"a/.turbo/b", "a/.vercel/output/x.js", "src/builder/a.ts", "a/b.min.js/c.ts", "a//dist/b.js",
		"open-next/server-functions/default/middleware.mjs", "a/.open-next/x.js", "open-next/assets/_next/static/chunks/1.js",
		"src/opennext/a.ts", "src/next/a.ts",
	} {
		if got, want := isGenerated(p), isGeneratedGlob(p); got != want {
			t.Errorf("isGenerated(%q) = %v, globs say %v", p, got, want)
		}
	}
}
