package starter

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/rules"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, src := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"nextjs", map[string]string{"package.json": `{"dependencies": {"next": "15.3.0", "@clerk/nextjs": "^6"}}`}, "Next.js (@clerk/nextjs)"},
		{"vite react", map[string]string{"package.json": `{"dependencies": {"react": "19", "@clerk/clerk-react": "5"}, "devDependencies": {"vite": "6"}}`}, "React (@clerk/clerk-react)"},
		{"express", map[string]string{"package.json": `{"dependencies": {"express": "5", "@clerk/express": "1"}}`}, "Express (@clerk/express)"},
		{"sveltekit", map[string]string{"package.json": `{"devDependencies": {"@sveltejs/kit": "2", "svelte-clerk": "0.9"}}`}, "SvelteKit (svelte-clerk)"},
		{"go", map[string]string{"go.mod": "module x\n\ngo 1.22\n\nrequire github.com/clerk/clerk-sdk-go/v2 v2.4.2\n"}, "Go (clerk-sdk-go)"},
		{"go without clerk", map[string]string{"go.mod": "module x\n"}, "Go"},
		{"fastapi requirements", map[string]string{"requirements-dev.txt": "FastAPI>=0.110\nfastapi-clerk-auth\n"}, "FastAPI (fastapi-clerk-auth)"},
		{"fastapi pyproject", map[string]string{"pyproject.toml": "[project]\ndependencies = [\"fastapi\"]\n"}, "FastAPI"},
		{"monorepo", map[string]string{
			"apps/web/package.json":   `{"dependencies": {"next": "15"}}`,
			"services/api/go.mod":     "module api\n",
			"node_modules/x/go.mod":   "module skipped\n",
			"a/b/c/package.json":      `{"dependencies": {"express": "5"}}`,
			"broken/package.json":     `{not json`,
			"testdata/p/package.json": `{"dependencies": {"next": "15"}}`,
		}, "Next.js (apps/web), Go (services/api)"},
		{"nothing", map[string]string{"README.md": "hi"}, "no known stack"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stacks, err := Detect(writeTree(t, tc.files))
			if err != nil {
				t.Fatal(err)
			}
			if got := Describe(stacks); got != tc.want {
				t.Errorf("Describe = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRouteMatchers(t *testing.T) {
	src := []byte(`import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'
const isPublicRoute = createRouteMatcher(['/', "/sign-in(.*)", ` + "`/api/webhooks(.*)`" + `, ...extra])
let isAdmin=createRouteMatcher([
  '/admin(.*)', // admins only
  '/ops/:tool',
])
const fromFn = createRouteMatcher((req) => req.url === '/x')
export default clerkMiddleware(async (auth, req) => { if (isAdmin(req)) await auth.protect() })
const multi = createRouteMatcher([` + "`/a\n/b`" + `, '/c'])
const unterminated = createRouteMatcher(['/d
`)
	got := RouteMatchers(src)
	want := []Matcher{
		{Name: "isPublicRoute", Patterns: []string{"/", "/sign-in(.*)", "/api/webhooks(.*)"}},
		{Name: "isAdmin", Patterns: []string{"/admin(.*)", "/ops/:tool"}},
		{Name: "multi", Patterns: []string{"/c"}},
		{Name: "unterminated"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("RouteMatchers =\n%#v\nwant\n%#v", got, want)
	}
}

func TestGlobFor(t *testing.T) {
	for in, want := range map[string]string{
		"/":               "/",
		"/(.*)":           "/**",
		"/sign-in(.*)":    "/sign-in/**",
		"/api/hooks/(.*)": "/api/hooks/**",
		"/pricing":        "/pricing",
		"/blog/:slug":     "",
		"/(api|trpc)(.*)": "",
		"sign-in(.*)":     "",
	} {
		if got := globFor(in); got != want {
			t.Errorf("globFor(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestConfigLoads: whatever was detected, the starter config loads with the
// strict loader and selects the built-in rules; uncommenting the suggested
// public routes keeps it loadable.
func TestConfigLoads(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	matchers := []Matcher{{File: "middleware.ts", Name: "isPublicRoute", Patterns: []string{"/", "/sign-in(.*)", "/blog/:id"}}, {File: "middleware.ts", Name: "isAdmin", Patterns: []string{"/admin(.*)"}}}
	for name, stacks := range map[string][]Stack{
		"none":          nil,
		"next":          {{Kind: NextJS, Dir: ".", Matchers: matchers}},
		"next no lists": {{Kind: NextJS, Dir: "."}},
		"go and python": {{Kind: Go, Dir: "api"}, {Kind: FastAPI, Dir: "."}},
	} {
		t.Run(name, func(t *testing.T) {
			text := Config(stacks)
			cfg, err := rules.ParseConfig(".clerklint.yml", []byte(text))
			if err != nil {
				t.Fatalf("%v\n%s", err, text)
			}
			if cfg.FailOn != "warning" || len(cfg.PublicRoutes) != 0 {
				t.Errorf("starter config is not all defaults: %+v", cfg)
			}
			if _, err := rules.Select(set, cfg, nil, nil); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(text, "max-token-lifetime") != (name == "go and python") {
				t.Errorf("max-token-lifetime hint should appear for Go projects only")
			}
			// Uncomment every suggested glob.
			var lines []string
			for _, l := range strings.Split(text, "\n") {
				if strings.HasPrefix(l, `#  - "`) {
					l = strings.TrimPrefix(l, "#")
				}
				lines = append(lines, l)
			}
			cfg, err = rules.ParseConfig(".clerklint.yml", []byte(strings.Join(lines, "\n")))
			if err != nil {
				t.Fatalf("with suggestions uncommented: %v", err)
			}
			if name == "next" {
				var got []string
				for _, g := range cfg.PublicRoutes {
					got = append(got, g.String())
				}
				if strings.Join(got, " ") != "/ /sign-in/**" {
					t.Errorf("uncommented public-routes = %v", got)
				}
				for _, want := range []string{"'/blog/:id'", "isAdmin = createRouteMatcher(['/admin(.*)'])"} {
					if !strings.Contains(text, want) {
						t.Errorf("config lacks %q:\n%s", want, text)
					}
				}
			}
		})
	}
}
