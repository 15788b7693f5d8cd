package scan

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// Pattern pieces the random tests combine: literal names, suffixes, anchored
// paths, negations, directory-only patterns and the shapes with no fast path
// (wildcards, classes, escapes, "**", trailing spaces).
var (
	ignoreNames = []string{"a", "b", "dist", ".env", "x.log", "y.ts", "a.b.log"}
	ignoreForms = []func(r *rand.Rand) string{
		func(r *rand.Rand) string { return pick(r, ignoreNames) },
		func(r *rand.Rand) string { return "*" + pick(r, []string{".log", ".ts", "s", ".b.log", "env"}) },
		func(r *rand.Rand) string { return "/" + pick(r, ignoreNames) },
		func(r *rand.Rand) string { return pick(r, ignoreNames) + "/" },
		func(r *rand.Rand) string { return pick(r, ignoreNames) + "/" + pick(r, ignoreNames) },
		func(r *rand.Rand) string { return "/" + pick(r, ignoreNames) + "/*.ts" },
		func(r *rand.Rand) string { return "**/" + pick(r, ignoreNames) },
		func(r *rand.Rand) string { return pick(r, ignoreNames) + "/**" },
		func(r *rand.Rand) string { return pick(r, ignoreNames) + "//" },
		func(r *rand.Rand) string {
			return pick(r, []string{"*", "[ab]", "?", "\\!x", "\\#a", "a ", "a\\ ", "!", "/", "*.*", "d*t", "/*/b"})
		},
	}
)

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

func randomPattern(r *rand.Rand) string {
	p := ignoreForms[r.IntN(len(ignoreForms))](r)
	if r.IntN(4) == 0 {
		p = "!" + p
	}
	return p
}

// lastMatch is the slow path: every pattern, last match wins.
func lastMatch(ps []gitignore.Pattern, path []string, isDir bool) gitignore.MatchResult {
	for i := len(ps) - 1; i >= 0; i-- {
		if r := ps[i].Match(path, isDir); r != gitignore.NoMatch {
			return r
		}
	}
	return gitignore.NoMatch
}

// TestIgnoreSetMatchesEveryPattern: the indexed set decides as trying every
// pattern in order does, on random pattern lists (with nested domains) and
// random paths.
func TestIgnoreSetMatchesEveryPattern(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	domains := [][]string{nil, {"a"}, {"a", "b"}, {"dist"}}
	for round := range 2000 {
		var lines []ignoreLine
		var ps []gitignore.Pattern
		var src []string
		for range 1 + r.IntN(8) {
			p, d := randomPattern(r), domains[r.IntN(len(domains))]
			lines = append(lines, newIgnoreLine(p, d))
			ps = append(ps, gitignore.ParsePattern(p, d))
			src = append(src, strings.Join(d, "/")+": "+p)
		}
		set := newIgnoreSet(lines)
		for range 20 {
			path := make([]string, 1+r.IntN(4))
			for i := range path {
				path[i] = pick(r, ignoreNames)
			}
			isDir := r.IntN(2) == 0
			if got, want := set.match(path, isDir), lastMatch(ps, path, isDir); got != want {
				t.Fatalf("round %d: patterns %q, path %q dir=%v: fast %v, every pattern %v", round, src, path, isDir, got, want)
			}
		}
	}
}

// TestParallelWalkMatchesSequentialWalk: on random trees with random
// .gitignore files, the walk lists the files filepath.WalkDir visits, in its
// order, each ignored exactly when the sequential evaluation (every pattern
// of the directory's .gitignore files, an ignored directory's contents
// ignored) says so.
func TestParallelWalkMatchesSequentialWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 12 {
		root := t.TempDir()
		for range 60 {
			dir := ""
			for range r.IntN(4) {
				dir += pick(r, ignoreNames) + "/"
			}
			if os.MkdirAll(filepath.Join(root, dir), 0o755) != nil {
				continue // a file already holds that name
			}
			if r.IntN(5) == 0 {
				var sb strings.Builder
				for range 1 + r.IntN(4) {
					sb.WriteString(randomPattern(r) + "\n")
				}
				write(t, root, dir+".gitignore", sb.String())
				continue
			}
			name := pick(r, ignoreNames)
			if st, err := os.Stat(filepath.Join(root, dir, name)); err == nil && st.IsDir() {
				continue
			}
			write(t, root, dir+name, "x\n")
		}
		w, err := walk(root, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range w.files {
			got = append(got, f.Path+" "+map[bool]string{true: "ignored", false: "kept"}[f.Ignored])
		}
		if want := sequentialWalk(t, root); !slices.Equal(got, want) {
			t.Fatalf("round %d: walk\n%s\nwant\n%s", round, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// sequentialWalk is the reference: one goroutine, go-git's matcher over the
// accumulated patterns of each directory.
func sequentialWalk(t *testing.T, root string) []string {
	patterns := map[string][]gitignore.Pattern{}
	ignoredDirs := map[string]bool{}
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		parent := filepath.ToSlash(filepath.Dir(rel))
		if rel == "." {
			rel, parent = "", ""
		} else if parent == "." {
			parent = ""
		}
		ignored := rel != "" && (ignoredDirs[parent] || gitignore.NewMatcher(patterns[parent]).Match(strings.Split(rel, "/"), d.IsDir()))
		if !d.IsDir() {
			out = append(out, rel+" "+map[bool]string{true: "ignored", false: "kept"}[ignored])
			return nil
		}
		ignoredDirs[rel] = ignored
		ps := slices.Clip(patterns[parent])
		if data, err := os.ReadFile(filepath.Join(p, ".gitignore")); err == nil {
			var domain []string
			if rel != "" {
				domain = strings.Split(rel, "/")
			}
			for _, l := range parseIgnore(data, domain) {
				ps = append(ps, l.pattern)
			}
		}
		patterns[rel] = ps
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
