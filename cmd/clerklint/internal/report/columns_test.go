package report

import (
	"errors"
	"testing"

	"github.com/clerklint/clerklint/rules"
)

func TestUTF16Columns(t *testing.T) {
	files := map[string]string{
		// "ü" is 2 bytes and 1 unit; "😀" is 4 bytes and 2 units (a surrogate pair).
		"a.ts": "const x = 1\nconst ü = \"sk\" // 😀 k\n\xff k\n",
	}
	read := func(p string) ([]byte, error) {
		if s, ok := files[p]; ok {
			return []byte(s), nil
		}
		return nil, errors.New("missing")
	}
	cols := newColumns(read)
	for _, tc := range []struct {
		name     string
		in       rules.Position
		col, end int
	}{
		{"ascii line unchanged", rules.Position{File: "a.ts", Line: 1, Column: 7, EndColumn: 8}, 7, 8},
		{"after a 2-byte rune", rules.Position{File: "a.ts", Line: 2, Column: 12, EndColumn: 16}, 11, 15},
		{"after a 4-byte rune", rules.Position{File: "a.ts", Line: 2, Column: 24, EndColumn: 25}, 21, 22},
		// Past the end (26 bytes incl. newline, 23 units) the excess stays bytes.
		{"past the line end", rules.Position{File: "a.ts", Line: 2, Column: 1, EndColumn: 99}, 1, 96},
		{"invalid byte counts one", rules.Position{File: "a.ts", Line: 3, Column: 3, EndColumn: 4}, 3, 4},
		{"unreadable file keeps bytes", rules.Position{File: "b.ts", Line: 1, Column: 9, EndColumn: 12}, 9, 12},
		{"end on a later line", rules.Position{File: "a.ts", Line: 1, Column: 2, EndLine: 2, EndColumn: 12}, 2, 11},
	} {
		got := cols.utf16(tc.in)
		if got.Column != tc.col || got.EndColumn != tc.end {
			t.Errorf("%s: columns %d-%d, want %d-%d", tc.name, got.Column, got.EndColumn, tc.col, tc.end)
		}
	}
}
