package golangci

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/analyzers/golang/godriver/drivertest"
)

// golangciVersion is the golangci-lint release the plugin is built against; its
// go.mod pins golang.org/x/tools, which clerklint's go.mod must match.
const golangciVersion = "v2.15.0"

// TestGolangciCustomE2E builds a custom golangci-lint with this checkout as a
// module plugin, exactly as a user would with `golangci-lint custom` and the
// repository's .custom-gcl.yml, and runs it with .golangci-plugin.yml on the
// real-module testdata services.
//
// `golangci-lint custom` clones golangci-lint from GitHub. The test needs only the
// Go module proxy: it builds a local bare git repository from the module's
// source (which has no .git) and redirects the clone to it with git's insteadOf,
// passed through the GIT_CONFIG_* variables that custom forwards to git.
//
// It takes about 1.5 min with a warm build cache and 3-4 min cold (two builds of
// golangci-lint), so it is skipped with -short; a missing prerequisite (git, the
// module proxy) skips it on a developer machine and fails it in CI
// (CLERKLINT_REQUIRE_E2E=1).
func TestGolangciCustomE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint twice")
	}
	for _, tool := range []string{"go", "git"} {
		if _, err := exec.LookPath(tool); err != nil {
			drivertest.Unavailable(t, "%s not on PATH", tool)
		}
	}
	repo, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	env := append(os.Environ(), "GOWORK=off", "GOLANGCI_LINT_CACHE="+filepath.Join(tmp, "lint-cache"))
	run := func(dir string, env []string, name string, args ...string) (string, error) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		start := time.Now()
		err := cmd.Run()
		t.Logf("%s %s (in %s): %v", name, strings.Join(args, " "), time.Since(start).Round(100*time.Millisecond), err)
		return out.String(), err
	}

	// 1. The stock golangci-lint, from the module proxy.
	gobin := filepath.Join(tmp, "bin")
	if out, err := run(tmp, append(env, "GOBIN="+gobin), "go", "install", "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@"+golangciVersion); err != nil {
		drivertest.Unavailable(t, "go install golangci-lint %s: %v\n%s", golangciVersion, err, out)
	}
	golangci := filepath.Join(gobin, "golangci-lint")

	// 2. A bare git mirror holding the tag `custom` clones.
	out, err := run(tmp, env, "go", "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+golangciVersion)
	if err != nil {
		drivertest.Unavailable(t, "go mod download golangci-lint: %v\n%s", err, out)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal([]byte(out), &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download -json: %v\n%s", err, out)
	}
	src := filepath.Join(tmp, "golangci-lint-src")
	if err := copyTree(mod.Dir, src); err != nil {
		t.Fatal(err)
	}
	gitEnv := append(env, "GIT_CONFIG_GLOBAL="+os.DevNull, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=clerklint", "GIT_AUTHOR_EMAIL=e2e@clerklint.invalid",
		"GIT_COMMITTER_NAME=clerklint", "GIT_COMMITTER_EMAIL=e2e@clerklint.invalid")
	bare := filepath.Join(tmp, "golangci-lint.git")
	for _, args := range [][]string{
		{"-C", src, "init", "-q"},
		{"-C", src, "add", "-A", "-f"},
		{"-C", src, "commit", "-q", "--no-verify", "-m", golangciVersion},
		{"-C", src, "tag", golangciVersion},
		{"clone", "-q", "--bare", src, bare},
	} {
		if out, err := run(tmp, gitEnv, "git", args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}

	// 3. golangci-lint custom with the repository's .custom-gcl.yml, its plugin
	// path made absolute (custom resolves it against its working directory).
	build := filepath.Join(tmp, "build")
	if err := writeCustomConfig(filepath.Join(repo, ".custom-gcl.yml"), build, repo); err != nil {
		t.Fatal(err)
	}
	customEnv := append(env,
		"GIT_CONFIG_COUNT=1",
		"GIT_CONFIG_KEY_0=url.file://"+filepath.ToSlash(bare)+".insteadOf",
		"GIT_CONFIG_VALUE_0=https://github.com/golangci/golangci-lint.git",
		"GOFLAGS=-mod=mod",
	)
	if out, err := run(build, customEnv, golangci, "custom", "-v"); err != nil {
		t.Fatalf("golangci-lint custom: %v\n%s", err, out)
	}
	custom := filepath.Join(build, "custom-gcl")
	runConfig := filepath.Join(repo, ".golangci-plugin.yml")
	if out, err := run(build, env, custom, "config", "verify", "-c", runConfig); err != nil {
		t.Errorf("config verify %s: %v\n%s", runConfig, err, out)
	}

	// 4. The run configuration on the testdata services.
	for _, c := range []struct {
		dir      string
		findings bool
	}{
		{"testdata/gomod/seeded", true},
		{"testdata/gomod/clean", false},
	} {
		t.Run(filepath.Base(c.dir), func(t *testing.T) {
			dir := filepath.Join(repo, filepath.FromSlash(c.dir))
			out, err := run(dir, env, custom, "run", "-c", runConfig, "--path-mode=abs",
				"--output.text.print-issued-lines=false", "--output.text.colors=false", "--show-stats=false", "./...")
			var exit *exec.ExitError
			switch {
			case c.findings && !errors.As(err, &exit):
				t.Errorf("custom-gcl run on %s: %v, want exit status 1 with findings\n%s", c.dir, err, out)
			case !c.findings && err != nil:
				t.Errorf("custom-gcl run on %s: %v, want no findings\n%s", c.dir, err, out)
			}
			got := drivertest.ParseText(out, dir)
			for i := range got {
				got[i].Message = strings.TrimSuffix(got[i].Message, " (clerklint)")
			}
			wants, err := drivertest.Wants(dir)
			if err != nil {
				t.Fatal(err)
			}
			if problems := drivertest.Check(wants, got); len(problems) > 0 {
				t.Errorf("custom golangci-lint on %s:\n%s\noutput:\n%s", c.dir, strings.Join(problems, "\n"), out)
			}
		})
	}

	// 5. Settings are strict: a typo stops the run instead of being ignored.
	bad := filepath.Join(tmp, "typo.yml")
	cfg, err := os.ReadFile(runConfig)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, bytes.Replace(cfg, []byte("public-routes:"), []byte("public-route:"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = run(filepath.Join(repo, "testdata/gomod/clean"), env, custom, "run", "-c", bad, "./...")
	if err == nil || !strings.Contains(out, `unknown field "public-route"`) {
		t.Errorf("custom-gcl run with a misspelt setting: %v, want an unknown field error\n%s", err, out)
	}
}

// writeCustomConfig copies the repository's .custom-gcl.yml into dir with every
// local plugin path made absolute and the destination set to dir.
func writeCustomConfig(from, dir, repo string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	var cfg map[string]any
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		return err
	}
	if cfg["version"] != golangciVersion {
		return errors.New(from + ": version must be " + golangciVersion)
	}
	plugins, _ := cfg["plugins"].([]any)
	if len(plugins) == 0 {
		return errors.New(from + ": no plugins")
	}
	for _, p := range plugins {
		if m, ok := p.(map[string]any); ok {
			if path, ok := m["path"].(string); ok && !filepath.IsAbs(path) {
				m["path"] = filepath.Join(repo, path)
			}
		}
	}
	cfg["destination"] = dir
	out, err := yaml.Marshal(cfg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, ".custom-gcl.yml"), out, 0o644)
}

// copyTree copies a module-cache directory (read-only files) to a writable tree.
func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}
