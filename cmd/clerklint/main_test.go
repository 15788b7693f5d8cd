package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/golang/godriver"
	"github.com/clerklint/clerklint/analyzers/golang/gopasses"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/history"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
)

// fixtureGlobs are every annotated fixture project, run through the whole pipeline
// (engines, suppression, redaction) exactly as `clerklint scan` runs it.
var fixtureGlobs = []string{
	"../../testdata/secrets/*",
	"../../testdata/env/*",
	"../../testdata/instances/*",
	"../../testdata/js/*",
	"../../testdata/nextjs/*",
	"../../testdata/python/*",
	"../../testdata/authz/*",
	"../../testdata/clerkerr/*",
	"../../testdata/sveltekit/*",
	"../../testdata/monorepo/*",
	"../../testdata/suppress/*",
	"../../testdata/sample",
}

// scanJSON runs the CLI on root and returns its JSON findings as rules.Findings.
func scanJSON(t *testing.T, args ...string) ([]rules.Finding, int, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"scan", "--format", "json", "--fail-on", "never"}, args...), &out, &errb)
	var doc struct {
		Findings []struct {
			Rule    string `json:"rule"`
			File    string `json:"file"`
			Line    int    `json:"line"`
			Message string `json:"message"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("bad JSON (exit %d, stderr %s): %v\n%s", code, errb.String(), err, out.String())
	}
	var fs []rules.Finding
	for _, f := range doc.Findings {
		fs = append(fs, rules.Finding{RuleID: f.Rule, Position: rules.Position{File: f.File, Line: f.Line}, Message: f.Message})
	}
	return fs, code, errb.String()
}

func TestFixtures(t *testing.T) {
	for _, g := range fixtureGlobs {
		scantest.Run(t, g, func(root string) ([]rules.Finding, error) {
			fs, code, stderr := scanJSON(t, root)
			if code != exitClean {
				t.Fatalf("exit %d with --fail-on never: %s", code, stderr)
			}
			return fs, nil
		})
	}
}

// TestEveryRuleHasEngineAndFixtures is the rule-set contract: each rule names an
// engine that exists and is exercised by at least one positive fixture.
func TestEveryRuleHasEngineAndFixtures(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, e := range engines.All() {
		known[e.Name] = true
	}
	positive := map[string]bool{}
	for _, g := range fixtureGlobs {
		dirs, _ := filepath.Glob(g)
		for _, d := range dirs {
			exp, err := scantest.Prepare(d, t.TempDir())
			if err != nil {
				t.Fatalf("%s: %v", d, err)
			}
			for k := range exp.Want {
				positive[k.Rule] = true
				if set.Get(k.Rule) == nil {
					t.Errorf("%s expects %s, which the rule set does not declare", d, k.Rule)
				}
			}
		}
	}
	// Go passes are proven by analysistest `// want` cases in their packages;
	// here each `go` rule must have its analyzer in the registry.
	passes, err := gopasses.Analyzers(gorules.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	goPass := map[string]bool{}
	for _, a := range passes {
		goPass[a.Name] = true
		if r := set.Get(a.Name); r == nil || !r.HasEngine(godriver.EngineName) {
			t.Errorf("Go pass %s has no rule with engines: [go] in the YAML", a.Name)
		}
	}
	for _, r := range set.All() {
		fileEngine := false
		for _, e := range r.Engines {
			if !known[e] {
				t.Errorf("%s: rule %s names engine %q, which does not exist", r.Pos, r.ID, e)
			}
			// CLK011 reads git history, which fixture trees lack:
			// TestHistoryFindsDeletedKey builds a repository instead.
			fileEngine = fileEngine || (e != godriver.EngineName && e != history.Engine.Name)
		}
		if r.HasEngine(godriver.EngineName) && !goPass[r.ID] {
			t.Errorf("rule %s names engine go but no Go pass is registered for it", r.ID)
		}
		if fileEngine && !positive[r.ID] {
			t.Errorf("rule %s has no positive fixture (ruleid: %s)", r.ID, r.ID)
		}
	}
}

func TestExitCodes(t *testing.T) {
	sample := "../../testdata/sample"
	clean := t.TempDir()
	os.WriteFile(filepath.Join(clean, "index.ts"), []byte("export const x = process.env.CLERK_SECRET_KEY;\n"), 0o644)
	badCfg := t.TempDir()
	os.WriteFile(filepath.Join(badCfg, ".clerklint.yml"), []byte("fail-on: sometimes\n"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"findings", []string{"scan", "--no-color", sample}, exitFindings},
		{"flags after path", []string{"scan", sample, "--fail-on", "never"}, exitClean},
		{"below threshold", []string{"scan", "--fail-on", "error", "--disable", "CLK003", sample}, exitClean},
		{"clean", []string{"scan", clean}, exitClean},
		{"missing path", []string{"scan", filepath.Join(clean, "nope")}, exitError},
		{"unknown format", []string{"scan", "--format", "xml", clean}, exitError},
		{"unknown rule", []string{"scan", "--disable", "CLK999", clean}, exitError},
		{"bad config", []string{"scan", badCfg}, exitError},
		{"unknown fail-on", []string{"scan", "--fail-on", "sometimes", clean}, exitError},
		{"unknown command", []string{"frobnicate"}, exitError},
		{"no command", nil, exitError},
		{"version", []string{"version"}, exitClean},
		{"explain unknown", []string{"explain", "CLK999"}, exitError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if got := run(tc.args, &out, &errb); got != tc.want {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", got, tc.want, out.String(), errb.String())
			}
		})
	}
}

func TestUnknownFormatListsFormats(t *testing.T) {
	var out, errb bytes.Buffer
	run([]string{"scan", "--format", "xml", "."}, &out, &errb)
	for _, name := range []string{"text", "json", "sarif", "github"} {
		if !strings.Contains(errb.String(), name) {
			t.Errorf("unknown-format error does not list %q: %s", name, errb.String())
		}
	}
	errb.Reset()
	run([]string{"scan", "-h"}, &out, &errb)
	if !regexp.MustCompile(`format.*github.*json.*sarif.*text`).MatchString(errb.String()) {
		t.Errorf("scan help does not list the formats from the registry:\n%s", errb.String())
	}
}

// TestFilesModeReportsOnlyGivenFiles is the pre-commit shape: files are passed, the
// project root is found above them, and only their findings are reported.
func TestFilesModeReportsOnlyGivenFiles(t *testing.T) {
	fs, _, _ := scanJSON(t, "../../testdata/sample/src/lib/clerk.ts")
	var got []string
	for _, f := range fs {
		got = append(got, f.File+" "+f.RuleID)
	}
	sort.Strings(got)
	if want := []string{"src/lib/clerk.ts CLK003"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestExplainRendersYAML(t *testing.T) {
	set, _ := rules.Builtin()
	for _, r := range set.All() {
		var out, errb bytes.Buffer
		if code := run([]string{"explain", strings.ToLower(r.ID)}, &out, &errb); code != exitClean {
			t.Fatalf("explain %s: exit %d: %s", r.ID, code, errb.String())
		}
		for _, part := range []string{r.ID, r.Title, r.ChecklistLabel(), r.CWE, strings.TrimSpace(strings.Split(r.Fix, "\n")[0])} {
			if !strings.Contains(out.String(), part) {
				t.Errorf("explain %s lacks %q", r.ID, part)
			}
		}
	}
}

// TestReadmeRuleTable keeps the README's rule table and its table of what is
// checked where generated from the YAML.
func TestReadmeRuleTable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	set, _ := rules.Builtin()
	for _, c := range []struct{ block, flag, want string }{
		{"rules", "--markdown", ruleTable(set)},
		{"stacks", "--stacks", stackTable(set)},
	} {
		re := regexp.MustCompile(`(?s)<!-- ` + c.block + `:begin -->\n(.*?)<!-- ` + c.block + `:end -->`)
		m := re.FindSubmatch(readme)
		if m == nil {
			t.Fatalf("README lacks the <!-- %s:begin --> ... <!-- %[1]s:end --> block", c.block)
		}
		if string(m[1]) != c.want {
			t.Errorf("README %s table is stale; regenerate with `go run ./cmd/clerklint rules %s`:\n%s", c.block, c.flag, c.want)
		}
	}
}

// TestCustomAuthHelperFromUserRules is the README's "teach clerklint your own
// auth helper" recipe: the built-in CLK101 entry copied into a --rules file with
// one more protect-function silences routes that call it, and only those.
func TestCustomAuthHelperFromUserRules(t *testing.T) {
	yml, err := os.ReadFile("../../rules/clerk.yaml")
	if err != nil {
		t.Fatal(err)
	}
	entry := string(yml)
	entry = entry[strings.Index(entry, "  - id: CLK101"):strings.Index(entry, "  - id: CLK102")]
	const anchor = "          - {module: '@clerk/nextjs/server', name: auth().protect}\n"
	if !strings.Contains(entry, anchor) {
		t.Fatal("CLK101 no longer lists auth().protect; update this test with the README")
	}
	entry = strings.Replace(entry, anchor, anchor+"          - {module: '@acme/auth', name: requireUser}\n", 1)
	dir := t.TempDir()
	rulesFile := filepath.Join(dir, "rules.yaml")
	os.WriteFile(rulesFile, []byte("rules:\n"+entry), 0o644)
	root := filepath.Join(dir, "app")
	for name, src := range map[string]string{
		"package.json":            `{"dependencies": {"@clerk/nextjs": "^6.20.0", "next": "15.3.0", "@acme/auth": "1.0.0"}}`,
		"middleware.ts":           "import { clerkMiddleware } from '@clerk/nextjs/server'\nexport default clerkMiddleware()\nexport const config = { matcher: ['/((?!_next).*)', '/(api|trpc)(.*)'] }\n",
		"app/api/orders/route.ts": "import { requireUser } from '@acme/auth'\nexport async function GET() {\n  const user = await requireUser()\n  return Response.json({ user })\n}\n",
		"app/api/users/route.ts":  "import { auth } from '@clerk/nextjs/server'\nimport { prisma } from '@/lib/prisma'\nexport async function GET() {\n  return Response.json(await prisma.user.findMany())\n}\n",
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(src), 0o644)
	}
	files := func(fs []rules.Finding) string {
		var out []string
		for _, f := range fs {
			out = append(out, f.File+" "+f.RuleID)
		}
		sort.Strings(out)
		return strings.Join(out, ",")
	}
	before, _, _ := scanJSON(t, "--no-go", root)
	if got, want := files(before), "app/api/orders/route.ts CLK101,app/api/users/route.ts CLK101"; got != want {
		t.Fatalf("without the helper: %s, want %s", got, want)
	}
	after, _, _ := scanJSON(t, "--no-go", "--rules", rulesFile, root)
	if got, want := files(after), "app/api/users/route.ts CLK101"; got != want {
		t.Fatalf("with the helper declared: %s, want %s", got, want)
	}
}

// TestSARIFColumnsCountUTF16 scans a file whose key follows non-ASCII text:
// SARIF viewers count UTF-16 units, so the region must not be the byte column.
func TestSARIFColumnsCountUTF16(t *testing.T) {
	root := t.TempDir()
	key := "sk_live_" + scantest.FakeBody("sk_live_", "sarif", 42)
	// "é" is 2 bytes and 1 UTF-16 unit, "🔑" 4 bytes and 2 units.
	src := "// clé 🔑: \"" + key + "\"\n"
	if err := os.WriteFile(filepath.Join(root, "config.ts"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"scan", "--no-go", "--format", "sarif", "--fail-on", "never", root}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						Region struct {
							StartColumn int `json:"startColumn"`
							EndColumn   int `json:"endColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 || len(doc.Runs[0].Results) != 1 {
		t.Fatalf("want one result: %s", out.String())
	}
	res := doc.Runs[0].Results[0]
	reg := res.Locations[0].PhysicalLocation.Region
	// Bytes: "// cl" 5 + "é" 2 + " " 1 + "🔑" 4 + ": " 2 + quote 1 = 15 before the key (column 16);
	// units: 5 + 1 + 1 + 2 + 2 + 1 = 12 (column 13).
	if res.RuleID != "CLK001" || reg.StartColumn != 13 || reg.EndColumn != 13+len(key) {
		t.Errorf("%s region %d-%d, want CLK001 13-%d", res.RuleID, reg.StartColumn, reg.EndColumn, 13+len(key))
	}
}

// TestCPUProfile: --cpuprofile writes a pprof profile (gzip-compressed
// protobuf) once the scan ends, and a path it cannot create is an error
// before any scanning.
func TestCPUProfile(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "a.ts"), []byte("export const x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	prof := filepath.Join(t.TempDir(), "cpu.pprof")
	var out, errb bytes.Buffer
	if code := run([]string{"scan", "--no-go", "--cpuprofile", prof, root}, &out, &errb); code != exitClean {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	data, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		t.Errorf("profile is not gzip-compressed pprof data: % x", data[:min(len(data), 8)])
	}
	errb.Reset()
	bad := filepath.Join(root, "missing", "cpu.pprof")
	if code := run([]string{"scan", "--no-go", "--cpuprofile", bad, root}, &out, &errb); code != exitError || !strings.Contains(errb.String(), "cpu.pprof") {
		t.Errorf("unwritable profile: exit %d, stderr %q; want %d and the path", code, errb.String(), exitError)
	}
}
