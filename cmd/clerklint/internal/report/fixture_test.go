package report

import (
	"encoding/base64"
	"os"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// testTool pins the version so golden files do not depend on how the test binary
// was built.
var testTool = Tool{Name: "clerklint", Version: "v0.0.0-test"}

// fakeBody returns a deterministic alphanumeric key body of length n. Keys are
// assembled at run time so no file in the repository holds a key-shaped literal.
func fakeBody(seed string, n int) string {
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	var b strings.Builder
	x := uint32(2166136261)
	for _, c := range []byte(seed) {
		x = (x ^ uint32(c)) * 16777619
	}
	for b.Len() < n {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b.WriteByte(alnum[x%62])
	}
	return b.String()
}

// Fake credentials used across the tests.
var (
	liveSecret  = "sk_" + "live_" + fakeBody("live", 42)
	testSecret  = "sk_" + "test_" + fakeBody("test", 42)
	publishable = "pk_" + "test_" + base64.RawStdEncoding.EncodeToString([]byte("example.clerk.accounts.dev$"))
)

// testRules loads testdata/rules.yaml, a small rule set with one rule per
// severity whose text does not change when the real rules do.
func testRules(t *testing.T) *rules.Set {
	t.Helper()
	data, err := os.ReadFile("testdata/rules.yaml")
	if err != nil {
		t.Fatal(err)
	}
	set, err := new(rules.Set).WithData("testdata/rules.yaml", data)
	if err != nil {
		t.Fatalf("load test rules: %v", err)
	}
	return set
}

// without returns set minus the given rule ids, as --disable would.
func without(t *testing.T, set *rules.Set, ids ...string) *rules.Set {
	t.Helper()
	sel, err := rules.Select(set, &rules.Config{}, nil, ids)
	if err != nil {
		t.Fatal(err)
	}
	return sel.Set
}

// sharedResult is the one findings fixture every format is rendered from: a
// secret that must be redacted (in the message and in a related location), one
// finding per severity, a related location in a Next.js dynamic route, a
// suppressed finding, a malformed directive, and two skipped files.
func sharedResult() *scan.Result {
	return &scan.Result{
		Findings: []rules.Finding{
			{
				RuleID: "CLK009", Severity: rules.Info,
				Position:  rules.Position{File: ".env.production", Line: 2, Column: 1, EndLine: 3, EndColumn: 29},
				Message:   "publishable key is from a development instance but the secret key is from production",
				Construct: "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test CLERK_SECRET_KEY=sk_live",
			},
			{
				RuleID: "CLK001", Severity: rules.Error,
				Position: rules.Position{File: "src/lib/clerk.ts", Line: 4, Column: 14, EndLine: 4, EndColumn: 14 + len(liveSecret) + 2},
				Message:  "Clerk secret key " + liveSecret + " is committed in source",
				Secret:   liveSecret,
			},
			{
				RuleID: "CLK002", Severity: rules.Error,
				Position: rules.Position{File: ".next/static/chunks/app/page-3f2a.js", Line: 1, Column: 1045, EndLine: 1, EndColumn: 1045 + len(testSecret)},
				Message:  "Clerk secret key shipped in a client bundle",
				Secret:   testSecret,
				Related: []rules.Related{{
					Position: rules.Position{File: "app/users/[id]/page.tsx", Line: 12, Column: 7, EndLine: 12, EndColumn: 40},
					Message:  "original source: const key = \"" + testSecret + "\"",
				}},
			},
			{
				RuleID: "CLK005", Severity: rules.Warning,
				Position: rules.Position{File: "src/main.tsx", Line: 8, Column: 33, EndLine: 8, EndColumn: 33 + len(publishable)},
				Message:  "publishable key <" + publishable + "> is hardcoded: read it from NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY",
				Secret:   publishable,
			},
			{
				// Suppressed by the directive on line 2 of the same file.
				RuleID: "CLK005", Severity: rules.Warning,
				Position: rules.Position{File: "src/sandbox.ts", Line: 3, Column: 20, EndLine: 3, EndColumn: 20 + len(publishable)},
				Message:  "publishable key is hardcoded",
				Secret:   publishable,
			},
		},
		Directives: []scan.Directive{
			{File: "src/sandbox.ts", Line: 2, Column: 4, IDs: []string{"CLK005"}, Reason: "docs sandbox instance"},
			{File: "src/main.tsx", Line: 7, Column: 4, IDs: []string{"CLK005"}, Problem: "clerklint:ignore needs a reason after `--`"},
		},
		Errors: []scan.FileError{
			{Path: "public/vendor.min.js", Message: "larger than 2097152 bytes"},
			{Path: "assets/model.weights", Message: "binary content", Benign: true},
			{Path: "src/broken.ts", Message: "internal error in js engine: unexpected token near " + liveSecret, Internal: true},
		},
	}
}

// sharedReport processes the shared fixture with the test rules and tool.
func sharedReport(t *testing.T) *Report {
	t.Helper()
	return Process(sharedResult(), testRules(t), Options{Tool: testTool})
}
