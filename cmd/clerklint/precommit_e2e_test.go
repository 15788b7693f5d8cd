package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestPreCommitHookE2E runs the `clerklint` hook of .pre-commit-hooks.yaml the way a
// user's pre-commit would: `pre-commit try-repo` installs it with `language: golang`
// (`go install ./...` of this checkout) and runs it on a throwaway git repo, once
// with a committed Clerk secret key (must fail with CLK001, key not echoed) and once
// after the key is replaced by an env lookup (must pass).
//
// Offline by design: GOPROXY=off with the caller's GOMODCACHE, PRE_COMMIT_HOME in a
// temp dir. Needs `pre-commit` (Debian: apt-get install pre-commit), `git` and `go`
// on PATH; skipped otherwise and under -short.
//
// try-repo on a dirty checkout only carries tracked changes (new, untracked files,
// e.g. a package not committed yet, are dropped), so the test snapshots the checkout
// (tracked + untracked, not ignored) into a temp git repo and try-repos that. Each
// try-repo call installs into its own temp store (a new clone path), so both runs
// recompile this module's packages (dependencies come from the build cache): about
// 8 s per run. -trimpath would make the second run hit the cache, but costs minutes
// on the first run of a machine, as nothing else builds with it.
func TestPreCommitHookE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping pre-commit end-to-end test in -short mode")
	}
	for _, tool := range []string{"pre-commit", "git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			msg := fmt.Sprintf("pre-commit end-to-end test: %q not on PATH (install with: apt-get install pre-commit git)", tool)
			if os.Getenv("CLERKLINT_REQUIRE_E2E") == "1" {
				t.Fatal(msg) // CI must never pass by skipping it
			}
			t.Skip("skipping " + msg)
		}
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"go.mod", ".pre-commit-hooks.yaml"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			t.Fatalf("repo root %s: %v", root, err)
		}
	}
	ctx := context.Background()
	if dl, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, dl.Add(-10*time.Second))
		defer cancel()
	}

	tmp := t.TempDir()
	gomodcache := strings.TrimSpace(string(e2eMustRun(t, ctx, nil, "", "go", "env", "GOMODCACHE")))
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-home"),
		"PRE_COMMIT_COLOR=never",
		"NO_COLOR=1",
		"GOMODCACHE="+gomodcache,
		"GOPROXY=off",
		"GOFLAGS=-mod=mod -buildvcs=false",
		"GOTOOLCHAIN=local",
		"GIT_CONFIG_GLOBAL="+os.DevNull,
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=clerklint-test", "GIT_AUTHOR_EMAIL=test@example.invalid",
		"GIT_COMMITTER_NAME=clerklint-test", "GIT_COMMITTER_EMAIL=test@example.invalid",
	)

	hookRepo := filepath.Join(tmp, "hook-repo")
	e2eSnapshotCheckout(t, ctx, env, root, hookRepo)

	work := filepath.Join(tmp, "work")
	if err := os.MkdirAll(filepath.Join(work, "src"), 0o755); err != nil {
		t.Fatal(err)
	}
	e2eMustRun(t, ctx, env, work, "git", "init", "-q")
	key := e2eFakeClerkKey(t)
	file := filepath.Join("src", "server.ts")
	writeStaged := func(secretExpr string) {
		t.Helper()
		src := "import { createClerkClient } from \"@clerk/backend\";\n\n" +
			"export const clerk = createClerkClient({ secretKey: " + secretExpr + " });\n"
		if err := os.WriteFile(filepath.Join(work, file), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		e2eMustRun(t, ctx, env, work, "git", "add", "-A")
	}
	tryRepo := func() (string, error) {
		t.Helper()
		cmd := exec.CommandContext(ctx, "pre-commit", "try-repo", hookRepo, "clerklint", "--files", file)
		cmd.Dir, cmd.Env = work, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}

	// 1. A committed secret key: the hook must fail, name CLK001 and not echo the key.
	writeStaged(`"` + key + `"`)
	start := time.Now()
	out, err := tryRepo()
	t.Logf("run 1 (install + key present): %v\n%s", time.Since(start).Round(time.Millisecond), out)
	if strings.Contains(out, "An unexpected error has occurred") {
		// language: golang runs `go install ./...`: every package of the repo must build.
		t.Fatalf("pre-commit could not install the hook (does `go install ./...` succeed offline?):\n%s", out)
	}
	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) || exitErr.ExitCode() != 1 {
		t.Fatalf("pre-commit with a secret key: want exit status 1, got %v\n%s", err, out)
	}
	// pre-commit prints the hook's own exit status: clerklint exits 1 for findings and
	// 2 for usage/config/internal errors (whose messages may name CLK001 too).
	if !strings.Contains(out, "- exit code: 1\n") {
		t.Fatalf("clerklint did not exit 1 (findings):\n%s", out)
	}
	if !regexp.MustCompile(`(?m)^.*` + regexp.QuoteMeta(filepath.ToSlash(file)) + `\b.*\bCLK001\b`).MatchString(out) {
		t.Fatalf("hook output has no CLK001 finding on %s:\n%s", file, out)
	}
	if strings.Contains(out, key) {
		t.Errorf("hook output contains the full secret key:\n%s", out)
	}

	// 2. Key replaced by an environment lookup: the hook must run and pass.
	writeStaged("process.env.CLERK_SECRET_KEY")
	start = time.Now()
	out, err = tryRepo()
	t.Logf("run 2 (installed, clean): %v\n%s", time.Since(start).Round(time.Millisecond), out)
	if err != nil {
		t.Fatalf("pre-commit after removing the key: want success, got %v\n%s", err, out)
	}
	if !strings.Contains(out, "Passed") {
		t.Fatalf("hook did not run on %s (skipped?):\n%s", file, out)
	}
}

