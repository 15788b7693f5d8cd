package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// hostileKey is a fake key built at run time, so no key-shaped literal sits in
// this file.
func hostileKey(prefix, label string) string {
	n := 42
	if prefix == "whsec_" {
		n = 32
	}
	return prefix + scantest.FakeBody(prefix, label, n)
}

// writeTree writes files (slash paths) under root.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for p, content := range files {
		abs := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRedactionIsTotal plants fake keys in every place a string of the output
// can come from (file and directory names, file content, env variable names and
// values, source map sources, a directive, a config file, a --rules file, flag
// values) and greps every output format, the baseline and stderr for any of
// them in full.
func TestRedactionIsTotal(t *testing.T) {
	var planted []string
	key := func(prefix, label string) string {
		k := hostileKey(prefix, label)
		planted = append(planted, k)
		return k
	}
	// A value of no known shape, used as CLERK_SECRET_KEY and in a file name:
	// only the exact-secret scrub (not the key-shaped backstop) catches it.
	odd := "Zq9" + scantest.FakeBody("odd", "value", 29)
	planted = append(planted, odd)

	dirKey, fileKey, binKey := key("sk_test_", "dir"), key("sk_live_", "file"), key("sk_test_", "bin")
	content, content2 := key("sk_live_", "content"), key("sk_test_", "content2")
	envName, envValue, publicValue := key("sk_test_", "envname"), key("sk_live_", "envvalue"), key("sk_live_", "public")
	bundled, mapSource := key("sk_live_", "bundled"), key("sk_test_", "mapsource")
	directive, hook := key("sk_test_", "directive"), key("whsec_", "hook")

	root := filepath.Join(t.TempDir(), "proj")
	line := `var k="` + bundled + `";`
	smap := `{"version":3,"sources":["../../src/` + mapSource + `/orig.ts"],"names":[],"mappings":"AAAA,MAAM"}`
	writeTree(t, root, map[string]string{
		"package.json":              `{"dependencies":{"@clerk/nextjs":"6.0.0"}}`,
		dirKey + "/app.ts":          `export const a = "` + content + "\"\n",
		"src/" + fileKey + ".ts":    `export const b = "` + content2 + "\"\n",
		"src/bin_" + binKey + ".ts": "\x00binary\n",
		"src/w.ts":                  "// svix\nexport const h = \"" + hook + "\" // clerklint:ignore CLK006 " + directive + "\n",
		"notes/" + odd + ".ts":      "export const o = '" + odd + "'\n",
		".env":                      "CLERK_SECRET_KEY=" + envValue + "\nNEXT_PUBLIC_CLERK_SECRET_KEY=" + publicValue + "\nNEXT_PUBLIC_" + envName + "_CLERK_SECRET_KEY=x\nCLERK_MACHINE_SECRET_KEY=" + odd + "\n",
		"dist/assets/index.js":      line + "\n//# sourceMappingURL=data:application/json;base64," + base64.StdEncoding.EncodeToString([]byte(smap)) + "\n",
		"cfg/" + key("sk_test_", "cfgname") + ".yml": "fail-on: " + key("sk_live_", "failon") + "\n" + key("sk_test_", "field") + ": 1\n",
		"cfg/rules.yaml": "rules:\n  - id: " + key("sk_test_", "ruleid") + "\n    slug: x\n",
	})
	cfgs, _ := filepath.Glob(filepath.Join(root, "cfg", "*.yml"))
	outDir := filepath.Join(t.TempDir(), key("sk_live_", "outdir"))
	os.MkdirAll(outDir, 0o755)

	var all bytes.Buffer
	scanArgs := func(more ...string) []string {
		return append([]string{"scan", "--no-go", "--allow-incomplete", "--fail-on", "never"}, more...)
	}
	runs := [][]string{
		scanArgs("--format", "text", root),
		scanArgs("--format", "json", root),
		scanArgs("--format", "sarif", root),
		scanArgs("--format", "github", root),
		scanArgs("--format", "sarif", "--output", filepath.Join(outDir, "out.sarif"), root),
		scanArgs("--write-baseline", filepath.Join(outDir, "baseline.json"), root),
		scanArgs("--config", cfgs[0], root),
		scanArgs("--rules", filepath.Join(root, "cfg", "rules.yaml"), root),
		scanArgs(filepath.Join(root, "missing", directive)),
		{"explain", content},
	}
	sawFinding := false
	for _, args := range runs {
		var out, errb bytes.Buffer
		code := run(args, &out, &errb)
		all.Write(out.Bytes())
		all.Write(errb.Bytes())
		if strings.Contains(out.String(), "CLK001") {
			sawFinding = true
		}
		t.Logf("run %d: exit %d", len(all.String()), code)
	}
	for _, name := range []string{"out.sarif", "baseline.json"} {
		data, err := os.ReadFile(filepath.Join(outDir, name))
		if err != nil {
			t.Fatal(err)
		}
		all.Write(data)
	}
	if !sawFinding {
		t.Fatalf("no CLK001 finding at all: the probe tree is broken\n%s", all.String())
	}
	// The probes reached the output (redacted), so the test looks where it means to.
	for name, k := range map[string]string{"directory name": dirKey, "file name": fileKey, "skipped file name": binKey,
		"source map sources": mapSource, "env variable name": envName, "env value of no key shape": odd} {
		if !strings.Contains(all.String(), keys.Redact(k)) {
			t.Errorf("no %s in any output: the %s probe did not reach it", keys.Redact(k), name)
		}
	}
	for _, k := range planted {
		// The last four characters are meant to stay; everything before them
		// is the part that must never be printed.
		if i := strings.Index(all.String(), k[:len(k)-4]); i >= 0 {
			t.Errorf("output leaks a planted key: …%s…", keys.RedactAll(all.String()[max(0, i-60):i+len(k)], k))
		}
	}
}

