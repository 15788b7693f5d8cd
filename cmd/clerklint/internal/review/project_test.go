package review

import (
	"path/filepath"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestPnpmCatalogVersions: a "catalog:" range is resolved from the nearest
// pnpm-workspace.yaml, default and named catalogs both, so the review can
// name the SDK's generation.
func TestPnpmCatalogVersions(t *testing.T) {
	root := scantest.WriteTree(t, map[string]string{
		"pnpm-workspace.yaml":   "packages: [apps/*]\ncatalog:\n  '@clerk/nextjs': 6.39.3\ncatalogs:\n  next7:\n    '@clerk/nextjs': ^7.1.0\n",
		"apps/web/package.json": `{"dependencies":{"@clerk/nextjs":"catalog:"}}`,
		"apps/new/package.json": `{"dependencies":{"@clerk/nextjs":"catalog:next7"}}`,
		"apps/old/package.json": `{"dependencies":{"@clerk/nextjs":"^4.29.0","@clerk/clerk-sdk-node":"4.13.0"}}`,
	})
	var files []*scan.File
	for _, p := range []string{"pnpm-workspace.yaml", "apps/web/package.json", "apps/new/package.json", "apps/old/package.json"} {
		files = append(files, &scan.File{Path: p, Abs: filepath.Join(root, filepath.FromSlash(p)), Kind: scan.Config})
	}
	pr := buildProject(Input{Result: &scan.Result{Project: &scan.Project{Root: root, Files: files}}}, func(s string) string { return s })
	got := map[string]string{}
	for _, s := range pr.SDKs {
		got[s.Manifest+" "+s.Package] = s.Version + " | " + s.Generation
	}
	want := map[string]string{
		"apps/web/package.json @clerk/nextjs":         "catalog: (6.39.3) | v6, Core 2: clerkMiddleware, async auth() and clerkClient()",
		"apps/new/package.json @clerk/nextjs":         "catalog:next7 (^7.1.0) | v7, Core 3: <Show> replaces <SignedIn>/<SignedOut>/<Protect>",
		"apps/old/package.json @clerk/nextjs":         "^4.29.0 | v4: authMiddleware (protects everything by default), sync auth()",
		"apps/old/package.json @clerk/clerk-sdk-node": "4.13.0 | v4, deprecated Node SDK (removed 2025-01; use @clerk/express or @clerk/backend)",
	}
	if len(got) != len(want) {
		t.Errorf("SDKs = %v, want %v", got, want)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s = %q, want %q", k, got[k], w)
		}
	}
}
