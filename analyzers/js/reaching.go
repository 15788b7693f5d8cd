package js

import (
	"sync"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/regular"
)

// A rule that walks the import graph from many roots (every client module
// of an SPA) usually cares about a few modules only: those that read a
// secret, or import a Clerk package. Parsing the whole graph to find them was
// most of a scan's time on large frontends. Reaching narrows the walk to the
// modules that can lead to one, decided on bytes: every quoted string of a
// source file that resolves to a project file is taken for an import. A
// parsed import's specifier is always the raw text between the quotes of a
// string literal (Unquote), resolved by the same Resolve, so this graph holds
// every parsed edge and more; a module that cannot reach a target in it
// cannot reach one in the parsed graph either.

// byteEdges is the byte-level import graph of a project, built as Reaching
// walks it: a file's edges are found the first time a walk reads it.
type byteEdges struct {
	mu sync.Mutex
	to map[string][]string // source file → project files its strings resolve to
}

// Reaching returns the analysable source files reachable from roots from
// which, following imports, a file that target accepts can be reached (the
// targets included). target sees each source file's bytes; it must accept
// every file whose summary could matter to the caller. Files that cannot be
// read or exceed the parse limit have no edges and are never targets: their
// summary is an error, with no imports. Files no root reaches are not read.
//
// ClosureWithin from the same roots over the result reaches every target
// exactly as Closure does: each module on a shortest path to a target is
// reached from a root and reaches the target, so it is in the set, and the
// breadth-first order among them is unchanged.
func (m *Model) Reaching(roots []string, target func(p string, src []byte) bool) map[string]bool {
	// Forward over the byte graph from the roots, reading each file once
	// per call (target needs its bytes) and its edges once per scan.
	seen := map[string]bool{}
	var level []string
	for _, r := range roots {
		if !seen[r] && m.Source(m.files[r]) {
			seen[r] = true
			level = append(level, r)
		}
	}
	var hits []string
	from := map[string][]string{}
	for len(level) > 0 {
		hit := make([]bool, len(level))
		to := make([][]string, len(level))
		parallel(len(level), func(i int) { hit[i], to[i] = m.readEdges(m.files[level[i]], target) })
		var next []string
		for i, p := range level {
			if hit[i] {
				hits = append(hits, p)
			}
			for _, t := range to[i] {
				from[t] = append(from[t], p)
				if !seen[t] && m.Source(m.files[t]) {
					seen[t] = true
					next = append(next, t)
				}
			}
		}
		level = next
	}
	// Backward from the targets: every file on the way was reached.
	out := map[string]bool{}
	for _, p := range hits {
		out[p] = true
	}
	for queue := hits; len(queue) > 0; {
		p := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, q := range from[p] {
			if !out[q] {
				out[q] = true
				queue = append(queue, q)
			}
		}
	}
	return out
}

// readEdges reads f and returns whether target accepts it and the project
// files its strings resolve to (cached for the scan).
func (m *Model) readEdges(f *scan.File, target func(p string, src []byte) bool) (bool, []string) {
	if f.Size > int64(m.parsers.limits.maxSize()) {
		return false, nil
	}
	src, err := regular.Read(f.Abs, int64(m.parsers.limits.maxSize()))
	if err != nil {
		return false, nil
	}
	hit := target(f.Path, src)
	m.edges.mu.Lock()
	to, ok := m.edges.to[f.Path]
	m.edges.mu.Unlock()
	if !ok {
		to = m.stringTargets(f, src)
		m.edges.mu.Lock()
		if m.edges.to == nil {
			m.edges.to = map[string][]string{}
		}
		m.edges.to[f.Path] = to
		m.edges.mu.Unlock()
	}
	return hit, to
}

// stringTargets resolves every quoted string of src that could be a module
// specifier, deduplicated.
func (m *Model) stringTargets(f *scan.File, src []byte) []string {
	var out []string
	seen := map[string]bool{}
	quotedStrings(src, func(s []byte) {
		if len(s) == 0 || !specLike(s) || seen[string(s)] {
			return
		}
		spec := string(s)
		seen[spec] = true
		if t := m.Resolve(f.Path, spec); t != "" && t != f.Path {
			out = append(out, t)
		}
	})
	return out
}

// specLike rules out strings no specifier can be: a specifier names a path
// or a package, with no whitespace.
func specLike(s []byte) bool {
	for _, c := range s {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			return false
		}
	}
	return true
}

// quotedStrings calls fn with the raw text between every opening ' or " and
// its closing quote on the same line, a backslash escaping the next byte (a
// line continuation included). Every quote is tried as an opening one, so a
// stray quote in a comment or a regex cannot hide a string after it; the
// spans of one quote kind are disjoint, so the cost stays linear.
func quotedStrings(src []byte, fn func([]byte)) {
	for _, q := range []byte{'\'', '"'} {
		for i := 0; i < len(src); i++ {
			if src[i] != q {
				continue
			}
			j := i + 1
		scan:
			for j < len(src) {
				switch src[j] {
				case q:
					break scan
				case '\\':
					j++
					if j+1 < len(src) && src[j] == '\r' && src[j+1] == '\n' {
						j++
					}
				case '\n':
					break scan
				}
				j++
			}
			if j < len(src) && src[j] == q {
				fn(src[i+1 : j])
			}
			// The closing quote may open the next string: resume there.
			i = j - 1
		}
	}
}
