package js

import "testing"

// TestAppMemoIsTheNearestApp: App's per-directory memo answers as the scan
// over every app does, whichever path of a directory asks first, an app's
// own directory included.
func TestAppMemoIsTheNearestApp(t *testing.T) {
	files := map[string]string{
		"package.json":              `{"name":"root"}`,
		"apps/package.json":         `{"name":"apps"}`,
		"apps/web/package.json":     `{"name":"web"}`,
		"apps/web/src/a.ts":         "",
		"apps/webby/package.json":   `{"name":"webby"}`,
		"apps/webby/b.ts":           "",
		"apps/x.ts":                 "",
		"apps/web2/c.ts":            "",
		"packages/lib/package.json": `{"name":"lib"}`,
		"packages/lib/index.ts":     "",
		"top.ts":                    "",
	}
	paths := []string{"apps/x.ts", "apps/web", "apps/webby", "apps/web2", "apps/web/src/a.ts", "apps/web/src", "apps/webby/b.ts",
		"apps/web2/c.ts", "packages/lib", "packages/lib/index.ts", "packages", "packages/other.ts", "top.ts", "apps", ""}
	for _, order := range [][]string{paths, reversed(paths)} {
		m := newTestModel(t, files)
		if len(m.Apps) != 5 {
			t.Fatalf("%d apps", len(m.Apps))
		}
		for _, p := range order {
			if got, want := m.App(p), m.findApp(p); got != want {
				t.Errorf("App(%q) = %v, want %v", p, got, want)
			}
		}
	}
}

func reversed(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}
