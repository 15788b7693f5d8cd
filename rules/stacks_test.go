package rules

import (
	"strings"
	"testing"
)

// TestStacksCoverTheRules checks what loading checks for the built-in set on
// small inputs: each mistake in a stacks: section is an error.
func TestStacksCoverTheRules(t *testing.T) {
	rule := func(id, engine, note string) *Rule {
		r := &Rule{ID: id, Engines: []string{engine}, Pos: Pos{File: "r.yaml", Line: 1}}
		if note != "" {
			r.Frameworks = map[string]string{note: "a note"}
		}
		return r
	}
	cases := []struct {
		name, stacks string
		rules        []*Rule
		want         string // "" for no error
	}{
		{"covered", "{name: Go, frameworks: [go], rules: [CLK900], how: passes}",
			[]*Rule{rule("CLK900", "go", "go")}, ""},
		{"in no stack", "{name: Go, frameworks: [go], rules: [CLK900], how: passes}",
			[]*Rule{rule("CLK900", "go", ""), rule("CLK901", "go", "")}, `CLK901: field "stacks": the rule is in no stack`},
		{"notes without a stack", "{name: Any, rules: [CLK900], how: files}",
			[]*Rule{rule("CLK900", "secrets", "nextjs")}, "has notes for nextjs but no stack of that framework lists the rule"},
		{"unknown rule", "{name: Any, rules: [CLK900, CLK999], how: files}",
			[]*Rule{rule("CLK900", "secrets", "")}, "unknown rule CLK999"},
		{"engine cannot read the stack", "{name: Django, frameworks: [django], rules: [CLK900], how: models}",
			[]*Rule{rule("CLK900", "js", "")}, "CLK900 has no engine that reads django"},
		{"unknown framework", "{name: Vue, frameworks: [vue], rules: [CLK900], how: x}",
			[]*Rule{rule("CLK900", "js", "")}, `unknown framework "vue"`},
		{"no how", "{name: Go, frameworks: [go], rules: [CLK900]}",
			[]*Rule{rule("CLK900", "go", "")}, `s.yaml:1: field "stacks: how": is required`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pf, err := parseFile("s.yaml", []byte("stacks: ["+c.stacks+"]\nrules: []\n"))
			errs := appendErr(nil, err)
			errs = append(errs, linkStacks(pf.stacks, c.rules)...)
			got := errs.orNil()
			switch {
			case c.want == "" && got != nil:
				t.Fatalf("unexpected error: %v", got)
			case c.want != "" && (got == nil || !strings.Contains(got.Error(), c.want)):
				t.Fatalf("error %v, want it to contain %q", got, c.want)
			}
		})
	}
}

func TestIDRanges(t *testing.T) {
	got := IDRanges([]string{"CLK103", "CLK101", "CLK102", "CLK104", "CLK201", "CLK202", "CLK001", "CLK001", "CLK009", "CLK010", "CLK011", "CLK199", "CLK200"})
	if want := "CLK001, CLK009–CLK011, CLK101–CLK104, CLK199, CLK200–CLK202"; got != want {
		t.Fatalf("IDRanges = %q, want %q", got, want)
	}
}
