package rules

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFindConfig(t *testing.T) {
	top := t.TempDir()
	mk := func(p string) string {
		p = filepath.Join(top, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	mkdir := func(p string) {
		if err := os.MkdirAll(filepath.Join(top, filepath.FromSlash(p)), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// Above the repository: must never be found from inside it.
	mk(".clerklint.yml")
	mkdir("repo/.git")
	repoCfg := mk("repo/.clerklint.yml")
	appCfg := mk("repo/apps/api/.clerklint.yml")
	mkdir("repo/apps/web/src")
	mkdir("norepo/sub/.git")
	mkdir("worktree/x")
	mk("worktree/.git") // a linked worktree or submodule has a .git file
	mkdir("repo2/.git")
	mkdir("repo2/dir/.clerklint.yml") // a directory of that name is not a config
	outside := filepath.Join(top, ".clerklint.yml")

	for _, tc := range []struct{ start, want string }{
		{"repo", repoCfg},
		{"repo/apps/web", repoCfg},
		{"repo/apps/web/src", repoCfg},
		{"repo/apps/api", appCfg},
		{"norepo/sub", ""}, // stops at its .git
		{"worktree/x", ""}, // stops at the .git file
		{"repo2/dir", ""},  // the directory is skipped, the search stops at repo2
		{"norepo", ""},     // no repository: only the scanned directory itself
		{".", outside},     // which is where this one is
	} {
		got, err := FindConfig(filepath.Join(top, filepath.FromSlash(tc.start)))
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("FindConfig(%s) = %q, want %q", tc.start, got, tc.want)
		}
	}
}

// TestConfigRelative: globs in a config file are relative to its directory,
// matched against paths relative to the scan root.
func TestConfigRelative(t *testing.T) {
	top := t.TempDir()
	for _, d := range []string{"apps/web/legacy", "apps/api", "other"} {
		os.MkdirAll(filepath.Join(top, filepath.FromSlash(d)), 0o755)
	}
	src := `exclude: ['apps/web/legacy/**', '**/gen/**', 'legacy/**']
skip-dirs: ['apps/web/tmp']
rules:
  CLK005:
    exclude: ['apps/web/examples/**']
`
	cfg, err := ParseConfig(filepath.Join(top, ".clerklint.yml"), []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		root, path string
		excluded   bool
	}{
		{"", "apps/web/legacy/a.ts", true},
		{"", "legacy/a.ts", true},
		{"", "apps/web/src/a.ts", false},
		{"apps/web", "legacy/a.ts", true}, // apps/web/legacy/** from the repo root
		{"apps/web", "src/a.ts", false},
		{"apps/web", "x/gen/a.ts", true},
		{"apps/api", "legacy/a.ts", false}, // apps/api/legacy is not apps/web/legacy
	} {
		root := filepath.Join(top, filepath.FromSlash(tc.root))
		rc, err := cfg.Relative(root)
		if err != nil {
			t.Fatal(err)
		}
		if got := anyGlob(rc.Exclude, tc.path); got != tc.excluded {
			t.Errorf("root %q: %s excluded = %v, want %v", tc.root, tc.path, got, tc.excluded)
		}
	}
	web, _ := cfg.Relative(filepath.Join(top, "apps", "web"))
	if !anyGlob(web.SkipDirs, "tmp") || anyGlob(web.SkipDirs, "apps/web/tmp") {
		t.Error("skip-dirs not relative to the config's directory")
	}
	if !anyGlob(web.Rules["CLK005"].Exclude, "examples/a.ts") {
		t.Error("rules.CLK005.exclude not relative to the config's directory")
	}
	if !anyGlob(cfg.Exclude, "apps/web/legacy/a.ts") {
		t.Error("Relative changed the config it was called on")
	}

	// A config below the root (--config apps/web/.clerklint.yml from the
	// repository root) and one beside it.
	sub, _ := ParseConfig(filepath.Join(top, "apps", "web", ".clerklint.yml"), []byte("exclude: ['legacy/**', '../api/gen/**']\n"))
	rc, err := sub.Relative(top)
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		"apps/web/legacy/a.ts": true, "legacy/a.ts": false, "apps/api/gen/a.ts": true, "apps/web/src/a.ts": false,
	} {
		if got := anyGlob(rc.Exclude, path); got != want {
			t.Errorf("config in apps/web, root top: %s excluded = %v, want %v", path, got, want)
		}
	}
	rc, _ = sub.Relative(filepath.Join(top, "apps", "api"))
	if !anyGlob(rc.Exclude, "gen/a.ts") || anyGlob(rc.Exclude, "legacy/a.ts") {
		t.Error("config beside the root: globs not relocated")
	}
	// No file, or a file at the root: unchanged.
	if rc, _ := (&Config{}).Relative(top); rc.Exclude != nil {
		t.Error("empty config changed")
	}
}

func TestPathBase(t *testing.T) {
	for _, tc := range []struct {
		b          pathBase
		path, want string
	}{
		{pathBase{up: "apps/web"}, "src/a.ts", "apps/web/src/a.ts"},
		{pathBase{up: "../api"}, "a.ts", "../api/a.ts"},
		{pathBase{down: []string{"apps", "web"}}, "apps/web/a.ts", "a.ts"},
		{pathBase{down: []string{"apps", "web"}}, "apps/api/a.ts", "../api/a.ts"},
		{pathBase{down: []string{"apps", "web"}}, "a.ts", "../../a.ts"},
		{pathBase{down: []string{"apps", "web"}}, "apps/web", "."},
	} {
		if got := tc.b.rel(tc.path); got != tc.want {
			t.Errorf("%+v.rel(%s) = %s, want %s", tc.b, tc.path, got, tc.want)
		}
	}
}
