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

// byteEdges is the byte-level import graph of a project, built once.
type byteEdges struct {
	mu    sync.Mutex // held by Reaching: the first call builds the graph
	built bool
	to    map[string][]string // source file → project files its strings resolve to
}

// Reaching returns the analysable source files from which, following
// imports, a file that target accepts can be reached (the targets
// included). target sees each source file's bytes; it must accept every file
// whose summary could matter to the caller. Files that cannot be read or
// exceed the parse limit have no edges and are never targets: their summary
// is an error, with no imports.
//
// ClosureWithin over the result reaches every target exactly as Closure
// does: each module on a shortest path to a target reaches it, so it is in
// the set, and the breadth-first order among them is unchanged.
func (m *Model) Reaching(target func(p string, src []byte) bool) map[string]bool {
	srcs := m.Sources("")
	hit := make([]bool, len(srcs))
	m.edges.mu.Lock()
	defer m.edges.mu.Unlock()
	build := !m.edges.built
	m.edges.built = true
	var to [][]string
	if build {
		to = make([][]string, len(srcs))
	}
	parallel(len(srcs), func(i int) {
		f := srcs[i]
		if f.Size > int64(m.parsers.limits.maxSize()) {
			return
		}
		src, err := regular.Read(f.Abs, int64(m.parsers.limits.maxSize()))
		if err != nil {
			return
		}
		hit[i] = target(f.Path, src)
		if build {
			to[i] = m.stringTargets(f, src)
		}
	})
	if build {
		m.edges.to = make(map[string][]string, len(srcs))
		for i, f := range srcs {
			if len(to[i]) > 0 {
				m.edges.to[f.Path] = to[i]
			}
		}
	}
	from := map[string][]string{}
	for p, ts := range m.edges.to {
		for _, t := range ts {
			from[t] = append(from[t], p)
		}
	}
	out := map[string]bool{}
	var queue []string
	for i, f := range srcs {
		if hit[i] {
			out[f.Path] = true
			queue = append(queue, f.Path)
		}
	}
	for len(queue) > 0 {
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
