package dotenv

import (
	"reflect"
	"testing"
)

// v builds an expected Var; positions are name line/col, value start, value end.
func v(name, value string, line, col, vline, vcol, eline, ecol int) Var {
	return Var{Name: name, Value: value, Line: line, Col: col, ValueLine: vline, ValueCol: vcol, EndLine: eline, EndCol: ecol}
}

func TestParse(t *testing.T) {
	quoted := func(x Var, q byte) Var { x.Quote = q; return x }
	exported := func(x Var) Var { x.Export = true; return x }
	tests := []struct {
		name     string
		src      string
		want     []Var
		problems []Problem
	}{
		{"plain", "A=1\nB=two\n", []Var{v("A", "1", 1, 1, 1, 3, 1, 4), v("B", "two", 2, 1, 2, 3, 2, 6)}, nil},
		{"no trailing newline", "A=1", []Var{v("A", "1", 1, 1, 1, 3, 1, 4)}, nil},
		{"spaces around equals", "  A = 1  \n", []Var{v("A", "1", 1, 3, 1, 7, 1, 8)}, nil},
		{"export", "export A=1\nexport\tB=2\n", []Var{exported(v("A", "1", 1, 8, 1, 10, 1, 11)), exported(v("B", "2", 2, 8, 2, 10, 2, 11))}, nil},
		{"name starting with export", "exported=1\n", []Var{v("exported", "1", 1, 1, 1, 10, 1, 11)}, nil},
		{"yaml style colon", "A: value\n", []Var{v("A", "value", 1, 1, 1, 4, 1, 9)}, nil},
		{"empty value", "A=\nB=\"\"\nC=''\n", []Var{
			v("A", "", 1, 1, 1, 3, 1, 3),
			quoted(v("B", "", 2, 1, 2, 4, 2, 4), '"'),
			quoted(v("C", "", 3, 1, 3, 4, 3, 4), '\''),
		}, nil},
		{"empty value then comment", "A= # nothing here\n", []Var{v("A", "", 1, 1, 1, 4, 1, 4)}, nil},
		{"inline comment", "A=abc # note\n", []Var{v("A", "abc", 1, 1, 1, 3, 1, 6)}, nil},
		{"hash glued to value", "A=abc#def\nB=#x\n", []Var{v("A", "abc#def", 1, 1, 1, 3, 1, 10), v("B", "#x", 2, 1, 2, 3, 2, 5)}, nil},
		{"comment lines", "# A=1\n  # B=2\nC=3\n", []Var{v("C", "3", 3, 1, 3, 3, 3, 4)}, nil},
		{"single quotes keep escapes and hashes", `A='a\nb # c'` + "\n", []Var{quoted(v("A", `a\nb # c`, 1, 1, 1, 4, 1, 12), '\'')}, nil},
		{"double quote escapes", `A="a\nb\t\"c\"\\"` + "\n", []Var{quoted(v("A", "a\nb\t\"c\"\\", 1, 1, 1, 4, 1, 17), '"')}, nil},
		{"back quotes", "A=`x \"y\" 'z'`\n", []Var{quoted(v("A", `x "y" 'z'`, 1, 1, 1, 4, 1, 13), '`')}, nil},
		{"comment after closing quote", `A="x y" # c` + "\nB=2\n", []Var{quoted(v("A", "x y", 1, 1, 1, 4, 1, 7), '"'), v("B", "2", 2, 1, 2, 3, 2, 4)}, nil},
		{"multi-line double quoted", "A=\"line1\nline2\"\nB=2\n", []Var{quoted(v("A", "line1\nline2", 1, 1, 1, 4, 2, 6), '"'), v("B", "2", 3, 1, 3, 3, 3, 4)}, nil},
		{"multi-line single quoted pem", "KEY='-----BEGIN-----\nabc\n-----END-----'\nB=1\n", []Var{
			quoted(v("KEY", "-----BEGIN-----\nabc\n-----END-----", 1, 1, 1, 6, 3, 14), '\''), v("B", "1", 4, 1, 4, 3, 4, 4),
		}, nil},
		{"backslash newline continuation", "A=\"ab\\\ncd\"\nB=1\n", []Var{quoted(v("A", "abcd", 1, 1, 1, 4, 2, 3), '"'), v("B", "1", 3, 1, 3, 3, 3, 4)}, nil},
		{"crlf", "A=1\r\nB=\"x\"\r\n\r\nC=two words\r\n", []Var{
			v("A", "1", 1, 1, 1, 3, 1, 4), quoted(v("B", "x", 2, 1, 2, 4, 2, 5), '"'), v("C", "two words", 4, 1, 4, 3, 4, 12),
		}, nil},
		{"crlf inside multi-line value", "A=\"a\r\nb\"\r\n", []Var{quoted(v("A", "a\nb", 1, 1, 1, 4, 2, 2), '"')}, nil},
		{"bom", "\xEF\xBB\xBFA=1\n", []Var{v("A", "1", 1, 4, 1, 6, 1, 7)}, nil},
		{"garbage lines do not stop parsing", "hello world\n=x\n1A=2\nB=3\n", []Var{v("B", "3", 4, 1, 4, 3, 4, 4)},
			[]Problem{{1, "not a NAME=value assignment"}, {2, "not a NAME=value assignment"}, {3, "not a NAME=value assignment"}}},
		{"bare export", "export\nA=1\n", []Var{v("A", "1", 2, 1, 2, 3, 2, 4)}, []Problem{{1, "not a NAME=value assignment"}}},
		{"unterminated quote ends at its line", "A=\"abc def\nB=2\n", []Var{quoted(v("A", "abc def", 1, 1, 1, 4, 1, 11), '"'), v("B", "2", 2, 1, 2, 3, 2, 4)},
			[]Problem{{1, "unterminated quoted value"}}},
		{"unterminated quote at eof", "A='abc", []Var{quoted(v("A", "abc", 1, 1, 1, 4, 1, 7), '\'')}, []Problem{{1, "unterminated quoted value"}}},
		{"dots and dashes in names", "app.key-1=x\n", []Var{v("app.key-1", "x", 1, 1, 1, 11, 1, 12)}, nil},
		{"lowercase names", "secret=x\n", []Var{v("secret", "x", 1, 1, 1, 8, 1, 9)}, nil},
		{"value with equals and url", "URL=https://x.dev/?a=b\n", []Var{v("URL", "https://x.dev/?a=b", 1, 1, 1, 5, 1, 23)}, nil},
		{"tabs", "\tA\t=\tv\t\n", []Var{v("A", "v", 1, 2, 1, 6, 1, 7)}, nil},
		{"empty input", "", nil, nil},
		{"only blank lines", "\n\n\r\n", nil, nil},
		{"trailing backslash at eof inside quote", "A=\"x\\", []Var{quoted(v("A", `x\`, 1, 1, 1, 4, 1, 6), '"')}, []Problem{{1, "unterminated quoted value"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, problems := Parse([]byte(tt.src))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) vars\n got %+v\nwant %+v", tt.src, got, tt.want)
			}
			if !reflect.DeepEqual(problems, tt.problems) {
				t.Errorf("Parse(%q) problems\n got %+v\nwant %+v", tt.src, problems, tt.problems)
			}
		})
	}
}

// TestParsePositionsPointAtSource checks the invariant findings rely on: the
// value span of a one-line unquoted or single-quoted value is exactly its bytes.
func TestParsePositionsPointAtSource(t *testing.T) {
	src := "export  NAME_1 = 'abc def'  # c\nX=\"q\"\nY: plain value\n"
	lines := splitLines(src)
	vars, _ := Parse([]byte(src))
	for _, v := range vars {
		if got := lines[v.Line-1][v.Col-1 : v.Col-1+len(v.Name)]; got != v.Name {
			t.Errorf("%s: name position points at %q", v.Name, got)
		}
		if v.ValueLine != v.EndLine {
			continue
		}
		if got := lines[v.ValueLine-1][v.ValueCol-1 : v.EndCol-1]; got != v.Value {
			t.Errorf("%s: value span points at %q, want %q", v.Name, got, v.Value)
		}
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func TestNames(t *testing.T) {
	tests := []struct {
		base                   string
		env, template, product bool
	}{
		{".env", true, false, false},
		{".env.local", true, false, false},
		{".env.development", true, false, false},
		{".env.development.local", true, false, false},
		{".env.production", true, false, true},
		{".env.production.local", true, false, true},
		{".env.prod", true, false, true},
		{"production.env", true, false, true},
		{"prod.env", true, false, true},
		{".env.example", true, true, false},
		{".env.local.example", true, true, false},
		{".env.sample", true, true, false},
		{".env.template", true, true, false},
		{".env.dist", true, true, false},
		{"example.env", true, true, false},
		{".env.production.example", true, true, true},
		{".ENV.Production", true, false, true},
		{"docker.env", true, false, false},
		{".env.staging", true, false, false},
		{".env.products", true, false, false},
		{".envrc", false, false, false},
		{"env", false, false, false},
		{".env.ts", false, false, false},
		{".env.d.ts", false, false, false},
		{".env.mjs", false, false, false},
		{"env.example", false, true, false},
		{"environment.ts", false, false, false},
	}
	for _, tt := range tests {
		if got := IsEnvFileName(tt.base); got != tt.env {
			t.Errorf("IsEnvFileName(%q) = %v, want %v", tt.base, got, tt.env)
		}
		if got := IsTemplateName(tt.base); got != tt.template {
			t.Errorf("IsTemplateName(%q) = %v, want %v", tt.base, got, tt.template)
		}
		if got := IsProductionName(tt.base); got != tt.product {
			t.Errorf("IsProductionName(%q) = %v, want %v", tt.base, got, tt.product)
		}
	}
}
