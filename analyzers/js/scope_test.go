package js

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// summarizing wants every file and summarises it, as most rules do.
type summarizing struct{}

func (summarizing) Wants(*Model, *scan.File) bool { return true }
func (summarizing) Check(pass *Pass)              { pass.Module() }

// TestClerkScope: the files of an app with no Clerk dependency and no Clerk
// marker are offered to no rule and never parsed; a Clerk app's files are,
// and a helper it imports from an unmarked workspace package is still
// followed on demand.
func TestClerkScope(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json":                 `{"name": "root", "workspaces": ["apps/*", "packages/*"]}`,
		"apps/shop/package.json":       `{"name": "shop", "dependencies": {"express": "^4", "jsonwebtoken": "^9"}}`,
		"apps/shop/src/server.ts":      "import jwt from 'jsonwebtoken'\nexport const user = (t: string) => jwt.decode(t)\n",
		"apps/shop/src/util.ts":        "export const x = 1\n",
		"apps/web/package.json":        `{"name": "web", "dependencies": {"next": "15", "@clerk/nextjs": "^6", "@acme/ui": "workspace:*"}}`,
		"apps/web/app/api/me/route.ts": "import { auth } from '@clerk/nextjs/server'\nimport { format } from '@acme/ui'\nexport async function GET() { await auth(); return format() }\n",
		"apps/web/app/page.tsx":        "export default function Page() { return null }\n",
		"apps/admin/package.json":      `{"name": "admin", "dependencies": {"@acme/ui": "workspace:*"}}`,
		"apps/admin/src/main.ts":       "export const y = 2\n",
		"apps/tools/package.json":      `{"name": "tools", "dependencies": {"vite": "^5"}}`,
		"apps/tools/src/keys.ts":       "export const name = 'CLERK_SECRET_KEY'\n",
		"packages/ui/package.json":     `{"name": "@acme/ui", "main": "src/index.ts"}`,
		"packages/ui/src/index.ts":     "export const format = () => 'ok'\n",
	})
	want := map[string]bool{
		"apps/shop/src/server.ts":      false, // no Clerk dependency, no marker
		"apps/shop/src/util.ts":        false,
		"apps/web/app/api/me/route.ts": true, // @clerk/nextjs
		"apps/web/app/page.tsx":        true,
		"apps/admin/src/main.ts":       false, // @acme/ui does not depend on Clerk
		"apps/tools/src/keys.ts":       true,  // names Clerk
		"packages/ui/src/index.ts":     false,
	}
	c := &checker{parts: []Checker{summarizing{}}, parsers: m.parsers, cq: m.cq, models: map[*scan.Project]*Model{m.Project: m}}
	wanted := 0
	for _, f := range m.Project.Files {
		w, ok := want[f.Path]
		if !ok {
			continue
		}
		if got := c.Wants(m.Project, f); got != w {
			t.Errorf("Wants(%s) = %v, want %v", f.Path, got, w)
		}
		if w {
			wanted++
			c.Check(m.Project, f, m.ReadSmall(f.Path), func(rules.Finding) {})
		}
	}
	if n := m.parsers.Parsed(); n != int64(wanted) {
		t.Errorf("parsed %d files, want %d: the non-Clerk apps' files must not be parsed", n, wanted)
	}
	route := m.Module("apps/web/app/api/me/route.ts")
	var helper string
	for _, e := range m.Edges(route) {
		if e.Import.Spec == "@acme/ui" {
			helper = e.Target
		}
	}
	if helper != "packages/ui/src/index.ts" {
		t.Fatalf("the route's helper resolved to %q", helper)
	}
	if mod := m.Module(helper); mod == nil || mod.Err != nil || mod.Exports["format"] == nil {
		t.Errorf("the helper in an unmarked package is not followed: %+v", mod)
	}
}
