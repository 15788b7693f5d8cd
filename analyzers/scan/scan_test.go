package scan

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/clerklint/clerklint/rules"
)

func write(t *testing.T, root, rel, content string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func files(w *walker) map[string]*File {
	m := map[string]*File{}
	for _, f := range w.files {
		m[f.Path] = f
	}
	return m
}

func TestWalkGitignoreSemantics(t *testing.T) {
	root := t.TempDir()
	write(t, root, ".gitignore", ".env*\n!.env.example\n/build/\n*.log\n")
	write(t, root, ".env", "A=1\n")
	write(t, root, ".env.local", "A=1\n")
	write(t, root, ".env.example", "A=\n")
	write(t, root, "build/out.js", "x\n")
	write(t, root, "src/build/keep.ts", "x\n") // anchored /build/ does not match here
	write(t, root, "apps/web/.gitignore", "secret.ts\n")
	write(t, root, "apps/web/secret.ts", "x\n")
	write(t, root, "apps/api/secret.ts", "x\n") // the nested rule is scoped to apps/web
	write(t, root, "apps/web/debug.log", "x\n")
	write(t, root, "node_modules/pkg/index.js", "x\n")
	write(t, root, "apps/web/.next/cache/x.js", "x\n")
	write(t, root, "apps/web/.next/static/chunk.js", "x\n")
	w, err := walk(root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := files(w)
	want := map[string]bool{ // path -> ignored
		".gitignore": false, ".env": true, ".env.local": true, ".env.example": false,
		"build/out.js": true, "src/build/keep.ts": false, "apps/web/.gitignore": false,
		"apps/web/secret.ts": true, "apps/api/secret.ts": false, "apps/web/debug.log": true,
		"apps/web/.next/static/chunk.js": false,
	}
	for p, ign := range want {
		f, ok := got[p]
		if !ok {
			t.Errorf("%s not walked", p)
			continue
		}
		if f.Ignored != ign {
			t.Errorf("%s: ignored = %v, want %v", p, f.Ignored, ign)
		}
	}
	for _, p := range []string{"node_modules/pkg/index.js", "apps/web/.next/cache/x.js"} {
		if _, ok := got[p]; ok {
			t.Errorf("%s should be skipped", p)
		}
	}
	if k := got[".env.local"].Kind; k != Env {
		t.Errorf(".env.local kind = %v", k)
	}
}

// TestWalkWithoutGitListsWhatGitignoreHides: outside a git work tree nothing
// is known to be tracked, so files that only a .gitignore makes uncommitted
// (a key in them is not a leak, a source file there is not modelled) are
// named in one benign notice; inside a work tree the index decides and
// nothing is listed.
func TestWalkWithoutGitListsWhatGitignoreHides(t *testing.T) {
	tree := func(t *testing.T) string {
		root := t.TempDir()
		write(t, root, ".gitignore", "config/*.ts\n.env.local\n")
		write(t, root, "config/keys.ts", "x\n")
		write(t, root, "config/more.ts", "x\n")
		write(t, root, ".env.local", "A=1\n")
		write(t, root, "app.ts", "x\n")
		return root
	}
	w, err := walk(tree(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(w.errs) != 1 || w.errs[0].Path != "." || !w.errs[0].Benign ||
		w.errs[0].Message != "no git work tree: 3 files matched by .gitignore treated as uncommitted (.env.local, config/keys.ts, config/more.ts); scan a git clone so that committed files are known" {
		t.Errorf("without git: errs = %+v", w.errs)
	}
	if f := files(w)["config/keys.ts"]; f == nil || f.Committable() {
		t.Errorf("config/keys.ts = %+v, want walked and uncommitted (the .gitignore still decides)", f)
	}

	// A work tree, even one with nothing staged yet (no index): git knows.
	root := tree(t)
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if w, err = walk(root, Options{}); err != nil || len(w.errs) != 0 {
		t.Errorf("in a work tree: errs = %+v, %v", w.errs, err)
	}

	// Nothing ignored: nothing to say.
	root = t.TempDir()
	write(t, root, "app.ts", "x\n")
	if w, err = walk(root, Options{}); err != nil || len(w.errs) != 0 {
		t.Errorf("nothing ignored: errs = %+v, %v", w.errs, err)
	}
}

func TestWalkSubdirOfRepoUsesIgnoreAboveAndIndex(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	top := t.TempDir()
	write(t, top, ".gitignore", "*.local\n")
	write(t, top, "apps/web/.env.local", "A=1\n")
	write(t, top, "apps/web/.env", "A=1\n")
	write(t, top, "apps/web/tracked.local", "A=1\n")
	for _, args := range [][]string{{"init", "-q"}, {"add", "apps/web/.env"}, {"add", "-f", "apps/web/tracked.local"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = top
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v %s", args, err, out)
		}
	}
	w, err := walk(filepath.Join(top, "apps", "web"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := files(w)
	if !w.git {
		t.Fatal("index not read")
	}
	check := func(p string, ignored, tracked bool) {
		f := got[p]
		if f == nil {
			t.Fatalf("%s not walked", p)
		}
		if f.Ignored != ignored || f.Tracked != tracked {
			t.Errorf("%s: ignored=%v tracked=%v, want %v %v", p, f.Ignored, f.Tracked, ignored, tracked)
		}
	}
	check(".env.local", true, false)
	check(".env", false, true)
	check("tracked.local", true, true)
	if !got["tracked.local"].Committable() || got[".env.local"].Committable() {
		t.Error("Committable must be tracked || !ignored")
	}
}

// TestWalkLinkedWorktreeReadsItsIndex: in a linked worktree (`git worktree
// add`) .git is a file naming the worktree's git directory; its index and the
// shared info/exclude count as in a plain clone.
func TestWalkLinkedWorktreeReadsItsIndex(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	top := t.TempDir()
	main, wt := filepath.Join(top, "main"), filepath.Join(top, "wt")
	write(t, main, ".gitignore", "*.local\n")
	write(t, main, "forced.local", "A=1\n")
	gitRun := func(dir string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v %s", args, err, out)
		}
	}
	gitRun(main, "init", "-q")
	gitRun(main, "add", ".gitignore")
	gitRun(main, "add", "-f", "forced.local")
	gitRun(main, "commit", "-qm", "x")
	gitRun(main, "worktree", "add", "-q", wt)
	write(t, main, ".git/info/exclude", "excluded.txt\n")
	write(t, wt, "local.local", "A=1\n")
	write(t, wt, "excluded.txt", "x\n")
	w, err := walk(wt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !w.git || len(w.errs) != 0 {
		t.Fatalf("worktree: index read %v, errs %+v", w.git, w.errs)
	}
	got := files(w)
	for p, want := range map[string][2]bool{ // ignored, tracked
		"forced.local": {true, true},
		"local.local":  {true, false},
		"excluded.txt": {true, false},
	} {
		if f := got[p]; f == nil || f.Ignored != want[0] || f.Tracked != want[1] {
			t.Errorf("%s = %+v, want ignored=%v tracked=%v", p, f, want[0], want[1])
		}
	}
}

func TestWalkSurvivesHostileTrees(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a/ok.ts", "ok\n")
	os.Symlink(root, filepath.Join(root, "a", "loop"))                 // loop back to the root
	os.Symlink("/etc/passwd", filepath.Join(root, "a", "outside.txt")) // out of the root
	os.Symlink("missing", filepath.Join(root, "a", "dangling.ts"))
	if err := syscall.Mkfifo(filepath.Join(root, "a", "fifo.ts"), 0o644); err != nil {
		t.Logf("mkfifo: %v", err)
	}
	write(t, root, "a/bin.ts", "ab\x00cd")
	write(t, root, "a/latin1.ts", "caf\xe9 \xff\xfe sk_\n")
	write(t, root, "a/huge.js", strings.Repeat("x", 2048))
	write(t, root, "a/noread.ts", "x\n")
	os.Chmod(filepath.Join(root, "a", "noread.ts"), 0)
	os.MkdirAll(filepath.Join(root, "locked"), 0o755)
	write(t, root, "locked/x.ts", "x\n")
	os.Chmod(filepath.Join(root, "locked"), 0)
	t.Cleanup(func() {
		os.Chmod(filepath.Join(root, "locked"), 0o755)
		os.Chmod(filepath.Join(root, "a", "noread.ts"), 0o644)
	})

	var mu sync.Mutex
	seen := map[string]string{}
	c := checkerFunc(func(p *Project, f *File, src []byte, emit func(rules.Finding)) {
		mu.Lock()
		seen[f.Path] = string(src)
		mu.Unlock()
	})
	res := runWith(t, root, c, Options{MaxFileSize: 1024})
	paths := make([]string, 0, len(seen))
	for p := range seen {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	want := "a/latin1.ts,a/ok.ts"
	if os.Geteuid() == 0 { // root reads files and directories whatever their mode
		want = "a/latin1.ts,a/noread.ts,a/ok.ts,locked/x.ts"
	}
	if strings.Join(paths, ",") != want {
		t.Errorf("checked files = %v, want %s", paths, want)
	}
	msgs := map[string]string{}
	for _, e := range res.Errors {
		msgs[e.Path] = e.Message
	}
	if !strings.Contains(msgs["a/bin.ts"], "binary") {
		t.Errorf("binary file not listed: %v", msgs)
	}
	if !strings.Contains(msgs["a/huge.js"], "max-file-size") {
		t.Errorf("huge file not listed: %v", msgs)
	}
	if os.Geteuid() != 0 { // root reads anything
		if !strings.Contains(msgs["a/noread.ts"], "unreadable") || !strings.Contains(msgs["locked"], "unreadable") {
			t.Errorf("unreadable paths not listed: %v", msgs)
		}
	}
	if res.Internal() {
		t.Errorf("hostile input produced an internal error: %v", res.Errors)
	}
}

type checkerFunc func(p *Project, f *File, src []byte, emit func(rules.Finding))

func (c checkerFunc) Wants(*Project, *File) bool { return true }
func (c checkerFunc) Check(p *Project, f *File, src []byte, emit func(rules.Finding)) {
	c(p, f, src, emit)
}

func runWith(t *testing.T, root string, c Checker, opts Options) *Result {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cfg := &rules.Config{}
	sel, err := rules.Select(set, cfg, []string{"CLK001"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(Request{Root: root, Selection: sel, Config: cfg, Engines: clk001Engines(sel, c), Options: opts})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// clk001Engines gives CLK001's first engine the test checker and its other
// engines (the Go passes) no checker, as the CLI registry does.
func clk001Engines(sel *rules.Selection, c Checker) []Engine {
	var out []Engine
	for i, name := range sel.Set.Get("CLK001").Engines {
		e := Engine{Name: name}
		if i == 0 {
			e.New = func([]*rules.Rule, Options) (Checker, error) { return c, nil }
		}
		out = append(out, e)
	}
	return out
}

func TestPanickingEngineIsAnInternalError(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.ts", "x\n")
	res := runWith(t, root, checkerFunc(func(*Project, *File, []byte, func(rules.Finding)) { panic("boom") }), Options{})
	if !res.Internal() || !strings.Contains(res.Errors[0].Message, "boom") {
		t.Fatalf("panic not surfaced as internal error: %+v", res.Errors)
	}
}

func TestUndeclaredRuleIsAnInternalError(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.ts", "x\n")
	res := runWith(t, root, checkerFunc(func(_ *Project, _ *File, _ []byte, emit func(rules.Finding)) {
		emit(rules.Finding{RuleID: "CLK998"})
	}), Options{})
	if !res.Internal() {
		t.Fatalf("undeclared rule id accepted: %+v", res)
	}
}

func TestOnlyLimitsReportingNotContext(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.ts", "x\n")
	write(t, root, "b.ts", "x\n")
	write(t, root, ".env.local", "CLERK_SECRET_KEY=abc\n")
	set, _ := rules.Builtin()
	cfg := &rules.Config{}
	sel, _ := rules.Select(set, cfg, []string{"CLK001"}, nil)
	var mu sync.Mutex
	var envSeen bool
	c := checkerFunc(func(p *Project, f *File, _ []byte, emit func(rules.Finding)) {
		mu.Lock()
		envSeen = envSeen || len(p.EnvValues(func(n string) bool { return n == "CLERK_SECRET_KEY" })) == 1
		mu.Unlock()
		emit(rules.Finding{RuleID: "CLK001", Position: rules.Position{Line: 1}})
	})
	res, err := Run(Request{Root: root, Only: map[string]bool{filepath.Join(root, "b.ts"): true}, Selection: sel, Config: cfg, Engines: clk001Engines(sel, c)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].File != "b.ts" {
		t.Fatalf("findings = %+v, want one in b.ts", res.Findings)
	}
	if !envSeen {
		t.Error("env files outside the given files were not loaded for context")
	}
}

func TestFindRoot(t *testing.T) {
	top := t.TempDir()
	write(t, top, "package.json", "{}")
	write(t, top, "src/deep/a.ts", "x")
	root, isFile, err := FindRoot(filepath.Join(top, "src", "deep", "a.ts"))
	real, _ := filepath.EvalSymlinks(top)
	if err != nil || !isFile || root != real {
		t.Fatalf("FindRoot = %q %v %v, want %q", root, isFile, err, real)
	}
	root, isFile, _ = FindRoot(filepath.Join(top, "src"))
	if isFile || !strings.HasSuffix(root, "src") {
		t.Fatalf("directory root = %q %v", root, isFile)
	}
	// Named links and special files are refused, never followed or skipped
	// in silence.
	if err := os.Symlink("/usr", filepath.Join(top, "out")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(top, "z.ts")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"out", "z.ts", "/dev/null"} {
		if !filepath.IsAbs(p) {
			p = filepath.Join(top, p)
		}
		if _, _, err := FindRoot(p); err == nil {
			t.Errorf("FindRoot(%s): no error", p)
		}
	}
}

func TestParseDirectives(t *testing.T) {
	src := strings.Join([]string{
		`const a = 1 // clerklint:ignore CLK001 -- fixture key, rotated`,
		`# clerklint:ignore CLK003, CLK005 -- documented example`,
		`<!-- clerklint:ignore CLK002 -- vendored build -->`,
		`/* clerklint:ignore CLK001 */`,
		`// clerklint:ignore -- no ids`,
		`// clerklint:ignore CLK001 --   `,
	}, "\n")
	ds := parseDirectives("f.ts", []byte(src))
	if len(ds) != 6 {
		t.Fatalf("got %d directives", len(ds))
	}
	type want struct {
		line    int
		ids     string
		reason  string
		problem bool
	}
	for i, w := range []want{
		{1, "CLK001", "fixture key, rotated", false},
		{2, "CLK003,CLK005", "documented example", false},
		{3, "CLK002", "vendored build", false},
		{4, "CLK001", "", true},
		{5, "", "", true},
		{6, "CLK001", "", true},
	} {
		d := ds[i]
		if d.Line != w.line || strings.Join(d.IDs, ",") != w.ids || d.Reason != w.reason || (d.Problem != "") != w.problem {
			t.Errorf("directive %d = %+v, want %+v", i, d, w)
		}
	}
}

// TestParseDirectivesManyOnALine: several directives on one line each end at
// the next marker, and 100,000 of them parse in linear time (each used to copy
// the rest of its line and count lines from the file's start: 44 s).
func TestParseDirectivesManyOnALine(t *testing.T) {
	src := "x\n\n// clerklint:ignore CLK001 -- one clerklint:ignore CLK002 -- two\ny // clerklint:ignore CLK003 -- three"
	ds := parseDirectives("f.ts", []byte(src))
	if len(ds) != 3 {
		t.Fatalf("got %d directives", len(ds))
	}
	for i, w := range []struct {
		line, col   int
		ids, reason string
	}{{3, 4, "CLK001", "one"}, {3, 35, "CLK002", "two"}, {4, 6, "CLK003", "three"}} {
		d := ds[i]
		if d.Line != w.line || d.Column != w.col || strings.Join(d.IDs, ",") != w.ids || d.Reason != w.reason {
			t.Errorf("directive %d = %+v, want %+v", i, d, w)
		}
	}
	const n = 100000
	many := "a\n// " + strings.Repeat("clerklint:ignore CLK001 -- r ", n) + "\nb // clerklint:ignore CLK002 -- last"
	ds = parseDirectives("f.ts", []byte(many))
	if len(ds) != n+1 || ds[n-1].Line != 2 || ds[n-1].Reason != "r" || ds[n].Line != 3 {
		t.Fatalf("got %d directives, last two %+v %+v", len(ds), ds[n-1], ds[n])
	}
}

// TestOnlyReportsCrossFileFindingsByTheirFile: a finding an engine places in
// another file (an env file judged while visiting a.ts) is reported when that
// file is among the given files, whichever file's visit emitted it.
func TestOnlyReportsCrossFileFindingsByTheirFile(t *testing.T) {
	root := t.TempDir()
	write(t, root, "a.ts", "x\n")
	write(t, root, ".env", "X=1\n")
	set, _ := rules.Builtin()
	cfg := &rules.Config{}
	sel, _ := rules.Select(set, cfg, []string{"CLK001"}, nil)
	c := checkerFunc(func(p *Project, f *File, _ []byte, emit func(rules.Finding)) {
		if f.Path == "a.ts" {
			emit(rules.Finding{RuleID: "CLK001", Position: rules.Position{File: ".env", Line: 1}})
		}
	})
	for only, want := range map[string]int{".env": 1, "a.ts": 0} {
		res, err := Run(Request{Root: root, Only: map[string]bool{filepath.Join(root, only): true}, Selection: sel, Config: cfg, Engines: clk001Engines(sel, c)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Findings) != want || (want == 1 && res.Findings[0].File != ".env") {
			t.Errorf("only %s: findings = %+v, want %d in .env", only, res.Findings, want)
		}
	}
}

// TestMarkdownProseIsNotADirective: Markdown mentions the marker in prose and
// quotes it in code blocks; only an HTML or MDX comment is a directive there.
func TestMarkdownProseIsNotADirective(t *testing.T) {
	src := strings.Join([]string{
		"Suppress a finding with `clerklint:ignore CLK001 -- reason` on the line above.",
		"```ts",
		`const pk = "x"; // clerklint:ignore CLK005 -- docs sandbox`,
		"```",
		"<!-- clerklint:ignore CLK001 -- example key in the docs, rotated -->",
		"{/* clerklint:ignore CLK005 -- MDX comment */}",
		"A sentence that says clerklint:ignore without ids.",
	}, "\n")
	for _, name := range []string{"README.md", "docs/page.mdx", "NOTES.markdown"} {
		ds := parseDirectives(name, []byte(src))
		var lines []int
		for _, d := range ds {
			lines = append(lines, d.Line)
		}
		if len(ds) != 2 || ds[0].Line != 5 || ds[1].Line != 6 || ds[0].Problem != "" || ds[1].Problem != "" {
			t.Errorf("%s: directives on lines %v, want 5 and 6 only: %+v", name, lines, ds)
		}
	}
	// Other files keep every comment syntax.
	if ds := parseDirectives("notes.txt", []byte(src)); len(ds) != 5 {
		t.Errorf("notes.txt: %d directives, want 5", len(ds))
	}
}
