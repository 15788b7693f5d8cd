package rules

import (
	"os"
	"path"
	"path/filepath"
	"strings"
)

// ConfigName is the project config file FindConfig looks for.
const ConfigName = ".clerklint.yml"

// FindConfig returns the config file that applies to a scan of dir: the first
// ConfigName found in dir or one of its parents up to the directory holding
// .git, like golangci-lint, so that `clerklint scan apps/web` from a
// monorepo's root, or a scan run inside apps/web, both apply the repository's
// config. Outside a git work tree (an extracted tarball, say) only dir itself
// is looked at: a stray file in a home or temporary directory, possibly
// another user's, must not change a scan. It returns "" when no config
// applies.
//
// FindConfig only looks for the file; LoadConfig reads it, so reading rules
// (size caps, no symlinks) live in one place.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	top := gitTop(dir)
	for {
		p := filepath.Join(dir, ConfigName)
		if st, err := os.Lstat(p); err == nil && !st.IsDir() {
			return p, nil
		}
		if top == "" || dir == top {
			return "", nil
		}
		dir = filepath.Dir(dir)
	}
}

// gitTop returns the nearest directory at or above dir holding .git (a
// directory or, in a worktree or submodule, a file), or "" when there is none.
func gitTop(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Relative returns the config for a scan of root. Paths in a config file
// (exclude, skip-dirs, rules.ID.exclude) are written relative to the directory
// holding the file, while the scan matches paths relative to its root: the
// returned copy's globs translate, so a repository config excluding
// apps/web/legacy/** still applies when only apps/web is scanned. A config
// with no file (Path "") or one in root itself is returned as it is.
func (c *Config) Relative(root string) (*Config, error) {
	if c.Path == "" {
		return c, nil
	}
	dir, err := realDir(filepath.Dir(c.Path))
	if err != nil {
		return nil, err
	}
	if root, err = realDir(root); err != nil {
		return nil, err
	}
	b, err := newPathBase(dir, root)
	if err != nil || b == nil {
		return c, err
	}
	cp := *c
	cp.Exclude = b.globs(c.Exclude)
	cp.SkipDirs = b.globs(c.SkipDirs)
	if c.Rules != nil {
		cp.Rules = make(map[string]RuleConfig, len(c.Rules))
		for id, rc := range c.Rules {
			rc.Exclude = b.globs(rc.Exclude)
			cp.Rules[id] = rc
		}
	}
	return &cp, nil
}

func realDir(d string) (string, error) {
	d, err := filepath.Abs(d)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(d); err == nil {
		d = real
	}
	return d, nil
}

// pathBase turns a slash path relative to a scan root into the path of the
// same file relative to the directory a glob was written in.
type pathBase struct {
	// up is the root relative to the glob's directory, when the root is inside
	// it ("apps/web") or beside it ("../api"): the path is joined to it.
	up string
	// down is the glob's directory relative to the root when it lies below
	// the root: the common leading segments cancel (apps/web/a.ts → a.ts,
	// other/b.ts → ../../other/b.ts).
	down []string
}

// newPathBase returns nil when dir and root are the same directory.
func newPathBase(dir, root string) (*pathBase, error) {
	up, err := filepath.Rel(dir, root)
	if err != nil {
		return nil, err
	}
	up = filepath.ToSlash(up)
	if up == "." {
		return nil, nil
	}
	if up != ".." && !strings.HasPrefix(up, "../") {
		return &pathBase{up: up}, nil
	}
	down, err := filepath.Rel(root, dir)
	if err != nil {
		return nil, err
	}
	if down = filepath.ToSlash(down); down == ".." || strings.HasPrefix(down, "../") {
		return &pathBase{up: up}, nil // side by side: nothing cancels
	}
	return &pathBase{down: strings.Split(down, "/")}, nil
}

func (b *pathBase) rel(p string) string {
	if b.down == nil {
		return path.Join(b.up, p)
	}
	segs := strings.Split(p, "/")
	i := 0
	for i < len(b.down) && i < len(segs) && segs[i] == b.down[i] {
		i++
	}
	parts := make([]string, 0, len(b.down)-i+len(segs)-i)
	for range len(b.down) - i {
		parts = append(parts, "..")
	}
	parts = append(parts, segs[i:]...)
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, "/")
}

func (b *pathBase) globs(gs []Glob) []Glob {
	if len(gs) == 0 {
		return gs
	}
	out := make([]Glob, len(gs))
	for i, g := range gs {
		g.base = b
		out[i] = g
	}
	return out
}
