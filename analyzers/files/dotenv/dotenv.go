// Package dotenv reads .env files the way dotenv loaders do (export prefixes,
// single/double/back quotes, multi-line quoted values, inline comments, CRLF) while
// keeping the position of every name and value, which findings need and which
// the common loaders throw away.
//
// Where loaders disagree, the parser picks the reading that hides nothing: a '#'
// glued to a value is part of it (keys never contain '#', so nothing is lost
// either way), and an unterminated quote ends at the end of its line so the
// assignments after it are still seen.
package dotenv

import (
	"bytes"
	"path"
	"strings"
)

// Var is one assignment. Lines and columns are 1-based; columns count bytes.
type Var struct {
	Name string
	// Value is the decoded value (quotes removed, escapes expanded in double quotes).
	Value string
	Line  int // line of the name
	Col   int // column of the name
	// ValueLine and ValueCol locate the first byte of the raw value (after any
	// opening quote); EndLine and EndCol the byte just after its last byte (before
	// any closing quote), so a finding can underline exactly the value. An empty
	// value has EndLine/EndCol equal to ValueLine/ValueCol.
	ValueLine int
	ValueCol  int
	EndLine   int
	EndCol    int
	Quote     byte // 0, '\'', '"' or '`'
	Export    bool
}

// Problem is a line the parser could not read as an assignment; parsing goes on.
type Problem struct {
	Line int
	Msg  string
}

// utf8BOM is skipped at the start of a file: editors on Windows write it, and
// without this the first assignment would read as garbage.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Parse reads dotenv content. It never fails: unreadable lines are returned as
// problems, so one stray line cannot hide the secrets after it.
func Parse(src []byte) ([]Var, []Problem) {
	p := parser{src: src, line: 1}
	if bytes.HasPrefix(src, utf8BOM) {
		p.pos = len(utf8BOM)
	}
	for p.pos < len(p.src) {
		p.statement()
	}
	return p.vars, p.problems
}

type parser struct {
	src       []byte
	pos       int
	line      int
	lineStart int
	vars      []Var
	problems  []Problem
}

func (p *parser) col() int { return p.pos - p.lineStart + 1 }

func (p *parser) skipSpaces() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || p.src[p.pos] == '\t') {
		p.pos++
	}
}

// restOfLine consumes up to and including the line terminator.
func (p *parser) restOfLine() {
	for p.pos < len(p.src) && p.src[p.pos] != '\n' {
		p.pos++
	}
	p.newline()
}

func (p *parser) newline() {
	if p.pos < len(p.src) && p.src[p.pos] == '\n' {
		p.pos++
		p.line++
		p.lineStart = p.pos
	}
}

// isNameByte accepts the names dotenv loaders accept: letters, digits (not
// first), '_', and the '.' and '-' some loaders allow.
func isNameByte(c byte, first bool) bool {
	return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || !first && (c >= '0' && c <= '9' || c == '.' || c == '-')
}

func (p *parser) statement() {
	p.skipSpaces()
	if p.pos >= len(p.src) {
		return
	}
	switch p.src[p.pos] {
	case '\n':
		p.newline()
		return
	case '\r':
		p.pos++
		return
	case '#':
		p.restOfLine()
		return
	}
	if bytes.HasPrefix(p.src[p.pos:], []byte("export ")) || bytes.HasPrefix(p.src[p.pos:], []byte("export\t")) {
		p.pos += len("export")
		p.skipSpaces()
		p.assignment(true)
		return
	}
	p.assignment(false)
}

func (p *parser) assignment(export bool) {
	line, col, start := p.line, p.col(), p.pos
	for p.pos < len(p.src) && isNameByte(p.src[p.pos], p.pos == start) {
		p.pos++
	}
	name := string(p.src[start:p.pos])
	p.skipSpaces()
	if name == "" || p.pos >= len(p.src) || (p.src[p.pos] != '=' && p.src[p.pos] != ':') {
		p.problems = append(p.problems, Problem{Line: line, Msg: "not a NAME=value assignment"})
		p.restOfLine()
		return
	}
	p.pos++ // '=' or ':' (YAML-ish dotenv files use "NAME: value")
	p.skipSpaces()
	v := Var{Name: name, Line: line, Col: col, Export: export}
	if p.pos < len(p.src) && (p.src[p.pos] == '"' || p.src[p.pos] == '\'' || p.src[p.pos] == '`') {
		p.quoted(&v)
	} else {
		p.unquoted(&v)
	}
	p.vars = append(p.vars, v)
}

