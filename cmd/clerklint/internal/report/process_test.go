package report

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// TestSortDeterministic feeds the same findings in many orders, as parallel
// engines do, and expects byte-identical output.
func TestSortDeterministic(t *testing.T) {
	set := testRules(t)
	base := sharedResult()
	// Ties on file, line and column, broken by rule and then message.
	base.Findings = append(base.Findings,
		at("CLK005", "src/main.tsx", 8), at("CLK001", "src/main.tsx", 8),
		rules.Finding{RuleID: "CLK005", Severity: rules.Warning, Position: rules.Position{File: "src/main.tsx", Line: 8, Column: 1}, Message: "a message", Construct: "x"},
	)
	want := render(t, Process(base, set, Options{Tool: testTool}), "json", FormatOptions{})
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		res := sharedResult()
		res.Findings = slices.Clone(base.Findings)
		rng.Shuffle(len(res.Findings), func(a, b int) { res.Findings[a], res.Findings[b] = res.Findings[b], res.Findings[a] })
		rng.Shuffle(len(res.Directives), func(a, b int) { res.Directives[a], res.Directives[b] = res.Directives[b], res.Directives[a] })
		rng.Shuffle(len(res.Errors), func(a, b int) { res.Errors[a], res.Errors[b] = res.Errors[b], res.Errors[a] })
		if got := render(t, Process(res, set, Options{Tool: testTool}), "json", FormatOptions{}); !bytes.Equal(got, want) {
			t.Fatalf("permutation %d gives different output:\n%s\nwant:\n%s", i, got, want)
		}
	}

	rep := Process(base, set, Options{Tool: testTool})
	got := summarize(rep.Findings)
	wantOrder := []string{
		".env.production:2 CLK009",
		".next/static/chunks/app/page-3f2a.js:1 CLK002",
		"src/lib/clerk.ts:4 CLK001",
		"src/main.tsx:7 CLK000",
		"src/main.tsx:8 CLK001",                // column 1: rule breaks the tie
		"src/main.tsx:8 CLK005 CLK005 finding", // then the message
		"src/main.tsx:8 CLK005 a message",
		"src/main.tsx:8 CLK005 publishable key", // column 33
	}
	if len(got) != len(wantOrder) {
		t.Fatalf("got %d findings:\n%s", len(got), strings.Join(got, "\n"))
	}
	for i := range got {
		if !strings.HasPrefix(got[i], wantOrder[i]) {
			t.Errorf("position %d: got %q, want prefix %q", i, got[i], wantOrder[i])
		}
	}
}

// TestProcessDoesNotModifyInput: the CLI may reuse the scan result (e.g. to
// write a baseline and a report), so redaction must work on copies.
func TestProcessDoesNotModifyInput(t *testing.T) {
	res := sharedResult()
	Process(res, testRules(t), Options{Tool: testTool})
	fresh := sharedResult()
	for i := range res.Findings {
		a, b := res.Findings[i], fresh.Findings[i]
		if a.Message != b.Message || a.Secret != b.Secret || a.Fingerprint != "" || (len(a.Related) > 0 && a.Related[0].Message != b.Related[0].Message) {
			t.Errorf("finding %d was modified: %+v", i, a)
		}
	}
	if res.Errors[1].Message != fresh.Errors[1].Message {
		t.Errorf("file error was modified: %q", res.Errors[1].Message)
	}
}

func TestRedaction(t *testing.T) {
	rep := sharedReport(t)
	tail := func(s string) string { return s[len(s)-4:] }
	want := map[string]string{
		"CLK001": "Clerk secret key sk_live_…" + tail(liveSecret) + " is committed in source",
		"CLK005": "publishable key <pk_test_…" + tail(publishable) + "> is hardcoded: read it from NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY",
	}
	for _, f := range rep.Findings {
		if w, ok := want[f.RuleID]; ok && f.Message != w {
			t.Errorf("%s message = %q, want %q", f.RuleID, f.Message, w)
		}
	}
	if got := rep.Errors[2].Message; got != "internal error in js engine: unexpected token near sk_live_…"+tail(liveSecret) {
		t.Errorf("file error message = %q", got)
	}
}

func TestCurrentTool(t *testing.T) {
	tool := CurrentTool()
	if tool.Name != "clerklint" || tool.Version == "" {
		t.Errorf("CurrentTool() = %+v, want name clerklint and a version", tool)
	}
	if rep := Process(&scan.Result{}, nil, Options{}); rep.Tool != tool {
		t.Errorf("Process without Options.Tool reports %+v, want %+v", rep.Tool, tool)
	}
}

func TestMaxSeverity(t *testing.T) {
	rep := sharedReport(t)
	if got := rep.MaxSeverity(); got != rules.Error {
		t.Errorf("MaxSeverity = %v, want error", got)
	}
	if got := Process(nil, nil, Options{Tool: testTool}).MaxSeverity(); got != 0 {
		t.Errorf("empty MaxSeverity = %v, want 0", got)
	}
}

// TestProcessRedactsPaths: a key can sit in a file or directory name, a source
// map's sources (a related location) or a skipped file's path; Process scrubs
// every path as it scrubs messages, with the finding's exact secret too (an env
// value of no known shape).
func TestProcessRedactsPaths(t *testing.T) {
	key := "sk_" + "live_" + strings.Repeat("Ab3dE6", 7)
	odd := "Zq9" + strings.Repeat("x7Y", 10)
	res := &scan.Result{
		Findings: []rules.Finding{{
			RuleID: "CLK001", Severity: rules.Error, Secret: key,
			Position: rules.Position{File: "my_" + key + "/a.ts", Line: 1},
			Message:  "found " + key,
			Related:  []rules.Related{{Position: rules.Position{File: "src/" + key + "/orig.ts", Line: 2}, Message: "from " + odd}},
		}, {
			RuleID: "CLK001", Severity: rules.Error, Secret: odd,
			Position: rules.Position{File: "notes/" + odd + ".ts", Line: 1}, Message: "env value",
		}},
		Errors: []scan.FileError{{Path: "bin_" + key + ".ts", Message: "binary content near " + odd}},
	}
	rep := Process(res, testRules(t), Options{Tool: testTool})
	var out bytes.Buffer
	for _, name := range Names() {
		out.Write(render(t, rep, name, FormatOptions{}))
	}
	if err := WriteBaseline(&out, rep); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{key, odd} {
		if strings.Contains(out.String(), s[:len(s)-4]) {
			t.Errorf("a secret survives Process in a path:\n%s", out.String())
		}
	}
	if rep.Findings[0].File != "my_sk_live_…3dE6/a.ts" && rep.Findings[1].File != "my_sk_live_…3dE6/a.ts" {
		t.Errorf("paths: %q, %q", rep.Findings[0].File, rep.Findings[1].File)
	}
}
