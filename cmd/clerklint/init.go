package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/mod/module"

	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/starter"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// cmdInit writes a starter .clerklint.yml for the stacks found under path and
// prints the pre-commit and GitHub workflow snippets for the project.
func cmdInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("clerklint init", flag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "overwrite an existing .clerklint.yml")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: clerklint init [--force] [path]\n\nWrites path/.clerklint.yml (default path \".\") for the stacks found in its\nmanifests, then prints pre-commit and GitHub workflow snippets.\n\nFlags:")
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "clerklint init: want at most one path, got %d\n", len(pos))
		return exitError
	}
	root := "."
	if len(pos) == 1 {
		root = pos[0]
	}
	if err := initProject(root, *force, stdout); err != nil {
		fmt.Fprintf(stderr, "clerklint init: %v\n", err)
		return exitError
	}
	return exitClean
}

func initProject(root string, force bool, stdout io.Writer) error {
	st, err := os.Stat(root)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a directory", root)
	}
	stacks, err := starter.Detect(root)
	if err != nil {
		return err
	}
	cfg := starter.Config(stacks)
	path := filepath.Join(root, ".clerklint.yml")
	// The loader that scan uses must accept what init writes.
	if _, err := rules.ParseConfig(path, []byte(cfg)); err != nil {
		return fmt.Errorf("internal error: starter config does not load: %w", err)
	}
	// Never write through a link or into a special file: a committed
	// .clerklint.yml symlink would otherwise make --force overwrite its target.
	if st, err := os.Lstat(path); err == nil && !st.Mode().IsRegular() {
		return fmt.Errorf("%s exists and is not a regular file; remove it first", path)
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL | regular.NoFollow
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC | regular.NoFollow
	}
	fh, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s exists; --force overwrites it", path)
	}
	if err != nil {
		return err
	}
	if _, err := io.WriteString(fh, cfg); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Close(); err != nil {
		return err
	}

	ref, pinned := releaseRef(report.CurrentTool().Version)
	fmt.Fprintf(stdout, "Wrote %s for: %s.\n\n", path, starter.Describe(stacks))
	fmt.Fprintf(stdout, "Run it:\n\n    clerklint scan %s\n\n", shellQuote(root))
	if !pinned {
		fmt.Fprintf(stdout, "clerklint has no release tag yet: pin %q below to a commit SHA\nof github.com/clerklint/clerklint.\n\n", ref)
	}
	fmt.Fprintf(stdout, "pre-commit:\n\n%s\n", indentBlock(starter.PreCommit(ref)))
	fmt.Fprintf(stdout, "GitHub code scanning:\n\n%s", indentBlock(starter.Workflow(ref, stacks)))
	return nil
}

// releaseRef is the git ref the snippets pin: this binary's release tag, or
// "main" (with pinned false) for a development build, which has none.
func releaseRef(version string) (string, bool) {
	if report.SemanticVersion(version) != "" && strings.HasPrefix(version, "v") && !module.IsPseudoVersion(version) && !strings.Contains(version, "+") {
		return version, true
	}
	return "main", false
}

func indentBlock(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if l != "" && l != "\n" {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "")
}

// shellQuote quotes p for a shell command line when it needs it.
func shellQuote(p string) string {
	if p != "" && strings.Trim(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./") == "" && !strings.HasPrefix(p, "-") {
		return p
	}
	return "'" + strings.ReplaceAll(p, "'", `'\''`) + "'"
}
