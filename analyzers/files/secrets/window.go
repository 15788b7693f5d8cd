package secrets

import (
	"bytes"
	"sort"
	"strings"

	"github.com/zricethezav/gitleaks/v8/report"
)

// hit is an occurrence of a prefilter literal in a file.
type hit struct{ off, n int }

// prefilter finds literal occurrences with one bytes.IndexByte pass per distinct
// anchor byte: each literal is anchored on its rarest byte in program text, so
// sk_test_, sk_live_, pk_test_ and pk_live_ share one pass over the 'k's instead
// of four bytes.Index passes stopping at every 's' and 'p'. IndexByte runs at
// memory speed and ignores line structure, so a multi-MB single-line bundle costs
// the same as the same bytes spread over many lines.
type prefilter struct {
	groups []anchorGroup
}

type anchorGroup struct {
	b    byte
	lits []anchored
}

type anchored struct {
	lit []byte
	at  int // index of the anchor byte in lit
}

// commonBytes ranks bytes from most to least frequent in source code and prose;
// bytes absent from it count as rarest.
const commonBytes = " etaonisrlcdu\n\t.();=\"'pmhfg,b{}y_:/vw0k1-x2>3<4[]5j6z7q8#9*+!|&`$@%^~?\\"

func rarity(b byte) int {
	if i := strings.IndexByte(commonBytes, b); i >= 0 {
		return i
	}
	return len(commonBytes)
}

func newPrefilter(lits [][]byte) *prefilter {
	pf := &prefilter{}
	seen := map[string]bool{}
	for _, lit := range lits {
		if len(lit) == 0 || seen[string(lit)] {
			continue
		}
		seen[string(lit)] = true
		at := 0
		for i := range lit {
			if rarity(lit[i]) > rarity(lit[at]) {
				at = i
			}
		}
		a := anchored{lit: lit, at: at}
		found := false
		for i := range pf.groups {
			if pf.groups[i].b == lit[at] {
				pf.groups[i].lits = append(pf.groups[i].lits, a)
				found = true
				break
			}
		}
		if !found {
			pf.groups = append(pf.groups, anchorGroup{b: lit[at], lits: []anchored{a}})
		}
	}
	return pf
}

// hits returns every occurrence of every literal, by offset.
func (pf *prefilter) hits(src []byte) []hit {
	if pf == nil {
		return nil
	}
	var hits []hit
	for _, g := range pf.groups {
		for off := 0; off < len(src); {
			i := bytes.IndexByte(src[off:], g.b)
			if i < 0 {
				break
			}
			pos := off + i
			for _, a := range g.lits {
				if start := pos - a.at; start >= 0 && start+len(a.lit) <= len(src) && bytes.Equal(src[start:start+len(a.lit)], a.lit) {
					hits = append(hits, hit{start, len(a.lit)})
				}
			}
			off = pos + 1
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].off < hits[j].off })
	return hits
}

// window is the byte range [start, end) of a file handed to gitleaks.
type window struct{ start, end int }

const (
	// margin is how much text around a hit a window keeps on a long line: room
	// for the longest key after the literal and for the name assigned to it.
	margin = 512
	// maxWindow caps merged windows so that gitleaks' per-match line counting
	// (linear in the window's lines) never sees a large fragment.
	maxWindow = 64 << 10
)

// windows turns hits into small ranges: the whole line when it is short, else
// margin bytes either side of the hit. Overlapping ranges merge up to maxWindow;
// beyond that a new window starts, and the overlap is deduplicated later by
// offset. Every step is bounded by margin, so the total work is linear.
func windows(src []byte, hits []hit) []window {
	var out []window
	for _, h := range hits {
		w := window{start: max(0, h.off-margin), end: min(len(src), h.off+h.n+margin)}
		if i := bytes.LastIndexByte(src[w.start:h.off], '\n'); i >= 0 {
			w.start += i + 1
		}
		if i := bytes.IndexByte(src[h.off:w.end], '\n'); i >= 0 {
			w.end = h.off + i
		}
		if n := len(out); n > 0 && w.start <= out[n-1].end && w.end-out[n-1].start <= maxWindow {
			out[n-1].end = max(out[n-1].end, w.end)
			continue
		}
		out = append(out, w)
	}
	return out
}

