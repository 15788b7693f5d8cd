package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
)

// actionFile is the subset of action.yml the local runner below reads.
type actionFile struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name       string            `yaml:"name"`
	ID         string            `yaml:"id"`
	If         string            `yaml:"if"`
	Uses       string            `yaml:"uses"`
	With       map[string]string `yaml:"with"`
	Shell      string            `yaml:"shell"`
	Env        map[string]string `yaml:"env"`
	Run        string            `yaml:"run"`
	WorkingDir string            `yaml:"working-directory"`
}

// actionRunner plays a GitHub runner for a composite action's `run:` steps:
// it substitutes the ${{ }} expressions the action uses, runs each script with
// bash as Actions does (bash --noprofile --norc -eo pipefail), and collects
// step outputs from $GITHUB_OUTPUT. `uses:` steps (setup-go, upload-sarif)
// need GitHub and are only checked for shape.
type actionRunner struct {
	t          *testing.T
	actionPath string // the checkout the action is built from
	runnerTemp string // shared, so the build step runs once
	workspace  string
	inputs     map[string]string
	outputs    map[string]map[string]string // step id → outputs
}

var exprRE = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

func (r *actionRunner) expand(s string) string {
	return exprRE.ReplaceAllStringFunc(s, func(m string) string {
		e := exprRE.FindStringSubmatch(m)[1]
		switch parts := strings.Split(e, "."); {
		case e == "github.action_path":
			return r.actionPath
		case len(parts) == 2 && parts[0] == "inputs":
			v, ok := r.inputs[parts[1]]
			if !ok {
				r.t.Fatalf("action.yml uses undeclared input %q", parts[1])
			}
			return v
		case len(parts) == 4 && parts[0] == "steps" && parts[2] == "outputs":
			return r.outputs[parts[1]][parts[3]]
		}
		r.t.Fatalf("action.yml: expression %q is not understood by the test runner", e)
		return ""
	})
}

// runStep runs one `run:` step and returns bash's exit code.
func (r *actionRunner) runStep(s actionStep) int {
	r.t.Helper()
	if s.Shell != "bash" {
		r.t.Fatalf("step %q: shell %q, want bash (composite steps must name one)", s.Name, s.Shell)
	}
	if s.If != "" && s.If != "always()" {
		r.t.Fatalf("step %q: condition %q is not understood by the test runner", s.Name, s.If)
	}
	dir := r.workspace
	if s.WorkingDir != "" {
		dir = r.expand(s.WorkingDir)
	}
	script := filepath.Join(r.runnerTemp, "step.sh")
	if err := os.WriteFile(script, []byte(r.expand(s.Run)), 0o644); err != nil {
		r.t.Fatal(err)
	}
	output := filepath.Join(r.runnerTemp, "github_output")
	os.WriteFile(output, nil, 0o644)
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"CI=true", "GITHUB_ACTIONS=true",
		"GITHUB_WORKSPACE="+r.workspace,
		"GITHUB_ACTION_PATH="+r.actionPath,
		"GITHUB_OUTPUT="+output,
		"GITHUB_ENV="+filepath.Join(r.runnerTemp, "github_env"),
		"GITHUB_PATH="+filepath.Join(r.runnerTemp, "github_path"),
		"GITHUB_STEP_SUMMARY="+filepath.Join(r.runnerTemp, "summary.md"),
		"RUNNER_TEMP="+r.runnerTemp,
	)
	for k, v := range s.Env {
		cmd.Env = append(cmd.Env, k+"="+r.expand(v))
	}
	out, err := cmd.CombinedOutput()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			r.t.Fatalf("step %q: %v", s.Name, err)
		}
		code = ee.ExitCode()
	}
	r.t.Logf("step %q exit %d:\n%s", s.Name, code, out)
	if s.ID != "" {
		data, _ := os.ReadFile(output)
		outs := map[string]string{}
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, "="); ok {
				outs[k] = v
			}
		}
		r.outputs[s.ID] = outs
	}
	return code
}

func loadAction(t *testing.T) *actionFile {
	t.Helper()
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("action.yml runs.using = %q, want composite", a.Runs.Using)
	}
	return &a
}

// TestActionShape checks the steps that need GitHub and cannot run here.
func TestActionShape(t *testing.T) {
	a := loadAction(t)
	var setup, upload, last actionStep
	for _, s := range a.Runs.Steps {
		switch {
		case strings.HasPrefix(s.Uses, "actions/setup-go@"):
			setup = s
		case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
			upload = s
		}
		last = s
	}
	if setup.With["go-version-file"] != "${{ github.action_path }}/go.mod" {
		t.Errorf("setup-go does not take Go from the action's go.mod: %v", setup.With)
	}
	if !strings.HasPrefix(upload.If, "always()") || upload.With["sarif_file"] == "" {
		t.Errorf("upload-sarif must run always() with a sarif_file: if=%q with=%v", upload.If, upload.With)
	}
	if last.If != "always()" || !strings.Contains(last.Run, "exit") {
		t.Errorf("the last step must always exit with the scan's code: %+v", last)
	}
	for _, want := range []string{"paths", "fail-on", "config", "args"} {
		if _, ok := a.Inputs[want]; !ok {
			t.Errorf("action.yml lacks input %q", want)
		}
	}
	if a.Inputs["paths"].Default != "." {
		t.Errorf("input paths defaults to %q, want .", a.Inputs["paths"].Default)
	}
}

