package scan

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/rules"
)

// hookEngines gives CLK101's engines a whole-project hook (the first) and
// nothing else, so no Checker reads any file.
func hookEngines(t *testing.T, hook func(ProjectInput) (*ProjectOutput, error)) (*rules.Selection, []Engine) {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	sel, err := rules.Select(set, &rules.Config{}, []string{"CLK101"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []Engine
	for i, name := range sel.Set.Get("CLK101").Engines {
		e := Engine{Name: name}
		if i == 0 {
			e.Project = hook
		}
		out = append(out, e)
	}
	return sel, out
}

// TestProjectHookFindingsTakeTheScanPath: a hook's findings are selected,
// excluded, limited to the named files and suppressed by inline directives
// like a Checker's, even in files no Checker read; its endpoints and errors
// reach the Result.
func TestProjectHookFindingsTakeTheScanPath(t *testing.T) {
	root := t.TempDir()
	write(t, root, "go.mod", "module x\n")
	write(t, root, "api/a.go", "package api\n\n// clerklint:ignore CLK101 -- public by design\nfunc A() {}\n")
	write(t, root, "api/b.go", "package api\n\nfunc B() {}\n")
	write(t, root, "gen/c.go", "package gen\n")
	var in ProjectInput
	sel, engines := hookEngines(t, func(pi ProjectInput) (*ProjectOutput, error) {
		in = pi
		at := func(file string, line int) rules.Finding {
			return rules.Finding{RuleID: "CLK101", Position: rules.Position{File: file, Line: line}, Message: "m"}
		}
		return &ProjectOutput{
			Findings: []rules.Finding{
				at("api/a.go", 4), at("api/b.go", 3), at("gen/c.go", 1),
				at("/elsewhere/generated.go", 1), // not a walked file: dropped
			},
			Errors:    []FileError{{Path: "go.mod", Message: "did not load completely"}},
			Endpoints: []endpoint.Endpoint{{Framework: "chi", URL: "/b", Registration: endpoint.Pos{File: "api/b.go", Line: 3}}},
		}, nil
	})
	cfg := &rules.Config{Exclude: []rules.Glob{rules.MustGlobs("gen/**")[0]}}
	res, err := Run(Request{Root: root, Selection: sel, Config: cfg, Engines: engines, Options: Options{NoGo: true}})
	if err != nil {
		t.Fatal(err)
	}
	if in.Project == nil || len(in.Rules) != 1 || in.Rules[0].ID != "CLK101" || in.Set != sel.Set || !in.Options.NoGo {
		t.Errorf("hook input = %+v", in)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.File+" "+f.Severity.String())
	}
	if strings.Join(got, ",") != "api/a.go error,api/b.go error" {
		t.Errorf("findings = %v, want a.go and b.go with the rule's severity", got)
	}
	if len(res.Directives) != 1 || res.Directives[0].File != "api/a.go" || res.Directives[0].Line != 3 {
		t.Errorf("directives = %+v, want a.go's", res.Directives)
	}
	if len(res.Endpoints) != 1 || len(res.Errors) != 1 || res.Internal() {
		t.Errorf("endpoints %+v, errors %+v", res.Endpoints, res.Errors)
	}

	// Files mode: only the named file's findings.
	res, err = Run(Request{Root: root, Only: map[string]bool{filepath.Join(root, "api", "b.go"): true}, Selection: sel, Config: cfg, Engines: engines})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].File != "api/b.go" || len(res.Directives) != 0 {
		t.Errorf("files mode: %+v, directives %+v", res.Findings, res.Directives)
	}
}

func TestProjectHookPanicAndUndeclaredRuleAreInternal(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.go", "package a\n")
	sel, engines := hookEngines(t, func(ProjectInput) (*ProjectOutput, error) { panic("boom") })
	res, err := Run(Request{Root: root, Selection: sel, Config: &rules.Config{}, Engines: engines})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Internal() || !strings.Contains(res.Errors[0].Message, "boom") {
		t.Errorf("panic: %+v", res.Errors)
	}
	sel, engines = hookEngines(t, func(ProjectInput) (*ProjectOutput, error) {
		return &ProjectOutput{Findings: []rules.Finding{{RuleID: "CLK201", Position: rules.Position{File: "a.go", Line: 1}}}}, nil
	})
	res, err = Run(Request{Root: root, Selection: sel, Config: &rules.Config{}, Engines: engines})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Internal() || len(res.Findings) != 0 {
		t.Errorf("a rule outside the selection: %+v %+v", res.Findings, res.Errors)
	}
}

// TestInterruptedScanIsIncomplete: a scan whose context has ended reads no
// more files and says so, and its hooks see the ended context (the go
// engine then stops the go command).
func TestInterruptedScanIsIncomplete(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.go", "package a\n")
	var hookCtx context.Context
	sel, engines := hookEngines(t, func(in ProjectInput) (*ProjectOutput, error) {
		hookCtx = in.Options.Context
		return nil, nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := Run(Request{Root: root, Selection: sel, Config: &rules.Config{}, Engines: engines, Options: Options{Context: ctx}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 1 || res.Errors[0].Path != "." || !strings.Contains(res.Errors[0].Message, "interrupted") || res.Errors[0].Benign {
		t.Errorf("errors = %+v, want the interruption listed", res.Errors)
	}
	if hookCtx == nil || hookCtx.Err() == nil {
		t.Errorf("the hook got context %v", hookCtx)
	}
}
