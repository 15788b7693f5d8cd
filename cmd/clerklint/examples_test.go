package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/golang/godriver"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
)

// stubModules are the third-party modules the Go examples may import, each
// resolved by a replace directive to its stub under testdata/src (the same
// stubs the analysistest suites use), so the examples load offline.
var stubModules = []string{
	"github.com/clerk/clerk-sdk-go/v2",
	"github.com/clerkinc/clerk-sdk-go",
	"github.com/gin-gonic/gin",
	"github.com/go-chi/chi/v5",
	"github.com/gorilla/mux",
	"github.com/labstack/echo/v4",
	"github.com/pkg/browser",
	"github.com/svix/svix-webhooks",
	"github.com/zalando/go-keyring",
}

// TestRuleExamples runs every example case of every rule: the case's
// scaffolds, context files and bad code written into a throwaway project must
// give at least one finding of the rule in the case's file, and the same
// project with the good code none. Go cases of rules with a Go pass run
// through godriver (all Go passes, as `clerklint scan` runs them) on one
// module per side holding every Go case as a package of its own (one load of
// the standard library instead of one per case), whose third-party imports
// are replaced by the testdata/src stubs; the other cases run one project
// each through the whole CLI scan (every file engine and the report layer,
// --no-go). Cases marked run: false are listed with their reason.
func TestRuleExamples(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ran := map[string]int{}
	var skipped []string
	var goCases []goCase
	for _, r := range set.All() {
		for i, e := range r.Examples {
			name := fmt.Sprintf("%s/%d:%s", r.ID, i, e.Path)
			if e.Legacy {
				t.Errorf("%s: built-in examples must be a list of cases (lang, path, bad, good)", r.ID)
				continue
			}
			if !e.Runs() {
				skipped = append(skipped, fmt.Sprintf("%s %s: %s", r.ID, e.Caption(), e.Reason))
				continue
			}
			engine := exampleEngine(r, e)
			ran[engine]++
			if engine == godriver.EngineName {
				goCases = append(goCases, goCase{name: name, rule: r, ex: e, dir: fmt.Sprintf("cases/%s_%d", strings.ToLower(r.ID), i)})
				continue
			}
			t.Run(name, func(t *testing.T) {
				for _, side := range exampleSides(e) {
					root := scantest.WriteTree(t, exampleFiles(e, side.code, ""))
					// --all-secrets: CLK010 reports only with it; the other
					// rules are unaffected.
					fs, code, stderr := scanJSON(t, "--no-go", "--all-secrets", root)
					if code != exitClean {
						t.Fatalf("%s: exit %d: %s", side.name, code, stderr)
					}
					checkExample(t, r, e.Target(), engine, side.want, fs)
				}
			})
		}
	}
	if len(goCases) > 0 {
		runGoExamples(t, goCases)
	}
	engines := make([]string, 0, len(ran))
	for k := range ran {
		engines = append(engines, k)
	}
	sort.Strings(engines)
	var counts []string
	for _, k := range engines {
		counts = append(counts, fmt.Sprintf("%s %d", k, ran[k]))
	}
	t.Logf("example cases run per engine: %s", strings.Join(counts, ", "))
	t.Logf("example cases not run: %d", len(skipped))
	for _, s := range skipped {
		t.Logf("  %s", s)
	}
}

// goCase is a Go example case and the package directory it gets in the
// batch module.
type goCase struct {
	name string
	rule *rules.Rule
	ex   rules.Example
	dir  string
}

type exampleSide struct {
	name, code string
	want       bool
}

func exampleSides(e rules.Example) []exampleSide {
	return []exampleSide{{"bad", e.Bad, true}, {"good", e.Good, false}}
}

// runGoExamples analyses the Go cases, every bad side in one module and
// every good side in another, and checks each case's own package.
func runGoExamples(t *testing.T, cases []goCase) {
	stubs := goStubs(t)
	findings := map[string][]rules.Finding{}
	for _, side := range []string{"bad", "good"} {
		files := map[string]string{}
		for _, c := range cases {
			code := c.ex.Bad
			if side == "good" {
				code = c.ex.Good
			}
			for p, content := range exampleFiles(c.ex, code, stubs) {
				if p == "go.mod" {
					files[p] = content // the same for every case: the scaffold plus the stubs
					continue
				}
				files[c.dir+"/"+p] = content
			}
		}
		res, err := godriver.Run(scantest.WriteTree(t, files), godriver.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Errors) > 0 {
			t.Fatalf("%s Go examples: the module does not load: %v", side, res.Errors)
		}
		findings[side] = res.Findings
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, code := range []string{c.ex.Bad, c.ex.Good} {
				if out, err := format.Source([]byte(code)); err != nil || string(out) != code {
					t.Errorf("Go example is not gofmt-formatted (%v):\n%s", err, out)
				}
			}
			for _, side := range exampleSides(c.ex) {
				checkExample(t, c.rule, c.dir+"/"+c.ex.Target(), godriver.EngineName, side.want, findings[side.name])
			}
		})
	}
}

