package js

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"
)

// Query is a tree-sitter query compiled for every grammar, with its predicates
// checked and compiled up front. go-tree-sitter applies predicates only when
// asked, silently ignores the ones it does not know (#any-of?), and compiles
// #match? regexes with MustCompile on every match (a bad regex panics mid-scan);
// Query implements #eq?, #not-eq?, #match?, #not-match?, #any-of? and
// #not-any-of? itself and rejects everything else at compile time.
//
// A Query is immutable and may be shared by goroutines (tree-sitter queries
// are read-only); each Matches call uses its own cursor. Close frees it.
//
// Compiling is the costly part of a query's life (tens of milliseconds per
// grammar for a query with several patterns, most of an empty scan's time), so
// built-in queries are compiled per grammar on first use (LazyQuery); queries
// from the user's rules are compiled up front (NewQuery) so a mistake is a load
// error, not a scan-time one.
type Query struct {
	src    string
	byLang [TSX + 1]langQuery
}

// langQuery is a Query compiled for one grammar, on first use.
type langQuery struct {
	once sync.Once
	c    *compiled
	err  error
}

type compiled struct {
	q     *sitter.Query
	names []string      // capture id → name
	preds [][]predicate // pattern index → predicates
}

type predicate struct {
	op      string // eq, match, any-of
	negate  bool
	capture string
	other   string // eq with a capture on the right
	values  []string
	re      *regexp.Regexp
}

// NewQuery compiles src for every grammar. The error names the grammar and the
// position of the first problem.
func NewQuery(src string) (*Query, error) {
	q := LazyQuery(src)
	for _, l := range Langs {
		if _, err := q.compiled(l); err != nil {
			q.Close()
			return nil, err
		}
	}
	return q, nil
}

// LazyQuery returns a query compiled for each grammar when first run on it.
// Built-in queries use it; their compilation is tested, so an error there is a
// programming error, and Matches panics with it (the engine turns the panic
// into an internal error for the file: never a silent pass).
func LazyQuery(src string) *Query { return &Query{src: src} }

// Check compiles the query for grammar l now, so that a mistake in a query
// from the user's rules is a load error. Checking one grammar catches typos
// and unknown node types at a third of NewQuery's cost; the others compile on
// first use.
func (q *Query) Check(l Lang) error {
	_, err := q.compiled(l)
	return err
}

// compiled returns the query compiled for grammar l.
func (q *Query) compiled(l Lang) (*compiled, error) {
	if int(l) >= len(q.byLang) || l == NoLang {
		return nil, fmt.Errorf("tree-sitter query: no grammar %d", l)
	}
	lq := &q.byLang[l]
	lq.once.Do(func() { lq.c, lq.err = compileFor(q.src, l) })
	return lq.c, lq.err
}

func compileFor(src string, l Lang) (*compiled, error) {
	sq, err := sitter.NewQuery([]byte(src), l.grammar())
	if err != nil {
		return nil, fmt.Errorf("tree-sitter query (%s grammar): %w", l, err)
	}
	c := &compiled{q: sq}
	for i := uint32(0); i < sq.CaptureCount(); i++ {
		c.names = append(c.names, sq.CaptureNameForId(i))
	}
	for pi := uint32(0); pi < sq.PatternCount(); pi++ {
		var ps []predicate
		for _, steps := range sq.PredicatesForPattern(pi) {
			p, err := parsePredicate(sq, steps)
			if err != nil {
				sq.Close()
				return nil, fmt.Errorf("tree-sitter query (%s grammar), pattern %d: %w", l, pi+1, err)
			}
			ps = append(ps, p)
		}
		c.preds = append(c.preds, ps)
	}
	return c, nil
}

