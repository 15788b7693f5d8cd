// Package scantest is the fixture harness for clerklint's file engines, the
// counterpart of analysistest for everything that is not Go.
//
// A fixture project is a directory scanned as a project root. Expectations are
// annotations in each file's own comment syntax on the line above the code they
// describe (semgrep's convention):
//
//	// ruleid: CLK001          a CLK001 finding is expected on the next line
//	# ok: CLK003               no CLK003 finding may be on the next line
//
// "Next line" skips further annotation lines, and several ids may be
// comma-separated. Files that cannot hold comments (minified bundles, source maps,
// JSON) are described in the project's EXPECT file, one line each:
//
//	dist/assets/index.js:1 CLK002
//	package.json ok
//
// Run fails on a missing finding, an unexpected finding, or a fixture file that
// carries no annotation and is not in EXPECT, so fixtures cannot rot silently.
//
// Before scanning, the project is copied to a temporary directory where:
//   - a file named "gitignore" becomes ".gitignore" (fixture ignore rules must not
//     apply to clerklint's own repository);
//   - a GIT_TRACKED file, if present, lists paths that are `git add`ed to a fresh
//     repository, so "tracked" can be tested;
//   - fake-key tokens are expanded (see ExpandFakeKeys), so no file in the
//     repository looks like a live credential to other scanners.
package scantest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// Harness files: read by the harness, never copied into the scanned tree.
const (
	ExpectFile  = "EXPECT"
	TrackedFile = "GIT_TRACKED"
)

// fakeToken is a length-preserving placeholder for a fake credential: a known prefix,
// "@fake", an optional alphanumeric label, then "@" padding.
var fakeToken = regexp.MustCompile(`(sk_test_|sk_live_|rk_test_|rk_live_|whsec_)@fake([A-Za-z0-9]*)(@+)`)

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// FakeBody returns a deterministic, high-entropy alphanumeric body of length n for
// a prefix and label, the same one every time.
func FakeBody(prefix, label string, n int) string {
	var b strings.Builder
	seed := []byte(fmt.Sprintf("clerklint-fake|%s|%s|%d", prefix, label, n))
	for ctr := 0; b.Len() < n; ctr++ {
		sum := sha256.Sum256(append(seed, byte(ctr), byte(ctr>>8)))
		for _, c := range sum {
			// Rejection sampling keeps the distribution uniform over 62 symbols.
			if int(c) < 248 && b.Len() < n {
				b.WriteByte(alnum[int(c)%62])
			}
		}
	}
	return b.String()
}

// ExpandFakeKeys replaces every fake-key token with a key of the same length, so
// columns (and source maps) in fixtures stay valid.
func ExpandFakeKeys(src []byte) []byte {
	return fakeToken.ReplaceAllFunc(src, func(m []byte) []byte {
		sm := fakeToken.FindSubmatch(m)
		prefix, label := string(sm[1]), string(sm[2])
		n := len(m) - len(prefix)
		return []byte(prefix + FakeBody(prefix, label, n))
	})
}

// Key is one expectation or observation: a rule at a line of a file.
type Key struct {
	File string
	Line int
	Rule string
}

func (k Key) String() string { return fmt.Sprintf("%s:%d %s", k.File, k.Line, k.Rule) }

// Expectations of one fixture project.
type Expectations struct {
	Want map[Key]int  // expected findings (count per key)
	Deny map[Key]bool // ok: annotations
}

// only drops the expectations of rules keep rejects.
func (e *Expectations) only(keep func(ruleID string) bool) {
	for k := range e.Want {
		if !keep(k.Rule) {
			delete(e.Want, k)
		}
	}
	for k := range e.Deny {
		if !keep(k.Rule) {
			delete(e.Deny, k)
		}
	}
}

var annotation = regexp.MustCompile(`\b(ruleid|ok):\s*(CLK[0-9]{3}(?:\s*,\s*CLK[0-9]{3})*)`)

