package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/clerklint/clerklint/rules"
)

// githubFormat prints GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request diff without a SARIF upload (and without
// the code scanning feature that SARIF needs on private repositories).
type githubFormat struct{}

func (githubFormat) Description() string {
	return "GitHub Actions workflow commands (inline PR annotations)"
}

func (githubFormat) Format(w io.Writer, rep *Report, _ FormatOptions) error {
	bw := bufio.NewWriter(w)
	for _, f := range rep.Findings {
		title := f.RuleID
		if r := rep.Rule(f.RuleID); r != nil {
			title += " " + r.Title
		}
		// commandSafe escapes control characters a file name or a quoted line
		// can carry (ESC, NUL); the command escaping below then keeps '%',
		// CR, LF and the property separators from ending the command or
		// starting another one.
		msg := commandSafe(f.Message)
		for _, r := range f.Related {
			// Annotations have one location; related ones go into the text.
			msg += "\n" + location(r.Position, false) + ": " + commandSafe(r.Message)
		}
		writeCommand(bw, githubLevel(f.Severity), githubProps(f.Position, title), msg)
	}
	for _, e := range rep.Errors {
		level := "warning"
		switch {
		case e.Internal:
			level = "error"
		case !e.Incomplete():
			level = "notice"
		}
		writeCommand(bw, level, [][2]string{{"file", commandSafe(e.Path)}, {"title", "clerklint skipped this file"}}, commandSafe(e.Message))
	}
	return bw.Flush()
}

// githubLevel maps severities to the three annotation commands.
func githubLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	default:
		return "notice"
	}
}

// githubProps lists the annotation properties in a fixed order. Columns are only
// sent for single-line spans: the runner rejects col/endColumn when line and
// endLine differ.
func githubProps(p rules.Position, title string) [][2]string {
	props := [][2]string{{"file", commandSafe(p.File)}}
	if p.Line > 0 {
		props = append(props, [2]string{"line", strconv.Itoa(p.Line)})
		endLine := max(p.EndLine, p.Line)
		if endLine == p.Line && p.Column > 0 {
			props = append(props, [2]string{"col", strconv.Itoa(p.Column)})
		}
		props = append(props, [2]string{"endLine", strconv.Itoa(endLine)})
		if endLine == p.Line && p.EndColumn > 0 {
			props = append(props, [2]string{"endColumn", strconv.Itoa(p.EndColumn)})
		}
	}
	return append(props, [2]string{"title", title})
}

func writeCommand(w io.Writer, level string, props [][2]string, msg string) {
	parts := make([]string, len(props))
	for i, p := range props {
		parts[i] = p[0] + "=" + escapeProperty(p[1])
	}
	fmt.Fprintf(w, "::%s %s::%s\n", level, strings.Join(parts, ","), escapeData(msg))
}

// commandSafe is printable except for CR and LF, which escapeData and
// escapeProperty encode the way the runner decodes them.
func commandSafe(s string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		body, nl := strings.CutSuffix(line, "\n")
		for i, part := range strings.Split(body, "\r") {
			if i > 0 {
				b.WriteByte('\r')
			}
			b.WriteString(printable(part))
		}
		if nl {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// escapeData escapes a workflow command's message as @actions/core does; without
// it a newline in a message would end the command and the rest would be read as
// log text (or as another command).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty additionally escapes the property separators ':' and ','.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
