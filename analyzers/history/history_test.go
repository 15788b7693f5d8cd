package history

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/files/secrets"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

func newText(tb testing.TB) *secrets.Text {
	tb.Helper()
	set, err := rules.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	text, err := secrets.NewText([]*rules.Rule{set.Get(ruleid.SecretKeyInSource), set.Get(ruleid.HardcodedWebhookSecret)})
	if err != nil {
		tb.Fatal(err)
	}
	return text
}

// importHistory builds a repository of n commits in one `git fast-import`
// run (a process per commit would take minutes): commit i rewrites
// src/file<i%50>.ts, every 100th adds a fake Clerk key to config<i>.ts and
// the next one deletes it.
func importHistory(tb testing.TB, n int) (dir string, keysAdded int) {
	tb.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		tb.Skip("git not installed")
	}
	dir = tb.TempDir()
	git := func(stdin []byte, args ...string) {
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null")
		cmd.Stdin = bytes.NewReader(stdin)
		if out, err := cmd.CombinedOutput(); err != nil {
			tb.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git(nil, "init", "-q", "-b", "main")
	var s bytes.Buffer
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&s, "commit refs/heads/main\nmark :%d\ncommitter t <t@example.test> %d +0000\n", i, 1700000000+i*60)
		msg := fmt.Sprintf("change %d", i)
		fmt.Fprintf(&s, "data %d\n%s\n", len(msg), msg)
		if i > 1 {
			fmt.Fprintf(&s, "from :%d\n", i-1)
		}
		body := fmt.Sprintf("export const value%d = %d\nexport function f%d(x: number) { return x * %d }\n", i, i, i, i%7)
		fmt.Fprintf(&s, "M 644 inline src/file%d.ts\ndata %d\n%s\n", i%50, len(body), body)
		switch i % 100 {
		case 0:
			key := "sk_live_" + scantest.FakeBody("sk_live_", fmt.Sprint(i), 42)
			cfg := "export const clerk = { secretKey: '" + key + "' }\n"
			fmt.Fprintf(&s, "M 644 inline config%d.ts\ndata %d\n%s\n", i, len(cfg), cfg)
			keysAdded++
		case 1:
			if i > 1 {
				fmt.Fprintf(&s, "D config%d.ts\n", i-1)
			}
		}
	}
	git(s.Bytes(), "fast-import", "--quiet")
	git(nil, "checkout", "-q", "main")
	return dir, keysAdded
}

func TestScanGeneratedHistory(t *testing.T) {
	dir, added := importHistory(t, 301)
	res, err := Scan(context.Background(), Request{Root: dir, Project: &scan.Project{}, Text: newText(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %v", res.Errors)
	}
	if res.Commits != 301 {
		t.Errorf("read %d commits, want 301", res.Commits)
	}
	if len(res.Findings) != added {
		t.Fatalf("want %d findings, got %d: %v", added, len(res.Findings), res.Findings)
	}
	for _, f := range res.Findings {
		if !strings.Contains(f.Message, "no longer at HEAD") || !strings.Contains(f.Message, "sk_live_…") {
			t.Errorf("%s: %s", f.File, f.Message)
		}
	}
}

// BenchmarkScan5kCommits reads a generated history of 5,000 commits.
func BenchmarkScan5kCommits(b *testing.B) {
	dir, added := importHistory(b, 5000)
	text := newText(b)
	b.ResetTimer()
	for range b.N {
		res, err := Scan(context.Background(), Request{Root: dir, Project: &scan.Project{}, Text: text})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Findings) != added || res.Commits != 5000 {
			b.Fatalf("findings %d (want %d), commits %d", len(res.Findings), added, res.Commits)
		}
	}
}
