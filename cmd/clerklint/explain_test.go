package main

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
)

func TestDetectFrameworks(t *testing.T) {
	git := map[string]string{".git/HEAD": "ref: refs/heads/main\n"}
	with := func(files map[string]string) map[string]string {
		for k, v := range git {
			files[k] = v
		}
		return files
	}
	for _, tc := range []struct {
		name  string
		files map[string]string
		dir   string
		want  string
	}{
		{"next app", with(map[string]string{"package.json": `{"dependencies": {"next": "15.3.0", "react": "19.0.0"}}`}), "", "javascript,nextjs"},
		{"clerk nextjs sdk", with(map[string]string{"package.json": `{"dependencies": {"@clerk/nextjs": "^6"}}`}), "", "javascript,nextjs"},
		{"vite spa", with(map[string]string{"package.json": `{"dependencies": {"react": "19"}, "devDependencies": {"vite": "6"}}`}), "", "javascript,react"},
		{"express", with(map[string]string{"package.json": `{"dependencies": {"express": "5"}}`}), "", "express,javascript"},
		{"sveltekit", with(map[string]string{"package.json": `{"devDependencies": {"@sveltejs/kit": "2"}}`}), "", "javascript,sveltekit"},
		{"go", with(map[string]string{"go.mod": "module x\n"}), "", "go"},
		{"fastapi pyproject", with(map[string]string{"pyproject.toml": "[project]\ndependencies = [\"fastapi>=0.110\"]\n"}), "", "fastapi,python"},
		{"fastapi requirements", with(map[string]string{"requirements-prod.txt": "FastAPI==0.110\n"}), "", "fastapi,python"},
		{"flask", with(map[string]string{"requirements.txt": "flask\nflask-cors\n"}), "", "flask,python"},
		{"django rest framework", with(map[string]string{"pyproject.toml": "[tool.poetry.dependencies]\nDjango = \"^5.1\"\ndjangorestframework = \"*\"\n"}), "", "django,python"},
		{"python without a web framework", with(map[string]string{"requirements.txt": "httpx\n"}), "", "python"},
		{"monorepo", with(map[string]string{
			"package.json":                      `{"private": true, "workspaces": ["apps/*"]}`,
			"apps/web/package.json":             `{"dependencies": {"next": "15"}}`,
			"apps/admin/package.json":           `{"dependencies": {"react": "19", "vite": "6"}}`,
			"services/api/go.mod":               "module api\n",
			"node_modules/express/package.json": `{"dependencies": {"express": "5"}}`,
			"a/b/c/d/e/package.json":            `{"dependencies": {"@sveltejs/kit": "2"}}`,
		}), "", "go,javascript,nextjs,react"},
		{"inside an app", with(map[string]string{
			"package.json":          `{"private": true}`,
			"apps/web/package.json": `{"dependencies": {"next": "15"}}`,
			"apps/web/src/page.tsx": "export default 1\n",
			"apps/api/go.mod":       "module api\n",
		}), "apps/web/src", "javascript,nextjs"},
		{"not json", with(map[string]string{"package.json": `{"dependencies": {"next": `}), "", "javascript"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := scantest.WriteTree(t, tc.files)
			found, err := detectFrameworks(filepath.Join(root, filepath.FromSlash(tc.dir)))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for k := range found {
				got = append(got, k)
			}
			sort.Strings(got)
			if strings.Join(got, ",") != tc.want {
				t.Errorf("got %v, want %s", got, tc.want)
			}
			known := map[string]bool{}
			for _, f := range rules.Frameworks() {
				known[f.Key] = true
			}
			for _, k := range got {
				if !known[k] {
					t.Errorf("detected %q, which rules.Frameworks does not know", k)
				}
			}
		})
	}
}

// TestExplainFrameworkNotes: explain shows the notes of the frameworks the
// scanned project uses, names the others, and shows all with --all.
func TestExplainFrameworkNotes(t *testing.T) {
	next := scantest.WriteTree(t, map[string]string{".git/HEAD": "x\n", "package.json": `{"dependencies": {"next": "15.3.0", "react": "19"}}`})
	spa := scantest.WriteTree(t, map[string]string{".git/HEAD": "x\n", "package.json": `{"dependencies": {"react": "19", "vite": "6"}}`})
	const nextNote, reactNote = "In Next.js:\n", "In React single-page apps:\n"
	for _, tc := range []struct {
		args       []string
		code       int
		has, hasnt []string
	}{
		{[]string{"explain", "CLK701", next}, exitClean, []string{nextNote, "Notes for React single-page apps, SvelteKit, React Router v7 and Remix not shown", "explain --all CLK701"}, []string{reactNote}},
		{[]string{"explain", "clerk-provider-missing", spa}, exitClean, []string{reactNote, "Notes for Next.js, SvelteKit, React Router v7 and Remix not shown"}, []string{nextNote}},
		{[]string{"explain", "CLK701", next, "--all"}, exitClean, []string{nextNote, reactNote}, []string{"not shown"}},
		{[]string{"explain", "--all", "CLK701"}, exitClean, []string{nextNote, reactNote}, nil},
		{[]string{"explain", "CLK001", next}, exitClean, []string{"Why:\n"}, []string{"not shown"}}, // no notes at all
		// Examples follow the frameworks too: CLK101's Go case only with --all.
		{[]string{"explain", "CLK101", next}, exitClean, []string{"Example: app/api/invoices/route.ts (Next.js)", "(Also examples for Express, Go: clerklint explain --all CLK101.)"}, []string{"Example: main.go (Go)"}},
		{[]string{"explain", "--all", "CLK101"}, exitClean, []string{"Example: app/api/invoices/route.ts (Next.js)", "Example: main.go (Go)"}, []string{"Also examples"}},
		{[]string{"explain", "CLK601", next}, exitClean, []string{"Example: main.go (Go)"}, []string{"Also examples"}}, // only Go cases: shown all the same
		{[]string{"explain", "CLK701", filepath.Join(next, "missing")}, exitError, nil, nil},
		{[]string{"explain", "CLK701", next, next}, exitError, nil, nil},
		{[]string{"explain"}, exitError, nil, nil},
	} {
		var out, errb bytes.Buffer
		if code := run(tc.args, &out, &errb); code != tc.code {
			t.Errorf("%v: exit %d, want %d: %s", tc.args[1:], code, tc.code, errb.String())
			continue
		}
		for _, s := range tc.has {
			if !strings.Contains(out.String(), s) {
				t.Errorf("%v: output lacks %q", tc.args[1:], s)
			}
		}
		for _, s := range tc.hasnt {
			if strings.Contains(out.String(), s) {
				t.Errorf("%v: output has %q", tc.args[1:], s)
			}
		}
	}
	// Notes come after the why and before the fix.
	var out, errb bytes.Buffer
	run([]string{"explain", "--all", "CLK101"}, &out, &errb)
	o := out.String()
	if w, n, f := strings.Index(o, "Why:"), strings.Index(o, nextNote), strings.Index(o, "How to fix:"); !(w < n && n < f) {
		t.Errorf("explain order: why %d, note %d, fix %d", w, n, f)
	}
}
