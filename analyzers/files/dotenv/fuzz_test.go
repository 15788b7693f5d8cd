package dotenv

import (
	"bytes"
	"testing"
)

// FuzzParse: any bytes parse without a panic, and every position the parser
// returns points into the input with the value's span in order, so a finding
// built from it underlines real text. `go test` runs the seeds.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"",
		"A=1\nexport B='two'\r\nC=\"three\\nlines\"\n# comment\nD=x # tail\n",
		"\xef\xbb\xbfKEY=`multi\nline` rest\n",
		"UNTERMINATED=\"abc\nNEXT=ok\n",
		"=novalue\n  \t\nexport\nexport =\nX\n",
		"A=\"\\\\\\\"\\u12\"\n",
		"\x00\xff=\xfe\n",
		"K='a\r\nb'\rL=c",
		"A=1", "A=\"x\ny\"", "export A='", "A=\"\\", "\xEF\xBB\xBF", "A: b # c\r\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		vars, problems := Parse(src)
		lines := bytes.Count(src, []byte("\n")) + 1
		for _, v := range vars {
			start, ok := offset(src, v.Line, v.Col)
			if v.Name == "" || !ok || !bytes.HasPrefix(src[start:], []byte(v.Name)) {
				t.Errorf("var %+v: name not at %d:%d", v, v.Line, v.Col)
			}
			vs, ok1 := offset(src, v.ValueLine, v.ValueCol)
			ve, ok2 := offset(src, v.EndLine, v.EndCol)
			if !ok1 || !ok2 || vs > ve || vs < start {
				t.Errorf("var %s: value span %d:%d-%d:%d outside the input or reversed", v.Name, v.ValueLine, v.ValueCol, v.EndLine, v.EndCol)
			}
			if v.Quote == 0 && ok1 && ok2 && vs <= ve && string(src[vs:ve]) != v.Value {
				t.Errorf("var %s: unquoted value %q, span holds %q", v.Name, v.Value, src[vs:ve])
			}
			switch v.Quote {
			case 0, '\'', '"', '`':
			default:
				t.Errorf("var %s: quote %q", v.Name, v.Quote)
			}
		}
		for _, p := range problems {
			if p.Line < 1 || p.Line > lines || p.Msg == "" {
				t.Errorf("problem %+v outside the %d lines", p, lines)
			}
		}
	})
}

// offset turns a 1-based line and byte column into an offset in src; the
// column may point just past the line's last byte.
func offset(src []byte, line, col int) (int, bool) {
	if line < 1 || col < 1 {
		return 0, false
	}
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return 0, false
		}
		off += i + 1
	}
	end := len(src)
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		end = off + i + 1
	}
	off += col - 1
	return off, off <= end
}
