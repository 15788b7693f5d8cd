package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

func keyFinding(file string, line int, secret string) rules.Finding {
	return rules.Finding{RuleID: "CLK001", Severity: rules.Error,
		Position: rules.Position{File: file, Line: line, Column: 5, EndLine: line, EndColumn: 5 + len(secret)},
		Message:  "Clerk secret key " + secret + " is committed in source", Secret: secret}
}

func TestBaselineRoundTrip(t *testing.T) {
	set := testRules(t)
	before := &scan.Result{Findings: []rules.Finding{
		keyFinding("src/a.ts", 3, liveSecret),
		keyFinding("src/a.ts", 9, liveSecret), // the same key pasted twice
		at("CLK009", ".env.production", 2),
	}}
	first := Process(before, set, Options{Tool: testTool})
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, first); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), liveSecret[8:len(liveSecret)-4]) {
		t.Fatalf("baseline contains the key:\n%s", buf.String())
	}
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	bl, err := LoadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	if bl.Len() != 3 {
		t.Fatalf("baseline holds %d fingerprints, want 3:\n%s", bl.Len(), buf.String())
	}

	// Code was added above every finding, a third copy of the key and a new
	// key appeared.
	after := &scan.Result{Findings: []rules.Finding{
		keyFinding("src/a.ts", 13, liveSecret),
		keyFinding("src/a.ts", 19, liveSecret),
		keyFinding("src/a.ts", 40, liveSecret),
		keyFinding("src/b.ts", 1, testSecret),
		at("CLK009", ".env.production", 7),
	}}
	second := Process(after, set, Options{Tool: testTool, Baseline: bl})
	got := summarize(second.Findings)
	tail := func(s string) string { return s[len(s)-4:] }
	want := []string{
		"src/a.ts:40 CLK001 Clerk secret key sk_live_…" + tail(liveSecret) + " is committed in source",
		"src/b.ts:1 CLK001 Clerk secret key sk_test_…" + tail(testSecret) + " is committed in source",
	}
	if !slices.Equal(got, want) {
		t.Errorf("after baseline:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if second.Baselined != 3 {
		t.Errorf("Baselined = %d, want 3", second.Baselined)
	}

	// Regenerating with the old baseline loaded keeps the baselined findings
	// and adds the new ones, so a later scan is clean again.
	var regen bytes.Buffer
	if err := WriteBaseline(&regen, second); err != nil {
		t.Fatal(err)
	}
	bl2, err := ParseBaseline("regen.json", regen.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	third := Process(&scan.Result{Findings: []rules.Finding{
		keyFinding("src/a.ts", 13, liveSecret),
		keyFinding("src/a.ts", 40, liveSecret),
		keyFinding("src/b.ts", 1, testSecret),
		at("CLK009", ".env.production", 7),
	}}, set, Options{Tool: testTool, Baseline: bl2})
	if len(third.Findings) != 0 || third.Baselined != 4 || bl2.Len() != 5 {
		t.Errorf("regenerated baseline (%d entries) left %v, baselined %d; want 5 entries, nothing left, 4 baselined",
			bl2.Len(), summarize(third.Findings), third.Baselined)
	}
}

func TestWriteBaselineFormat(t *testing.T) {
	rep := &Report{Findings: []rules.Finding{
		{RuleID: "CLK005", Position: rules.Position{File: "b.ts"}, Fingerprint: "bb:1"},
		{RuleID: "CLK001", Position: rules.Position{File: "b.ts"}, Fingerprint: "aa:1"},
		{RuleID: "CLK001", Position: rules.Position{File: "a.ts"}, Fingerprint: "cc:1"},
	}}
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, rep); err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": "1",
  "fingerprints": [
    {
      "fingerprint": "cc:1",
      "rule": "CLK001",
      "file": "a.ts"
    },
    {
      "fingerprint": "aa:1",
      "rule": "CLK001",
      "file": "b.ts"
    },
    {
      "fingerprint": "bb:1",
      "rule": "CLK005",
      "file": "b.ts"
    }
  ]
}
`
	if buf.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", buf.String(), want)
	}
	var empty bytes.Buffer
	if err := WriteBaseline(&empty, &Report{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(empty.String(), `"fingerprints": []`) {
		t.Errorf("empty baseline = %s, want an empty array", empty.String())
	}
}

func TestLoadBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	for name, tc := range map[string]struct{ data, want string }{
		"syntax":        {"{\n  \"version\": \"1\",\n  \"fingerprints\": [\n    {\"fingerprint\": \"a\",}\n  ]\n}\n", `syntax.json:4:25: invalid character '}'`},
		"unknown-field": {`{"version":"1","fingerprints":[],"extra":true}`, `unknown-field.json: json: unknown field "extra"`},
		"version":       {`{"version":"2","fingerprints":[]}`, `version "2" is not supported`},
		"missing":       {`{"version":"1"}`, `missing "fingerprints" array`},
		"empty-entry":   {`{"version":"1","fingerprints":[{"rule":"CLK001"}]}`, `fingerprints[0]: empty fingerprint`},
		"empty-file":    {``, `empty file`},
		"type":          {`{"version":1,"fingerprints":[]}`, `type.json:1:12: json: cannot unmarshal number`},
		"trailing":      {`{"version":"1","fingerprints":[]} {}`, `unexpected data after the JSON object`},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".json")
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadBaseline(path)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q should name %s and contain %q", err, path, tc.want)
			}
		})
	}
	if _, err := LoadBaseline(filepath.Join(dir, "absent.json")); err == nil || !strings.Contains(err.Error(), "absent.json") {
		t.Errorf("missing file error = %v", err)
	}
}

var fingerprintShape = regexp.MustCompile(`^[0-9a-f]{32}:[1-9][0-9]*$`)

func TestFingerprint(t *testing.T) {
	set := testRules(t)
	fp := func(fs ...rules.Finding) []string {
		rep := Process(&scan.Result{Findings: fs}, set, Options{Tool: testTool})
		var out []string
		for _, f := range rep.Findings {
			if !fingerprintShape.MatchString(f.Fingerprint) {
				t.Errorf("fingerprint %q has the wrong shape", f.Fingerprint)
			}
			out = append(out, f.Fingerprint)
		}
		return out
	}
	base := fp(keyFinding("a.ts", 3, liveSecret))[0]
	if got := fp(keyFinding("a.ts", 300, liveSecret))[0]; got != base {
		t.Errorf("moving the line changed the fingerprint: %s vs %s", got, base)
	}
	if got := fp(keyFinding("b.ts", 3, liveSecret))[0]; got == base {
		t.Errorf("another file has the same fingerprint %s", got)
	}
	if got := fp(keyFinding("a.ts", 3, testSecret))[0]; got == base {
		t.Errorf("another key has the same fingerprint %s", got)
	}
	other := keyFinding("a.ts", 3, liveSecret)
	other.RuleID = "CLK002"
	if got := fp(other)[0]; got == base {
		t.Errorf("another rule has the same fingerprint %s", got)
	}
	// Evidence is the secret, not the message text around it.
	reworded := keyFinding("a.ts", 3, liveSecret)
	reworded.Message = "reworded"
	if got := fp(reworded)[0]; got != base {
		t.Errorf("rewording the message changed a secret's fingerprint")
	}

	// Two identical keys in one file: numbered in line order whatever the input order.
	twice := fp(keyFinding("a.ts", 9, liveSecret), keyFinding("a.ts", 3, liveSecret))
	hash := strings.TrimSuffix(base, ":1")
	if want := []string{hash + ":1", hash + ":2"}; !slices.Equal(twice, want) {
		t.Errorf("duplicates got %v, want %v", twice, want)
	}

	// Without a secret, the construct (then the message) is the evidence, with
	// whitespace collapsed.
	c1 := at("CLK009", ".env", 2)
	c1.Construct = "A=pk_test  B=sk_live"
	c2 := at("CLK009", ".env", 8)
	c2.Construct = "A=pk_test B=sk_live"
	c2.Message = "different words"
	if a, b := fp(c1)[0], fp(c2)[0]; a != b {
		t.Errorf("construct fingerprints differ: %s vs %s", a, b)
	}
}
