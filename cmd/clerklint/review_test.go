package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
)

var updateReview = flag.Bool("update-review", false, "rewrite the review golden files in testdata/review")

// reviewOf runs `clerklint review` with args and returns stdout with the
// tool version replaced (it depends on how the test binary was built).
func reviewOf(t *testing.T, wantCode int, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(append([]string{"review", "--no-go"}, args...), &out, &errb); code != wantCode {
		t.Fatalf("review %v: exit %d, want %d: %s", args, code, wantCode, errb.String())
	}
	return strings.ReplaceAll(out.String(), report.ToolName+" "+report.CurrentTool().Version, report.ToolName+" VERSION")
}

// TestReviewMarkdownGolden renders the Markdown review of the seeded sample
// projects; `go test ./cmd/clerklint -run TestReviewMarkdownGolden -update-review`
// rewrites the golden files after a deliberate change.
func TestReviewMarkdownGolden(t *testing.T) {
	for _, c := range []struct {
		dir, golden string
		code        int
	}{
		{"../../testdata/sample", "sample.md", exitFindings},
		{"../../testdata/nextjs/seeded-app", "seeded-app.md", exitFindings},
		// Only info findings (CLK801): below the default fail-on.
		{"../../testdata/js/paid-plans", "paid-plans.md", exitClean},
	} {
		t.Run(c.golden, func(t *testing.T) {
			got := reviewOf(t, c.code, c.dir)
			path := filepath.Join("testdata", "review", c.golden)
			if *updateReview {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update-review to create it)", err)
			}
			if got != string(want) {
				t.Errorf("review of %s differs from %s (rerun with -update-review after checking the change):\n%s", c.dir, path, firstDiff(string(want), got))
			}
		})
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return ""
}

// TestReviewJSONMatchesMarkdown: the JSON document carries what the Markdown
// shows: every checklist item with the same status, and the findings.
func TestReviewJSONMatchesMarkdown(t *testing.T) {
	md := reviewOf(t, exitFindings, "../../testdata/sample")
	raw := reviewOf(t, exitFindings, "--format", "json", "../../testdata/sample")
	var doc struct {
		Checklist []struct {
			Name  string
			Items []struct {
				ID, Text, Status string
				Findings         []struct{ Rule, File string }
			}
		}
		Project struct {
			Instances []struct{ Environment, Host string }
		}
	}
	if err := json.Unmarshal([]byte(raw), &doc); err != nil {
		t.Fatalf("bad JSON: %v", err)
	}
	items := 0
	for _, s := range doc.Checklist {
		for _, it := range s.Items {
			items++
			row := "| **" + strings.ToUpper(it.Status) + "** | "
			if !strings.Contains(md, row) {
				t.Errorf("markdown lacks a %s row", it.Status)
			}
			if it.ID == "review-key-placement" && (it.Status != "fail" || len(it.Findings) != 2 || it.Findings[0].Rule != "CLK003") {
				t.Errorf("review-key-placement = %+v, want fail with the two CLK003 findings", it)
			}
			if it.ID == "gotcha-fastapi-bearer" && it.Status != "n/a" {
				t.Errorf("FastAPI gotcha in a Next.js project = %s, want n/a", it.Status)
			}
			if it.ID == "security-session-duration" && it.Status != "manual" {
				t.Errorf("session duration = %s, want manual", it.Status)
			}
		}
	}
	if items < 24 {
		t.Errorf("%d checklist items, want every seed item (24 and more)", items)
	}
	if len(doc.Project.Instances) != 1 || doc.Project.Instances[0].Host != "sample-app-42.clerk.accounts.dev" || doc.Project.Instances[0].Environment != "development" {
		t.Errorf("instances = %+v, want the sample's development instance", doc.Project.Instances)
	}
}

// TestReviewExitCodes: review exits like scan: 1 on findings at or above
// --fail-on, 0 below it, 2 on a bad format.
func TestReviewExitCodes(t *testing.T) {
	reviewOf(t, exitClean, "--fail-on", "never", "../../testdata/sample")
	reviewOf(t, exitClean, "--fail-on", "error", "--disable", "CLK003", "../../testdata/sample")
	var out, errb bytes.Buffer
	if code := run([]string{"review", "--format", "pdf", "../../testdata/sample"}, &out, &errb); code != exitError ||
		!strings.Contains(errb.String(), "want one of html, json, markdown") {
		t.Errorf("--format pdf: exit %d, stderr %q", code, errb.String())
	}
}

// TestReviewNeverPrintsKeys: a committed secret key is reported, and no
// format prints it whole.
func TestReviewNeverPrintsKeys(t *testing.T) {
	key := "sk_live_" + scantest.FakeBody("sk_live_", "review", 42)
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "package.json"), []byte(`{"dependencies":{"@clerk/backend":"^1.0.0"}}`), 0o644)
	os.WriteFile(filepath.Join(root, "clerk.ts"), []byte("import { createClerkClient } from '@clerk/backend'\nexport const c = createClerkClient({ secretKey: '"+key+"' })\n"), 0o644)
	for _, format := range []string{"markdown", "html", "json"} {
		out := reviewOf(t, exitFindings, "--format", format, root)
		if strings.Contains(out, key) || strings.Contains(out, key[8:]) {
			t.Errorf("%s review prints the key", format)
		}
		if !strings.Contains(out, "CLK001") {
			t.Errorf("%s review lacks the CLK001 finding", format)
		}
	}
}

// TestReadmeReviewScreenshot: the README shows the committed screenshot of
// the HTML review, and it stays small.
func TestReadmeReviewScreenshot(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "](docs/review.png)") {
		t.Fatal("README does not show docs/review.png")
	}
	png, err := os.ReadFile("../../docs/review.png")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) > 150<<10 {
		t.Errorf("docs/review.png: %d bytes, want a PNG under 150 KB", len(png))
	}
}

// TestReviewIncomplete: a file the scan could not read makes the review
// exit 2, and the report says which file and that it is incomplete.
func TestReviewIncomplete(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "package.json"), []byte(`{"dependencies":{"@clerk/nextjs":"^6.0.0"}}`), 0o644)
	os.WriteFile(filepath.Join(root, "route.ts"), []byte("export const x = 1\x00\x00\x00binary"), 0o644)
	out := reviewOf(t, exitError, root)
	for _, want := range []string{"**Incomplete:** 1 file or module could not be analysed", "## Not analysed", "`route.ts`"} {
		if !strings.Contains(out, want) {
			t.Errorf("review lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(reviewOf(t, exitClean, "--allow-incomplete", root), "## Not analysed") {
		t.Error("--allow-incomplete review lacks the Not analysed section")
	}
}
