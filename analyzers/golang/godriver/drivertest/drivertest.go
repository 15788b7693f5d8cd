// Package drivertest checks the findings of clerklint's Go drivers (clerklint scan,
// the golangci-lint plugin, go vet -vettool) against the annotations of a real Go
// module under testdata/gomod, so the three drivers are held to the same
// expectations.
//
// Annotations follow semgrep's convention, as the file-engine fixtures do
// (analyzers/scan/scantest), on the line above the code they describe:
//
//	// ruleid: CLK101      a CLK101 finding is expected on the next line
//	// ok: CLK301          no CLK301 finding may be on the next line
//
// "Next line" skips further comment lines; several ids may be comma-separated.
// Every finding must be expected: an unannotated finding fails the check.
package drivertest

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// RequireEnv names the variable CI sets so that a missing prerequisite (git, the
// module proxy, a Go toolchain) fails an end-to-end test instead of skipping it.
const RequireEnv = "CLERKLINT_REQUIRE_E2E"

// Unavailable skips the test on a developer machine that lacks a prerequisite and
// fails it in CI, where a skip would hide a broken pipeline.
func Unavailable(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv(RequireEnv) != "" {
		t.Fatalf("%s is set but a prerequisite is missing: %s", RequireEnv, fmt.Sprintf(format, args...))
	}
	t.Skipf(format, args...)
}

// NeedModule makes sure the module in dir has its dependencies in the module
// cache (`go mod download` through the proxy when it lacks them) and returns
// dir as an absolute path; without a go command or the proxy it is
// Unavailable.
func NeedModule(t testing.TB, dir string) string {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("go"); err != nil {
		Unavailable(t, "no go command on PATH")
	}
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = abs
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		Unavailable(t, "cannot download the dependencies of %s: %v\n%s", dir, err, out)
	}
	return abs
}

// Want is one annotation.
type Want struct {
	File string // slash path relative to the module
	Line int    // the annotated code line
	Rule string
	OK   bool // "ok:" forbids the finding
}

// Got is one finding reported by a driver.
type Got struct {
	File    string // slash path relative to the module
	Line    int
	Column  int
	Rule    string
	Message string
}

func (g Got) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", g.File, g.Line, g.Column, g.Rule, g.Message)
}

var annotation = regexp.MustCompile(`^\s*//\s*(ruleid|ok):\s*(CLK\d{3}(?:\s*,\s*CLK\d{3})*)\s*$`)

// Wants reads the annotations of every .go file in the module at dir.
func Wants(dir string) ([]Want, error) {
	var out []Want
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		fh, err := os.Open(p)
		if err != nil {
			return err
		}
		defer fh.Close()
		var pending []Want
		sc := bufio.NewScanner(fh)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			if m := annotation.FindStringSubmatch(line); m != nil {
				for _, id := range strings.Split(m[2], ",") {
					pending = append(pending, Want{File: filepath.ToSlash(rel), Rule: strings.TrimSpace(id), OK: m[1] == "ok"})
				}
				continue
			}
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				continue
			}
			for _, w := range pending {
				w.Line = n
				out = append(out, w)
			}
			pending = nil
		}
		return sc.Err()
	})
	return out, err
}

// Check compares what a driver reported with the module's annotations and
// returns one line per problem: a missing expected finding, a forbidden one, or
// an unannotated one. A driver that reported nothing at all gets a hint, since
// that usually means no analyzer ran, not that the module is clean.
func Check(wants []Want, got []Got) []string {
	var problems []string
	type key struct {
		file string
		line int
		rule string
	}
	expected := map[key]bool{}
	forbidden := map[key]bool{}
	for _, w := range wants {
		k := key{w.File, w.Line, w.Rule}
		if w.OK {
			forbidden[k] = true
		} else {
			expected[k] = true
		}
	}
	found := map[key]bool{}
	for _, g := range got {
		k := key{g.File, g.Line, g.Rule}
		found[k] = true
		switch {
		case forbidden[k]:
			problems = append(problems, "forbidden finding (// ok:): "+g.String())
		case !expected[k]:
			problems = append(problems, "unexpected finding: "+g.String())
		}
	}
	var missing []string
	for k := range expected {
		if !found[k] {
			missing = append(missing, fmt.Sprintf("missing finding: %s:%d: %s", k.file, k.line, k.rule))
		}
	}
	slices.Sort(missing)
	problems = append(problems, missing...)
	if len(got) == 0 && len(expected) > 0 {
		problems = append(problems, "the driver reported no finding at all: are the Go analyzers registered in analyzers/golang/gopasses, and did the module load?")
	}
	return problems
}

// Unregistered returns the rule ids the annotations mention that no analyzer
// implements, so that an "// ok:" near miss is not vacuously true.
func Unregistered(wants []Want, analyzers []*analysis.Analyzer) []string {
	var out []string
	for _, w := range wants {
		if !slices.ContainsFunc(analyzers, func(a *analysis.Analyzer) bool { return a.Name == w.Rule }) && !slices.Contains(out, w.Rule) {
			out = append(out, w.Rule)
		}
	}
	slices.Sort(out)
	return out
}

// textLine matches "file.go:line:col: message" as printed by go vet and by
// golangci-lint ("file.go:line:col: CLK101: message (clerklint)").
var textLine = regexp.MustCompile(`^(?:vet: )?(\S+\.go):(\d+):(\d+): (.*)$`)

var ruleInMessage = regexp.MustCompile(`^(CLK\d{3}): `)

// ParseText extracts findings from a driver's text output. Paths are made
// relative to dir (absolute ones) or cleaned ("./main.go"); the rule id is read
// from a leading "CLK123: " in the message when present (golangci-lint prints the
// analyzer name there; go vet does not).
func ParseText(out, dir string) []Got {
	var got []Got
	for _, line := range strings.Split(out, "\n") {
		m := textLine.FindStringSubmatch(strings.TrimRight(line, "\r"))
		if m == nil {
			continue
		}
		file := m[1]
		if filepath.IsAbs(file) {
			if rel, err := filepath.Rel(dir, file); err == nil {
				file = rel
			}
		}
		ln, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		g := Got{File: filepath.ToSlash(filepath.Clean(file)), Line: ln, Column: col, Message: m[4]}
		if r := ruleInMessage.FindStringSubmatch(g.Message); r != nil {
			g.Rule = r[1]
			g.Message = strings.TrimPrefix(g.Message, r[0])
		}
		got = append(got, g)
	}
	return got
}
