package js

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/rules"
)

// Limits bound what the engine parses. The zero value means the defaults.
type Limits struct {
	// MaxSize: larger files are not parsed (default 2 MiB: hand-written modules
	// are far smaller; bigger ones are generated or vendored).
	MaxSize int
	// Timeout per parse (default 3s), enforced by tree-sitter itself
	// (SetOperationLimit) against pathological input.
	Timeout time.Duration
}

const (
	defaultMaxSize = 2 << 20
	defaultTimeout = 3 * time.Second
)

func (l Limits) maxSize() int {
	if l.MaxSize > 0 {
		return l.MaxSize
	}
	return defaultMaxSize
}

func (l Limits) timeout() time.Duration {
	if l.Timeout > 0 {
		return l.Timeout
	}
	return defaultTimeout
}

// Reasons a file yields no tree. They are not errors of the scan: the file is
// simply not analysed.
var (
	ErrTooLarge = errors.New("too large to parse")
	ErrMinified = errors.New("minified")
	ErrTimeout  = errors.New("parse time limit exceeded")
	ErrNotJS    = errors.New("not a JavaScript/TypeScript file")
)

// Parsers is a bounded pool of tree-sitter parsers. A parser is used by one
// goroutine at a time (they are not thread-safe); at most Cap idle parsers are
// kept, extra ones are closed at once, and Close frees the idle ones.
type Parsers struct {
	limits Limits
	free   chan *sitter.Parser
	mu     sync.Mutex
	closed bool
	// parsed counts the parses begun, for tests that prove a file was not
	// parsed.
	parsed atomic.Int64
}

// Parsed is the number of parses begun so far.
func (ps *Parsers) Parsed() int64 { return ps.parsed.Load() }

// NewParsers returns a pool keeping up to idle parsers (one per worker).
func NewParsers(idle int, limits Limits) *Parsers {
	if idle < 1 {
		idle = 1
	}
	return &Parsers{limits: limits, free: make(chan *sitter.Parser, idle)}
}

func (ps *Parsers) get() *sitter.Parser {
	select {
	case p := <-ps.free:
		return p
	default:
		return sitter.NewParser()
	}
}

func (ps *Parsers) put(p *sitter.Parser) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.closed {
		p.Close()
		return
	}
	select {
	case ps.free <- p:
	default:
		p.Close()
	}
}

// Close frees the idle parsers; parsers in use are closed when returned.
func (ps *Parsers) Close() {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	ps.closed = true
	for {
		select {
		case p := <-ps.free:
			p.Close()
		default:
			return
		}
	}
}

// Parse parses src with the grammar of lang. The caller must Close the tree.
// Oversize and minified sources are refused before any C memory is used. A
// Svelte component's tree is its scripts' (SvelteScripts): Tree.Src is the
// blanked source, at the component's own positions.
func (ps *Parsers) Parse(src []byte, lang Lang) (*Tree, error) {
	if lang == NoLang {
		return nil, ErrNotJS
	}
	if len(src) > ps.limits.maxSize() {
		return nil, ErrTooLarge
	}
	if Minified(src) {
		return nil, ErrMinified
	}
	if lang == Svelte {
		src = SvelteScripts(src)
	}
	ps.parsed.Add(1)
	p := ps.get()
	p.SetLanguage(lang.grammar())
	p.SetOperationLimit(int(ps.limits.timeout() / time.Microsecond))
	t, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		// A halted parse leaves resumable state behind; the next file must start
		// from scratch.
		p.Reset()
		ps.put(p)
		if errors.Is(err, sitter.ErrOperationLimit) {
			return nil, ErrTimeout
		}
		return nil, fmt.Errorf("parse: %w", err)
	}
	ps.put(p)
	return &Tree{t: t, Src: src, Lang: lang.treeLang()}, nil
}

// Tree is one parsed file. It is not safe for concurrent use and must be
// closed; nodes obtained from it are invalid after Close.
type Tree struct {
	t    *sitter.Tree
	Src  []byte
	Lang Lang

	// enclosing maps every named node to its enclosing function (see
	// Tree.EnclosingFunc), built on first use.
	enclosing map[*sitter.Node]*sitter.Node
	// this is what `this` reads as in a summarised method (see
	// Tree.withThis); invalid elsewhere, where a `this` chain is no callee.
	this Callee
	// chains memoises chainOf by node, for this view of the tree (this
	// reads differently in another).
	chains map[*sitter.Node]Callee
}

// Root is the program node.
func (t *Tree) Root() *sitter.Node { return t.t.RootNode() }

// Close frees the tree's C memory. It is idempotent.
func (t *Tree) Close() {
	if t != nil && t.t != nil {
		t.t.Close()
		t.t = nil
	}
}

// Closed reports whether Close was called.
func (t *Tree) Closed() bool { return t == nil || t.t == nil }

// Text is the source text of a node.
func (t *Tree) Text(n *sitter.Node) string { return n.Content(t.Src) }

// Pos is the span of a node as a finding position (1-based lines, byte
// columns, exclusive end column). File is left empty for the caller.
func (t *Tree) Pos(n *sitter.Node) rules.Position {
	s, e := n.StartPoint(), n.EndPoint()
	return rules.Position{Line: int(s.Row) + 1, Column: int(s.Column) + 1, EndLine: int(e.Row) + 1, EndColumn: int(e.Column) + 1}
}

// Minified reports whether src looks machine-generated: long files whose lines
// average more than 300 bytes, or any line over 20 KB. Such files are bundles
// (CLK002's business), not code a developer wrote, and parse slowly.
func Minified(src []byte) bool {
	if len(src) < 4096 {
		return false
	}
	lines := bytes.Count(src, []byte{'\n'}) + 1
	if len(src)/lines > 300 {
		return true
	}
	for rest := src; len(rest) > 0; {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			i = len(rest)
		}
		if i > 20<<10 {
			return true
		}
		rest = rest[min(i+1, len(rest)):]
	}
	return false
}

// Prologue returns the directives at the top of a module ("use client",
// "use server", "use strict"), skipping comments, without parsing: it decides
// cheaply which files are React client or server-action modules.
func Prologue(src []byte) []string {
	var out []string
	i := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		i = 3
	}
	if bytes.HasPrefix(src[i:], []byte("#!")) {
		for i < len(src) && src[i] != '\n' {
			i++
		}
	}
	for {
		i = skipSpaceAndComments(src, i)
		if i >= len(src) || (src[i] != '\'' && src[i] != '"') {
			return out
		}
		q := src[i]
		j := i + 1
		for j < len(src) && src[j] != q && src[j] != '\n' && src[j] != '\\' {
			j++
		}
		if j >= len(src) || src[j] != q {
			return out
		}
		// A directive is a whole expression statement: the string must be
		// followed by ';', a newline or the end, not by `.length` or `+ x`.
		k := skipInlineSpace(src, j+1)
		if k < len(src) && src[k] != ';' && src[k] != '\n' && src[k] != '\r' && !bytes.HasPrefix(src[k:], []byte("//")) {
			return out
		}
		out = append(out, string(src[i+1:j]))
		i = k
		if i < len(src) && src[i] == ';' {
			i++
		}
	}
}

func skipInlineSpace(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

func skipSpaceAndComments(src []byte, i int) int {
	for i < len(src) {
		switch {
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r':
			i++
		case bytes.HasPrefix(src[i:], []byte("//")):
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case bytes.HasPrefix(src[i:], []byte("/*")):
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return len(src)
			}
			i += end + 4
		default:
			return i
		}
	}
	return i
}