// Prepare copies a fixture project into dst (expanding fake keys, renaming
// gitignore files, creating the git repository) and returns its expectations.
func Prepare(src, dst string) (*Expectations, error) {
	exp := &Expectations{Want: map[Key]int{}, Deny: map[Key]bool{}}
	described := map[string]bool{}
	if data, err := os.ReadFile(filepath.Join(src, ExpectFile)); err == nil {
		if err := parseExpect(data, exp, described); err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(src, ExpectFile), err)
		}
	}
	var unannotated []string
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." {
				return os.MkdirAll(filepath.Join(dst, rel), 0o755)
			}
			return nil
		}
		if rel == ExpectFile || rel == TrackedFile {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out := rel
		if path.Base(rel) == "gitignore" {
			out = path.Join(path.Dir(rel), ".gitignore")
		}
		n := annotate(out, data, exp)
		if n == 0 && !described[out] && path.Base(rel) != "gitignore" {
			unannotated = append(unannotated, rel)
		}
		return os.WriteFile(filepath.Join(dst, out), ExpandFakeKeys(data), 0o644)
	})
	if err != nil {
		return nil, err
	}
	if len(unannotated) > 0 {
		return nil, fmt.Errorf("fixture files without ruleid:/ok: annotations or an EXPECT entry: %s", strings.Join(unannotated, ", "))
	}
	if data, err := os.ReadFile(filepath.Join(src, TrackedFile)); err == nil {
		if err := gitTrack(dst, strings.Fields(string(data))); err != nil {
			return nil, err
		}
	}
	return exp, nil
}

func parseExpect(data []byte, exp *Expectations, described map[string]bool) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return fmt.Errorf("line %d: want `path:LINE CLKnnn` or `path ok`, got %q", n, line)
		}
		if f[1] == "ok" {
			described[f[0]] = true
			continue
		}
		i := strings.LastIndexByte(f[0], ':')
		ln, err := strconv.Atoi(f[0][i+1:])
		if i < 0 || err != nil || !regexp.MustCompile(`^CLK[0-9]{3}$`).MatchString(f[1]) {
			return fmt.Errorf("line %d: want `path:LINE CLKnnn`, got %q", n, line)
		}
		described[f[0][:i]] = true
		exp.Want[Key{f[0][:i], ln, f[1]}]++
	}
	return sc.Err()
}

// annotate records a file's annotations and returns how many it has.
func annotate(file string, data []byte, exp *Expectations) int {
	lines := strings.Split(string(data), "\n")
	count := 0
	for i := 0; i < len(lines); i++ {
		m := annotation.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		count++
		target := i + 1
		for target < len(lines) && annotation.MatchString(lines[target]) {
			target++
		}
		for _, id := range strings.Split(m[2], ",") {
			k := Key{file, target + 1, strings.TrimSpace(id)}
			if m[1] == "ruleid" {
				exp.Want[k]++
			} else {
				exp.Deny[k] = true
			}
		}
	}
	return count
}

func gitTrack(dir string, paths []string) error {
	run := func(args ...string) error {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return nil
	}
	if err := run("init", "-q"); err != nil {
		return err
	}
	if len(paths) == 0 {
		return nil
	}
	return run(append([]string{"add", "-f", "--"}, paths...)...)
}

// Scanner runs the pipeline under test on a prepared project root.
type Scanner func(root string) ([]rules.Finding, error)

// Run checks every fixture project matched by the glob pattern (e.g.
// "../../testdata/secrets/*") against the scanner's findings.
func Run(t *testing.T, pattern string, scan Scanner) {
	t.Helper()
	run(t, pattern, scan, nil)
}

// RunEngines is Run with only the given engines (see Engines): expectations of
// rules none of them implements are not checked, so one fixture project can
// describe what every engine reports on it while each engine's own tests stay
// independent. The CLI's fixture test checks them all.
func RunEngines(t *testing.T, pattern string, engines ...scan.Engine) {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	kept := map[string]bool{}
	for _, r := range set.All() {
		for _, e := range engines {
			kept[r.ID] = kept[r.ID] || r.HasEngine(e.Name)
		}
	}
	run(t, pattern, Engines(engines...), func(id string) bool { return kept[id] })
}

func run(t *testing.T, pattern string, scan Scanner, keep func(ruleID string) bool) {
	t.Helper()
	dirs, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	var projects []string
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			projects = append(projects, d)
		}
	}
	if len(projects) == 0 {
		t.Fatalf("no fixture projects match %s", pattern)
	}
	for _, dir := range projects {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			root := t.TempDir()
			exp, err := Prepare(dir, root)
			if err != nil {
				t.Fatal(err)
			}
			if keep != nil {
				exp.only(keep)
			}
			findings, err := scan(root)
			if err != nil {
				t.Fatal(err)
			}
			Check(t, exp, findings)
		})
	}
}