func (p *parser) unquoted(v *Var) {
	v.ValueLine, v.ValueCol = p.line, p.col()
	start := p.pos
	end := p.pos
	for p.pos < len(p.src) && p.src[p.pos] != '\n' {
		c := p.src[p.pos]
		// A '#' after whitespace (including the whitespace after '=') starts an
		// inline comment; a '#' glued to the value is part of it.
		if c == '#' && p.pos > 0 && (p.src[p.pos-1] == ' ' || p.src[p.pos-1] == '\t') {
			break
		}
		p.pos++
		if c != ' ' && c != '\t' && c != '\r' {
			end = p.pos
		}
	}
	v.Value = string(p.src[start:end])
	v.EndLine, v.EndCol = v.ValueLine, v.ValueCol+(end-start)
	p.restOfLine()
}

func (p *parser) quoted(v *Var) {
	q := p.src[p.pos]
	v.Quote = q
	p.pos++
	v.ValueLine, v.ValueCol = p.line, p.col()
	// Saved so an unterminated quote can be re-read as a one-line value.
	open, openLine, openLineStart := p.pos, p.line, p.lineStart
	var b strings.Builder
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == q:
			v.Value = b.String()
			v.EndLine, v.EndCol = p.line, p.col()
			p.pos++
			p.restOfLine() // trailing comment or junk after the closing quote
			return
		case c == '\\' && q == '"' && p.pos+1 < len(p.src):
			p.pos++
			switch e := p.src[p.pos]; e {
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case '\n':
				// A backslash-newline is a line continuation: nothing is written,
				// but the line count must follow the source.
				p.newline()
				continue
			default:
				b.WriteByte(e)
			}
			p.pos++
		case c == '\n':
			b.WriteByte('\n')
			p.newline()
		case c == '\r' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '\n':
			p.pos++ // CRLF inside a multi-line value reads as LF
		default:
			b.WriteByte(c)
			p.pos++
		}
	}
	// Unterminated quote: swallowing the rest of the file would hide every
	// assignment after it, so the value is the rest of the opening line (without
	// the stray quote) and parsing resumes on the next line.
	p.problems = append(p.problems, Problem{Line: v.Line, Msg: "unterminated quoted value"})
	p.pos, p.line, p.lineStart = open, openLine, openLineStart
	start := p.pos
	for p.pos < len(p.src) && p.src[p.pos] != '\n' {
		p.pos++
	}
	raw := bytes.TrimRight(p.src[start:p.pos], " \t\r")
	v.Value = string(raw)
	v.EndLine, v.EndCol = v.ValueLine, v.ValueCol+len(raw)
	p.newline()
}

// codeExts are extensions that make a ".env.*" name a program rather than a
// dotenv file (T3's env.mjs pattern, .env.d.ts declarations).
var codeExts = map[string]bool{
	".js": true, ".mjs": true, ".cjs": true, ".jsx": true, ".ts": true, ".mts": true, ".cts": true,
	".tsx": true, ".json": true, ".py": true, ".go": true, ".rb": true, ".md": true,
}

// IsEnvFileName reports whether a base name is a dotenv file: .env, .env.local,
// .env.production, .env.example, production.env. Not .envrc (shell), not
// .env.ts or .env.d.ts (code that reads the environment).
func IsEnvFileName(base string) bool {
	base = strings.ToLower(base)
	if base == ".env" {
		return true
	}
	if strings.HasPrefix(base, ".env.") {
		return !codeExts[path.Ext(base)]
	}
	return strings.HasSuffix(base, ".env") && len(base) > len(".env")
}

// templateWords name committed env templates; their values are meant to be
// placeholders, so they are expected in git.
var templateWords = []string{"example", "sample", "template", "dist", "defaults", "tmpl", "tpl", "stub"}

// IsTemplateName reports whether an env file is a committed template
// (.env.example, .env.local.sample, .env.template, .env.dist, example.env).
func IsTemplateName(base string) bool {
	base = strings.ToLower(base)
	for _, s := range templateWords {
		if strings.HasSuffix(base, "."+s) || strings.Contains(base, "."+s+".") || strings.HasPrefix(base, s+".") {
			return true
		}
	}
	return false
}

// IsProductionName reports whether an env file holds production settings:
// .env.production, .env.prod, .env.production.local, production.env.
func IsProductionName(base string) bool {
	base = strings.ToLower(base)
	for _, s := range []string{"production", "prod"} {
		if strings.HasSuffix(base, "."+s) || strings.Contains(base, "."+s+".") || strings.HasPrefix(base, s+".") {
			return true
		}
	}
	return false
}
