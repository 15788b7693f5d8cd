package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/golang/godriver/drivertest"
)

const routesModule = "../../testdata/gomod/routes"

// needRoutesModule makes sure the fixture module's dependencies are in the
// module cache.
func needRoutesModule(t *testing.T) string { return drivertest.NeedModule(t, routesModule) }

// builtinEntry returns the YAML text of one built-in rule, for --rules files
// that override it.
func builtinEntry(t *testing.T, id string) string {
	t.Helper()
	yml, err := os.ReadFile("../../rules/clerk.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(yml)
	start := strings.Index(s, "  - id: "+id+"\n")
	if start < 0 {
		t.Fatalf("rules/clerk.yaml has no %s", id)
	}
	end := strings.Index(s[start+1:], "\n  - id: ")
	if end < 0 {
		return s[start:]
	}
	return s[start : start+1+end+1]
}

// goRouteFindings scans the routes module for CLK101 and CLK201 only.
func goRouteFindings(t *testing.T, root string, args ...string) string {
	t.Helper()
	fs, code, stderr := scanJSON(t, append(append([]string{"--enable", "CLK101,CLK201"}, args...), root)...)
	if code != exitClean {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.File+" "+f.RuleID)
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

// TestGoRouteParamsFromRules: the Go passes read their route parameters from
// the rule set the scan runs, so a --rules file that changes CLK101's
// public-routes or CLK201's privileged-routes changes the Go findings, as the
// config keys public-routes and privileged-routes do.
func TestGoRouteParamsFromRules(t *testing.T) {
	root := needRoutesModule(t)
	dir := t.TempDir()

	if got, want := goRouteFindings(t, root), "main.go CLK101"; got != want {
		t.Fatalf("built-in rules: %s, want %s", got, want)
	}

	// CLK101's public-routes with /status/** added: the build route is public.
	clk101 := builtinEntry(t, "CLK101")
	const publicAnchor = "      public-routes:\n        - '/'\n"
	if !strings.Contains(clk101, publicAnchor) {
		t.Fatal("CLK101's public-routes no longer start with '/'; update this test")
	}
	publicRules := filepath.Join(dir, "public.yaml")
	os.WriteFile(publicRules, []byte("rules:\n"+strings.Replace(clk101, publicAnchor, publicAnchor+"        - '/status/**'\n", 1)), 0o644)
	if got := goRouteFindings(t, root, "--rules", publicRules); got != "" {
		t.Errorf("with /status/** public: %s, want no finding", got)
	}

	// CLK201's privileged-routes replaced by /ops/**: the signed-in route
	// without a role check is reported.
	clk201 := builtinEntry(t, "CLK201")
	const privAnchor = "      privileged-routes: ['/admin{,/**}', '/api/admin{,/**}', '/internal{,/**}', '/api/internal{,/**}']\n"
	if !strings.Contains(clk201, privAnchor) {
		t.Fatal("CLK201's privileged-routes changed; update this test")
	}
	privRules := filepath.Join(dir, "privileged.yaml")
	// CLK101 comes along unchanged: it defines the auth anchor CLK201 uses.
	os.WriteFile(privRules, []byte("rules:\n"+clk101+strings.Replace(clk201, privAnchor, "      privileged-routes: ['/ops/**']\n", 1)), 0o644)
	if got, want := goRouteFindings(t, root, "--rules", privRules), "main.go CLK101,main.go CLK201"; got != want {
		t.Errorf("with /ops/** privileged: %s, want %s", got, want)
	}

	// The config keys keep working, on top of the rule set.
	cfg := filepath.Join(dir, "clerklint.yml")
	os.WriteFile(cfg, []byte("public-routes: ['/status/**']\nprivileged-routes: ['/ops/**']\n"), 0o644)
	if got, want := goRouteFindings(t, root, "--config", cfg), "main.go CLK201"; got != want {
		t.Errorf("with the config's routes: %s, want %s", got, want)
	}
}

// TestGoFindingsFollowTheScan: Go findings take the scan's path: an inline
// directive suppresses one, the config's exclude drops it, and --no-go or a
// named non-Go file (pre-commit) skips the Go engine.
func TestGoFindingsFollowTheScan(t *testing.T) {
	src := needRoutesModule(t)
	root := t.TempDir()
	for _, name := range []string{"main.go", "go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "main.go" {
			data = []byte(strings.Replace(string(data), "\tr.Get(\"/status/build\", build)\n",
				"\tr.Get(\"/status/build\", build) // clerklint:ignore CLK101 -- build info is public\n", 1))
		}
		os.WriteFile(filepath.Join(root, name), data, 0o644)
	}
	os.WriteFile(filepath.Join(root, "README.md"), []byte("# routes\n"), 0o644)
	if got := goRouteFindings(t, root); got != "" {
		t.Errorf("suppressed: %s, want no finding", got)
	}
	fs, _, _ := scanJSON(t, "--enable", "CLK000,CLK101", root)
	for _, f := range fs {
		t.Errorf("unexpected %s %s:%d %s", f.RuleID, f.File, f.Line, f.Message)
	}

	// Paths in a config are relative to its own directory: keep it at the root.
	cfg := filepath.Join(root, "ci-clerklint.yml")
	os.WriteFile(cfg, []byte("privileged-routes: ['/ops/**']\nexclude: ['main.go']\n"), 0o644)
	if got := goRouteFindings(t, root, "--config", cfg); got != "" {
		t.Errorf("main.go excluded: %s, want no finding", got)
	}
	os.WriteFile(cfg, []byte("privileged-routes: ['/ops/**']\n"), 0o644)
	if got, want := goRouteFindings(t, root, "--config", cfg), "main.go CLK201"; got != want {
		t.Errorf("privileged: %s, want %s", got, want)
	}
	if got := goRouteFindings(t, root, "--config", cfg, "--no-go"); got != "" {
		t.Errorf("--no-go: %s, want no finding", got)
	}
	// Files mode: a named README loads no Go; the named main.go does.
	if got := goRouteFindings(t, filepath.Join(root, "README.md"), "--config", cfg); got != "" {
		t.Errorf("README.md named: %s, want no finding", got)
	}
	if got, want := goRouteFindings(t, filepath.Join(root, "main.go"), "--config", cfg), "main.go CLK201"; got != want {
		t.Errorf("main.go named: %s, want %s", got, want)
	}
}