// e2eFakeClerkKey returns a syntactically valid, random, never-issued Clerk secret key,
// built at run time so no key-shaped literal lives in this file.
func e2eFakeClerkKey(t *testing.T) string {
	t.Helper()
	const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	body := make([]byte, 42)
	for i := range body {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(alnum))))
		if err != nil {
			t.Fatal(err)
		}
		body[i] = alnum[n.Int64()]
	}
	return "sk_" + "test_" + string(body)
}

// e2eSnapshotCheckout copies the checkout's tracked and untracked-but-not-ignored files
// into dst and commits them, so try-repo sees the working tree as it is now.
func e2eSnapshotCheckout(t *testing.T, ctx context.Context, env []string, root, dst string) {
	t.Helper()
	var files []string
	if out, err := e2eRun(ctx, nil, root, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"); err == nil {
		for _, f := range strings.Split(string(out), "\x00") {
			if f != "" {
				files = append(files, filepath.FromSlash(f))
			}
		}
	} else {
		// Not a git checkout (e.g. an exported tree): take everything but .git.
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == ".git" {
				return fs.SkipDir
			}
			if d.Type().IsRegular() {
				rel, _ := filepath.Rel(root, p)
				files = append(files, rel)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, rel := range files {
		if err := e2eCopyFile(filepath.Join(root, rel), filepath.Join(dst, rel)); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue // tracked but deleted in the working tree
			}
			t.Fatal(err)
		}
	}
	e2eMustRun(t, ctx, env, dst, "git", "init", "-q")
	e2eMustRun(t, ctx, env, dst, "git", "add", "-A")
	e2eMustRun(t, ctx, env, dst, "git", "commit", "-q", "--no-gpg-sign", "--no-verify", "-m", "snapshot")
}

func e2eCopyFile(src, dst string) error {
	st, err := os.Lstat(src)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return nil // symlinks and special files are not part of the hook's build
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, st.Mode().Perm())
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func e2eRun(ctx context.Context, env []string, dir, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = dir, env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, errors.New(strings.Join(append([]string{name}, args...), " ") + ": " + err.Error() + ": " + stderr.String())
	}
	return out, nil
}

func e2eMustRun(t *testing.T, ctx context.Context, env []string, dir, name string, args ...string) []byte {
	t.Helper()
	out, err := e2eRun(ctx, env, dir, name, args...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