// TestDoubleDashEndsFlags: after "--" every argument is a path, even one that
// looks like a flag, so a file list cannot smuggle --output and overwrite a file.
func TestDoubleDashEndsFlags(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{"a.ts": "export const x = 1\n"})
	var out, errb bytes.Buffer
	code := run([]string{"scan", "--no-go", "--", "a.ts", "--output=victim.txt", "--format", "json"}, &out, &errb)
	if _, err := os.Stat(filepath.Join(dir, "victim.txt")); err == nil {
		t.Fatal("--output after -- was parsed as a flag: victim.txt written")
	}
	if code != exitError || !strings.Contains(errb.String(), "--output=victim.txt") {
		t.Fatalf("exit %d, want %d for a missing path named --output=victim.txt\nstderr: %s", code, exitError, errb.String())
	}
	// A "--" that is a flag's value is not a terminator, and flags after a
	// path still work.
	for _, args := range [][]string{
		{"scan", "--no-go", "--output", "--", "a.ts", "--format", "json"},
		{"scan", "--no-go", "a.ts", "--format", "json", "--output", "--"},
	} {
		os.Remove(filepath.Join(dir, "--"))
		out.Reset()
		errb.Reset()
		if code := run(args, &out, &errb); code != exitClean {
			t.Fatalf("%v: exit %d\n%s", args, code, errb.String())
		}
		if data, err := os.ReadFile(filepath.Join(dir, "--")); err != nil || !bytes.HasPrefix(data, []byte("{")) {
			t.Errorf("%v: no JSON report in the file named --: %v", args, err)
		}
	}
	// Flag-looking file names after "--" are scanned as files.
	writeTree(t, dir, map[string]string{"--format=sarif.ts": "export const y = 2\n"})
	out.Reset()
	errb.Reset()
	if code := run([]string{"scan", "--no-go", "--format", "json", "--", "--format=sarif.ts"}, &out, &errb); code != exitClean || !bytes.HasPrefix(out.Bytes(), []byte("{")) {
		t.Fatalf("exit %d, stdout %.40q, stderr %s", code, out.String(), errb.String())
	}
}