func parsePredicate(q *sitter.Query, steps []sitter.QueryPredicateStep) (predicate, error) {
	// steps: operator string, arguments..., done.
	if len(steps) < 2 || steps[0].Type != sitter.QueryPredicateStepTypeString {
		return predicate{}, fmt.Errorf("malformed predicate")
	}
	op := q.StringValueForId(steps[0].ValueId)
	args := steps[1 : len(steps)-1]
	p := predicate{}
	switch op {
	case "eq?", "not-eq?":
		p.op, p.negate = "eq", op == "not-eq?"
	case "match?", "not-match?":
		p.op, p.negate = "match", op == "not-match?"
	case "any-of?", "not-any-of?":
		p.op, p.negate = "any-of", op == "not-any-of?"
	default:
		return predicate{}, fmt.Errorf("unsupported predicate #%s (supported: eq?, not-eq?, match?, not-match?, any-of?, not-any-of?)", op)
	}
	if len(args) < 2 || args[0].Type != sitter.QueryPredicateStepTypeCapture {
		return predicate{}, fmt.Errorf("#%s needs a capture and a value", op)
	}
	p.capture = q.CaptureNameForId(args[0].ValueId)
	rest := args[1:]
	switch p.op {
	case "eq":
		if len(rest) != 1 {
			return predicate{}, fmt.Errorf("#%s takes exactly two arguments", op)
		}
		if rest[0].Type == sitter.QueryPredicateStepTypeCapture {
			p.other = q.CaptureNameForId(rest[0].ValueId)
		} else {
			p.values = []string{q.StringValueForId(rest[0].ValueId)}
		}
	case "match":
		if len(rest) != 1 || rest[0].Type != sitter.QueryPredicateStepTypeString {
			return predicate{}, fmt.Errorf("#%s takes a capture and one regex string", op)
		}
		re, err := regexp.Compile(q.StringValueForId(rest[0].ValueId))
		if err != nil {
			return predicate{}, fmt.Errorf("#%s: %w", op, err)
		}
		p.re = re
	case "any-of":
		for _, s := range rest {
			if s.Type != sitter.QueryPredicateStepTypeString {
				return predicate{}, fmt.Errorf("#%s takes string values only", op)
			}
			p.values = append(p.values, q.StringValueForId(s.ValueId))
		}
	}
	return p, nil
}

// Close frees the compiled queries. The query must not be used afterwards.
func (q *Query) Close() {
	for i := range q.byLang {
		lq := &q.byLang[i]
		lq.once.Do(func() {}) // a later first use must not compile again
		if lq.c != nil {
			lq.c.q.Close()
			lq.c = nil
		}
	}
}

// String is the query source.
func (q *Query) String() string { return q.src }

// Captures names the captures of a pattern, e.g. "name" → node.
type Captures map[string]*sitter.Node

// Matches runs the query over node n of tree t and calls fn for every match
// whose predicates hold, with the captures by name (the first node of a
// quantified capture). fn returning false stops the search.
func (q *Query) Matches(t *Tree, n *sitter.Node, fn func(pattern int, caps Captures) bool) {
	if t.Lang == NoLang {
		return
	}
	c, err := q.compiled(t.Lang)
	if err != nil {
		panic(err)
	}
	if c == nil {
		return // closed
	}
	qc := sitter.NewQueryCursor()
	defer qc.Close()
	qc.Exec(c.q, n)
	for {
		m, ok := qc.NextMatch()
		if !ok {
			return
		}
		caps := Captures{}
		texts := map[string][]string{}
		for _, cp := range m.Captures {
			name := c.names[cp.Index]
			if caps[name] == nil {
				caps[name] = cp.Node
			}
			texts[name] = append(texts[name], t.Text(cp.Node))
		}
		if !c.holds(int(m.PatternIndex), texts) {
			continue
		}
		if !fn(int(m.PatternIndex), caps) {
			return
		}
	}
}

// holds evaluates a pattern's predicates; a predicate on a capture that did not
// match (an optional one) holds vacuously, as in tree-sitter's CLI.
func (c *compiled) holds(pattern int, texts map[string][]string) bool {
	if pattern >= len(c.preds) {
		return true
	}
	for _, p := range c.preds[pattern] {
		vals, ok := texts[p.capture]
		if !ok {
			continue
		}
		for _, v := range vals {
			var r bool
			switch p.op {
			case "eq":
				if p.other != "" {
					o := texts[p.other]
					r = len(o) > 0 && o[0] == v
				} else {
					r = v == p.values[0]
				}
			case "match":
				r = p.re.MatchString(v)
			case "any-of":
				for _, w := range p.values {
					r = r || v == w
				}
			}
			if r == p.negate {
				return false
			}
		}
	}
	return true
}

// Unquote returns the text of a string literal node without its quotes, or the
// text of any other node unchanged.
func Unquote(t *Tree, n *sitter.Node) string {
	s := t.Text(n)
	if n.Type() == "string" && len(s) >= 2 {
		return s[1 : len(s)-1]
	}
	if n.Type() == "template_string" && len(s) >= 2 && !strings.Contains(s, "${") {
		return s[1 : len(s)-1]
	}
	return s
}
