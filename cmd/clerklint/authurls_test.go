package main

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan/scantest"
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

// TestEnvIgnoreHonouredForJSRule: an inline ignore in an env file suppresses
// a CLK402 finding even when no engine that reads env files runs (--enable
// CLK402): directives of env files are read with the project.
func TestEnvIgnoreHonouredForJSRule(t *testing.T) {
	dir := scantest.WriteTree(t, map[string]string{
		"package.json":                        `{ "dependencies": { "@clerk/nextjs": "^6.0.0", "next": "^15.0.0" } }`,
		"app/sign-in/[[...sign-in]]/page.tsx": "import { SignIn } from '@clerk/nextjs'\nexport default function P() { return <SignIn /> }\n",
		".env":                                "# clerklint:ignore CLK402 -- /login is served by the marketing proxy\nNEXT_PUBLIC_CLERK_SIGN_IN_URL=/login\nNEXT_PUBLIC_CLERK_SIGN_UP_URL=/join\n",
	})
	fs, _, stderr := scanJSON(t, "--enable", "CLK402", dir)
	var got []string
	for _, f := range fs {
		got = append(got, f.File+":"+strconv.Itoa(f.Line)+" "+f.RuleID)
	}
	if want := []string{".env:3 CLK402"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("got %v, want %v (stderr %s)", got, want, stderr)
	}
}