// TestGitHubFormatCannotInjectCommands: a file name with a newline, '%', ':' and
// ',' and a control character stays inside its own workflow command.
func TestGitHubFormatCannotInjectCommands(t *testing.T) {
	root := t.TempDir()
	evil := "x\n::error file=pwned.ts::injected%0A,y:z\r\x1b[2J.ts"
	writeTree(t, root, map[string]string{
		"package.json": `{"dependencies":{"@clerk/nextjs":"6.0.0"}}`,
		evil:           `export const k = "` + hostileKey("sk_live_", "gh") + "\"\n",
		"bin" + evil:   "\x00\n",
	})
	var out, errb bytes.Buffer
	run([]string{"scan", "--no-go", "--allow-incomplete", "--format", "github", root}, &out, &errb)
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 workflow commands (one finding, one skipped file), got %d:\n%s", len(lines), out.String())
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::error file=") && !strings.HasPrefix(l, "::warning file=") {
			t.Errorf("line is not one command: %q", l)
		}
		// The command's own two "::" and no other: an unescaped one would end
		// the properties early.
		if strings.ContainsAny(l, "\r\x1b") || strings.Count(l, "::") != 2 {
			t.Errorf("file name escaped its command: %q", l)
		}
	}
	if !strings.Contains(lines[0], "%3A%3Aerror file=pwned.ts%3A%3Ainjected%250A%2Cy%3Az") {
		t.Errorf("file property not escaped as GitHub unescapes it: %q", lines[0])
	}
}

// scanWithin runs the CLI and fails the test if it takes longer than limit: a
// hostile tree must never hang the scan (a FIFO with no writer, /dev/zero).
func scanWithin(t *testing.T, limit time.Duration, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		var out, errb bytes.Buffer
		code := run(args, &out, &errb)
		done <- result{code, out.String(), errb.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(limit):
		t.Fatalf("%v: still running after %v", args, limit)
		return 0, "", ""
	}
}

