package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestEachRootKeepsItsConfig: with several roots in one run, each root's
// .clerklint.yml decides its own suppression and fail-on, whatever the order
// of the roots. Root "lenient" disables CLK001, keeps an ignore directive for
// it (not stale there: the rule does not run) and never fails; root "strict"
// has no config, so its key is reported and fails the scan.
func TestEachRootKeepsItsConfig(t *testing.T) {
	dir := t.TempDir()
	key := `const key = "` + hostileKey("sk_live_", "multiroot") + `";` + "\n"
	writeTree(t, dir, map[string]string{
		"lenient/.clerklint.yml": "fail-on: never\ndisable: [CLK001]\n",
		"lenient/server.ts":      "// clerklint:ignore CLK001 -- rotated test key kept for the docs\n" + key,
		"strict/server.ts":       key,
		"quiet/readme.md":        "nothing to see\n",
	})
	lenient, strict, quiet := filepath.Join(dir, "lenient"), filepath.Join(dir, "strict"), filepath.Join(dir, "quiet")
	findings := func(args ...string) (int, []string) {
		t.Helper()
		var out, errb bytes.Buffer
		code := run(append([]string{"scan", "--no-go", "--format", "json"}, args...), &out, &errb)
		var doc struct {
			Findings []struct {
				RuleID string `json:"rule"`
				File   string `json:"file"`
			} `json:"findings"`
		}
		if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
			t.Fatalf("scan %v: exit %d, %v\n%s\n%s", args, code, err, out.String(), errb.String())
		}
		var got []string
		for _, f := range doc.Findings {
			got = append(got, f.RuleID+" "+filepath.Base(filepath.Dir(f.File))+"/"+filepath.Base(f.File))
		}
		return code, got
	}
	for _, order := range [][]string{{lenient, strict}, {strict, lenient}} {
		code, got := findings(order...)
		if code != exitFindings || strings.Join(got, ",") != "CLK001 strict/server.ts" {
			t.Errorf("scan %v: exit %d, findings %v; want 1 and only strict's key", order, code, got)
		}
	}
	// The lenient root's fail-on does not excuse the other root, nor does its
	// absence make the lenient root fail.
	if code, got := findings(lenient, quiet); code != exitClean || len(got) != 0 {
		t.Errorf("lenient+quiet: exit %d, findings %v", code, got)
	}
	if code, _ := findings(quiet, strict); code != exitFindings {
		t.Errorf("quiet+strict: exit %d, want 1", code)
	}
	// --fail-on on the command line is every root's.
	if code, _ := findings("--fail-on", "never", strict, lenient); code != exitClean {
		t.Errorf("--fail-on never: exit %d", code)
	}
}
