package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// at builds a finding of rule id at file:line.
func at(id, file string, line int) rules.Finding {
	sev := rules.Warning
	if id == "CLK001" || id == "CLK002" {
		sev = rules.Error
	}
	return rules.Finding{RuleID: id, Severity: sev, Position: rules.Position{File: file, Line: line, Column: 1, EndLine: line, EndColumn: 10},
		Message: id + " finding", Construct: id + " construct"}
}

func ignore(file string, line int, ids ...string) scan.Directive {
	return scan.Directive{File: file, Line: line, Column: 4, IDs: ids, Reason: "reviewed"}
}

// summarize prints findings as "file:line RULE message", one per element.
func summarize(fs []rules.Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d %s %s", f.File, f.Line, f.RuleID, f.Message))
	}
	return out
}

func TestSuppression(t *testing.T) {
	set := testRules(t)
	noReason := scan.Directive{File: "a.ts", Line: 4, Column: 4, IDs: []string{"CLK005"}, Problem: "clerklint:ignore needs a reason after `--`"}
	noIDs := scan.Directive{File: "a.ts", Line: 4, Column: 4, Problem: "clerklint:ignore needs rule ids, e.g. `clerklint:ignore CLK001 -- reason`"}
	tests := []struct {
		name       string
		set        *rules.Set
		findings   []rules.Finding
		dirs       []scan.Directive
		want       []string
		suppressed int
	}{
		{
			name:       "same line",
			findings:   []rules.Finding{at("CLK005", "a.ts", 5)},
			dirs:       []scan.Directive{ignore("a.ts", 5, "CLK005")},
			want:       []string{},
			suppressed: 1,
		},
		{
			name:       "line above",
			findings:   []rules.Finding{at("CLK005", "a.ts", 5), at("CLK005", "a.ts", 6)},
			dirs:       []scan.Directive{ignore("a.ts", 4, "CLK005")},
			want:       []string{"a.ts:6 CLK005 CLK005 finding"},
			suppressed: 1,
		},
		{
			name:     "two lines above is out of reach",
			findings: []rules.Finding{at("CLK005", "a.ts", 5)},
			dirs:     []scan.Directive{ignore("a.ts", 3, "CLK005")},
			want: []string{
				"a.ts:3 CLK000 clerklint:ignore CLK005 matches no finding: remove it",
				"a.ts:5 CLK005 CLK005 finding",
			},
		},
		{
			name:     "other rule on the same line is not suppressed",
			findings: []rules.Finding{at("CLK001", "a.ts", 5), at("CLK005", "a.ts", 5)},
			dirs:     []scan.Directive{ignore("a.ts", 5, "CLK005")},
			want:     []string{"a.ts:5 CLK001 CLK001 finding"}, suppressed: 1,
		},
		{
			name:       "multiple ids",
			findings:   []rules.Finding{at("CLK001", "a.ts", 5), at("CLK005", "a.ts", 5)},
			dirs:       []scan.Directive{ignore("a.ts", 5, "CLK001", "CLK005")},
			want:       []string{},
			suppressed: 2,
		},
		{
			name:     "multiple ids, one stale",
			findings: []rules.Finding{at("CLK005", "a.ts", 5)},
			dirs:     []scan.Directive{ignore("a.ts", 4, "CLK001", "CLK005")},
			want:     []string{"a.ts:4 CLK000 clerklint:ignore CLK001 matches no finding: remove CLK001 from the directive"}, suppressed: 1,
		},
		{
			name:     "multiple ids, all stale",
			findings: nil,
			dirs:     []scan.Directive{ignore("a.ts", 4, "CLK001", "CLK005")},
			want:     []string{"a.ts:4 CLK000 clerklint:ignore CLK001, CLK005 match no finding: remove the directive"},
		},
		{
			name:     "one directive covers several findings",
			findings: []rules.Finding{at("CLK005", "a.ts", 4), at("CLK005", "a.ts", 5)},
			dirs:     []scan.Directive{ignore("a.ts", 4, "CLK005")}, want: []string{}, suppressed: 2,
		},
		{
			name:     "missing reason suppresses nothing and is reported",
			findings: []rules.Finding{at("CLK005", "a.ts", 5)},
			dirs:     []scan.Directive{noReason},
			want: []string{
				"a.ts:4 CLK000 clerklint:ignore needs a reason after `--`",
				"a.ts:5 CLK005 CLK005 finding",
			},
		},
		{
			name:     "missing ids is reported",
			findings: []rules.Finding{at("CLK005", "a.ts", 5)},
			dirs:     []scan.Directive{noIDs},
			want: []string{
				"a.ts:4 CLK000 clerklint:ignore needs rule ids, e.g. `clerklint:ignore CLK001 -- reason`",
				"a.ts:5 CLK005 CLK005 finding",
			},
		},
		{
			name: "unused directive",
			dirs: []scan.Directive{ignore("a.ts", 9, "CLK001")},
			want: []string{"a.ts:9 CLK000 clerklint:ignore CLK001 matches no finding: remove it"},
		},
		{
			name: "directive for a disabled rule is not unused",
			set:  without(t, set, "CLK001"),
			dirs: []scan.Directive{ignore("a.ts", 9, "CLK001")},
			want: []string{},
		},
		{
			name:     "directive for a disabled and an enabled rule",
			set:      without(t, set, "CLK001"),
			findings: []rules.Finding{at("CLK005", "a.ts", 10)},
			dirs:     []scan.Directive{ignore("a.ts", 9, "CLK001", "CLK005")},
			want:     []string{}, suppressed: 1,
		},
		{
			name:     "CLK000 disabled: problems are not reported, still nothing suppressed",
			set:      without(t, set, "CLK000"),
			findings: []rules.Finding{at("CLK005", "a.ts", 5)},
			dirs:     []scan.Directive{noReason, ignore("a.ts", 20, "CLK005")},
			want:     []string{"a.ts:5 CLK005 CLK005 finding"},
		},
		{
			name:     "directive in one file does not affect another",
			findings: []rules.Finding{at("CLK005", "b.ts", 5)},
			dirs:     []scan.Directive{ignore("a.ts", 5, "CLK005")},
			want: []string{
				"a.ts:5 CLK000 clerklint:ignore CLK005 matches no finding: remove it",
				"b.ts:5 CLK005 CLK005 finding",
			},
		},
		{
			name: "CLK000 cannot suppress itself",
			dirs: []scan.Directive{ignore("a.ts", 3, "CLK000"), noReason},
			want: []string{
				"a.ts:3 CLK000 clerklint:ignore CLK000 matches no finding: remove it",
				"a.ts:4 CLK000 clerklint:ignore needs a reason after `--`",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.set
			if s == nil {
				s = set
			}
			rep := Process(&scan.Result{Findings: tt.findings, Directives: tt.dirs}, s, Options{Tool: testTool})
			if got := summarize(rep.Findings); !slices.Equal(got, tt.want) {
				t.Errorf("findings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			if rep.Suppressed != tt.suppressed {
				t.Errorf("Suppressed = %d, want %d", rep.Suppressed, tt.suppressed)
			}
		})
	}
}

// TestDirectiveFindingShape checks CLK000's position, severity (from the set,
// re-levelled by config) and that it is fingerprinted like any finding.
func TestDirectiveFindingShape(t *testing.T) {
	sev := rules.Error
	sel, err := rules.Select(testRules(t), &rules.Config{Rules: map[string]rules.RuleConfig{"CLK000": {Severity: &sev}}}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := Process(&scan.Result{Directives: []scan.Directive{ignore("src/a.ts", 7, "CLK005")}}, sel.Set, Options{Tool: testTool})
	if len(rep.Findings) != 1 {
		t.Fatalf("findings = %v, want one CLK000", summarize(rep.Findings))
	}
	f := rep.Findings[0]
	wantPos := rules.Position{File: "src/a.ts", Line: 7, Column: 4, EndLine: 7, EndColumn: 4 + len("clerklint:ignore")}
	if f.RuleID != "CLK000" || f.Severity != rules.Error || f.Position != wantPos || f.Fingerprint == "" {
		t.Errorf("got %+v, want CLK000 error at %+v with a fingerprint", f, wantPos)
	}

	// The same stale directive on another line keeps its fingerprint.
	moved := Process(&scan.Result{Directives: []scan.Directive{ignore("src/a.ts", 30, "CLK005")}}, sel.Set, Options{Tool: testTool})
	if moved.Findings[0].Fingerprint != f.Fingerprint {
		t.Errorf("fingerprint changed with the line: %s vs %s", moved.Findings[0].Fingerprint, f.Fingerprint)
	}
}

// A typo'd id can never match, so it must not look like a disabled rule.
func TestDirectiveWithUnknownRuleID(t *testing.T) {
	set := testRules(t)
	sel, err := rules.Select(set, &rules.Config{}, nil, []string{"CLK005"})
	if err != nil {
		t.Fatal(err)
	}
	dirs := []scan.Directive{ignore("a.ts", 3, "CLK995"), ignore("a.ts", 9, "CLK005")}
	rep := Process(&scan.Result{Directives: dirs}, sel.Set, Options{Tool: testTool, Known: set})
	got := summarize(rep.Findings)
	want := []string{"a.ts:3 CLK000 clerklint:ignore names unknown rule CLK995: fix the id (see `clerklint rules`)"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}