// TestHostileProbes plants, at test time, the special files a hostile tree can
// hold where clerklint reads on its own (config, ignore files, the git index,
// manifests, flag files) and expects each scan to end quickly with an honest
// exit code and the problem named: exit 2 for the user's own flag files and for
// a gap in the tree, never a hang or a silent pass.
func TestHostileProbes(t *testing.T) {
	outside := t.TempDir()
	writeTree(t, outside, map[string]string{"secret.ts": `export const k = "` + hostileKey("sk_live_", "outside") + "\"\n"})
	fifo := func(t *testing.T, p string) {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}
	tree := func(t *testing.T, setup func(root string)) string {
		root := t.TempDir()
		writeTree(t, root, map[string]string{"src/index.ts": "export const x = process.env.CLERK_SECRET_KEY\n"})
		os.MkdirAll(filepath.Join(root, ".git"), 0o755)
		setup(root)
		return root
	}
	flagFiles := t.TempDir()
	os.Symlink("/dev/zero", filepath.Join(flagFiles, "zero.yml"))
	fifo(t, filepath.Join(flagFiles, "rules.fifo"))
	os.Symlink("/dev/zero", filepath.Join(flagFiles, "baseline.json"))

	for _, tc := range []struct {
		name     string
		setup    func(root string)
		flags    []string
		want     int
		stderr   string // must appear
		allowed  int    // exit code with --allow-incomplete
		noOutput string // must not appear in stdout
	}{
		{name: "config symlink to /dev/zero", setup: func(r string) { os.Symlink("/dev/zero", filepath.Join(r, ".clerklint.yml")) },
			want: exitError, allowed: exitClean, stderr: "not analysed: .clerklint.yml: config unreadable, defaults used: not a regular file: a symlink"},
		{name: ".gitignore symlink to /dev/zero", setup: func(r string) { os.Symlink("/dev/zero", filepath.Join(r, ".gitignore")) },
			want: exitError, allowed: exitClean, stderr: "not analysed: .gitignore: ignore file unreadable"},
		{name: "git index is a FIFO", setup: func(r string) { fifo(t, filepath.Join(r, ".git", "index")) },
			want: exitError, allowed: exitClean, stderr: "not analysed: .git/index: git index unreadable, tracked files unknown: not a regular file: a FIFO"},
		{name: "3 GB sparse package.json", setup: func(r string) {
			f, err := os.Create(filepath.Join(r, "package.json"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := f.Truncate(3 << 30); err != nil {
				t.Skipf("truncate: %v", err)
			}
		}, want: exitError, allowed: exitClean, stderr: "not analysed: package.json: 3221225472 bytes exceeds max-file-size"},
		{name: "symlink loop", setup: func(r string) {
			os.Symlink("loop-b.ts", filepath.Join(r, "src", "loop-a.ts"))
			os.Symlink("loop-a.ts", filepath.Join(r, "src", "loop-b.ts"))
			os.Symlink(".", filepath.Join(r, "src", "self"))
		}, want: exitClean, allowed: exitClean},
		{name: "symlink out of the root", setup: func(r string) {
			os.Symlink(filepath.Join(outside, "secret.ts"), filepath.Join(r, "src", "leak.ts"))
			os.Symlink(outside, filepath.Join(r, "linked-dir"))
		}, want: exitClean, allowed: exitClean, noOutput: "CLK001"},
		// A method chain thousands of links long in a server action: each
		// link once read the whole chain below it (minutes at 5,000 links).
		{name: "method chain of 5,000 links", setup: func(r string) {
			var b strings.Builder
			b.WriteString("'use server'\nimport { currentUser } from '@clerk/nextjs/server'\nexport async function list() {\n  const user = await currentUser()\n  return await supabase.from('t').select('*')\n")
			for range 5000 {
				b.WriteString("    .eq('a', 1)\n")
			}
			b.WriteString("    .eq('owner', user.id)\n}\n")
			writeTree(t, r, map[string]string{
				"package.json":       `{"dependencies":{"next":"15.3.0","@clerk/nextjs":"^6"}}`,
				"src/middleware.ts":  "import { clerkMiddleware } from '@clerk/nextjs/server'\nexport default clerkMiddleware()\n",
				"src/app/actions.ts": b.String(),
			})
		}, want: exitClean, allowed: exitClean},
		// The Express model unwound each link's receiver down the whole
		// chain and climbed from its root name (minutes at 1,000 links: 159 s of CPU).
		{name: "Express handler chain of 1,000 links", setup: func(r string) {
			var b strings.Builder
			b.WriteString("import express from 'express'\nconst app = express()\napp.get('/x', async (req, res) => {\n  res.json(await db.from('t').select('*')\n")
			for range 1000 {
				b.WriteString("    .where('a', req.query.q)\n")
			}
			b.WriteString(")\n})\napp\n")
			for range 1000 {
				b.WriteString("  .use((req, res, next) => next())\n")
			}
			writeTree(t, r, map[string]string{
				"package.json":  `{"dependencies":{"express":"^4","@clerk/express":"^1"}}`,
				"src/server.ts": b.String(),
			})
		}, want: exitClean, allowed: exitClean},
		// Each if of a nest copied the steps below it and walked the body
		// again (34 s and 685 MB at 3,000 levels).
		{name: "ifs nested 3,000 deep", setup: func(r string) {
			const depth = 3000
			writeTree(t, r, map[string]string{
				"package.json":      `{"dependencies":{"next":"15.3.0","@clerk/nextjs":"^6"}}`,
				"src/middleware.ts": "import { clerkMiddleware } from '@clerk/nextjs/server'\nexport default clerkMiddleware()\n",
				"src/app/api/x/route.ts": "export async function GET(req: Request) {\n" + strings.Repeat("if (req) {\n", depth) +
					"return Response.json(1)\n" + strings.Repeat("}\n", depth) + "}\n",
			})
		}, want: exitClean, allowed: exitClean},
		// A decorator's router was found by scanning every definition of
		// the module (25 s at 20,000 routes).
		{name: "FastAPI module of 5,000 routes", setup: func(r string) {
			var b strings.Builder
			b.WriteString("from fastapi import FastAPI\napp = FastAPI()\n")
			for i := range 5000 {
				fmt.Fprintf(&b, "@app.get('/r%d')\nasync def r%d():\n    return 'ok'\n", i, i)
			}
			writeTree(t, r, map[string]string{"requirements.txt": "fastapi\nclerk-backend-api\n", "app/main.py": b.String()})
		}, want: exitClean, allowed: exitClean},
		{name: "--config symlink to /dev/zero", setup: func(string) {}, flags: []string{"--config", filepath.Join(flagFiles, "zero.yml")},
			want: exitError, allowed: exitError, stderr: "read config: " + filepath.Join(flagFiles, "zero.yml") + ": not a regular file: a symlink"},
		{name: "--rules FIFO", setup: func(string) {}, flags: []string{"--rules", filepath.Join(flagFiles, "rules.fifo")},
			want: exitError, allowed: exitError, stderr: "not a regular file: a FIFO"},
		{name: "--baseline symlink to /dev/zero", setup: func(string) {}, flags: []string{"--baseline", filepath.Join(flagFiles, "baseline.json")},
			want: exitError, allowed: exitError, stderr: "read baseline: " + filepath.Join(flagFiles, "baseline.json") + ": not a regular file: a symlink"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := tree(t, tc.setup)
			for _, allow := range []bool{false, true} {
				args := append([]string{"scan", "--no-go", "--format", "json"}, tc.flags...)
				want := tc.want
				if allow {
					args, want = append(args, "--allow-incomplete"), tc.allowed
				}
				code, out, stderr := scanWithin(t, 20*time.Second, append(args, root)...)
				if code != want {
					t.Errorf("allow-incomplete=%v: exit %d, want %d\nstderr: %s", allow, code, want, stderr)
				}
				if tc.stderr != "" && strings.Count(stderr, tc.stderr) != 1 {
					t.Errorf("allow-incomplete=%v: stderr does not name the problem once (%q):\n%s", allow, tc.stderr, stderr)
				}
				if tc.noOutput != "" && strings.Contains(out, tc.noOutput) {
					t.Errorf("a link was followed: %s in\n%s", tc.noOutput, out)
				}
			}
		})
	}
}

// TestIncompleteScanExitsTwo: what the scan could not analyse ends it with exit
// 2, each problem listed once on stderr, unless --allow-incomplete; what is not
// program text or not committed (binary files, gitignored untracked files) is
// not a gap.
func TestIncompleteScanExitsTwo(t *testing.T) {
	big := strings.Repeat("// padding\n", 20) // 220 bytes, over the 200 of the config
	key := hostileKey("sk_live_", "incomplete")
	for _, tc := range []struct {
		name    string
		files   map[string]string
		want    int    // exit without --allow-incomplete
		allowed int    // exit with it
		listed  string // the stderr line, exactly once
	}{
		{"source over max-file-size", map[string]string{"src/big.ts": big}, exitError, exitClean,
			"clerklint: not analysed: src/big.ts: 220 bytes exceeds max-file-size 200\n"},
		{"findings and a gap", map[string]string{"src/big.ts": big, "src/k.ts": `export const k = "` + key + "\"\n"}, exitError, exitFindings,
			"clerklint: not analysed: src/big.ts: 220 bytes exceeds max-file-size 200\n"},
		{"binary content in a source file", map[string]string{"src/hidden.ts": "\x00" + `"` + key + `"`}, exitError, exitClean,
			"clerklint: not analysed: src/hidden.ts: binary content\n"},
		{"binary file", map[string]string{"assets/blob.weights": "\x00\x01\x02" + big}, exitClean, exitClean, ""},
		{"gitignored file over the limit", map[string]string{".gitignore": "/out/\n", "out/bundle.js": big}, exitClean, exitClean, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			files := map[string]string{".clerklint.yml": "max-file-size: 200\n", "package.json": `{"dependencies":{"@clerk/nextjs":"6.0.0"}}`}
			for k, v := range tc.files {
				files[k] = v
			}
			writeTree(t, root, files)
			for _, format := range []string{"text", "json"} {
				for _, allow := range []bool{false, true} {
					args := []string{"scan", "--no-go", "--format", format}
					want := tc.want
					if allow {
						args, want = append(args, "--allow-incomplete"), tc.allowed
					}
					var out, errb bytes.Buffer
					code := run(append(args, root), &out, &errb)
					if code != want {
						t.Errorf("%s allow=%v: exit %d, want %d\nstderr: %s", format, allow, code, want, errb.String())
					}
					if tc.listed != "" && strings.Count(errb.String(), tc.listed) != 1 {
						t.Errorf("%s allow=%v: stderr does not list %q once:\n%s", format, allow, tc.listed, errb.String())
					}
					if tc.listed == "" && strings.Contains(errb.String(), "not analysed") {
						t.Errorf("%s allow=%v: a benign skip is listed as a gap:\n%s", format, allow, errb.String())
					}
					if strings.Contains(out.String()+errb.String(), "skipped: skipped") {
						t.Errorf("doubled prefix:\n%s%s", out.String(), errb.String())
					}
				}
			}
		})
	}
}

