package js

import (
	"reflect"
	"sort"
	"testing"
)

func TestMajorOf(t *testing.T) {
	for rng, want := range map[string]int{
		"^6.12.0": 6, "~5.7": 5, "5.x": 5, "6": 6, "7.9.17": 7, ">=5.0.0 <7": 5, "^5 || ^6": 5,
		"npm:@clerk/nextjs@^6.1.0": 6, "workspace:^4.2.0": 4, "v4.29.1": 4,
		"latest": 0, "*": 0, "workspace:*": 0, "catalog:": 0, "next": 0, "": 0,
		"github:clerk/javascript": 0, "file:../clerk": 0, "<7": 0, "^5 || latest": 0,
	} {
		if got := MajorOf(rng); got != want {
			t.Errorf("MajorOf(%q) = %d, want %d", rng, got, want)
		}
	}
}

func TestStripJSONC(t *testing.T) {
	var v struct {
		A string         `json:"a"`
		B []int          `json:"b"`
		C map[string]int `json:"c"`
	}
	src := `{
  // line comment
  "a": "http://x//y /* not a comment */", /* block */
  "b": [1, 2, 3,],
  "c": {"d": 1, /* c */ },
}`
	if err := unmarshalJSONC([]byte(src), &v); err != nil {
		t.Fatal(err)
	}
	if v.A != "http://x//y /* not a comment */" || len(v.B) != 3 || v.C["d"] != 1 {
		t.Errorf("decoded %+v", v)
	}
}

