package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
)

// fakeEndpoints stands in for the js engine: a producer of endpoints (as the
// Next.js and Go route models will be) that also reports findings on them,
// only for rules it was given, as real engines do.
type fakeEndpoints struct {
	rules     map[string]bool
	endpoints []endpoint.Endpoint
	findings  map[string][]rules.Finding // by file
}

func (s *fakeEndpoints) Wants(_ *scan.Project, f *scan.File) bool {
	return s.findings[f.Path] != nil || f.Path == "crash.ts"
}

func (s *fakeEndpoints) Check(_ *scan.Project, f *scan.File, _ []byte, emit func(rules.Finding)) {
	if f.Path == "crash.ts" {
		panic("fake engine crash")
	}
	for _, fd := range s.findings[f.Path] {
		if s.rules[fd.RuleID] {
			emit(fd)
		}
	}
}

func (s *fakeEndpoints) Endpoints(*scan.Project) []endpoint.Endpoint {
	return slices.Clone(s.endpoints)
}

// endpointsProject writes a small Next.js-shaped tree whose second route
// lives in a directory named by a fake key, and returns its root, the key and
// the engines with the fake producer in place of the js engine.
func endpointsProject(t *testing.T) (string, string, []scan.Engine) {
	t.Helper()
	key := "sk_" + "live_" + scantest.FakeBody("sk_live_", "inventory", 42)
	root := t.TempDir()
	orders := "app/api/orders/route.ts"
	keyed := "app/api/" + key + "/route.ts"
	for _, f := range []string{orders, keyed, "package.json"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		src := "export async function POST(req) {\n  const body = await req.json();\n  await db.order.create(body);\n}\n"
		if f == "package.json" {
			src = `{"dependencies": {"@clerk/nextjs": "^6.0.0"}}` + "\n"
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	eps := []endpoint.Endpoint{
		{
			Framework: "next-app", Kind: endpoint.Route, Methods: []string{"GET"}, URL: "/api/" + key,
			Registration: endpoint.Pos{File: keyed, Line: 1}, Handler: endpoint.Pos{File: keyed, Line: 1}, HandlerEnd: 4,
			Protection: endpoint.Protection{State: endpoint.Protected, By: []endpoint.Evidence{
				{Kind: endpoint.HandlerCheck, What: "verifyToken(t, {secretKey: '" + key + "'})", At: endpoint.Pos{File: keyed, Line: 2}},
			}},
			EffectsKnown: true,
		},
		{
			Framework: "next-app", Kind: endpoint.Route, Methods: []string{"POST"}, URL: "/api/orders",
			Registration: endpoint.Pos{File: orders, Line: 1}, Handler: endpoint.Pos{File: orders, Line: 1}, HandlerEnd: 4,
			Protection:   endpoint.Protection{State: endpoint.Unprotected},
			Inputs:       []endpoint.Input{{Kind: endpoint.Body, At: endpoint.Pos{File: orders, Line: 2}}},
			Effects:      []endpoint.Effect{{Kind: endpoint.DBWrite, Target: "db.order.create", At: endpoint.Pos{File: orders, Line: 3}}},
			EffectsKnown: true,
		},
	}
	findings := map[string][]rules.Finding{
		orders: {{RuleID: "CLK101", Position: rules.Position{Line: 1, Column: 23}, Message: "route handler POST /api/orders is not protected"}},
		keyed:  {{RuleID: "CLK008", Position: rules.Position{Line: 2, Column: 5}, Message: "secret " + key + " reaches a response", Secret: key}},
	}
	var engs []scan.Engine
	for _, e := range engines.All() {
		if e.Name == "js" {
			e.New = func(rs []*rules.Rule, _ scan.Options) (scan.Checker, error) {
				ids := map[string]bool{}
				for _, r := range rs {
					ids[r.ID] = true
				}
				return &fakeEndpoints{rules: ids, endpoints: eps, findings: findings}, nil
			}
		}
		engs = append(engs, e)
	}
	return root, key, engs
}

type endpointsDoc struct {
	Tool      struct{ Name string }
	Endpoints []struct {
		URL            string            `json:"url"`
		Exposure       string            `json:"exposure"`
		Findings       []string          `json:"findings"`
		Registration   endpoint.Pos      `json:"registration"`
		FindingDetails []json.RawMessage `json:"findingDetails"`
	} `json:"endpoints"`
	Errors []struct{ Path string } `json:"errors"`
}

func runEndpoints(t *testing.T, engs []scan.Engine, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runWith(context.Background(), func() []scan.Engine { return engs }, append([]string{"endpoints"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func endpointsJSON(t *testing.T, engs []scan.Engine, args ...string) endpointsDoc {
	t.Helper()
	code, out, stderr := runEndpoints(t, engs, append([]string{"--format", "json"}, args...)...)
	if code != exitClean {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc endpointsDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	return doc
}

func TestEndpointsCommand(t *testing.T) {
	root, key, engs := endpointsProject(t)

	// Every format: exit 0 despite an error-severity finding, the exposed
	// endpoint first with its finding, and no key anywhere.
	for _, format := range []string{"text", "json", "markdown"} {
		code, out, stderr := runEndpoints(t, engs, "--format", format, "--no-go", root)
		if code != exitClean {
			t.Fatalf("%s: exit %d: %s", format, code, stderr)
		}
		orders, keyed := strings.Index(out, "/api/orders"), strings.Index(out, "/api/sk_live_")
		if orders < 0 || keyed < 0 || orders > keyed || !strings.Contains(out, "CLK101") {
			t.Errorf("%s: want /api/orders listed before the protected route, with CLK101:\n%s", format, out)
		}
		for _, s := range []string{out, stderr} {
			if strings.Contains(s, key) || strings.Contains(s, key[8:len(key)-4]) {
				t.Errorf("%s: output contains the planted key:\n%s\n%s", format, out, stderr)
			}
		}
	}

	// --output: the document goes to the file, nothing to stdout.
	outFile := filepath.Join(t.TempDir(), "endpoints.md")
	if code, out, stderr := runEndpoints(t, engs, "--no-go", "--format", "markdown", "--output", outFile, root); code != exitClean || out != "" {
		t.Errorf("--output: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	if md, err := os.ReadFile(outFile); err != nil || !strings.Contains(string(md), "| POST | `/api/orders` |") {
		t.Errorf("--output file: %v\n%s", err, md)
	}

	doc := endpointsJSON(t, engs, "--no-go", root)
	if len(doc.Endpoints) != 2 || doc.Tool.Name != "clerklint" {
		t.Fatalf("endpoints = %+v", doc)
	}
	first, second := doc.Endpoints[0], doc.Endpoints[1]
	if first.URL != "/api/orders" || first.Exposure != "exposed" || !slices.Equal(first.Findings, []string{"CLK101"}) || len(first.FindingDetails) != 1 {
		t.Errorf("first endpoint = %+v", first)
	}
	if second.Exposure != "protected" || !slices.Equal(second.Findings, []string{"CLK008"}) {
		t.Errorf("second endpoint = %+v", second)
	}

	// Rule selection applies: without CLK101 the endpoint has no finding, yet
	// is still judged exposed by what it does.
	doc = endpointsJSON(t, engs, "--no-go", "--disable", "CLK101", root)
	if e := doc.Endpoints[0]; e.URL != "/api/orders" || e.Exposure != "exposed" || len(e.Findings) != 0 {
		t.Errorf("with CLK101 disabled: %+v", e)
	}

	// Named files: only the endpoints in them (the Go step runs, and finds
	// no module).
	doc = endpointsJSON(t, engs, filepath.Join(root, "app", "api", "orders", "route.ts"))
	if len(doc.Endpoints) != 1 || doc.Endpoints[0].URL != "/api/orders" {
		t.Errorf("files mode: %+v", doc.Endpoints)
	}

	// Several roots: paths relative to the working directory, as for findings.
	other, _, _ := endpointsProject(t)
	doc = endpointsJSON(t, engs, "--no-go", root, other)
	if len(doc.Endpoints) != 4 {
		t.Fatalf("two roots: %d endpoints", len(doc.Endpoints))
	}
	for _, e := range doc.Endpoints {
		if !strings.Contains(e.Registration.File, "/app/api/") || strings.HasPrefix(e.Registration.File, "app/") {
			t.Errorf("two roots: registration %q is not prefixed with its root", e.Registration.File)
		}
	}
}

func TestEndpointsErrors(t *testing.T) {
	root, _, engs := endpointsProject(t)
	for _, tc := range []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"unknown format", []string{"--format", "sarif", root}, "want one of json, markdown, text"},
		{"fail-on does not apply", []string{"--fail-on", "error", root}, "flag provided but not defined: -fail-on"},
		{"unknown rule", []string{"--disable", "CLK999", root}, "CLK999"},
		{"missing path", []string{filepath.Join(root, "nope")}, "nope"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runEndpoints(t, engs, append([]string{"--no-go"}, tc.args...)...)
			if code != exitError || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, tc.want)
			}
		})
	}

	// A file the scan cannot read: listed on stderr in every format, the
	// inventory still written, exit 2 (0 with --allow-incomplete).
	big := t.TempDir()
	os.WriteFile(filepath.Join(big, ".clerklint.yml"), []byte("max-file-size: 16\n"), 0o644)
	os.MkdirAll(filepath.Join(big, "app", "api", "orders"), 0o755)
	os.WriteFile(filepath.Join(big, "app", "api", "orders", "route.ts"), []byte(strings.Repeat("// padding\n", 10)), 0o644)
	for _, format := range []string{"text", "json"} {
		code, out, stderr := runEndpoints(t, engs, "--no-go", "--format", format, big)
		if code != exitError || !strings.Contains(stderr, "app/api/orders/route.ts") || !strings.Contains(stderr, "could not be analysed") || !strings.Contains(stderr, "--allow-incomplete") {
			t.Errorf("%s: exit %d, stderr %q; want 2 and the skipped file on stderr", format, code, stderr)
		}
		if code, _, _ := runEndpoints(t, engs, "--no-go", "--allow-incomplete", "--format", format, big); code != exitClean {
			t.Errorf("%s --allow-incomplete: exit %d, want 0", format, code)
		}
		if format == "text" && !strings.Contains(out, "2 files could not be analysed") { // the config is over the limit too
			t.Errorf("text summary does not say a file was skipped:\n%s", out)
		}
	}

	// An engine crash: the inventory is still written, the exit is 2.
	os.WriteFile(filepath.Join(root, "crash.ts"), []byte("x\n"), 0o644)
	code, out, stderr := runEndpoints(t, engs, "--no-go", root)
	if code != exitError || !strings.Contains(stderr, "internal error") || !strings.Contains(out, "/api/orders") {
		t.Errorf("crash: exit %d, stderr %q, stdout %q", code, stderr, out)
	}
}

func TestEndpointsHelp(t *testing.T) {
	var out, errb bytes.Buffer
	run([]string{"help"}, &out, &errb)
	if !strings.Contains(out.String(), "clerklint endpoints [flags] [path ...]") {
		t.Errorf("help does not list endpoints:\n%s", out.String())
	}
	errb.Reset()
	if code := run([]string{"endpoints", "-h"}, &out, &errb); code != exitClean {
		t.Errorf("endpoints -h exit %d", code)
	}
	for _, flag := range []string{"-format", "json, markdown, text", "-config", "-rules", "-enable", "-disable", "-no-go", "-output"} {
		if !strings.Contains(errb.String(), flag) {
			t.Errorf("endpoints -h lacks %q:\n%s", flag, errb.String())
		}
	}
}