// TestGoModuleThatDoesNotLoadIsIncomplete: the Go driver lists a module that
// fails to load; that alone makes the scan exit 2.
func TestGoModuleThatDoesNotLoadIsIncomplete(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod": "module example.com/broken\n\ngo 1.22\n",
		// It serves HTTP, so the Go passes could report in it (a module
		// nothing in which could matter is not loaded at all, and no gap).
		"main.go": "package main\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/does/not/exist\"\n)\n\nfunc main() { http.HandleFunc(\"/\", exist.X) }\n",
	})
	var out, errb bytes.Buffer
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	if code := run([]string{"scan", root}, &out, &errb); code != exitError || !strings.Contains(errb.String(), "clerklint: not analysed: ") {
		t.Fatalf("exit %d, want %d with the module listed\nstderr: %s", code, exitError, errb.String())
	}
	out.Reset()
	errb.Reset()
	if code := run([]string{"scan", "--allow-incomplete", root}, &out, &errb); code != exitClean {
		t.Fatalf("--allow-incomplete: exit %d\nstderr: %s", code, errb.String())
	}
	// The user's GOFLAGS=-mod=mod does not reach the scan: go.mod is as written
	// and no go.sum appeared.
	if data, err := os.ReadFile(filepath.Join(root, "go.mod")); err != nil || string(data) != "module example.com/broken\n\ngo 1.22\n" {
		t.Errorf("go.mod after the scan: %q, %v", data, err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.sum")); err == nil {
		t.Error("the scan wrote a go.sum")
	}
}