func TestAppsAndFrameworks(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json":               `{"name":"root","private":true,"workspaces":["apps/*","packages/*"],"devDependencies":{"turbo":"^2"}}`,
		"apps/web/package.json":      `{"name":"web","dependencies":{"next":"15.2.3","react":"^19","@clerk/nextjs":"^6.12.0","@acme/auth":"workspace:*"}}`,
		"apps/spa/package.json":      `{"name":"spa","dependencies":{"@clerk/clerk-react":"~5.7"},"devDependencies":{"vite":"^5"}}`,
		"apps/kit/package.json":      `{"name":"kit","devDependencies":{"@sveltejs/kit":"^2","vite":"^5","svelte-clerk":"latest"}}`,
		"apps/api/package.json":      `{"name":"api","dependencies":{"express":"^4","@clerk/express":"^1.3.0"}}`,
		"packages/auth/package.json": `{"name":"@acme/auth","main":"./src/index.ts","dependencies":{"@clerk/nextjs":">=5.0.0 <7"}}`,
		"packages/bad/package.json":  `{not json`,
		"apps/web/app/page.tsx":      `export default function Page() {}`,
	})
	got := map[string]string{}
	for _, a := range m.Apps {
		s := a.Framework
		for _, sdk := range a.Clerk {
			s += " " + sdk.Package + "@" + itoa(sdk.Major)
		}
		got[a.Dir] = s
	}
	want := map[string]string{
		"":              "",
		"apps/web":      "next @clerk/nextjs@6",
		"apps/spa":      "vite @clerk/clerk-react@5",
		"apps/kit":      "sveltekit svelte-clerk@0",
		"apps/api":      "express @clerk/express@1",
		"packages/auth": " @clerk/nextjs@5",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("apps:\n got %q\nwant %q", got, want)
	}
	if a := m.App("apps/web/app/page.tsx"); a == nil || a.Name != "web" {
		t.Errorf("App(page) = %+v", a)
	}
	if a := m.App("scripts/x.ts"); a == nil || a.Name != "root" {
		t.Errorf("App(scripts) = %+v", a)
	}
	if !m.App("apps/spa/src/main.tsx").SPA() || m.App("apps/web/x.ts").SPA() {
		t.Errorf("SPA misjudged")
	}
}

func itoa(n int) string {
	return string(rune('0' + n))
}

func TestResolve(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json":                      `{"name":"root","workspaces":["apps/*","packages/*"]}`,
		"tsconfig.base.json":                `{"compilerOptions":{"baseUrl":".","paths":{"@shared/*":["packages/shared/src/*"]}}}`,
		"apps/web/package.json":             `{"name":"web","dependencies":{"next":"15"}}`,
		"apps/web/tsconfig.json":            "{\n // comment\n \"extends\": \"../../tsconfig.base.json\",\n \"compilerOptions\": {\"baseUrl\": \".\", \"paths\": {\"@/*\": [\"./src/*\"], \"~lib\": [\"./src/lib/index.ts\"],},},\n}",
		"apps/web/src/lib/auth.ts":          `export const x = 1`,
		"apps/web/src/lib/index.ts":         `export * from './auth'`,
		"apps/web/src/lib/esm.ts":           `export {}`,
		"apps/web/src/app/page.tsx":         `import { x } from '@/lib/auth'`,
		"apps/web/src/components/B.tsx":     ``,
		"apps/web/src/components/index.tsx": ``,
		"apps/docs/tsconfig.json":           `{"extends": "../../tsconfig.base"}`,
		"apps/docs/page.ts":                 ``,
		"apps/spa/package.json":             `{"name":"spa"}`,
		"apps/spa/jsconfig.json":            `{"compilerOptions":{"baseUrl":"src"}}`,
		"apps/spa/src/util/env.js":          ``,
		"apps/spa/src/main.jsx":             ``,
		"packages/ui/package.json":          `{"name":"@acme/ui","exports":{".":{"types":"./dist/index.d.ts","import":"./src/index.ts"},"./button":"./src/button.tsx"}}`,
		"packages/ui/src/index.ts":          ``,
		"packages/ui/src/button.tsx":        ``,
		"packages/ui/src/card.tsx":          ``,
		"packages/shared/package.json":      `{"name":"@acme/shared"}`,
		"packages/shared/src/env.ts":        ``,
	})
	from := "apps/web/src/app/page.tsx"
	for spec, want := range map[string]string{
		"@/lib/auth":           "apps/web/src/lib/auth.ts",
		"@/lib":                "apps/web/src/lib/index.ts",
		"~lib":                 "apps/web/src/lib/index.ts",
		"../lib/auth":          "apps/web/src/lib/auth.ts",
		"../lib/esm.js":        "apps/web/src/lib/esm.ts",
		"../components":        "apps/web/src/components/index.tsx",
		"@/components/B":       "apps/web/src/components/B.tsx",
		"@acme/ui":             "packages/ui/src/index.ts",
		"@acme/ui/button":      "packages/ui/src/button.tsx",
		"@acme/ui/card":        "packages/ui/src/card.tsx",
		"@clerk/nextjs/server": "",
		"react":                "",
		"node:fs":              "",
		"@/lib/missing":        "",
		"../../../../outside":  "",
	} {
		if got := m.Resolve(from, spec); got != want {
			t.Errorf("Resolve(%q) = %q, want %q", spec, got, want)
		}
	}
	// Inherited baseUrl and paths are relative to the base config.
	if got := m.Resolve("apps/docs/page.ts", "@shared/env"); got != "packages/shared/src/env.ts" {
		t.Errorf("inherited paths = %q", got)
	}
	if got := m.Resolve("apps/spa/src/main.jsx", "util/env"); got != "apps/spa/src/util/env.js" {
		t.Errorf("baseUrl resolution = %q", got)
	}
}

func TestClosure(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"app/page.tsx":     "'use client'\nimport { a } from '../lib/a'\nimport type { T } from '../lib/types'\n",
		"lib/a.ts":         "export * from './b'\nimport('./lazy')\n",
		"lib/b.ts":         "import { action } from './actions'\nexport const b = process.env.CLERK_SECRET_KEY\n",
		"lib/actions.ts":   "'use server'\nimport './deep'\n",
		"lib/deep.ts":      "",
		"lib/lazy.ts":      "",
		"lib/types.ts":     "",
		"lib/unrelated.ts": "",
	})
	reach := m.Closure([]string{"app/page.tsx"}, func(e *Edge, to *Module) bool {
		return !e.Import.TypeOnly && !to.UseServer()
	})
	var got []string
	for p := range reach {
		got = append(got, p)
	}
	sort.Strings(got)
	want := []string{"app/page.tsx", "lib/a.ts", "lib/b.ts", "lib/lazy.ts"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("closure = %q, want %q", got, want)
	}
	chain := Chain(reach, "lib/b.ts")
	if len(chain) != 2 || chain[0].From.Path != "app/page.tsx" || chain[1].From.Path != "lib/a.ts" {
		t.Errorf("chain = %+v", chain)
	}
}
