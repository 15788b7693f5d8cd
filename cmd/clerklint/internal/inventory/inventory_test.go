package inventory

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenCases are every registered format, plus colour text.
func goldenCases() map[string]Options {
	cases := map[string]Options{"text-color": {Color: true}}
	for _, n := range Names() {
		cases[n] = Options{}
	}
	return cases
}

func render(t *testing.T, inv *Inventory, name string, opts Options) []byte {
	t.Helper()
	f, err := Lookup(strings.TrimSuffix(name, "-color"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Format(&buf, inv, opts); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for name, opts := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			got := render(t, build(t, sharedResult()), name, opts)
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

// TestFindingsAttach checks which endpoint each finding of the fixture lies
// on: the registration line, a line inside the handler, not past HandlerEnd,
// nothing for suppressed findings, and the rest counted as unattached.
func TestFindingsAttach(t *testing.T) {
	inv := build(t, sharedResult())
	got := map[string][]string{}
	for _, e := range inv.Endpoints {
		got[e.String()] = e.Findings
	}
	want := map[string][]string{
		"POST /api/orders":    {"CLK101"},
		"POST /admin/reindex": {"CLK101"},
		"/dashboard":          {"CLK101"},
		"DELETE /api/admin/organizations/[orgId]/members/[userId]": {"CLK201", "CLK202"},
		"GET /api/profile": {"CLK102"}, // not the suppressed CLK101 on line 5
		"GET|POST /api/debug/sk_test_…" + pathSecret[len(pathSecret)-4:]: {"CLK008"},
	}
	for name, ids := range got {
		if !slices.Equal(ids, want[name]) {
			t.Errorf("%s: findings %v, want %v", name, ids, want[name])
		}
	}
	if inv.Unattached != 1 {
		t.Errorf("unattached = %d, want 1 (the CLK005 in src/lib/clerk.ts)", inv.Unattached)
	}

	// Boundaries of Contains, on a small result of its own.
	ep := endpoint.Endpoint{
		Framework: "chi", Kind: endpoint.Route, URL: "/a",
		Registration: pos("main.go", 10), Handler: pos("h.go", 20), HandlerEnd: 30,
		Protection: endpoint.Protection{State: endpoint.Protected},
	}
	other := ep
	other.URL, other.Registration = "/b", pos("main.go", 11)
	res := &scan.Result{
		Endpoints: []endpoint.Endpoint{ep, other},
		Findings: []rules.Finding{
			{RuleID: "CLK201", Severity: rules.Warning, Position: rules.Position{File: "main.go", Line: 10}, Message: "on /a's registration"},
			{RuleID: "CLK202", Severity: rules.Warning, Position: rules.Position{File: "h.go", Line: 30}, Message: "last handler line: both"},
			{RuleID: "CLK102", Severity: rules.Error, Position: rules.Position{File: "h.go", Line: 31}, Message: "past the handler"},
			{RuleID: "CLK104", Severity: rules.Error, Position: rules.Position{File: "main.go", Line: 12}, Message: "no endpoint"},
		},
	}
	inv = build(t, res)
	got = map[string][]string{}
	for _, e := range inv.Endpoints {
		got[e.URL] = e.Findings
	}
	if !slices.Equal(got["/a"], []string{"CLK201", "CLK202"}) || !slices.Equal(got["/b"], []string{"CLK202"}) || inv.Unattached != 2 {
		t.Errorf("findings /a %v, /b %v, unattached %d; want [CLK201 CLK202], [CLK202], 2", got["/a"], got["/b"], inv.Unattached)
	}
	if e := inv.Endpoints[0]; e.URL != "/a" || e.Exposure != Unauthorized || len(e.Details) != 2 || e.Details[1].Message != "on /a's registration" {
		t.Errorf("first endpoint = %s %s %+v; want /a, unauthorized, with its two findings in report order", e.URL, e.Exposure, e.Details)
	}
}

// TestOrder checks the exposure order of the fixture and that shuffling the
// producers' endpoints and findings changes no output.
func TestOrder(t *testing.T) {
	inv := build(t, sharedResult())
	var got []string
	for _, e := range inv.Endpoints {
		got = append(got, string(e.Exposure)+" "+e.Registration.String())
	}
	want := []string{
		"exposed app/api/orders/route.ts:4",
		"exposed app/dashboard/page.tsx:1",
		"exposed cmd/api/main.go:22",
		"unauthorized app/api/admin/organizations/[orgId]/members/[userId]/route.ts:6",
		"reads-only app/api/profile/route.ts:3",
		"unknown internal/router/router.go:55",
		"public app/api/webhooks/clerk/route.ts:5",
		"public cmd/api/main.go:20",
		"protected app/api/debug/sk_test_…" + pathSecret[len(pathSecret)-4:] + "/route.ts:2",
		"protected app/billing/actions.ts:10",
		"protected cmd/api/main.go:30",
		"test-only internal/router/testrouter.go:12",
	}
	if !slices.Equal(got, want) {
		t.Errorf("order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	rng := rand.New(rand.NewPCG(1, 2))
	for name, opts := range goldenCases() {
		base := render(t, build(t, sharedResult()), name, opts)
		for range 5 {
			res := sharedResult()
			rng.Shuffle(len(res.Endpoints), func(i, j int) { res.Endpoints[i], res.Endpoints[j] = res.Endpoints[j], res.Endpoints[i] })
			rng.Shuffle(len(res.Findings), func(i, j int) { res.Findings[i], res.Findings[j] = res.Findings[j], res.Findings[i] })
			if out := render(t, build(t, res), name, opts); !bytes.Equal(out, base) {
				t.Fatalf("%s: output depends on the order of the scan result:\n%s\nvs\n%s", name, out, base)
			}
		}
	}
}

// plantEverywhere sets every exported string reachable from v to key, giving
// nil slices one element and nil pointers a value, so fields added to the
// endpoint model later are covered too.
func plantEverywhere(v reflect.Value, key string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(key)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				plantEverywhere(v.Field(i), key)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		plantEverywhere(v.Index(0), key)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		plantEverywhere(v.Elem(), key)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		plantEverywhere(k, key)
		plantEverywhere(e, key)
		m.SetMapIndex(k, e)
		v.Set(m)
	}
}

// TestNoKeyInAnyFormat renders the fixture, plus an endpoint whose every
// string (file names, URL, evidence, effect targets) is a key, in every
// format and looks for the raw keys and their hidden middles.
func TestNoKeyInAnyFormat(t *testing.T) {
	res := sharedResult()
	var planted endpoint.Endpoint
	plantEverywhere(reflect.ValueOf(&planted).Elem(), liveSecret)
	planted.Protection.State, planted.Kind = endpoint.Unprotected, endpoint.Route
	res.Endpoints = append(res.Endpoints, planted)
	res.Findings = append(res.Findings, rules.Finding{
		RuleID: "CLK101", Severity: rules.Error, Position: rules.Position{File: liveSecret, Line: planted.Registration.Line},
		Message: "on " + liveSecret,
	})
	res.Errors = append(res.Errors, scan.FileError{Path: "dir/" + pathSecret + ".ts", Message: "unreadable: " + liveSecret})
	before := sharedResult().Endpoints[10].Protection.By[0].What

	inv := build(t, res)
	cases := goldenCases()
	// Wrapped cells could split a key across lines and hide it from Contains.
	cases["text-wide"] = Options{Width: 1 << 16}
	for name, opts := range cases {
		out := string(render(t, inv, strings.TrimSuffix(name, "-wide"), opts))
		for _, key := range []string{liveSecret, pathSecret} {
			if strings.Contains(out, key) {
				t.Errorf("%s output contains the raw key %s…", name, key[:8])
			}
			if hidden := key[8 : len(key)-4]; strings.Contains(out, hidden) {
				t.Errorf("%s output contains the hidden part of %s…", name, key[:8])
			}
		}
		if !strings.Contains(out, "sk_live_…"+liveSecret[len(liveSecret)-4:]) {
			t.Errorf("%s output lacks the redacted form of the key", name)
		}
	}
	// Build redacts copies: the scan result keeps its evidence.
	if got := res.Endpoints[10].Protection.By[0].What; got != before {
		t.Errorf("Build rewrote the scan result: %q", got)
	}
	if res.Endpoints[len(res.Endpoints)-1].Protection.Gap.What != liveSecret {
		t.Errorf("Build rewrote a pointer of the scan result")
	}
}

// TestTextFitsWidth: every table line fits the width, items wrap rather than
// being cut, and a narrow width still yields a table.
func TestTextFitsWidth(t *testing.T) {
	inv := build(t, sharedResult())
	for _, width := range []int{0, 100, 160} {
		out := string(render(t, inv, "text", Options{Width: width}))
		table, _, _ := strings.Cut(out, "\nFindings on endpoints:")
		limit := width
		if limit == 0 {
			limit = DefaultWidth
		}
		for _, line := range strings.Split(table, "\n") {
			if n := utf8.RuneCountInString(line); n > limit {
				t.Errorf("width %d: line of %d columns: %q", width, n, line)
			}
		}
		if !strings.HasPrefix(out, "METHOD") || !strings.Contains(table, "CLK202") {
			t.Errorf("width %d: unexpected table:\n%s", width, table)
		}
	}
}

// TestTextLongInventory: past maxSearchRows the widths are levelled instead
// of searched, and still fit.
func TestTextLongInventory(t *testing.T) {
	res := &scan.Result{}
	for i := range maxSearchRows + 50 {
		for _, e := range sharedEndpoints() {
			e.Registration.Line += 1000 * i
			res.Endpoints = append(res.Endpoints, e)
		}
	}
	out := string(render(t, build(t, res), "text", Options{}))
	for _, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > DefaultWidth {
			t.Fatalf("line of %d columns: %q", n, line)
		}
	}
}

func TestTextEscapesControlCharacters(t *testing.T) {
	res := &scan.Result{Endpoints: []endpoint.Endpoint{{
		Framework: "chi", Kind: endpoint.Route, URL: "/x\x1b]0;pwned\a",
		Registration: pos("evil\x1b[2J.go", 1),
		Protection:   endpoint.Protection{State: endpoint.Protected},
	}}}
	for name := range goldenCases() {
		if out := render(t, build(t, res), name, Options{}); bytes.ContainsAny(out, "\x1b\a") && name != "text-color" {
			t.Errorf("%s passes control characters through: %q", name, out)
		}
	}
}

func TestMarkdownEscapesCells(t *testing.T) {
	res := &scan.Result{Endpoints: []endpoint.Endpoint{{
		Framework: "chi", Kind: endpoint.Route, URL: "/a|b",
		Registration: pos("main.go", 1),
		Protection: endpoint.Protection{State: endpoint.Protected, By: []endpoint.Evidence{
			{Kind: endpoint.RouteMiddleware, What: "auth|<script>x</script>\n| injected |", At: pos("main.go", 1)},
		}},
	}}}
	out := string(render(t, build(t, res), "markdown", Options{}))
	rows := 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "| ANY") {
			continue
		}
		rows++
		cells := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|")
		if cells != 9 {
			t.Errorf("row has %d cell separators, want 9: %s", cells, line)
		}
		if strings.Contains(line, "<script>") && !strings.Contains(line, "`auth\\|<script>") {
			t.Errorf("row passes HTML through outside a code span: %s", line)
		}
	}
	if rows != 1 {
		t.Errorf("want one endpoint row in one line:\n%s", out)
	}
}

func TestJSONShape(t *testing.T) {
	out := render(t, build(t, &scan.Result{}), "json", Options{})
	want := "{\n  \"version\": \"1\",\n  \"tool\": {\n    \"name\": \"clerklint\",\n    \"version\": \"v0.0.0-test\"\n  },\n  \"endpoints\": [],\n  \"unattachedFindings\": 0,\n  \"errors\": []\n}\n"
	if string(out) != want {
		t.Errorf("empty inventory:\n%s\nwant:\n%s", out, want)
	}
	var doc struct {
		Endpoints []map[string]any `json:"endpoints"`
	}
	if err := json.Unmarshal(render(t, build(t, sharedResult()), "json", Options{}), &doc); err != nil {
		t.Fatal(err)
	}
	first := doc.Endpoints[0]
	for _, k := range []string{"framework", "kind", "url", "registration", "handler", "protection", "effectsKnown", "findings", "exposure", "reason", "findingDetails"} {
		if _, ok := first[k]; !ok {
			t.Errorf("first endpoint lacks %q: %v", k, first)
		}
	}
	details := first["findingDetails"].([]any)[0].(map[string]any)
	if details["rule"] != "CLK101" || details["severity"] != "error" || details["fingerprint"] == "" || details["message"] == "" {
		t.Errorf("finding details = %v", details)
	}
}

func TestLookup(t *testing.T) {
	if got := Names(); !slices.Equal(got, []string{"json", "markdown", "text"}) {
		t.Errorf("Names() = %v", got)
	}
	for _, n := range Names() {
		if f, err := Lookup(n); err != nil || f.Description() == "" {
			t.Errorf("Lookup(%q) = %v, %v", n, f, err)
		}
	}
	if _, err := Lookup("sarif"); err == nil || err.Error() != `unknown format "sarif" (want one of json, markdown, text)` {
		t.Errorf("Lookup(sarif) error = %v", err)
	}
}

func TestEmptyInventory(t *testing.T) {
	inv := build(t, &scan.Result{Errors: []scan.FileError{{Path: "go.mod", Message: "module does not load"}}})
	if got := string(render(t, inv, "text", Options{})); got != "no endpoints found; 1 file could not be analysed\n" {
		t.Errorf("empty text = %q", got)
	}
}
