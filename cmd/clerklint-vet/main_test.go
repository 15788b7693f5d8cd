package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/golang/godriver/drivertest"
)

// TestVetTool builds clerklint-vet and runs `go vet -vettool` on the real-module
// testdata services: the seeded one must fail with exactly its annotated
// findings, the clean twin must pass.
func TestVetTool(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary and runs go vet")
	}
	if _, err := exec.LookPath("go"); err != nil {
		drivertest.Unavailable(t, "no go command on PATH")
	}
	tool := filepath.Join(t.TempDir(), "clerklint-vet")
	if out, err := exec.Command("go", "build", "-o", tool, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, c := range []struct {
		dir      string
		findings bool
	}{
		{"../../testdata/gomod/seeded", true},
		{"../../testdata/gomod/clean", false},
	} {
		t.Run(filepath.Base(c.dir), func(t *testing.T) {
			dir, err := filepath.Abs(c.dir)
			if err != nil {
				t.Fatal(err)
			}
			download := exec.Command("go", "mod", "download")
			download.Dir = dir
			download.Env = append(os.Environ(), "GOWORK=off")
			if out, err := download.CombinedOutput(); err != nil {
				drivertest.Unavailable(t, "cannot download the dependencies of %s: %v\n%s", c.dir, err, out)
			}

			// Plain text, as users run it: findings on stderr, exit status 1.
			stdout, stderr, code := vet(t, dir, tool)
			if c.findings && code == 0 {
				t.Errorf("go vet exited 0 on %s, want findings and a non-zero exit\nstderr:\n%s", c.dir, stderr)
			}
			if !c.findings && code != 0 {
				t.Errorf("go vet exited %d on %s, want 0\nstdout:\n%s\nstderr:\n%s", code, c.dir, stdout, stderr)
			}
			got := slices.CompactFunc(drivertest.ParseText(stderr, dir), func(a, b drivertest.Got) bool { return a == b })

			// The text form does not name the analyzer; -json does.
			jsonOut, jsonErr, _ := vet(t, dir, tool, "-json")
			rules, err := vetJSONRules(jsonOut, dir)
			if err != nil {
				t.Fatalf("%v\nstdout:\n%s\nstderr:\n%s", err, jsonOut, jsonErr)
			}
			for i := range got {
				key := fmt.Sprintf("%s:%d:%d: %s", got[i].File, got[i].Line, got[i].Column, got[i].Message)
				if got[i].Rule = rules[key]; got[i].Rule == "" {
					got[i].Rule = "unknown (not in -json output)"
				}
			}
			if len(got) != len(rules) {
				t.Errorf("text output has %d findings, -json %d", len(got), len(rules))
			}
			wants, err := drivertest.Wants(dir)
			if err != nil {
				t.Fatal(err)
			}
			if problems := drivertest.Check(wants, got); len(problems) > 0 {
				t.Errorf("go vet -vettool=clerklint-vet on %s:\n%s\nstderr:\n%s", c.dir, strings.Join(problems, "\n"), stderr)
			}
		})
	}
}

func vet(t *testing.T, dir, tool string, flags ...string) (stdout, stderr string, code int) {
	t.Helper()
	args := append([]string{"vet", "-vettool=" + tool}, flags...)
	cmd := exec.Command("go", append(args, "./...")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("go vet: %v", err)
	}
	return o.String(), e.String(), code
}

// vetJSONRules maps "file:line:col: message" to the analyzer (rule id) that
// reported it, from go vet -json output: one JSON object per package, keyed by
// package then analyzer.
func vetJSONRules(out, dir string) (map[string]string, error) {
	rules := map[string]string{}
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var pkgs map[string]map[string]json.RawMessage
		if err := dec.Decode(&pkgs); err != nil {
			return nil, fmt.Errorf("go vet -json: %w", err)
		}
		for pkg, byAnalyzer := range pkgs {
			for analyzer, raw := range byAnalyzer {
				var diags []struct {
					Posn    string `json:"posn"`
					Message string `json:"message"`
				}
				if err := json.Unmarshal(raw, &diags); err != nil {
					return nil, fmt.Errorf("go vet -json: %s: %s: %s", pkg, analyzer, raw)
				}
				for _, d := range diags {
					for _, g := range drivertest.ParseText(d.Posn+": "+d.Message, dir) {
						rules[fmt.Sprintf("%s:%d:%d: %s", g.File, g.Line, g.Column, g.Message)] = analyzer
					}
				}
			}
		}
	}
	return rules, nil
}
