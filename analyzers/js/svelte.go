package js

import (
	"bytes"
	"strings"

	"github.com/clerklint/clerklint/rules"
)

// Svelte components are read without a Svelte grammar (tree-sitter-svelte
// cannot parse Svelte 5 snippets): their <script> blocks are parsed with the
// TypeScript grammar in place, every other byte blanked, so the tree's lines
// and columns are the component's own; the markup is scanned for component
// tags by SvelteTags.

// SvelteScripts returns src with every byte outside the contents of its
// <script> elements (instance, `context="module"` and Svelte 5 `module`
// scripts alike) replaced by a space, newlines kept: the result is one
// TypeScript program at the component's own positions. Scripts inside
// markup comments are not code and stay blank.
func SvelteScripts(src []byte) []byte {
	out := bytes.Repeat([]byte{' '}, len(src))
	for i, b := range src {
		if b == '\n' || b == '\r' {
			out[i] = b
		}
	}
	for _, r := range svelteRegions(src) {
		if r.script {
			copy(out[r.start:r.end], src[r.start:r.end])
		}
	}
	return out
}

// svelteRegion is a byte span of a component: a script's contents, or a
// style's or a comment's (never markup).
type svelteRegion struct {
	start, end int
	script     bool
}

// svelteRegions finds the contents of <script> and <style> elements and the
// markup comments, in order. An unclosed element runs to the end.
func svelteRegions(src []byte) []svelteRegion {
	var out []svelteRegion
	for i := 0; i < len(src); {
		lt := bytes.IndexByte(src[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		if bytes.HasPrefix(src[i:], []byte("<!--")) {
			end := bytes.Index(src[i+4:], []byte("-->"))
			if end < 0 {
				out = append(out, svelteRegion{start: i, end: len(src)})
				break
			}
			out = append(out, svelteRegion{start: i, end: i + 4 + end + 3})
			i += 4 + end + 3
			continue
		}
		name := ""
		for _, n := range []string{"script", "style"} {
			if hasFoldPrefix(src[i+1:], n) && i+1+len(n) < len(src) && tagNameEnd(src[i+1+len(n)]) {
				name = n
			}
		}
		if name == "" {
			i++
			continue
		}
		open := openTagEnd(src, i+1+len(name))
		if open < 0 {
			break
		}
		end := len(src)
		for j := open; j < len(src); {
			k := bytes.Index(src[j:], []byte("</"))
			if k < 0 {
				break
			}
			j += k
			if hasFoldPrefix(src[j+2:], name) {
				end = j
				break
			}
			j += 2
		}
		out = append(out, svelteRegion{start: open, end: end, script: name == "script"})
		i = end + 1
	}
	return out
}

func hasFoldPrefix(b []byte, lower string) bool {
	return len(b) >= len(lower) && bytes.EqualFold(b[:len(lower)], []byte(lower))
}

func tagNameEnd(b byte) bool {
	return b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r'
}

// openTagEnd returns the offset after the '>' closing the tag whose
// attributes start at i (quoted values and {expressions} may hold '>'), -1
// when it never closes.
func openTagEnd(src []byte, i int) int {
	depth := 0
	var quote byte
	for ; i < len(src); i++ {
		c := src[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			if depth == 0 {
				quote = c
			}
		case c == '{':
			depth++
		case c == '}':
			if depth > 0 {
				depth--
			}
		case c == '>' && depth == 0:
			return i + 1
		}
	}
	return -1
}

// SvelteTag is a component element of a Svelte component's markup:
// <SignIn routing="path" path="/sign-in" />, <Clerk.SignIn>.
type SvelteTag struct {
	Name  string
	Attrs []SvelteAttr
	Pos   rules.Position // the tag's name
}

// SvelteAttr is one attribute: a quoted or bare value (Static), or an
// {expression} (Expr, without braces), or neither for a boolean attribute.
// A spread {...props} is named "...".
type SvelteAttr struct {
	Name   string
	Value  string
	Static bool
	Expr   string
	Pos    rules.Position
}

// Attr returns the attribute named name.
func (t *SvelteTag) Attr(name string) (SvelteAttr, bool) {
	for _, a := range t.Attrs {
		if a.Name == name {
			return a, true
		}
	}
	return SvelteAttr{}, false
}

// SvelteTags lists the component elements (names starting with an upper-case
// letter or holding a dot) of a component's markup, outside its scripts,
// styles and comments. Block syntax ({#if}, {#snippet}) is text to it, so
// Svelte 4 and 5 markup read the same.
func SvelteTags(src []byte) []SvelteTag {
	var out []SvelteTag
	lines := lineStarts(src)
	skip := svelteRegions(src)
	next := 0
	for i := 0; i < len(src); i++ {
		for next < len(skip) && skip[next].end <= i {
			next++
		}
		if next < len(skip) && i >= skip[next].start {
			i = skip[next].end
			continue
		}
		if src[i] != '<' || i+1 >= len(src) {
			continue
		}
		c := src[i+1]
		if !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') {
			continue
		}
		j := i + 1
		for j < len(src) && !tagNameEnd(src[j]) {
			j++
		}
		name := string(src[i+1 : j])
		if !(c >= 'A' && c <= 'Z') && !bytes.ContainsRune(src[i+1:j], '.') {
			continue
		}
		tag := SvelteTag{Name: name, Pos: posAt(lines, i+1, j)}
		end := svelteAttrs(src, j, lines, &tag)
		out = append(out, tag)
		if end > i {
			i = end - 1
		}
	}
	return out
}

// svelteAttrs reads the attributes starting at i into tag and returns the
// offset after the tag.
func svelteAttrs(src []byte, i int, lines []int, tag *SvelteTag) int {
	for i < len(src) {
		for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r' || src[i] == '/') {
			i++
		}
		if i >= len(src) || src[i] == '>' {
			return i + 1
		}
		if src[i] == '{' {
			// {...props} or {shorthand}
			e := exprEnd(src, i)
			inner := string(bytes.TrimSpace(src[i+1 : max(i+1, e-1)]))
			switch {
			case isIdent(inner):
				tag.Attrs = append(tag.Attrs, SvelteAttr{Name: inner, Expr: inner, Pos: posAt(lines, i, e)})
			case strings.HasPrefix(inner, "..."):
				// a spread may set any prop
				tag.Attrs = append(tag.Attrs, SvelteAttr{Name: "...", Expr: inner[3:], Pos: posAt(lines, i, e)})
			}
			i = e
			continue
		}
		start := i
		for i < len(src) && !tagNameEnd(src[i]) && src[i] != '=' {
			i++
		}
		if i == start {
			i++
			continue
		}
		a := SvelteAttr{Name: string(src[start:i])}
		if i < len(src) && src[i] == '=' {
			i++
			switch {
			case i < len(src) && (src[i] == '"' || src[i] == '\''):
				q := src[i]
				k := bytes.IndexByte(src[i+1:], q)
				if k < 0 {
					return len(src)
				}
				v := src[i+1 : i+1+k]
				if t := bytes.TrimSpace(v); len(t) > 1 && t[0] == '{' && t[len(t)-1] == '}' && bytes.Count(t, []byte("{")) == 1 {
					a.Expr = string(bytes.TrimSpace(t[1 : len(t)-1]))
				} else if !bytes.ContainsRune(v, '{') {
					a.Value, a.Static = string(v), true
				}
				i += k + 2
			case i < len(src) && src[i] == '{':
				e := exprEnd(src, i)
				a.Expr = string(bytes.TrimSpace(src[i+1 : max(i+1, e-1)]))
				i = e
			default:
				k := i
				for i < len(src) && !tagNameEnd(src[i]) {
					i++
				}
				a.Value, a.Static = string(src[k:i]), true
			}
		}
		a.Pos = posAt(lines, start, i)
		tag.Attrs = append(tag.Attrs, a)
	}
	return len(src)
}

// exprEnd returns the offset after the '}' closing the brace at i, skipping
// strings and nested braces; len(src) when it never closes.
func exprEnd(src []byte, i int) int {
	depth := 0
	var quote byte
	for ; i < len(src); i++ {
		c := src[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(src)
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r == '$' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (i > 0 && r >= '0' && r <= '9')) {
			return false
		}
	}
	return true
}

// lineStarts are the offsets at which lines begin.
func lineStarts(src []byte) []int {
	out := []int{0}
	for i, b := range src {
		if b == '\n' {
			out = append(out, i+1)
		}
	}
	return out
}

// posAt is the position of src[start:end] (1-based lines, byte columns).
func posAt(lines []int, start, end int) rules.Position {
	at := func(off int) (int, int) {
		lo, hi := 0, len(lines)-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if lines[mid] <= off {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		return lo + 1, off - lines[lo] + 1
	}
	l, c := at(start)
	el, ec := at(end)
	return rules.Position{Line: l, Column: c, EndLine: el, EndColumn: ec}
}
