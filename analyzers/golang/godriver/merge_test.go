package godriver

import (
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/rules"
)

func finding(rule, file string, line, endLine int) rules.Finding {
	return rules.Finding{RuleID: rule, Position: rules.Position{File: file, Line: line, Column: 1, EndLine: endLine, EndColumn: 9}}
}

func TestMerge(t *testing.T) {
	file := []rules.Finding{finding("CLK001", "main.go", 22, 22), finding("CLK002", "web/app.ts", 3, 3)}
	gofs := []rules.Finding{
		finding("CLK001", "main.go", 21, 23),  // same key, the Go span is the whole call: dropped
		finding("CLK001", "other.go", 22, 22), // another file: kept
		finding("CLK101", "main.go", 22, 22),  // another rule: kept
		finding("CLK001", "main.go", 30, 30),  // another line: kept
	}
	got := Merge(file, gofs)
	want := []rules.Finding{file[0], file[1], gofs[1], gofs[2], gofs[3]}
	if !slices.EqualFunc(got, want, func(a, b rules.Finding) bool { return a.RuleID == b.RuleID && a.Position == b.Position }) {
		t.Errorf("Merge = %+v\nwant %+v", got, want)
	}
}

func TestSelect(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cfg := &rules.Config{Exclude: rules.MustGlobs("gen/**")}
	sel, err := rules.Select(set, cfg, nil, []string{"CLK005"})
	if err != nil {
		t.Fatal(err)
	}
	fs := []rules.Finding{
		finding("CLK001", "main.go", 1, 1),
		finding("CLK001", "gen/keys.go", 1, 1), // excluded by the config
		finding("CLK005", "main.go", 2, 2),     // disabled
		finding("CLK999", "main.go", 3, 3),     // not in the rule set
		finding("CLK001", "cmd/tool.go", 4, 4),
	}
	got := Select(fs, sel, cfg, "/root", nil)
	if len(got) != 2 || got[0].File != "main.go" || got[1].File != "cmd/tool.go" {
		t.Fatalf("Select = %+v", got)
	}
	if got[0].Severity != set.Get("CLK001").Severity || got[0].Severity == 0 {
		t.Errorf("severity %v, want the rule's", got[0].Severity)
	}
	got = Select(fs, sel, cfg, "/root", map[string]bool{filepath.FromSlash("/root/cmd/tool.go"): true})
	if len(got) != 1 || got[0].File != "cmd/tool.go" {
		t.Errorf("Select with only = %+v", got)
	}
}

func TestRunRulesFilter(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	// No pass left after filtering by the rule set: nothing is loaded, even
	// from a root that would not load.
	res, err := Run("/nonexistent", Options{Analyzers: []*analysis.Analyzer{probe("CLK999")}, Rules: set})
	if err != nil || len(res.Modules) != 0 || len(res.Errors) != 0 {
		t.Errorf("Run = %+v, %v", res, err)
	}
}
