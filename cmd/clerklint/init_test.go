package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/rules"
)

func TestInit(t *testing.T) {
	root := t.TempDir()
	for name, src := range map[string]string{
		"package.json":  `{"dependencies": {"next": "15.3.0", "@clerk/nextjs": "^6.20.0"}}`,
		"middleware.ts": "import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'\nconst isPublicRoute = createRouteMatcher(['/', '/sign-in(.*)'])\nexport default clerkMiddleware()\n",
		"api/go.mod":    "module example.com/api\n\ngo 1.22\n",
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(src), 0o644)
	}
	cfgPath := filepath.Join(root, ".clerklint.yml")

	var out, errb bytes.Buffer
	if code := run([]string{"init", root}, &out, &errb); code != exitClean {
		t.Fatalf("init: exit %d: %s", code, errb.String())
	}
	cfg, err := rules.LoadConfig(cfgPath, false)
	if err != nil {
		t.Fatalf("written config does not load: %v", err)
	}
	if cfg.FailOn != "warning" {
		t.Errorf("fail-on = %q", cfg.FailOn)
	}
	data, _ := os.ReadFile(cfgPath)
	for _, want := range []string{"Next.js (@clerk/nextjs)", "Go (api)", `#  - "/sign-in/**"   # middleware.ts isPublicRoute: '/sign-in(.*)'`, "# max-token-lifetime: 168h"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("config lacks %q:\n%s", want, data)
		}
	}

	// The printed snippets are YAML a user can paste.
	text := out.String()
	pre := snippet(t, text, "# .pre-commit-config.yaml")
	var pc struct {
		Repos []struct {
			Repo  string `yaml:"repo"`
			Rev   string `yaml:"rev"`
			Hooks []struct {
				ID string `yaml:"id"`
			} `yaml:"hooks"`
		} `yaml:"repos"`
	}
	if err := yaml.Unmarshal([]byte(pre), &pc); err != nil || len(pc.Repos) != 1 || pc.Repos[0].Rev == "" || pc.Repos[0].Hooks[0].ID != "clerklint" {
		t.Errorf("pre-commit snippet (%v):\n%s", err, pre)
	}
	wf := snippet(t, text, "# .github/workflows/clerklint.yml")
	var workflow struct {
		Permissions map[string]string `yaml:"permissions"`
		Jobs        map[string]struct {
			Steps []struct {
				Uses string            `yaml:"uses"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal([]byte(wf), &workflow); err != nil {
		t.Fatalf("workflow snippet: %v\n%s", err, wf)
	}
	steps := workflow.Jobs["clerklint"].Steps
	if workflow.Permissions["security-events"] != "write" || len(steps) != 2 || !strings.HasPrefix(steps[1].Uses, "clerklint/clerklint@") {
		t.Errorf("workflow snippet:\n%s", wf)
	}

	// Never overwritten without --force.
	os.WriteFile(cfgPath, []byte("fail-on: error\n"), 0o644)
	out.Reset()
	errb.Reset()
	if code := run([]string{"init", root}, &out, &errb); code != exitError || !strings.Contains(errb.String(), "--force") {
		t.Errorf("init over an existing file: exit %d, stderr %q", code, errb.String())
	}
	if data, _ := os.ReadFile(cfgPath); string(data) != "fail-on: error\n" {
		t.Errorf("existing config was changed: %q", data)
	}
	if code := run([]string{"init", root, "--force"}, &out, &errb); code != exitClean {
		t.Fatalf("init --force: exit %d: %s", code, errb.String())
	}
	if data, _ := os.ReadFile(cfgPath); !strings.HasPrefix(string(data), "# clerklint configuration") {
		t.Errorf("--force did not rewrite the config: %q", data)
	}

	// The project scans with it.
	out.Reset()
	if code := run([]string{"scan", "--no-go", root}, &out, &errb); code != exitClean {
		t.Errorf("scan with the starter config: exit %d\n%s%s", code, out.String(), errb.String())
	}
}

func TestInitErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.txt")
	os.WriteFile(file, nil, 0o644)
	for name, args := range map[string][]string{
		"a file":    {"init", file},
		"two paths": {"init", dir, dir},
		"missing":   {"init", filepath.Join(dir, "nope")},
		"bad flag":  {"init", "--frobnicate"},
	} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != exitError {
			t.Errorf("%s: exit %d, want %d", name, code, exitError)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".clerklint.yml")); err == nil {
		t.Errorf("a failed init wrote a config")
	}
	var out, errb bytes.Buffer
	run([]string{"help"}, &out, &errb)
	if !strings.Contains(out.String(), "clerklint init") {
		t.Errorf("help does not list init:\n%s", out.String())
	}
}

// snippet returns the indented block of text that starts with the line head,
// unindented.
func snippet(t *testing.T, text, head string) string {
	t.Helper()
	i := strings.Index(text, "    "+head)
	if i < 0 {
		t.Fatalf("output lacks %q:\n%s", head, text)
	}
	var b strings.Builder
	for _, l := range strings.SplitAfter(text[i:], "\n") {
		if !strings.HasPrefix(l, "    ") && strings.TrimSpace(l) != "" {
			break
		}
		b.WriteString(strings.TrimPrefix(l, "    "))
	}
	return b.String()
}

// TestInitHostileTree: init never writes through a committed symlink (even
// with --force) and never blocks on a FIFO or reads a device as a manifest.
func TestInitHostileTree(t *testing.T) {
	root := t.TempDir()
	victim := filepath.Join(t.TempDir(), "victim.txt")
	if err := os.WriteFile(victim, []byte("precious\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(victim, filepath.Join(root, ".clerklint.yml")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(root, "package.json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(root, "go.mod")); err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	var out, errb bytes.Buffer
	go func() { done <- run([]string{"init", "--force", root}, &out, &errb) }()
	select {
	case code := <-done:
		if code != exitError || !strings.Contains(errb.String(), "not a regular file") {
			t.Errorf("exit %d, stderr %q: want 2 and a refusal", code, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("init hung on a FIFO or a device")
	}
	if data, _ := os.ReadFile(victim); string(data) != "precious\n" {
		t.Errorf("init wrote through the symlink: %q", data)
	}
}
