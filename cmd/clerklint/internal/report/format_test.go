package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/xeipuuv/gojsonschema"

	"github.com/clerklint/clerklint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenCases are every registered format, plus colour text.
func goldenCases() map[string]FormatOptions {
	cases := map[string]FormatOptions{"text-color": {Color: true}}
	for _, n := range Names() {
		cases[n] = FormatOptions{}
	}
	return cases
}

func render(t *testing.T, rep *Report, name string, opts FormatOptions) []byte {
	t.Helper()
	f, err := Lookup(strings.TrimSuffix(name, "-color"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Format(&buf, rep, opts); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for name, opts := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			got := render(t, sharedReport(t), name, opts)
			path := filepath.Join("testdata", "golden", name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s output differs from %s (run go test -update if intended)\n--- got\n%s\n--- want\n%s", name, path, got, want)
			}
		})
	}
}

// TestNoSecretInAnyFormat renders the shared fixture in every format and looks
// for the raw keys and for their hidden middle parts, which a redactor that
// shows "too much" would leak.
func TestNoSecretInAnyFormat(t *testing.T) {
	rep := sharedReport(t)
	for _, f := range rep.Findings {
		if f.Secret != "" {
			t.Errorf("%s %s:%d: Secret not cleared by Process", f.RuleID, f.File, f.Line)
		}
	}
	for name, opts := range goldenCases() {
		out := string(render(t, rep, name, opts))
		for _, secret := range []string{liveSecret, testSecret, publishable} {
			if strings.Contains(out, secret) {
				t.Errorf("%s output contains the raw key %s", name, secret[:8])
			}
			hidden := secret[8 : len(secret)-4]
			if strings.Contains(out, hidden) {
				t.Errorf("%s output contains the hidden part of %s…", name, secret[:8])
			}
		}
		if !strings.Contains(out, "sk_live_…"+liveSecret[len(liveSecret)-4:]) {
			t.Errorf("%s output lacks the redacted form of the live key", name)
		}
	}
}

func TestLookup(t *testing.T) {
	names := Names()
	if want := []string{"github", "json", "sarif", "text"}; !slices.Equal(names, want) {
		t.Errorf("Names() = %v, want %v", names, want)
	}
	for _, n := range names {
		f, err := Lookup(n)
		if err != nil || f == nil || f.Description() == "" {
			t.Errorf("Lookup(%q) = %v, %v; want a described formatter", n, f, err)
		}
	}
	_, err := Lookup("xml")
	if err == nil || err.Error() != `unknown format "xml" (want one of github, json, sarif, text)` {
		t.Errorf("Lookup(xml) error = %v", err)
	}
}

func TestTextSummary(t *testing.T) {
	rep := sharedReport(t)
	out := strings.TrimRight(string(render(t, rep, "text", FormatOptions{})), "\n")
	lines := strings.Split(out, "\n")
	want := "5 findings (2 error, 2 warning, 1 info) in 4 files, 1 suppressed inline; 2 files not analysed; 1 file skipped"
	if last := lines[len(lines)-1]; last != want {
		t.Errorf("last line = %q, want %q", last, want)
	}

	empty := Process(nil, testRules(t), Options{Tool: testTool})
	if got := string(render(t, empty, "text", FormatOptions{})); got != "no findings\n" {
		t.Errorf("empty text output = %q, want \"no findings\\n\"", got)
	}
}

func TestTextEscapesControlCharacters(t *testing.T) {
	rep := &Report{Tool: testTool, Findings: []rules.Finding{{
		RuleID: "CLK005", Severity: rules.Warning,
		Position: rules.Position{File: "evil\x1b]0;pwned\a.ts", Line: 1, Column: 1},
		Message:  "key\x1b[2J here",
	}}}
	out := string(render(t, rep, "text", FormatOptions{}))
	if strings.ContainsAny(out, "\x1b\a") {
		t.Errorf("text output passes control characters through: %q", out)
	}
	if !strings.Contains(out, `evil\x1b]0;pwned\a.ts:1:1: CLK005 warning: key\x1b[2J here`) {
		t.Errorf("unexpected escaping: %q", out)
	}
}

func TestJSONEmptyArrays(t *testing.T) {
	rep := Process(nil, nil, Options{Tool: testTool})
	out := string(render(t, rep, "json", FormatOptions{}))
	want := "{\n  \"version\": \"1\",\n  \"tool\": {\n    \"name\": \"clerklint\",\n    \"version\": \"v0.0.0-test\"\n  },\n  \"findings\": [],\n  \"errors\": []\n}\n"
	if out != want {
		t.Errorf("empty JSON report:\n%s\nwant:\n%s", out, want)
	}
}