// TestGitExcludesCountAsIgnored: a .env that git itself ignores through
// .git/info/exclude, core.excludesFile (from ~/.gitconfig or the XDG config)
// or the default $XDG_CONFIG_HOME/git/ignore is not "an env file that is not
// gitignored" (CLK007).
func TestGitExcludesCountAsIgnored(t *testing.T) {
	env := "CLERK_SECRET_KEY=" + hostileKey("sk_live_", "excludes") + "\n"
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, root, home, xdg string)
		want  bool // CLK007 expected
	}{
		{"nothing ignores it", func(*testing.T, string, string, string) {}, true},
		{".git/info/exclude", func(t *testing.T, root, _, _ string) {
			writeTree(t, root, map[string]string{".git/info/exclude": ".env\n"})
		}, false},
		{"core.excludesFile in ~/.gitconfig", func(t *testing.T, _, home, _ string) {
			writeTree(t, home, map[string]string{".gitconfig": "[user]\n\tname = x\n[core]\n\texcludesFile = ~/my-ignores\n", "my-ignores": "*.log\n.env\n"})
		}, false},
		{"core.excludesFile in the XDG config", func(t *testing.T, _, home, xdg string) {
			writeTree(t, xdg, map[string]string{"git/config": "[core]\n\texcludesfile = " + filepath.Join(home, "ign") + "\n"})
			writeTree(t, home, map[string]string{"ign": ".env\n"})
		}, false},
		{"default XDG ignore file", func(t *testing.T, _, _, xdg string) {
			writeTree(t, xdg, map[string]string{"git/ignore": ".env\n"})
		}, false},
		{"symlinked dotfiles", func(t *testing.T, _, home, xdg string) {
			writeTree(t, home, map[string]string{"dotfiles/gitignore": ".env\n"})
			os.MkdirAll(filepath.Join(xdg, "git"), 0o755)
			os.Symlink(filepath.Join(home, "dotfiles/gitignore"), filepath.Join(xdg, "git", "ignore"))
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, home, xdg := t.TempDir(), t.TempDir(), t.TempDir()
			t.Setenv("HOME", home)
			t.Setenv("XDG_CONFIG_HOME", xdg)
			t.Setenv("GIT_CONFIG_GLOBAL", "")
			os.Unsetenv("GIT_CONFIG_GLOBAL") // restored by t.Setenv
			writeTree(t, root, map[string]string{".env": env, "package.json": `{"dependencies":{"@clerk/nextjs":"6.0.0"}}`})
			os.MkdirAll(filepath.Join(root, ".git"), 0o755)
			tc.setup(t, root, home, xdg)
			fs, _, stderr := scanJSON(t, "--no-go", "--enable", "CLK007", root)
			got := false
			for _, f := range fs {
				got = got || f.RuleID == "CLK007"
			}
			if got != tc.want {
				t.Errorf("CLK007 reported: %v, want %v (findings %v, stderr %s)", got, tc.want, fs, stderr)
			}
		})
	}
}