// batch joins windows with '\n' into one gitleaks fragment: one Detect call per
// batch instead of per window, because gitleaks' fixed cost per call (lowercasing,
// keyword trie, logger contexts) dominates on small windows. Windows hold no
// newline, so line k of the batch is window k, and gitleaks' "line" (for
// regexTarget=line allowlists and gitleaks:allow) is still the window. Batches
// stay below maxBatch lines' worth of bytes so gitleaks' per-match newline walk
// stays cheap.
type batch struct {
	text  string
	parts []window // file ranges of the batch's lines, in order
}

const maxBatch = 64 << 10

func batches(src []byte, ws []window) []batch {
	var out []batch
	var b strings.Builder
	var parts []window
	for _, w := range ws {
		if b.Len() > 0 && b.Len()+1+w.end-w.start > maxBatch {
			out = append(out, batch{text: b.String(), parts: parts})
			b.Reset()
			parts = nil
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.Write(src[w.start:w.end])
		parts = append(parts, w)
	}
	if b.Len() > 0 {
		out = append(out, batch{text: b.String(), parts: parts})
	}
	return out
}

// fileOffset maps an offset in the batch text back into the file; it fails for
// a span crossing a window boundary, which no newline-free match can do.
func (b batch) fileOffset(off, n int) (int, bool) {
	at := 0
	for _, w := range b.parts {
		size := w.end - w.start
		if off < at+size || (off == at+size && n == 0) {
			if off+n > at+size {
				return 0, false
			}
			return w.start + off - at, true
		}
		at += size + 1
	}
	return 0, false
}

// locate returns the byte offset of a gitleaks finding's secret inside the
// fragment text it came from. gitleaks reports no offsets and its columns are off
// by one after a fragment's first line (it counts from the newline byte), so the
// match start is rebuilt from the line and column and the secret is searched from
// there, within that line.
func locate(text string, f report.Finding) (int, bool) {
	if f.Secret == "" || f.StartLine < 1 {
		return 0, false
	}
	lineStart := 0
	for l := 1; l < f.StartLine; l++ {
		i := strings.IndexByte(text[lineStart:], '\n')
		if i < 0 {
			return 0, false
		}
		lineStart += i + 1
	}
	lineEnd := len(text)
	if i := strings.IndexByte(text[lineStart:], '\n'); i >= 0 {
		lineEnd = lineStart + i
	}
	from := lineStart + f.StartColumn - 1
	if f.StartLine > 1 {
		from--
	}
	from = min(max(lineStart, from-1), lineEnd)
	if i := strings.Index(text[from:lineEnd], f.Secret); i >= 0 {
		return from + i, true
	}
	if i := strings.Index(text[lineStart:lineEnd], f.Secret); i >= 0 {
		return lineStart + i, true
	}
	return 0, false
}

// cursor turns increasing byte offsets into 1-based lines and byte columns in one
// forward pass over the file.
type cursor struct {
	src       []byte
	pos       int
	line      int
	lineStart int
}

func newCursor(src []byte) *cursor { return &cursor{src: src, line: 1} }

// at returns the line and column of off; offsets must not decrease between calls.
func (c *cursor) at(off int) (line, col int) {
	seg := c.src[c.pos:off]
	if n := bytes.Count(seg, []byte{'\n'}); n > 0 {
		c.line += n
		c.lineStart = c.pos + bytes.LastIndexByte(seg, '\n') + 1
	}
	c.pos = off
	return c.line, off - c.lineStart + 1
}

// lineBefore is the text before off on its line, at most 200 bytes: where the name
// a key is assigned to is written.
func lineBefore(src []byte, off int) string {
	start := max(0, off-200)
	if i := bytes.LastIndexByte(src[start:off], '\n'); i >= 0 {
		start += i + 1
	}
	return string(src[start:off])
}