// TestActionRunSteps runs the action's shell steps on a fixture project the
// way a runner would: the build from this checkout, the scan, and the final
// exit; the SARIF file must be written and the exit code follow fail-on.
func TestActionRunSteps(t *testing.T) {
	if testing.Short() {
		t.Skip("builds clerklint; skipped with -short")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	a := loadAction(t)
	actionPath, err := filepath.Abs("../../")
	if err != nil {
		t.Fatal(err)
	}
	runnerTemp := t.TempDir()

	// A project whose only finding is a warning (CLK005), so each fail-on
	// threshold gives a different exit code. The key is assembled here, never
	// committed.
	pk := "pk_test_" + base64.StdEncoding.EncodeToString([]byte("fixture-app.clerk.accounts.dev$"))
	newWorkspace := func(t *testing.T, config string) string {
		ws := t.TempDir()
		files := map[string]string{
			"package.json":        `{"name": "fixture", "dependencies": {"@clerk/nextjs": "^6.20.0", "next": "15.3.0"}}`,
			"src/config.ts":       fmt.Sprintf("export const publishableKey = %q;\n", pk),
			"ci/clerklint-ci.yml": config,
		}
		for name, src := range files {
			p := filepath.Join(ws, filepath.FromSlash(name))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return ws
	}

	built := false
	for _, tc := range []struct {
		name   string
		inputs map[string]string
		want   int
	}{
		{"default fail-on is warning", nil, exitFindings},
		{"fail-on error", map[string]string{"fail-on": "error"}, exitClean},
		{"fail-on info", map[string]string{"fail-on": "info"}, exitFindings},
		{"fail-on never", map[string]string{"fail-on": "never"}, exitClean},
		{"config file", map[string]string{"config": "ci/clerklint-ci.yml"}, exitClean},
		{"args", map[string]string{"args": "--disable CLK005\n--no-go"}, exitClean},
		{"paths", map[string]string{"paths": "src/config.ts\npackage.json"}, exitFindings},
		{"bad fail-on", map[string]string{"fail-on": "sometimes"}, exitError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &actionRunner{
				t: t, actionPath: actionPath, runnerTemp: runnerTemp,
				workspace: newWorkspace(t, "fail-on: never\n"),
				inputs:    map[string]string{}, outputs: map[string]map[string]string{},
			}
			for k, in := range a.Inputs {
				r.inputs[k] = in.Default
			}
			for k, v := range tc.inputs {
				r.inputs[k] = v
			}
			code := -1
			for _, s := range a.Runs.Steps {
				if s.Run == "" {
					continue
				}
				if strings.HasPrefix(s.Run, "go build") {
					if built {
						continue // one build serves every case
					}
					if c := r.runStep(s); c != 0 {
						t.Fatalf("build step exit %d", c)
					}
					built = true
					continue
				}
				code = r.runStep(s)
			}
			if code != tc.want {
				t.Fatalf("action exit %d, want %d", code, tc.want)
			}
			if got := r.outputs["scan"]["exit-code"]; got != fmt.Sprint(tc.want) {
				t.Errorf("output exit-code = %q, want %d", got, tc.want)
			}
			sarifPath := filepath.Join(r.workspace, "clerklint.sarif")
			if tc.want == exitError {
				if r.outputs["scan"]["sarif-file"] != "" {
					t.Errorf("a failed scan reported a SARIF file to upload")
				}
				return
			}
			if r.outputs["scan"]["sarif-file"] != "clerklint.sarif" {
				t.Errorf("output sarif-file = %q", r.outputs["scan"]["sarif-file"])
			}
			data, err := os.ReadFile(sarifPath)
			if err != nil {
				t.Fatalf("SARIF not written: %v", err)
			}
			var log report.SARIFLog
			if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) != 1 {
				t.Fatalf("not a SARIF log (%v): %s", err, data)
			}
			run := log.Runs[0]
			if !strings.HasPrefix(run.Tool.Driver.Version, "devel") && !strings.HasPrefix(run.Tool.Driver.Version, "v") {
				t.Errorf("driver version %q comes from neither VCS nor a module version", run.Tool.Driver.Version)
			}
			var ids []string
			for _, res := range run.Results {
				ids = append(ids, res.RuleID)
			}
			wantIDs := "CLK005"
			if tc.inputs["args"] != "" {
				wantIDs = ""
			}
			if strings.Join(ids, ",") != wantIDs {
				t.Errorf("results %v, want %s", ids, wantIDs)
			}
		})
	}
}

// TestVersionStampedByLdflags builds the binary the way a release does and
// reads the version back from `clerklint --version` and from SARIF, which
// proves report.VersionVar names the real variable.
func TestVersionStampedByLdflags(t *testing.T) {
	if testing.Short() {
		t.Skip("builds clerklint; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "clerklint")
	build := exec.Command("go", "build", "-o", bin, "-ldflags", "-X "+report.VersionVar+"=v1.2.3-rc.1", ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, arg := range []string{"--version", "version"} {
		out, err := exec.Command(bin, arg).Output()
		if err != nil || string(out) != "clerklint v1.2.3-rc.1\n" {
			t.Errorf("clerklint %s = %q (%v), want clerklint v1.2.3-rc.1", arg, out, err)
		}
	}
	ws := t.TempDir()
	os.WriteFile(filepath.Join(ws, "a.ts"), []byte("export const x = 1\n"), 0o644)
	out, err := exec.Command(bin, "scan", "--no-go", "--format", "sarif", ws).Output()
	if err != nil {
		t.Fatalf("scan: %v", err)
	}
	var log report.SARIFLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if d := log.Runs[0].Tool.Driver; d.Version != "v1.2.3-rc.1" || d.SemanticVersion != "1.2.3-rc.1" {
		t.Errorf("SARIF driver version %q semanticVersion %q", d.Version, d.SemanticVersion)
	}
}
