package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestBuiltinRulesAreComplete(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(set.All()) == 0 {
		t.Fatal("no built-in rules")
	}
	slugs := map[string]string{}
	for _, r := range set.All() {
		if prev, ok := slugs[r.Slug]; ok {
			t.Errorf("%s and %s share slug %q", prev, r.ID, r.Slug)
		}
		slugs[r.Slug] = r.ID
		if r.Pos.File != "rules/clerk.yaml" || r.Pos.Line == 0 {
			t.Errorf("%s: position not recorded: %v", r.ID, r.Pos)
		}
	}
}

// TestInvalidRuleFiles keeps one fixture per kind of mistake with the exact error
// its first line promises, so messages stay file:line precise.
func TestInvalidRuleFiles(t *testing.T) {
	files, _ := filepath.Glob("../testdata/rules/invalid/*.yaml")
	if len(files) == 0 {
		t.Fatal("no invalid-rule fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(data), "\n")
			want := strings.TrimPrefix(first, "# want: ")
			base, _ := Builtin()
			set, err := base.WithData(filepath.Base(f), data)
			if err == nil {
				// Engine parameters are validated when an engine decodes them.
				var params struct {
					Pattern Regexp `yaml:"pattern"`
				}
				for _, r := range set.All() {
					if r.Pos.File == filepath.Base(f) {
						err = r.DecodeParams(&params)
					}
				}
			}
			if err == nil {
				t.Fatalf("no error, want %q", want)
			}
			if !strings.Contains(err.Error(), want) {
				t.Fatalf("error:\n  %v\nwant it to contain:\n  %s", err, want)
			}
		})
	}
}

func TestUserRulesOverrideAndAdd(t *testing.T) {
	base, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	user := `rules:
  - id: CLK005
    slug: hardcoded-publishable-key
    title: Overridden title
    severity: info
    checklist: review-env-vars
    cwe: CWE-547
    engines: [secrets]
    rationale: r
    fix: f
    examples: {bad: b, good: g}
`
	set, err := base.WithData("user.yaml", []byte(user))
	if err != nil {
		t.Fatal(err)
	}
	r := set.Get("CLK005")
	if r.Title != "Overridden title" || r.Severity != Info || r.Pos.File != "user.yaml" {
		t.Fatalf("override not applied: %+v", r)
	}
	if len(set.All()) != len(base.All()) {
		t.Fatalf("override changed the rule count: %d vs %d", len(set.All()), len(base.All()))
	}
}

func TestDecodeParamsIsStrict(t *testing.T) {
	data := `rules:
  - id: CLK950
    slug: custom-rule
    title: t
    severity: error
    checklist: review-env-vars
    cwe: CWE-798
    engines: [secrets]
    rationale: r
    fix: f
    examples: {bad: b, good: g}
    params:
      keywords: [a]
      entropi: 3
`
	base, _ := Builtin()
	set, err := base.WithData("p.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	var params struct {
		Keywords []string `yaml:"keywords"`
		Entropy  float64  `yaml:"entropy"`
	}
	err = set.Get("CLK950").DecodeParams(&params)
	want := `p.yaml:14: rule CLK950: field "params.entropi": unknown field (known: entropy, keywords)`
	if err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}

func TestConfig(t *testing.T) {
	cfg, err := ParseConfig(".clerklint.yml", []byte(`fail-on: error
disable: [CLK009]
rules:
  CLK005:
    severity: info
    exclude: ["examples/**"]
exclude: ["fixtures/**"]
`))
	if err != nil {
		t.Fatal(err)
	}
	set, _ := Builtin()
	sel, err := Select(set, cfg, nil, []string{"CLK006"})
	if err != nil {
		t.Fatal(err)
	}
	if sel.Set.Get("CLK009") != nil || sel.Set.Get("CLK006") != nil {
		t.Error("disabled rules still selected")
	}
	r := sel.Set.Get("CLK005")
	if r == nil || r.Severity != Info {
		t.Fatalf("CLK005 not re-levelled: %+v", r)
	}
	if set.Get("CLK005").Severity != Warning {
		t.Error("re-levelling mutated the shared rule set")
	}
	for path, want := range map[string]bool{"src/a.ts": true, "examples/a.ts": false, "fixtures/x/a.ts": false} {
		if got := sel.Reports(r, cfg, path); got != want {
			t.Errorf("Reports(%s) = %v, want %v", path, got, want)
		}
	}

	if _, err := Select(set, &Config{}, []string{"CLK999"}, nil); err == nil || !strings.Contains(err.Error(), "CLK999") {
		t.Errorf("unknown id accepted: %v", err)
	}
	for src, want := range map[string]string{
		"fail-on: sometimes\n":            `.clerklint.yml:1: field "fail-on": unknown fail-on "sometimes"`,
		"rules:\n  CLK005:\n    sev: x\n": `.clerklint.yml:3: field "rules.CLK005.sev": unknown field`,
		"exclude: ['[']\n":                `.clerklint.yml:1: field "exclude.0": invalid glob "["`,
	} {
		_, err := ParseConfig(".clerklint.yml", []byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("config %q: got %v, want %s", src, err, want)
		}
	}
}

