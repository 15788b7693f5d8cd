package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// gitRepo runs git in dir with a fixed identity, failing the test on error,
// and returns its trimmed output.
func gitRepo(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.test", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

// TestHistoryFindsDeletedKey commits a key, deletes it in the next commit,
// and expects `scan --history` to report the commit that added it, redacted,
// as no longer at HEAD; a plain scan of the same tree finds nothing.
func TestHistoryFindsDeletedKey(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	gitRepo(t, dir, "init", "-q", "-b", "main")
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("package.json", `{"dependencies": {"@clerk/nextjs": "^6.39.2"}}`+"\n")
	gitRepo(t, dir, "add", ".")
	gitRepo(t, dir, "commit", "-q", "-m", "init")
	key := "sk_live_" + scantest.FakeBody("sk_live_", "history", keys.SecretKeyBodyLen)
	write("config.ts", "export const clerkSecret = '"+key+"'\n")
	gitRepo(t, dir, "add", "config.ts")
	gitRepo(t, dir, "commit", "-q", "-m", "add config")
	added := gitRepo(t, dir, "rev-parse", "HEAD")
	write("config.ts", "export const clerkSecret = process.env.CLERK_SECRET_KEY\n")
	gitRepo(t, dir, "commit", "-q", "-am", "read the key from the environment")

	fs, code, stderr := scanJSON(t, dir)
	if code != exitClean || len(fs) != 0 {
		t.Fatalf("plain scan: exit %d, findings %v, stderr %s", code, fs, stderr)
	}
	fs, code, stderr = scanJSON(t, "--history", dir)
	if code != exitClean {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if len(fs) != 1 {
		t.Fatalf("want one finding, got %v", fs)
	}
	f := fs[0]
	if f.RuleID != ruleid.SecretInGitHistory || f.File != "config.ts" || f.Line != 1 {
		t.Errorf("finding at %s:%d %s, want config.ts:1 %s", f.File, f.Line, f.RuleID, ruleid.SecretInGitHistory)
	}
	for _, want := range []string{added[:12], keys.Redact(key), "no longer at HEAD", "rotate"} {
		if !strings.Contains(f.Message, want) {
			t.Errorf("message %q lacks %q", f.Message, want)
		}
	}
	if strings.Contains(f.Message, key) || strings.Contains(stderr, key) {
		t.Error("the full key was printed")
	}

	// --since the commit that added it: nothing later adds a key.
	fs, _, stderr = scanJSON(t, "--history", "--since", added, dir)
	if len(fs) != 0 {
		t.Errorf("--since %s: want no findings, got %v (%s)", added, fs, stderr)
	}
	// An option where a revision belongs is refused, not passed to git.
	var out, errb strings.Builder
	if code := run([]string{"scan", "--history", "--since", "--output=/tmp/x", dir}, &out, &errb); code != exitError {
		t.Errorf("--since --output=...: exit %d, want %d (%s)", code, exitError, errb.String())
	}
}

// TestHistoryNeedsRepository: --history on a tree without git is an error,
// never a silent pass.
func TestHistoryNeedsRepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb strings.Builder
	if code := run([]string{"scan", "--history", dir}, &out, &errb); code != exitError || !strings.Contains(errb.String(), "not inside a git work tree") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}
