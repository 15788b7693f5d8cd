package envfile

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// refKind is why an occurrence in a source, config or docs file may matter.
type refKind uint8

const (
	// refPublicName: the name itself is public and secret (NEXT_PUBLIC_CLERK_SECRET_KEY).
	refPublicName refKind = iota
	// refSecretName: a server-only secret name (CLERK_SECRET_KEY); it matters
	// only when assigned to a public name. Secrets listed in next.config env or
	// vite.config define are CLK004's (the js engine reads those with a parser).
	refSecretName
	// refKeyValue: a literal secret key or webhook secret; it matters only when
	// assigned to a public name.
	refKeyValue
)

type ref struct {
	start, end int // byte offsets of the identifier or key
	kind       refKind
	what       string // refKeyValue: which credential
}

// keyLiteralPrefixes start the literal credentials looked for in config and docs.
var keyLiteralPrefixes = [][]byte{[]byte("sk_test_"), []byte("sk_live_"), []byte("whsec_")}

// checkReferences reports CLK003 where a source, config or docs file names a
// public variable holding a Clerk secret (process.env.NEXT_PUBLIC_CLERK_SECRET_KEY,
// a vite-env.d.ts declaration, a CI env block) or assigns a secret to a public
// name.
func (c *checker) checkReferences(p *scan.Project, f *scan.File, src []byte, emit func(rules.Finding)) {
	refs := c.findRefs(p, f, src)
	if len(refs) == 0 {
		return // the common case: no stem in the file at all
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].start < refs[j].start })
	ctx := newFileContext(f, src)
	seen := map[int]bool{} // offsets reported
	report := func(start, end int, msg, construct, secret string) {
		if seen[start] {
			return
		}
		seen[start] = true
		line, col := ctx.position(start)
		emit(rules.Finding{RuleID: ruleid.SecretInPublicEnvVar, Message: msg, Construct: construct, Secret: secret,
			Position: rules.Position{Line: line, Column: col, EndLine: line, EndColumn: col + end - start}})
	}
	for _, r := range refs {
		li := ctx.lineOf(r.start)
		if ctx.commentLine(li) {
			continue // commented-out code and prose in comments change nothing
		}
		text := string(src[r.start:r.end])
		switch r.kind {
		case refPublicName:
			if ctx.prose(li) && !ctx.assignmentOrTable(li, r.end) {
				continue // "never name it NEXT_PUBLIC_CLERK_SECRET_KEY" is advice, not the mistake
			}
			prefix := c.public.publicPrefix(text)
			report(r.start, r.end, publicNameMessage(text, prefix, c.public.serverName(text)), text, "")
			continue
		}
		lhsStart, lhsEnd, ok := ctx.assignedName(li, r.start)
		if !ok {
			continue
		}
		lhs := string(src[lhsStart:lhsEnd])
		prefix := c.public.publicPrefix(lhs)
		if prefix == "" {
			continue
		}
		if r.kind == refKeyValue {
			report(lhsStart, lhsEnd, fmt.Sprintf("public env var %s is assigned a %s (%s): bundlers inline %s variables into browser code; use a server-only variable and rotate it",
				lhs, r.what, keys.Redact(text), prefix), lhs, text)
		} else {
			report(lhsStart, lhsEnd, fmt.Sprintf("public env var %s is set from %s, so bundlers inline that secret into browser code: read %s only in server code",
				lhs, text, text), lhs, "")
		}
	}
}

// findRefs runs the literal prefilters and keeps the occurrences worth a look.
func (c *checker) findRefs(p *scan.Project, f *scan.File, src []byte) []ref {
	var refs []ref
	for _, stem := range c.public.stems {
		for off := 0; ; {
			i := bytes.Index(src[off:], stem)
			if i < 0 {
				break
			}
			s, e := identAround(src, off+i, off+i+len(stem))
			off = e
			name := string(src[s:e])
			switch {
			case c.public.secretPart(name) == "":
			case c.public.publicPrefix(name) != "":
				refs = append(refs, ref{start: s, end: e, kind: refPublicName})
			default:
				refs = append(refs, ref{start: s, end: e, kind: refSecretName})
			}
		}
	}
	if f.Kind != scan.Config && f.Kind != scan.Doc {
		return refs // a key literal in source code is CLK001's
	}
	for _, lit := range keyLiteralPrefixes {
		for off := 0; ; {
			i := bytes.Index(src[off:], lit)
			if i < 0 {
				break
			}
			s := off + i
			e := s + len(lit)
			for e < len(src) && (isAlnumByte(src[e]) || lit[0] == 'w' && (src[e] == '+' || src[e] == '/' || src[e] == '=')) {
				e++
			}
			off = e
			if s > 0 && isIdentByte(src[s-1]) {
				continue
			}
			// The vendor named before the key on its line keeps Stripe's out.
			before := src[bytes.LastIndexByte(src[:s], '\n')+1 : s]
			if what := secretValueKind(string(before), string(src[s:e]), p.UsesClerk()); what != "" {
				refs = append(refs, ref{start: s, end: e, kind: refKeyValue, what: what})
			}
		}
	}
	return refs
}

func isIdentByte(c byte) bool { return isAlnumByte(c) || c == '_' }

// identAround widens [s, e) to the whole identifier, so a stem inside
// VITE_CLERK_SECRET_KEYS_DOC is judged as that name, not as CLERK_SECRET_KEY.
func identAround(src []byte, s, e int) (int, int) {
	for s > 0 && isIdentByte(src[s-1]) {
		s--
	}
	for e < len(src) && isIdentByte(src[e]) {
		e++
	}
	return s, e
}

