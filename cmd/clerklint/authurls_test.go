package main

import (
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestFilesModeEnvURLFinding: CLK402 judges env files while the js engine
// visits the app's source files; in the pre-commit shape a finding in an env
// file is reported when that env file is among the given files, and not when
// only source files are.
func TestFilesModeEnvURLFinding(t *testing.T) {
	const app = "../../testdata/nextjs/auth-urls-v6/"
	for _, tc := range []struct {
		files []string
		want  []string
	}{
		{[]string{app + ".env.local"}, []string{".env.local:2 CLK402"}},
		{[]string{app + ".env.local", app + "app/layout.tsx"}, []string{".env.local:2 CLK402", "app/layout.tsx:7 CLK402"}},
		{[]string{app + "app/dashboard/page.tsx"}, nil},
	} {
		fs, _, stderr := scanJSON(t, tc.files...)
		var got []string
		for _, f := range fs {
			if f.RuleID == "CLK402" {
				got = append(got, f.File+":"+strconv.Itoa(f.Line)+" "+f.RuleID)
			}
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("scan %v: got %v, want %v (stderr %s)", tc.files, got, tc.want, stderr)
		}
	}
}