func TestJSONFields(t *testing.T) {
	var doc struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal(render(t, sharedReport(t), "json", FormatOptions{}), &doc); err != nil {
		t.Fatal(err)
	}
	want := []string{"checklist", "column", "end_column", "end_line", "file", "fingerprint", "line", "message", "rule", "severity", "slug"}
	for _, f := range doc.Findings {
		var keys []string
		for k := range f {
			if k != "related" {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		if !slices.Equal(keys, want) {
			t.Errorf("finding %v has fields %v, want %v", f["rule"], keys, want)
		}
	}
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	for name, rep := range map[string]*Report{
		"shared": sharedReport(t),
		"empty":  Process(nil, testRules(t), Options{Tool: testTool}),
	} {
		t.Run(name, func(t *testing.T) {
			out := render(t, rep, "sarif", FormatOptions{})
			// Every property we write is one the SARIF object model knows.
			dec := json.NewDecoder(bytes.NewReader(out))
			dec.DisallowUnknownFields()
			var strict sarif.Report
			if err := dec.Decode(&strict); err != nil {
				t.Fatalf("SARIF has a property the 2.1.0 object model lacks: %v", err)
			}
			res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(sarifSchema(t)), gojsonschema.NewBytesLoader(out))
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range res.Errors() {
				t.Errorf("SARIF does not validate: %s", e)
			}
			if !strings.Contains(string(out), `"results": [`) {
				t.Errorf("SARIF lacks a results array (GitHub requires the key)")
			}
			checkSARIFShape(t, out)
		})
	}
}

// sarifSchema is the SARIF 2.1.0 JSON schema that go-sarif embeds (the OASIS
// text, unexported there), read from its source in the module cache so this
// repository does not carry a 100 KB copy.
func sarifSchema(t *testing.T) string {
	t.Helper()
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3").Output()
	if err != nil {
		t.Fatalf("locate go-sarif: %v", err)
	}
	file := filepath.Join(strings.TrimSpace(string(dir)), "pkg", "report", "v210", "sarif", "schema.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			vs, ok := spec.(*ast.ValueSpec)
			if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "schema" || len(vs.Values) != 1 {
				continue
			}
			if lit, ok := vs.Values[0].(*ast.BasicLit); ok {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					return s
				}
			}
		}
	}
	t.Fatalf("%s: no schema constant", file)
	return ""
}

// checkSARIFShape walks the raw JSON: the properties GitHub code scanning needs
// are present, no number anywhere is negative, no line or column is 0, nothing
// is an empty filler array, and results carry no rule documentation (it lives
// once in tool.driver.rules).
func checkSARIFShape(t *testing.T, out []byte) {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case float64:
			if v < 0 {
				t.Errorf("%s = %v: negative number", path, v)
			}
			key := path[strings.LastIndex(path, ".")+1:]
			if v == 0 && (strings.HasSuffix(key, "Line") || strings.HasSuffix(key, "Column")) {
				t.Errorf("%s = 0: lines and columns are 1-based", path)
			}
		case []any:
			if len(v) == 0 && !strings.HasSuffix(path, ".results") && !strings.HasSuffix(path, ".rules") {
				t.Errorf("%s is an empty array", path)
			}
			for i, e := range v {
				walk(fmt.Sprintf("%s[%d]", path, i), e)
			}
		case map[string]any:
			for k, e := range v {
				walk(path+"."+k, e)
			}
		}
	}
	walk("$", doc)

	str := func(v any, path ...string) string {
		for _, p := range path {
			m, _ := v.(map[string]any)
			v = m[p]
		}
		s, _ := v.(string)
		return s
	}
	if str(doc, "$schema") == "" || str(doc, "version") != "2.1.0" {
		t.Errorf("log lacks $schema or version 2.1.0")
	}
	runs, _ := doc["runs"].([]any)
	if len(runs) != 1 {
		t.Fatalf("want one run, got %d", len(runs))
	}
	run := runs[0].(map[string]any)
	driver, _ := run["tool"].(map[string]any)["driver"].(map[string]any)
	if str(driver, "name") == "" || str(driver, "version") == "" {
		t.Errorf("tool.driver lacks name or version: %v", driver)
	}
	ruleList, _ := driver["rules"].([]any)
	for i, r := range ruleList {
		for _, p := range [][]string{{"id"}, {"shortDescription", "text"}, {"fullDescription", "text"}, {"help", "text"}, {"defaultConfiguration", "level"}} {
			if str(r, p...) == "" {
				t.Errorf("rules[%d] lacks %s", i, strings.Join(p, "."))
			}
		}
	}
	results, ok := run["results"].([]any)
	if !ok {
		t.Fatalf("run lacks results")
	}
	for i, r := range results {
		res := r.(map[string]any)
		idx, ok := res["ruleIndex"].(float64)
		if !ok || int(idx) >= len(ruleList) || str(ruleList[int(idx)], "id") != str(res, "ruleId") {
			t.Errorf("results[%d]: ruleIndex %v does not point at rule %s", i, res["ruleIndex"], str(res, "ruleId"))
		}
		if str(res, "message", "text") == "" || str(res, "level") == "" {
			t.Errorf("results[%d] lacks message.text or level", i)
		}
		for _, k := range []string{"help", "fullDescription", "shortDescription", "rule"} {
			if _, ok := res[k]; ok {
				t.Errorf("results[%d] repeats %s; rules are referenced by ruleId/ruleIndex", i, k)
			}
		}
		if fp, _ := res["partialFingerprints"].(map[string]any); str(fp, FingerprintKey) == "" {
			t.Errorf("results[%d] lacks partialFingerprints.%s", i, FingerprintKey)
		}
		locs, _ := res["locations"].([]any)
		for j, l := range locs {
			if str(l, "physicalLocation", "artifactLocation", "uri") == "" {
				t.Errorf("results[%d].locations[%d] lacks a uri", i, j)
			}
		}
	}
}

