package scan

import (
	"os"
	"path/filepath"
	"testing"
)

// A linked worktree's (or submodule's) .git is a file naming its git
// directory; the index is there and info/exclude in its commondir.
func TestFindGitDirShapes(t *testing.T) {
	base := t.TempDir()
	common := filepath.Join(base, "repo", ".git")
	wtGit := filepath.Join(common, "worktrees", "feature")
	tree := filepath.Join(base, "feature")
	for _, d := range []string{wtGit, tree, filepath.Join(base, "plain", ".git")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(tree, ".git"), "gitdir: "+wtGit+"\n")
	write(filepath.Join(wtGit, "commondir"), "../..\n")

	g, c, ok := gitDirs(tree)
	if !ok || g != wtGit || c != common {
		t.Fatalf("worktree: gitDirs = %q, %q, %v; want %q, %q", g, c, ok, wtGit, common)
	}
	plain := filepath.Join(base, "plain")
	if g, c, ok := gitDirs(plain); !ok || g != filepath.Join(plain, ".git") || c != g {
		t.Fatalf("plain repo: gitDirs = %q, %q, %v", g, c, ok)
	}
	// A relative gitdir (submodules write one) resolves against the tree.
	sub := filepath.Join(base, "sub")
	if err := os.MkdirAll(filepath.Join(base, "modgit"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	write(filepath.Join(sub, ".git"), "gitdir: ../modgit\n")
	if g, c, ok := gitDirs(sub); !ok || g != filepath.Join(base, "modgit") || c != g {
		t.Fatalf("submodule: gitDirs = %q, %q, %v", g, c, ok)
	}
	// Not a work tree: no .git, or a .git file that is not a gitdir line.
	write(filepath.Join(base, "other.git"), "")
	if _, _, ok := gitDirs(base); ok {
		t.Fatal("a directory without .git is a work tree")
	}
	junk := filepath.Join(base, "junk")
	if err := os.MkdirAll(junk, 0o755); err != nil {
		t.Fatal(err)
	}
	write(filepath.Join(junk, ".git"), "not a gitdir line")
	if _, _, ok := gitDirs(junk); ok {
		t.Fatal("a .git file without gitdir: makes a work tree")
	}
}

func gitDirs(d string) (gitDir, commonDir string, ok bool) {
	g, c := findGitDir(d)
	return g, c, g != ""
}
