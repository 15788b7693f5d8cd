package scan

import (
	"slices"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// ignoreLine is one parsed .gitignore pattern with what the fast paths need
// to know about it: the walk matches every file against every pattern of
// its directory and above, and a tree's patterns are mostly literal names
// (node_modules, .env), suffixes (*.log) and anchored paths (/dist).
type ignoreLine struct {
	pattern gitignore.Pattern
	domain  int // length of the pattern's domain (the .gitignore's directory)
	// key is what a path must contain for the pattern to match (see lineKey);
	// "" when the pattern has no fast path.
	kind keyKind
	key  string
}

type keyKind uint8

const (
	slowKey     keyKind = iota // any path may match: always tried
	nameKey                    // some element at or below the domain is key
	suffixKey                  // some element at or below the domain ends with key
	anchoredKey                // the element right below the domain is key
)

// newIgnoreLine parses line as gitignore.ParsePattern does and classifies it.
func newIgnoreLine(line string, domain []string) ignoreLine {
	l := ignoreLine{pattern: gitignore.ParsePattern(line, domain), domain: len(domain)}
	l.kind, l.key = lineKey(line)
	return l
}

// lineKey finds a necessary condition for a pattern to match, repeating
// ParsePattern's steps: a leading "!" negates, trailing spaces go unless
// escaped, a trailing "/" means directories only. A pattern without "/" is
// matched (filepath.Match) against every path element below its domain, so
// a literal name must equal one and "*S" (S literal) must be a suffix of
// one; one with "/" matches its segments in order from the element below
// the domain, so a literal first segment must equal that element. Anything
// else (wildcards in the key, escapes, "**") is tried on every path.
func lineKey(p string) (keyKind, string) {
	p = strings.TrimPrefix(p, "!")
	if !strings.HasSuffix(p, "\\ ") {
		p = strings.TrimRight(p, " ")
	}
	p = strings.TrimSuffix(p, "/")
	if strings.Contains(p, "/") {
		first := strings.TrimLeft(p, "/")
		if i := strings.IndexByte(first, '/'); i >= 0 {
			first = first[:i]
		}
		if first != "" && !hasMeta(first) {
			return anchoredKey, first
		}
		return slowKey, ""
	}
	switch {
	case p != "" && !hasMeta(p):
		return nameKey, p
	case len(p) > 1 && p[0] == '*' && !hasMeta(p[1:]):
		return suffixKey, p[1:]
	}
	return slowKey, ""
}

// hasMeta reports whether s has a character filepath.Match treats specially.
func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[\`) }

// ignoreSet is an ordered list of patterns (lowest precedence first) indexed
// by their keys. Match gives the same answer as the last matching pattern of
// the list, which is how git and gitignore.Matcher decide, but tries only the
// patterns whose key the path holds, plus the slow ones.
type ignoreSet struct {
	lines    []ignoreLine
	names    map[string][]int
	suffixes map[string][]int
	suffixNs []int            // distinct suffix lengths
	anchored map[anchor][]int // by domain length and first segment
	slow     []int
}

type anchor struct {
	domain int
	seg    string
}

func newIgnoreSet(lines []ignoreLine) *ignoreSet {
	s := &ignoreSet{lines: lines, names: map[string][]int{}, suffixes: map[string][]int{}, anchored: map[anchor][]int{}}
	for i, l := range lines {
		switch l.kind {
		case nameKey:
			s.names[l.key] = append(s.names[l.key], i)
		case suffixKey:
			if _, ok := s.suffixes[l.key]; !ok {
				if n := len(l.key); !slices.Contains(s.suffixNs, n) {
					s.suffixNs = append(s.suffixNs, n)
				}
			}
			s.suffixes[l.key] = append(s.suffixes[l.key], i)
		case anchoredKey:
			k := anchor{l.domain, l.key}
			s.anchored[k] = append(s.anchored[k], i)
		default:
			s.slow = append(s.slow, i)
		}
	}
	return s
}

// match returns the verdict of the last pattern matching path (root-relative
// elements), NoMatch when none does.
func (s *ignoreSet) match(path []string, isDir bool) gitignore.MatchResult {
	if s == nil || len(s.lines) == 0 {
		return gitignore.NoMatch
	}
	cand := append([]int(nil), s.slow...)
	for _, e := range path {
		cand = append(cand, s.names[e]...)
		for _, n := range s.suffixNs {
			if n <= len(e) {
				cand = append(cand, s.suffixes[e[len(e)-n:]]...)
			}
		}
	}
	if len(s.anchored) > 0 {
		for k := range path {
			cand = append(cand, s.anchored[anchor{k, path[k]}]...)
		}
	}
	slices.Sort(cand)
	for i := len(cand) - 1; i >= 0; i-- {
		if i+1 < len(cand) && cand[i] == cand[i+1] {
			continue
		}
		if r := s.lines[cand[i]].pattern.Match(path, isDir); r != gitignore.NoMatch {
			return r
		}
	}
	return gitignore.NoMatch
}