// checkExample wants a finding of r in target (bad) or none (good).
func checkExample(t *testing.T, r *rules.Rule, target, engine string, want bool, all []rules.Finding) {
	t.Helper()
	var hits, elsewhere []string
	for _, f := range all {
		if f.RuleID != r.ID {
			continue
		}
		s := fmt.Sprintf("%s:%d: %s", f.File, f.Line, f.Message)
		if f.File == target {
			hits = append(hits, s)
		} else {
			elsewhere = append(elsewhere, s)
		}
	}
	if want && len(hits) == 0 {
		t.Errorf("bad code gives no %s finding in %s (%s engine); elsewhere: %v", r.ID, target, engine, elsewhere)
	}
	if !want && len(hits) > 0 {
		t.Errorf("good code gives %s findings (%s engine):\n  %s", r.ID, engine, strings.Join(hits, "\n  "))
	}
}

// exampleEngine names what runs a case: the Go passes for a Go case of a
// rule that has one, else the rule's file engines.
func exampleEngine(r *rules.Rule, e rules.Example) string {
	if e.Lang == "go" && r.HasEngine(godriver.EngineName) {
		return godriver.EngineName
	}
	var names []string
	for _, n := range r.Engines {
		if n != godriver.EngineName {
			names = append(names, n)
		}
	}
	return strings.Join(names, "+")
}

// exampleFiles is a case's project: scaffolds, then the case's own files,
// then code at its path; fake-key tokens are expanded. With stubs, a go.mod
// gets require and replace directives for every stub module.
func exampleFiles(e rules.Example, code, stubs string) map[string]string {
	files := map[string]string{}
	for _, name := range e.Context {
		sc, _ := rules.Scaffold(name)
		for p, c := range sc {
			files[p] = c
		}
	}
	for p, c := range e.Files {
		files[p] = c
	}
	files[e.Path] = code
	if gomod, ok := files["go.mod"]; ok && stubs != "" {
		var b strings.Builder
		b.WriteString(regexp.MustCompile(`(?m)^require .*\n`).ReplaceAllString(gomod, ""))
		for _, m := range stubModules {
			version := "v0.0.0"
			if major := regexp.MustCompile(`/v([2-9][0-9]*)$`).FindStringSubmatch(m); major != nil {
				version = "v" + major[1] + ".0.0"
			}
			fmt.Fprintf(&b, "require %s %s\nreplace %s => %s\n", m, version, m, filepath.Join(stubs, filepath.FromSlash(m)))
		}
		files["go.mod"] = b.String()
	}
	for p, c := range files {
		files[p] = string(scantest.ExpandFakeKeys([]byte(c)))
	}
	return files
}

// goStubs copies the stub modules into a directory of their own, each with
// a go.mod, so replace directives can point at them.
func goStubs(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command on PATH")
	}
	dir, err := os.MkdirTemp("", "clerklint-stubs-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	src, _ := filepath.Abs("../../testdata/src")
	for _, m := range stubModules {
		from := filepath.Join(src, filepath.FromSlash(m))
		to := filepath.Join(dir, filepath.FromSlash(m))
		err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(from, p)
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(filepath.Join(to, rel)), 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(to, rel), data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, "go.mod"), []byte("module "+m+"\n\ngo 1.24\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestExamplesShowFakeKeyTokens: docs render keys in examples as the fake-key
// tokens written in the YAML, never as a key that looks real.
func TestExamplesShowFakeKeyTokens(t *testing.T) {
	set, _ := rules.Builtin()
	key := regexp.MustCompile(`(sk|pk)_(test|live)_[A-Za-z0-9]{30,}|whsec_[A-Za-z0-9+/]{24,}`)
	for _, r := range set.All() {
		var out, errb bytes.Buffer
		run([]string{"explain", "--all", r.ID}, &out, &errb)
		if m := key.FindString(out.String()); m != "" && !strings.HasPrefix(m, "pk_") {
			t.Errorf("explain %s shows a key: %s", r.ID, m)
		}
		for _, e := range r.Examples {
			if e.Caption() != "" && !strings.Contains(out.String(), "Example: "+e.Caption()) {
				t.Errorf("explain %s lacks the caption of its %s case", r.ID, e.Path)
			}
		}
	}
}
