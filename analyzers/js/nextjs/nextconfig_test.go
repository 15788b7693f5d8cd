package nextjs

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/js"
)

func parseCfg(t *testing.T, src string) NextConfig {
	t.Helper()
	ps := js.NewParsers(1, js.Limits{})
	defer ps.Close()
	tree, err := ps.Parse([]byte(src), js.TypeScript)
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	return parseNextConfig(tree, "next.config.ts")
}

func TestParseNextConfig(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		base      string
		locales   string
		rewrites  bool
		unknown   bool
	}{
		{"module.exports", `module.exports = { basePath: '/docs', i18n: { locales: ['en', 'fr'], defaultLocale: 'en' } }`, "/docs", "en,fr", false, false},
		{"export default object", "export default { basePath: `/app/` }", "/app", "", false, false},
		{"named const", `const nextConfig = { reactStrictMode: true, basePath: "/x" }
export default nextConfig`, "/x", "", false, false},
		{"typed const and wrappers", `import type { NextConfig } from 'next'
const withAnalyzer = bundleAnalyzer({ enabled: false })
const nextConfig: NextConfig = { basePath: '/portal' }
export default withSentryConfig(withAnalyzer(nextConfig), { org: 'o' })`, "/portal", "", false, false},
		{"curried wrapper", `const nextConfig = { basePath: '/b' }
module.exports = withPWA({ dest: 'public' })(nextConfig)`, "/b", "", false, false},
		{"rewrites method", `export default { async rewrites() { return [] } }`, "", "", true, false},
		{"redirects pair", `module.exports = { redirects: async () => [] }`, "", "", true, false},
		{"pageExtensions", `module.exports = { pageExtensions: ['page.tsx'] }`, "", "", false, true},
		{"no basePath", `export default { images: { domains: ['x'] } }`, "", "", false, false},
		{"phase function", `module.exports = (phase) => ({ basePath: '/p' })`, "", "", false, true},
		{"env basePath", `module.exports = { basePath: process.env.BASE_PATH }`, "", "", false, true},
		{"spread", `const base = { basePath: '/s' }
export default { ...base }`, "", "", false, true},
		{"shorthand", `const basePath = '/s'
export default { basePath }`, "", "", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := parseCfg(t, tc.src)
			if cfg.BasePath != tc.base || strings.Join(cfg.Locales, ",") != tc.locales || cfg.Rewrites != tc.rewrites || cfg.Unknown != tc.unknown {
				t.Errorf("got basePath %q locales %v rewrites %v unknown %v; want %q %q %v %v", cfg.BasePath, cfg.Locales, cfg.Rewrites, cfg.Unknown, tc.base, tc.locales, tc.rewrites, tc.unknown)
			}
		})
	}
}

// TestLocaleFalseMatcher: a matcher object with locale: false is recorded,
// so with i18n its source (compared by Next with the locale-prefixed path)
// is not evaluated on app-relative samples.
func TestLocaleFalseMatcher(t *testing.T) {
	mw := parseMW(t, `import { clerkMiddleware } from '@clerk/nextjs/server'
export default clerkMiddleware()
export const config = { matcher: [{ source: '/dashboard/:path*', locale: false }, '/api/:path*'] }`)
	if !mw.LocaleFalse {
		t.Fatal("locale: false not recorded")
	}
	if !mw.Runs("/dashboard/a") || mw.Runs("/other") {
		t.Error("the matcher itself is still read")
	}
	// The user spells the locale in a locale: false source; the samples
	// carry none, so the matcher is unknown (runs everywhere) under i18n.
	loc := parseMW(t, `import { clerkMiddleware } from '@clerk/nextjs/server'
export default clerkMiddleware()
export const config = { matcher: [{ source: '/:locale/dashboard/:path*', locale: false }] }`)
	NextConfig{}.adjust(loc)
	if loc.Runs("/dashboard/a") {
		t.Error("without i18n the source is read as written")
	}
	NextConfig{Locales: []string{"en", "fr"}}.adjust(loc)
	if !loc.Runs("/dashboard/a") || !loc.MatcherUnknown {
		t.Error("with i18n a locale: false matcher must be unknown")
	}
	plain := parseMW(t, `import { clerkMiddleware } from '@clerk/nextjs/server'
export default clerkMiddleware()
export const config = { matcher: [{ source: '/dashboard/:path*' }, { source: '/x', locale: true }] }`)
	if plain.LocaleFalse {
		t.Error("locale: false reported for matchers without it")
	}
}

func TestBasePathHint(t *testing.T) {
	mw := parseMW(t, `import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
const isProtected = createRouteMatcher(['/portal/dashboard(.*)', '/portal/api/(.*)'])
export default clerkMiddleware(async (auth, req) => { if (isProtected(req)) await auth.protect() })
export const config = { matcher: ['/(api|trpc)(.*)'] }`)
	if h := (NextConfig{BasePath: "/portal"}).basePathHint(mw, "/api/x"); !strings.Contains(h, "createRouteMatcher (isProtected)") || !strings.Contains(h, "'/portal/api/(.*)'") {
		t.Errorf("route matcher with the basePath: hint %q", h)
	}
	if h := (NextConfig{BasePath: "/portal"}).basePathHint(mw, "/settings"); h != "" {
		t.Errorf("a URL no pattern would match without the basePath: hint %q", h)
	}
	if h := (NextConfig{}).basePathHint(mw, "/api/x"); h != "" {
		t.Errorf("no basePath: hint %q", h)
	}
	if h := (NextConfig{BasePath: "/portal-x"}).basePathHint(mw, "/api/x"); h != "" {
		t.Errorf("another basePath: hint %q", h)
	}
	cfgMW := parseMW(t, `import { clerkMiddleware } from '@clerk/nextjs/server'
export default clerkMiddleware()
export const config = { matcher: ['/portal/:path*'] }`)
	if h := (NextConfig{BasePath: "/portal"}).basePathHint(cfgMW, "/api/me"); !strings.Contains(h, "config.matcher") {
		t.Errorf("matcher with the basePath: hint %q", h)
	}
}