// Check compares findings with expectations and reports every difference.
func Check(t *testing.T, exp *Expectations, findings []rules.Finding) {
	t.Helper()
	got := map[Key]int{}
	msgs := map[Key]string{}
	for _, f := range findings {
		k := Key{f.File, f.Line, f.RuleID}
		got[k]++
		msgs[k] = f.Message
	}
	var problems []string
	for k, n := range exp.Want {
		if got[k] < n {
			problems = append(problems, fmt.Sprintf("missing finding %s (want %d, got %d)", k, n, got[k]))
		}
	}
	for k, n := range got {
		if exp.Deny[k] {
			problems = append(problems, fmt.Sprintf("finding on an ok: line %s: %s", k, msgs[k]))
		} else if n > exp.Want[k] {
			problems = append(problems, fmt.Sprintf("unexpected finding %s: %s", k, msgs[k]))
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

// Engines returns a Scanner that runs the built-in rule set with the given engines
// over a root, without the report layer (suppression is tested end to end by the
// CLI's fixtures). Rules whose engine is not given are left out. A .clerklint.yml in
// the fixture is honoured, as the CLI would.
func Engines(engines ...scan.Engine) Scanner {
	return func(root string) ([]rules.Finding, error) {
		engines := append([]scan.Engine(nil), engines...)
		set, err := rules.Builtin()
		if err != nil {
			return nil, err
		}
		names := map[string]bool{}
		for _, e := range engines {
			names[e.Name] = true
		}
		// Keep the rules one of the given engines implements; their other engines
		// (e.g. the Go passes for CLK001) run outside this harness.
		var off []string
		others := map[string]bool{}
		for _, r := range set.All() {
			kept := false
			for _, e := range r.Engines {
				kept = kept || names[e]
			}
			if !kept {
				off = append(off, r.ID)
				continue
			}
			for _, e := range r.Engines {
				if !names[e] && !others[e] {
					others[e] = true
					engines = append(engines, scan.Engine{Name: e})
				}
			}
		}
		cfg, err := rules.LoadConfig(filepath.Join(root, ".clerklint.yml"), true)
		if err != nil {
			return nil, err
		}
		sel, err := rules.Select(set, cfg, nil, off)
		if err != nil {
			return nil, err
		}
		res, err := scan.Run(scan.Request{Root: root, Selection: sel, Config: cfg, Engines: engines})
		if err != nil {
			return nil, err
		}
		for _, e := range res.Errors {
			if e.Internal {
				return nil, fmt.Errorf("%s", e.Error())
			}
		}
		return res.Findings, nil
	}
}

// WriteTree writes files (slash paths relative to the project, and their
// contents) into a new temporary directory and returns it: a throwaway
// project for tests that build their input inline.
func WriteTree(t testing.TB, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, src := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// Endpoints scans a throwaway project (WriteTree) with the built-in rules of
// the given engine (the other engines its rules name run as stubs) and
// returns the endpoints the scan collected.
func Endpoints(t *testing.T, files map[string]string, eng scan.Engine) []endpoint.Endpoint {
	t.Helper()
	root := WriteTree(t, files)
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := rules.LoadConfig(filepath.Join(root, ".clerklint.yml"), true)
	if err != nil {
		t.Fatal(err)
	}
	engs := []scan.Engine{eng}
	var off []string
	stub := map[string]bool{eng.Name: true}
	for _, r := range set.All() {
		if !slices.Contains(r.Engines, eng.Name) {
			off = append(off, r.ID)
			continue
		}
		for _, e := range r.Engines {
			if !stub[e] {
				stub[e] = true
				engs = append(engs, scan.Engine{Name: e})
			}
		}
	}
	sel, err := rules.Select(set, cfg, nil, off)
	if err != nil {
		t.Fatal(err)
	}
	res, err := scan.Run(scan.Request{Root: root, Selection: sel, Config: cfg, Engines: engs})
	if err != nil {
		t.Fatal(err)
	}
	return res.Endpoints
}
