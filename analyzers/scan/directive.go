package scan

import (
	"bytes"
	"path"
	"strings"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Directive is an inline `clerklint:ignore CLK001 -- reason` comment. It applies to
// findings on its own line and on the line below, in any comment syntax.
type Directive struct {
	File   string
	Line   int
	Column int
	IDs    []string
	Reason string
	// Problem is set when the directive is malformed (no ids, no reason); a
	// malformed directive suppresses nothing.
	Problem string
}

const directiveMarker = "clerklint:ignore"

var (
	directiveIDs    = lazyregexp.New(`^\s+(CLK[0-9]{3}(?:\s*,\s*CLK[0-9]{3})*)`)
	directiveReason = lazyregexp.New(`^\s*--\s*(.*)$`)
	// Comment closers that may follow the reason on the same line.
	commentClosers = []string{"*/", "-->", "#}", "%>", "--}}", "}}"}
)

// parseDirectives finds every directive in a file. The marker search is one
// bytes.Index pass, so files without directives cost nothing more, and the
// work stays linear however many directives a file or a line holds: line
// numbers are counted from the previous directive on, and a directive's text
// ends at the next marker on its line. In Markdown, where prose can mention
// the marker ("add `clerklint:ignore CLK001 -- why`") and code blocks quote
// it, only a directive opening an HTML comment (or an MDX {/* */} comment)
// counts.
func parseDirectives(file string, src []byte) []Directive {
	var out []Directive
	markdown := isMarkdown(file)
	marker := []byte(directiveMarker)
	off := 0
	line, counted := 1, 0 // line is the line number of src[counted]
	eol := -1             // end of the line holding the last directive
	from := 0             // where the last marker ended
	for {
		i := bytes.Index(src[off:], marker)
		if i < 0 {
			return out
		}
		at := off + i
		off = at + len(marker)
		// Newlines are looked for only since the previous marker:
		// src[counted:from] holds none.
		if nl := bytes.LastIndexByte(src[from:at], '\n'); nl >= 0 {
			next := from + nl + 1
			line += bytes.Count(src[from:next], []byte{'\n'})
			counted = next
		}
		from = off
		lineStart := counted
		if markdown && !opensMarkupComment(src[lineStart:at]) {
			continue
		}
		if at > eol {
			if eol = bytes.IndexByte(src[at:], '\n'); eol < 0 {
				eol = len(src)
			} else {
				eol += at
			}
		}
		lineEnd := eol
		if next := bytes.Index(src[off:lineEnd], marker); next >= 0 {
			lineEnd = off + next
		}
		d := Directive{File: file, Line: line, Column: at - lineStart + 1}
		rest := strings.TrimRight(string(src[off:lineEnd]), "\r \t")
		for _, c := range commentClosers {
			rest = strings.TrimSuffix(strings.TrimRight(rest, " \t"), c)
		}
		m := directiveIDs.FindStringSubmatch(rest)
		if m == nil {
			d.Problem = "clerklint:ignore needs rule ids, e.g. `clerklint:ignore CLK001 -- reason`"
			out = append(out, d)
			continue
		}
		for _, id := range strings.Split(m[1], ",") {
			d.IDs = append(d.IDs, strings.TrimSpace(id))
		}
		rm := directiveReason.FindStringSubmatch(rest[len(m[0]):])
		if rm == nil || strings.TrimSpace(rm[1]) == "" {
			d.Problem = "clerklint:ignore needs a reason after `--`"
		} else {
			d.Reason = strings.TrimSpace(rm[1])
		}
		out = append(out, d)
	}
}

func isMarkdown(file string) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".md", ".mdx", ".markdown":
		return true
	}
	return false
}

// opensMarkupComment reports whether the text before a marker on its line ends
// with an HTML or MDX comment opener.
func opensMarkupComment(before []byte) bool {
	b := bytes.TrimRight(before, " \t")
	return bytes.HasSuffix(b, []byte("<!--")) || bytes.HasSuffix(b, []byte("{/*"))
}
