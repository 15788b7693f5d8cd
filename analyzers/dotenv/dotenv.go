// Package dotenv reads .env files the way dotenv loaders do (export prefixes,
// single/double/back quotes, multi-line quoted values, inline comments, CRLF) while
// keeping the position of every name and value, which findings need and which
// the common loaders throw away.
package dotenv

import (
	"bytes"
	"strings"
)

// Var is one assignment. Lines and columns are 1-based; columns count bytes.
type Var struct {
	Name string
	// Value is the decoded value (quotes removed, \n escapes expanded in double quotes).
	Value string
	Line  int // line of the name
	Col   int // column of the name
	// ValueLine and ValueCol locate the first byte of the raw value (after any quote).
	ValueLine int
	ValueCol  int
	Quote     byte // 0, '\'', '"' or '`'
	Export    bool
}

// Problem is a line the parser could not read as an assignment; parsing goes on.
type Problem struct {
	Line int
	Msg  string
}

// Parse reads dotenv content. It never fails: unreadable lines are returned as
// problems, so one stray line cannot hide the secrets after it.
func Parse(src []byte) ([]Var, []Problem) {
	p := parser{src: src, line: 1}
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
		// " #" starts an inline comment; a '#' glued to the value is part of it.
		if c == '#' && p.pos > start && (p.src[p.pos-1] == ' ' || p.src[p.pos-1] == '\t') {
			break
		}
		p.pos++
		if c != ' ' && c != '\t' && c != '\r' {
			end = p.pos
		}
	}
	v.Value = string(p.src[start:end])
	p.restOfLine()
}

func (p *parser) quoted(v *Var) {
	q := p.src[p.pos]
	v.Quote = q
	p.pos++
	v.ValueLine, v.ValueCol = p.line, p.col()
	var b strings.Builder
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == q:
			p.pos++
			v.Value = b.String()
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
	// Unterminated quote: keep what was read so secrets in it are still seen.
	p.problems = append(p.problems, Problem{Line: v.Line, Msg: "unterminated quoted value"})
	v.Value = b.String()
}

// IsEnvFileName reports whether a base name is a dotenv file: .env, .env.local,
// .env.production, .env.example, production.env, .envrc is not (it is shell).
func IsEnvFileName(base string) bool {
	if base == ".env" || strings.HasPrefix(base, ".env.") {
		return true
	}
	return strings.HasSuffix(base, ".env") && len(base) > len(".env")
}

// IsTemplateName reports whether an env file is a committed template
// (.env.example, .env.sample, .env.template, .env.dist, .env.defaults).
func IsTemplateName(base string) bool {
	for _, s := range []string{"example", "sample", "template", "dist", "defaults", "tmpl", "tpl"} {
		if strings.HasSuffix(base, "."+s) || strings.Contains(base, "."+s+".") {
			return true
		}
	}
	return false
}

// IsProductionName reports whether an env file holds production settings.
func IsProductionName(base string) bool {
	for _, s := range []string{"production", "prod"} {
		if strings.HasSuffix(base, "."+s) || strings.Contains(base, "."+s+".") || base == s+".env" {
			return true
		}
	}
	return false
}
