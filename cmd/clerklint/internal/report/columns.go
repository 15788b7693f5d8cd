package report

import (
	"bytes"
	"unicode/utf8"

	"github.com/clerklint/clerklint/rules"
)

// columns converts the engines' byte columns to UTF-16 code units, which is
// what SARIF means by a column unless a run says otherwise and what GitHub
// code scanning and VS Code count: on a line with "ü" or an emoji before the
// finding, a byte column would underline the wrong characters.
type columns struct {
	source func(string) ([]byte, error)
	// files caches each file's line starts (nil: unreadable, keep bytes).
	files map[string]*lineIndex
}

type lineIndex struct {
	src    []byte
	starts []int
}

func newColumns(source func(string) ([]byte, error)) *columns {
	return &columns{source: source, files: map[string]*lineIndex{}}
}

// utf16 returns p with Column and EndColumn in UTF-16 code units. Lines that
// are ASCII up to the column, and files it cannot read, keep their values
// (they are the same, or the best there is).
func (c *columns) utf16(p rules.Position) rules.Position {
	if p.File == "" || p.Line <= 0 || c.source == nil {
		return p
	}
	idx := c.index(p.File)
	if idx == nil {
		return p
	}
	p.Column = idx.convert(p.Line, p.Column)
	end := p.EndLine
	if end <= 0 {
		end = p.Line
	}
	p.EndColumn = idx.convert(end, p.EndColumn)
	return p
}

func (c *columns) index(file string) *lineIndex {
	if idx, ok := c.files[file]; ok {
		return idx
	}
	var idx *lineIndex
	if src, err := c.source(file); err == nil {
		idx = &lineIndex{src: src, starts: []int{0}}
		for i, b := range src {
			if b == '\n' {
				idx.starts = append(idx.starts, i+1)
			}
		}
	}
	c.files[file] = idx
	return idx
}

// convert maps a 1-based byte column on a 1-based line to UTF-16 units.
// Bytes past the line's end (an exclusive EndColumn can point there) count
// one unit each.
func (idx *lineIndex) convert(line, col int) int {
	if col <= 1 || line > len(idx.starts) {
		return col
	}
	start := idx.starts[line-1]
	end := len(idx.src)
	if line < len(idx.starts) {
		end = idx.starts[line]
	}
	text := idx.src[start:end]
	n := min(col-1, len(text))
	prefix := text[:n]
	if bytes.IndexFunc(prefix, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
		return col // ASCII: one unit per byte, past the end too
	}
	units := 0
	for len(prefix) > 0 {
		r, size := utf8.DecodeRune(prefix)
		prefix = prefix[size:]
		switch {
		case r == utf8.RuneError && size == 1:
			units++ // an invalid byte counts as one replacement character
		case r >= 0x10000:
			units += 2
		default:
			units++
		}
	}
	return units + 1 + (col - 1 - n)
}