// TestUnparsedClerkSourceIsIncomplete: a source file the JS parser refuses (a
// line over 20 KB reads as minified) is a gap when it names Clerk or is a
// server entry point, so a route or a server action cannot hide behind one
// long line; a minified library (x.min.js) and a file
// without Clerk stay benign skips of the parser.
func TestUnparsedClerkSourceIsIncomplete(t *testing.T) {
	long := strings.Repeat("x", 25<<10)
	route := "import { auth } from '@clerk/nextjs/server'\nexport async function GET() { const k = process.env.CLERK_SECRET_KEY; console.log(k); return Response.json({ pad: '" + long + "' }) }\n"
	for _, tc := range []struct {
		name, path, src string
		want            int
	}{
		{"Clerk route on one long line", "app/api/x/route.ts", route, exitError},
		{"minified library", "public/vendor.min.js", route, exitClean},
		{"long line without Clerk", "lib/data.ts", "export const pad = '" + long + "'\n", exitClean},
		{"route handler without Clerk on one long line", "app/api/y/route.ts", "export async function POST() { return Response.json({ pad: '" + long + "' }) }\n", exitError},
		{"server actions without Clerk on one long line", "lib/actions.ts", "'use server'\nexport async function drop(id: string) { await db.note.delete({ where: { id } }); return '" + long + "' }\n", exitError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, map[string]string{"package.json": `{"dependencies":{"@clerk/nextjs":"6.0.0","next":"15.0.0"}}`, tc.path: tc.src})
			var out, errb bytes.Buffer
			code := run([]string{"scan", "--no-go", root}, &out, &errb)
			if code != tc.want {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.want, out.String(), errb.String())
			}
			listed := "clerklint: not analysed: " + tc.path + ": not parsed (minified): the Clerk rules could not read it\n"
			if got := strings.Count(errb.String(), listed); got != btoi(tc.want == exitError) {
				t.Errorf("stderr lists the file %d times, want %d:\n%s", got, btoi(tc.want == exitError), errb.String())
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
