package rules

import (
	"strings"
	"testing"
)

func TestExampleCases(t *testing.T) {
	base, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	const user = `rules:
  - id: CLK950
    slug: custom-rule
    title: t
    severity: info
    checklist: review-env-vars
    cwe: CWE-1
    engines: [env]
    rationale: r
    fix: f
    examples:
      - lang: env
        path: .gitignore
        context: [nextjs-package]
        files: {.env: "CLERK_SECRET_KEY=x\n"}
        reported-in: .env
        bad: "node_modules/\n"
        good: ".env*\n"
      - lang: any
        path: docs/setup.md
        bad: b
        good: g
        run: false
        reason: prose, no engine reads it
  - id: CLK951
    slug: custom-rule-two
    title: t
    severity: info
    checklist: review-env-vars
    cwe: CWE-1
    engines: [env]
    rationale: r
    fix: f
    examples: {bad: b, good: g}
`
	set, err := base.WithData("user.yaml", []byte(user))
	if err != nil {
		t.Fatal(err)
	}
	es := set.Get("CLK950").Examples
	if len(es) != 2 {
		t.Fatalf("got %d cases, want 2", len(es))
	}
	e := es[0]
	if e.Lang != "env" || e.Path != ".gitignore" || e.Target() != ".env" || e.Files[".env"] == "" || !e.Runs() || e.Line != 12 {
		t.Errorf("first case decoded wrong: %+v", e)
	}
	if got, want := e.Caption(), ".gitignore (env file)"; got != want {
		t.Errorf("caption %q, want %q", got, want)
	}
	if es[1].Runs() || es[1].Reason == "" {
		t.Errorf("run: false case runs: %+v", es[1])
	}
	legacy := set.Get("CLK951").Examples
	if len(legacy) != 1 || !legacy[0].Legacy || legacy[0].Runs() || legacy[0].Caption() != "" || legacy[0].Bad != "b" {
		t.Errorf("legacy form decoded wrong: %+v", legacy)
	}
}

// TestBuiltinExamplesAreCases: every built-in rule documents itself with
// runnable cases (cmd/clerklint's TestRuleExamples runs them), never the
// free-text form kept for user rules files.
func TestBuiltinExamplesAreCases(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range set.All() {
		for _, e := range r.Examples {
			if e.Legacy {
				t.Errorf("%s: examples are free text; write a list of cases (lang, path, bad, good)", r.ID)
			}
			for _, name := range e.Context {
				files, _ := Scaffold(name)
				if _, clash := files[e.Path]; clash {
					t.Errorf("%s: case path %s is also a file of scaffold %s", r.ID, e.Path, name)
				}
			}
		}
	}
	for _, name := range ScaffoldNames() {
		if files, ok := Scaffold(name); !ok || len(files) == 0 {
			t.Errorf("scaffold %s is listed but empty", name)
		}
	}
	if strings.Join(ScaffoldNames(), ",") == "" {
		t.Error("no scaffolds")
	}
}
