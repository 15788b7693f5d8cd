package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
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

// TestCustomAuthHelperFromConfig is the README's short form of "teach
// clerklint your own auth helper": a params override of CLK101 in
// .clerklint.yml. The Next.js rules read the union of their auth params, so
// the built-in helpers (auth.protect) still count while other Next.js rules
// run; !append keeps them in CLK101's own list.
func TestCustomAuthHelperFromConfig(t *testing.T) {
	app := map[string]string{
		"package.json":             `{"dependencies": {"@clerk/nextjs": "^6.20.0", "next": "15.3.0", "@acme/auth": "1.0.0"}}`,
		"middleware.ts":            "import { clerkMiddleware } from '@clerk/nextjs/server'\nexport default clerkMiddleware()\nexport const config = { matcher: ['/((?!_next).*)', '/(api|trpc)(.*)'] }\n",
		"app/api/orders/route.ts":  "import { requireUser } from '@acme/auth'\nexport async function GET() {\n  const user = await requireUser()\n  return Response.json({ user })\n}\n",
		"app/api/users/route.ts":   "import { auth } from '@clerk/nextjs/server'\nimport { prisma } from '@/lib/prisma'\nexport async function GET() {\n  return Response.json(await prisma.user.findMany())\n}\n",
		"app/api/invoice/route.ts": "import { auth } from '@clerk/nextjs/server'\nimport { prisma } from '@/lib/prisma'\nexport async function GET() {\n  const { userId } = await auth.protect()\n  return Response.json(await prisma.invoice.findMany({ where: { userId } }))\n}\n",
	}
	root := scantest.WriteTree(t, app)
	before, _, _ := scanJSON(t, "--no-go", root)
	if got, want := findingFiles(before), "app/api/orders/route.ts CLK101,app/api/users/route.ts CLK101"; got != want {
		t.Fatalf("without the helper: %s, want %s", got, want)
	}
	app[".clerklint.yml"] = `rules:
  CLK101:
    params:
      auth:
        protect-functions:
          - {module: '@acme/auth', name: requireUser}
`
	root = scantest.WriteTree(t, app)
	after, code, stderr := scanJSON(t, "--no-go", root)
	if got, want := findingFiles(after), "app/api/users/route.ts CLK101"; got != want {
		t.Fatalf("with the helper in .clerklint.yml: %s, want %s (exit %d, %s)", got, want, code, stderr)
	}

	// The list replaces CLK101's own: run alone, CLK101 forgets auth.protect.
	after, _, _ = scanJSON(t, "--no-go", "--enable", "CLK101", root)
	if got, want := findingFiles(after), "app/api/invoice/route.ts CLK101,app/api/users/route.ts CLK101"; got != want {
		t.Fatalf("replaced list, CLK101 alone: %s, want %s", got, want)
	}
	// !append adds to the declared list instead: the README's snippet.
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)### Teaching clerklint your own auth helper.*?```yaml\n(.*?)```").FindSubmatch(readme)
	if m == nil || !strings.Contains(string(m[1]), "!append") {
		t.Fatal("README's auth-helper section lost its .clerklint.yml snippet")
	}
	app[".clerklint.yml"] = string(m[1])
	root = scantest.WriteTree(t, app)
	after, _, _ = scanJSON(t, "--no-go", "--enable", "CLK101", root)
	if got, want := findingFiles(after), "app/api/users/route.ts CLK101"; got != want {
		t.Fatalf("!append, CLK101 alone: %s, want %s", got, want)
	}

	// A typo in the override is an error at the config's line.
	app[".clerklint.yml"] = "rules:\n  CLK101:\n    params:\n      auth:\n        protect-function: []\n"
	root = scantest.WriteTree(t, app)
	var out, errb bytes.Buffer
	code = run([]string{"scan", "--no-go", root}, &out, &errb)
	if want := `.clerklint.yml:5: rule CLK101: field "params.auth.protect-function": unknown field`; code != exitError || !strings.Contains(errb.String(), want) {
		t.Fatalf("exit %d, stderr %q; want %d and %q", code, errb.String(), exitError, want)
	}
}

// TestRulesYAML: `clerklint rules --yaml ID` prints the entry as written, from
// the built-in file or the --rules file that declared it.
func TestRulesYAML(t *testing.T) {
	builtin, err := os.ReadFile("../../rules/clerk.yaml")
	if err != nil {
		t.Fatal(err)
	}
	user := filepath.Join(t.TempDir(), "rules.yaml")
	os.WriteFile(user, []byte("rules:\n  - id: CLK005\n    slug: hardcoded-publishable-key\n    title: Mine\n    severity: info\n    checklist: review-env-vars\n    cwe: CWE-547\n    engines: [secrets]\n    rationale: r\n    fix: f\n    examples: {bad: b, good: g}\n"), 0o644)
	for _, tc := range []struct {
		args     []string
		code     int
		contains string
		exact    string
	}{
		{args: []string{"rules", "--yaml", "clk101"}, contains: "  - id: CLK101\n    slug: unprotected-endpoint\n"},
		{args: []string{"rules", "--yaml", "middleware-gap"}, contains: "  - id: CLK103\n"},
		{args: []string{"rules", "--rules", user, "--yaml", "CLK005"}, exact: "  - id: CLK005\n    slug: hardcoded-publishable-key\n    title: Mine\n"},
		{args: []string{"rules", "--yaml", "CLK999"}, code: exitError},
		{args: []string{"rules", "CLK101"}, code: exitError},
	} {
		var out, errb bytes.Buffer
		code := run(tc.args, &out, &errb)
		if code != tc.code {
			t.Errorf("%v: exit %d, want %d (%s)", tc.args, code, tc.code, errb.String())
			continue
		}
		got := out.String()
		if tc.contains != "" && (!strings.HasPrefix(got, tc.contains) || !strings.Contains(string(builtin), got)) {
			t.Errorf("%v: not the entry as written in rules/clerk.yaml:\n%s", tc.args, got)
		}
		if tc.exact != "" && !strings.HasPrefix(got, tc.exact) {
			t.Errorf("%v: got\n%s\nwant the user file's entry", tc.args, got)
		}
	}
}

// TestReadmeConfigExample: the README's .clerklint.yml example loads and
// selects, and its params override extends CLK101's list (the Next.js
// engine's strict decoding is TestCustomAuthHelperFromConfig's).
func TestReadmeConfigExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)### Configuration: `.clerklint.yml`\\n.*?```yaml\\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README lacks the configuration example")
	}
	cfg, err := rules.ParseConfig("README.md", m[1])
	if err != nil {
		t.Fatal(err)
	}
	set, _ := rules.Builtin()
	sel, err := rules.Select(set, cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		Auth struct {
			Protects []struct {
				Module string `yaml:"module"`
				Name   string `yaml:"name"`
			} `yaml:"protect-functions"`
		} `yaml:"auth"`
	}
	if err := sel.Set.Get("CLK101").Params.Decode(&p); err != nil {
		t.Fatal(err)
	}
	if n := len(p.Auth.Protects); n < 2 || p.Auth.Protects[n-1].Name != "requireUser" {
		t.Errorf("README example's !append did not extend protect-functions: %+v", p.Auth.Protects)
	}
}
