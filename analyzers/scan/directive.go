package scan

import (
	"bytes"
	"path"
	"regexp"
	"strings"
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
	directiveIDs    = regexp.MustCompile(`^\s+(CLK[0-9]{3}(?:\s*,\s*CLK[0-9]{3})*)`)
	directiveReason = regexp.MustCompile(`^\s*--\s*(.*)$`)
	// Comment closers that may follow the reason on the same line.
	commentClosers = []string{"*/", "-->", "#}", "%>", "--}}", "}}"}
)

// parseDirectives finds every directive in a file. The marker search is one
// bytes.Index pass, so files without directives cost nothing more. In Markdown,
// where prose can mention the marker ("add `clerklint:ignore CLK001 -- why`")
// and code blocks quote it, only a directive opening an HTML comment (or an MDX
// {/* */} comment) counts.
func parseDirectives(file string, src []byte) []Directive {
	var out []Directive
	markdown := isMarkdown(file)
	marker := []byte(directiveMarker)
	off := 0
	for {
		i := bytes.Index(src[off:], marker)
		if i < 0 {
			return out
		}
		at := off + i
		off = at + len(marker)
		lineStart := bytes.LastIndexByte(src[:at], '\n') + 1
		lineEnd := bytes.IndexByte(src[at:], '\n')
		if lineEnd < 0 {
			lineEnd = len(src)
		} else {
			lineEnd += at
		}
		if markdown && !opensMarkupComment(src[lineStart:at]) {
			continue
		}
		d := Directive{File: file, Line: bytes.Count(src[:lineStart], []byte{'\n'}) + 1, Column: at - lineStart + 1}
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