// fileContext answers line-level questions about one file, computed only for
// files that passed the prefilter.
type fileContext struct {
	f      *scan.File
	src    []byte
	starts []int  // offset of each line start
	fence  []bool // Markdown: line is inside a fenced code block
	// hashComments: '#' starts a comment line in this file's language.
	hashComments bool
}

func newFileContext(f *scan.File, src []byte) *fileContext {
	ctx := &fileContext{f: f, src: src, starts: make([]int, 1, bytes.Count(src, []byte{'\n'})+1)}
	for i, c := range src {
		if c == '\n' {
			ctx.starts = append(ctx.starts, i+1)
		}
	}
	switch f.Kind {
	case scan.Config:
		ctx.hashComments = f.Lang != "json" && f.Lang != "xml"
	case scan.Source:
		ctx.hashComments = hashCommentLangs[f.Lang]
	case scan.Doc:
		ctx.hashComments = true // only consulted inside fenced code (shell, YAML, dotenv)
		ctx.fence = make([]bool, len(ctx.starts))
		in := false
		for li := range ctx.starts {
			t := strings.TrimSpace(string(ctx.line(li)))
			if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				in = !in
				continue // the fence line itself is not code
			}
			ctx.fence[li] = in
		}
	}
	return ctx
}

var hashCommentLangs = map[string]bool{
	"sh": true, "bash": true, "zsh": true, "py": true, "rb": true, "pl": true, "r": true,
	"tf": true, "hcl": true, "ex": true, "exs": true, "ps1": true,
}

func (ctx *fileContext) lineOf(off int) int {
	return sort.Search(len(ctx.starts), func(i int) bool { return ctx.starts[i] > off }) - 1
}

func (ctx *fileContext) line(li int) []byte {
	end := len(ctx.src)
	if li+1 < len(ctx.starts) {
		end = ctx.starts[li+1] - 1
	}
	return bytes.TrimSuffix(ctx.src[ctx.starts[li]:end], []byte("\r"))
}

// position is the 1-based line and byte column of off.
func (ctx *fileContext) position(off int) (int, int) {
	li := ctx.lineOf(off)
	return li + 1, off - ctx.starts[li] + 1
}

// prose reports whether a line is Markdown text rather than code.
func (ctx *fileContext) prose(li int) bool {
	return ctx.f.Kind == scan.Doc && !ctx.fence[li]
}

// commentLine reports whether the whole line is a comment. Only whole lines:
// telling a trailing comment from a URL inside a string needs a real lexer.
func (ctx *fileContext) commentLine(li int) bool {
	t := strings.TrimLeft(string(ctx.line(li)), " \t")
	if ctx.prose(li) {
		return strings.HasPrefix(t, "<!--")
	}
	for _, p := range []string{"//", "/*", "*", "<!--"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return ctx.hashComments && strings.HasPrefix(t, "#")
}

// listItem matches a Markdown list item's marker.
var listItem = lazyregexp.New(`^\s*(?:[-*+]|[0-9]+[.)])\s`)

// assignmentOrTable reports whether a name in Markdown prose is being set or
// listed, as in env setup sections: a table row, NAME=value, NAME: value, or a
// list item "- `NAME`: what it is". A colon after a closing backtick elsewhere
// is sentence punctuation ("never name it `NAME`: …").
func (ctx *fileContext) assignmentOrTable(li, end int) bool {
	line := ctx.line(li)
	if t := bytes.TrimLeft(line, " \t"); len(t) > 0 && t[0] == '|' {
		return true
	}
	rest := ctx.src[end : ctx.starts[li]+len(line)]
	closed := bytes.TrimLeft(rest, "`'\"*")
	quoted := len(closed) < len(rest)
	closed = bytes.TrimLeft(closed, " \t")
	switch {
	case len(closed) == 0:
		return false
	case closed[0] == '=':
		return true
	case closed[0] == ':':
		return !quoted || listItem.Match(line)
	}
	return false
}

// assignLHS finds NAME= or NAME: (with an optional quote after the name, as in
// JSON and YAML keys).
var assignLHS = lazyregexp.New(`([A-Za-z_][A-Za-z0-9_]*)["'` + "`" + `]?[ \t]*([=:])`)

// assignedName returns the name that the value at off is assigned to on its
// line: the last NAME= / NAME: before off with nothing but the value between.
// Source code only counts "NAME:" (object keys such as next.config env or a
// Vite define); "x = …" there is a local variable, not the environment.
func (ctx *fileContext) assignedName(li, off int) (int, int, bool) {
	ls := ctx.starts[li]
	before := ctx.src[ls:off]
	ops := ":="
	if ctx.f.Kind == scan.Source {
		ops = ":"
	}
	if !bytes.ContainsAny(before, ops) {
		return 0, 0, false // the common server read: `const k = process.env.CLERK_SECRET_KEY`
	}
	ms := assignLHS.FindAllSubmatchIndex(before, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		op, opEnd := before[m[4]], m[5]
		next := byte(0)
		if opEnd < len(before) {
			next = before[opEnd]
		}
		switch {
		case op == '=' && (ctx.f.Kind == scan.Source || next == '=' || next == '>'):
			continue // comparison, arrow, or a program variable
		case op == ':' && (next == '/' || next == ':'):
			continue // a URL scheme or a scope operator, not a key
		case m[2] > 0 && (before[m[2]-1] == '?' || before[m[2]-1] == '&'):
			continue // a query parameter inside a URL value
		}
		if bytes.ContainsAny(before[opEnd:], ",;") {
			return 0, 0, false // the value belongs to a later key or statement
		}
		return ls + m[2], ls + m[3], true
	}
	return 0, 0, false
}
