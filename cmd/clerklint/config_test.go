package main

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
)

func findingFiles(fs []rules.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.File+" "+f.RuleID)
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

// monorepo is a repository whose root config excludes one app's legacy code;
// each file of apps/web leaks a (fake) secret key.
func monorepo(t *testing.T) string {
	key := "sk_live_" + scantest.FakeBody("sk_live_", "monorepo", 42)
	leak := "export const k = \"" + key + "\"\n"
	return scantest.WriteTree(t, map[string]string{
		".git/HEAD":                    "ref: refs/heads/main\n",
		".clerklint.yml":               "exclude: ['apps/web/legacy/**']\nskip-dirs: ['apps/web/tmp']\nrules:\n  CLK001:\n    exclude: ['apps/web/examples/**']\n",
		"apps/web/package.json":        `{"dependencies": {"next": "15.3.0"}}`,
		"apps/web/src/a.ts":            leak,
		"apps/web/legacy/b.ts":         leak,
		"apps/web/tmp/c.ts":            leak,
		"apps/web/examples/d.ts":       leak,
		"apps/web/other.clerklint.yml": "exclude: ['src/**']\n",
	})
}

// TestConfigFoundAboveScannedDir: `clerklint scan apps/web` from the
// repository root, or `clerklint scan` inside apps/web, applies the root
// config, whose paths are relative to the root.
func TestConfigFoundAboveScannedDir(t *testing.T) {
	repo := monorepo(t)
	web := filepath.Join(repo, "apps", "web")
	const want = "src/a.ts CLK001"

	fs, code, stderr := scanJSON(t, "--no-go", web)
	if code != exitClean || findingFiles(fs) != want {
		t.Fatalf("scan apps/web: exit %d, findings %q, want %q\n%s", code, findingFiles(fs), want, stderr)
	}
	t.Chdir(web)
	fs, _, stderr = scanJSON(t, "--no-go")
	if findingFiles(fs) != want {
		t.Fatalf("scan inside apps/web: %q, want %q\n%s", findingFiles(fs), want, stderr)
	}
	// From the repository root the same config applies, paths unchanged.
	t.Chdir(repo)
	fs, _, stderr = scanJSON(t, "--no-go", ".")
	if got := findingFiles(fs); got != "apps/web/src/a.ts CLK001" {
		t.Fatalf("scan of the root: %q\n%s", got, stderr)
	}
	// --config wins over the discovered file, its globs relative to its own
	// directory (apps/web): src/** drops a.ts, and legacy/tmp/examples are back.
	fs, _, stderr = scanJSON(t, "--no-go", "--config", filepath.Join(web, "other.clerklint.yml"), web)
	if got, want := findingFiles(fs), "examples/d.ts CLK001,legacy/b.ts CLK001,tmp/c.ts CLK001"; got != want {
		t.Fatalf("--config: %q, want %q\n%s", got, want, stderr)
	}
}

// TestConfigErrorNamesDiscoveredFile: an error in a config found above the
// scanned directory names that file and line.
func TestConfigErrorNamesDiscoveredFile(t *testing.T) {
	repo := scantest.WriteTree(t, map[string]string{
		".git/HEAD":      "ref: refs/heads/main\n",
		".clerklint.yml": "fail-on: error\nexclude: ['[']\n",
		"apps/web/a.ts":  "export const x = 1\n",
	})
	t.Chdir(repo)
	var out, errb bytes.Buffer
	code := run([]string{"scan", "--no-go", "apps/web"}, &out, &errb)
	if want := `.clerklint.yml:2: field "exclude.0": invalid glob`; code != exitError || !strings.Contains(errb.String(), want) {
		t.Fatalf("exit %d, stderr %q; want %d and %q", code, errb.String(), exitError, want)
	}
}