// TestSARIFRegions feeds positions with unknown or inconsistent parts: each
// unknown part is left out, never written as 0 or -1.
func TestSARIFRegions(t *testing.T) {
	for _, tc := range []struct {
		in   rules.Position
		want string
	}{
		{rules.Position{File: "a.ts"}, `{"physicalLocation":{"artifactLocation":{"uri":"a.ts"}}}`},
		{rules.Position{File: "a.ts", Line: -1, Column: -1}, `{"physicalLocation":{"artifactLocation":{"uri":"a.ts"}}}`},
		{rules.Position{File: "a.ts", Line: 3}, `{"physicalLocation":{"artifactLocation":{"uri":"a.ts"},"region":{"startLine":3}}}`},
		{rules.Position{File: "a.ts", Line: 3, Column: -1, EndLine: -1, EndColumn: -1}, `{"physicalLocation":{"artifactLocation":{"uri":"a.ts"},"region":{"startLine":3}}}`},
		{rules.Position{File: "a.ts", Line: 3, Column: 5, EndLine: 3, EndColumn: 9}, `{"physicalLocation":{"artifactLocation":{"uri":"a.ts"},"region":{"startLine":3,"startColumn":5,"endLine":3,"endColumn":9}}}`},
		{rules.Position{File: "a.ts", Line: 3, Column: 5, EndLine: 2, EndColumn: 2}, `{"physicalLocation":{"artifactLocation":{"uri":"a.ts"},"region":{"startLine":3,"startColumn":5}}}`},
		{rules.Position{File: "a.ts", Line: 3, Column: 5, EndLine: 4, EndColumn: 2}, `{"physicalLocation":{"artifactLocation":{"uri":"a.ts"},"region":{"startLine":3,"startColumn":5,"endLine":4,"endColumn":2}}}`},
		{rules.Position{Line: 3}, `null`},
	} {
		got, err := json.Marshal(sarifLocation(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tc.want {
			t.Errorf("%+v:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestSARIFContent checks what GitHub code scanning reads, beyond schema validity.
func TestSARIFContent(t *testing.T) {
	out := render(t, sharedReport(t), "sarif", FormatOptions{})
	log, err := sarif.FromBytes(out)
	if err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if d := run.Tool.Driver; *d.Name != "clerklint" || *d.Version != "v0.0.0-test" || *d.SemanticVersion != "0.0.0-test" || *d.InformationURI == "" {
		t.Errorf("driver = %s %s %s %s", *d.Name, *d.Version, *d.SemanticVersion, *d.InformationURI)
	}
	wantLevel := map[string]string{"CLK000": "warning", "CLK001": "error", "CLK002": "error", "CLK005": "warning", "CLK009": "note"}
	wantScore := map[string]string{"CLK000": "5.0", "CLK001": "8.0", "CLK002": "8.0", "CLK005": "5.0", "CLK009": "2.0"}
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		id := *r.ID
		ids = append(ids, id)
		if r.Help == nil || r.Help.Text == nil || r.Help.Markdown == nil || *r.Help.Text == *r.Help.Markdown {
			t.Errorf("%s: want distinct help text and markdown", id)
		}
		if r.ShortDescription == nil || r.FullDescription == nil || *r.Name == "" {
			t.Errorf("%s: missing name or descriptions", id)
		}
		if got := r.DefaultConfiguration.Level; got != wantLevel[id] {
			t.Errorf("%s: default level %q, want %q", id, got, wantLevel[id])
		}
		if got, _ := r.Properties.Properties["security-severity"].(string); got != wantScore[id] {
			t.Errorf("%s: security-severity %v, want string %q", id, r.Properties.Properties["security-severity"], wantScore[id])
		}
		if !slices.Contains(r.Properties.Tags, "security") {
			t.Errorf("%s: tags %v lack security", id, r.Properties.Tags)
		}
	}
	if want := []string{"CLK000", "CLK001", "CLK002", "CLK005", "CLK009"}; !slices.Equal(ids, want) {
		t.Errorf("rules = %v, want %v", ids, want)
	}
	if tags := run.Tool.Driver.Rules[1].Properties.Tags; !slices.Contains(tags, "external/cwe/cwe-798") {
		t.Errorf("CLK001 tags %v lack the CWE tag", tags)
	}

	for _, res := range run.Results {
		if *run.Tool.Driver.Rules[res.RuleIndex].ID != *res.RuleID {
			t.Errorf("result %s has ruleIndex %d pointing at another rule", *res.RuleID, res.RuleIndex)
		}
		if _, ok := res.PartialFingerprints["primaryLocationLineHash"]; ok {
			t.Errorf("result %s sets primaryLocationLineHash; GitHub's action computes it", *res.RuleID)
		}
		if res.PartialFingerprints[FingerprintKey] == "" {
			t.Errorf("result %s lacks the %s fingerprint", *res.RuleID, FingerprintKey)
		}
	}
	// The bundle finding: exclusive end column, encoded brackets, related message.
	var bundle *sarif.Result
	for _, res := range run.Results {
		if *res.RuleID == "CLK002" {
			bundle = res
		}
	}
	reg := bundle.Locations[0].PhysicalLocation.Region
	if *reg.StartColumn != 1045 || *reg.EndColumn != 1045+len(testSecret) {
		t.Errorf("CLK002 region columns %d-%d, want 1045-%d", *reg.StartColumn, *reg.EndColumn, 1045+len(testSecret))
	}
	rel := bundle.RelatedLocations[0]
	if uri := *rel.PhysicalLocation.ArtifactLocation.URI; uri != "app/users/%5Bid%5D/page.tsx" {
		t.Errorf("related uri = %q", uri)
	}
	if msg := *rel.Message.Text; msg != `original source: const key = "sk_test_…`+testSecret[len(testSecret)-4:]+`"` {
		t.Errorf("related message = %q", msg)
	}
	// Skipped files are notifications (a benign one a note); the engine crash
	// marks the run failed.
	inv := run.Invocations[0]
	if n := inv.ToolExecutionNotifications; *inv.ExecutionSuccessful || len(n) != 3 || n[0].Level != "note" || n[1].Level != "warning" || n[2].Level != "error" {
		t.Errorf("invocation: successful=%v notifications=%d", *inv.ExecutionSuccessful, len(inv.ToolExecutionNotifications))
	}
}

func TestURIPath(t *testing.T) {
	for in, want := range map[string]string{
		"src/app/page.tsx":               "src/app/page.tsx",
		"app/(auth)/sign-in/[[...x]].ts": "app/(auth)/sign-in/%5B%5B...x%5D%5D.ts",
		"docs/my notes#1?.md":            "docs/my%20notes%231%3F.md",
		"c:weird/100%.ts":                "c%3Aweird/100%25.ts",
		"src/café.ts":                    "src/caf%C3%A9.ts",
	} {
		if got := uriPath(in); got != want {
			t.Errorf("uriPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	rep := &Report{Tool: testTool, Rules: testRules(t), Findings: []rules.Finding{{
		RuleID: "CLK001", Severity: rules.Error,
		Position: rules.Position{File: "odd,dir/a:b.ts", Line: 3, Column: 2, EndLine: 5, EndColumn: 9},
		Message:  "100% bad\r\nsecond line",
	}}}
	got := string(render(t, rep, "github", FormatOptions{}))
	// Multi-line span: no col/endColumn, which the runner rejects across lines.
	want := "::error file=odd%2Cdir/a%3Ab.ts,line=3,endLine=5,title=CLK001 Clerk secret key committed in source::100%25 bad%0D%0Asecond line\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestSARIFHelpHasFrameworkNotes: SARIF has no project to choose notes for,
// so a rule's help carries all of them after the rationale.
func TestSARIFHelpHasFrameworkNotes(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r := set.Get("CLK701")
	if len(r.Notes()) < 2 {
		t.Fatal("CLK701 lost its framework notes; pick another rule")
	}
	text, md := helpText(r), helpMarkdown(r)
	for _, n := range r.Notes() {
		first := strings.Fields(n.Text)[0]
		if !strings.Contains(text, "In "+n.Name+": "+first) || !strings.Contains(md, "**In "+n.Name+":** "+first) {
			t.Errorf("help of %s lacks its %s note", r.ID, n.Key)
		}
	}
}