// TestRuleSource: each rule keeps its entry as written, from its "- id:"
// line to the next entry, for `clerklint rules --yaml`.
func TestRuleSource(t *testing.T) {
	data, err := os.ReadFile("clerk.yaml")
	if err != nil {
		t.Fatal(err)
	}
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	for _, r := range set.All() {
		src := r.Source()
		if !strings.HasPrefix(src, "  - id: "+r.ID+"\n") || !strings.HasSuffix(src, "\n") {
			t.Errorf("%s: source does not start at its entry: %q", r.ID, src[:min(len(src), 40)])
			continue
		}
		if strings.Count(src, "- id: ") != 1 || strings.HasSuffix(src, "\n\n") {
			t.Errorf("%s: source spills over its entry", r.ID)
		}
		if got := strings.Join(lines[r.Pos.Line-1:r.Pos.Line-1+strings.Count(src, "\n")], ""); got != src {
			t.Errorf("%s: source is not the text at %s", r.ID, r.Pos)
		}
		var entry []struct {
			Title string `yaml:"title"`
		}
		err := yaml.Unmarshal([]byte(src), &entry)
		if err != nil && strings.Contains(err.Error(), "unknown anchor") {
			continue // aliases need the anchors of the whole file
		}
		if err != nil || len(entry) != 1 || entry[0].Title != r.Title {
			t.Errorf("%s: source does not parse back to the rule: %v", r.ID, err)
		}
	}
	// A rules file whose last entry ends with comments and blank lines.
	user := "rules:\n  - id: CLK950\n    slug: custom-rule\n    title: t\n    severity: info\n    checklist: review-env-vars\n    cwe: CWE-1\n    engines: [secrets]\n    rationale: r\n    fix: f\n    examples: {bad: b, good: g}\n    # kept: inside the entry\n\n  # dropped: after it\n\n"
	us, err := set.WithData("user.yaml", []byte(user))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := us.Get("CLK950").Source(), user[len("rules:\n"):strings.Index(user, "\n\n")+1]; got != want {
		t.Errorf("user rule source:\n%q\nwant\n%q", got, want)
	}
}

// TestRationaleIsShort keeps each rationale a why people read: framework
// detail goes to the rule's frameworks notes, shown by `clerklint explain`
// for the frameworks a project uses.
func TestRationaleIsShort(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range set.All() {
		if n := len(strings.Fields(r.Rationale)); n > MaxRationaleWords {
			t.Errorf("%s: rationale has %d words, more than %d; move framework detail to frameworks:", r.ID, n, MaxRationaleWords)
		}
		for _, note := range r.Notes() {
			if strings.TrimSpace(note.Text) == "" {
				t.Errorf("%s: empty %s note", r.ID, note.Key)
			}
		}
	}
}

func TestUnion(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	a, err := Select(set, &Config{}, []string{"CLK001", "CLK101"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Select(set, &Config{}, []string{"CLK101", "CLK301"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	u := Union(a.Set, nil, b.Set)
	var ids []string
	for _, r := range u.All() {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "CLK001,CLK101,CLK301" || u.Get("CLK101") != a.Set.Get("CLK101") {
		t.Errorf("Union = %v, want the first set's CLK101", ids)
	}
	if Union(nil, a.Set) != a.Set || Union() != nil {
		t.Error("Union of one set is that set, of none nil")
	}
}
