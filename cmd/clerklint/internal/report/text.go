package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/clerklint/clerklint/rules"
)

// textFormat is the compiler-style format for terminals and editors: one
// `path:line:col: RULE severity: message` line per finding, which editors and
// terminals turn into clickable locations.
type textFormat struct{}

func (textFormat) Description() string { return "human-readable, one finding per line (default)" }

// ANSI styles; only used when FormatOptions.Color is set.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiCyan   = "\x1b[1;36m"
)

func (textFormat) Format(w io.Writer, rep *Report, opts FormatOptions) error {
	bw := bufio.NewWriter(w)
	style := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + ansiReset
	}
	for _, f := range rep.Findings {
		fmt.Fprintf(bw, "%s %s %s: %s\n",
			style(ansiBold, location(f.Position, true)+":"),
			f.RuleID,
			style(severityColor(f.Severity), f.Severity.String()),
			printable(f.Message))
		for _, r := range f.Related {
			fmt.Fprintf(bw, "\t%s\n", style(ansiDim, location(r.Position, false)+": "+printable(r.Message)))
		}
	}
	// Skipped files are not listed here: the CLI lists them on stderr, once,
	// whatever the format; the summary counts them.
	fmt.Fprintln(bw, summary(rep))
	return bw.Flush()
}

func severityColor(s rules.Severity) string {
	switch s {
	case rules.Error:
		return ansiRed
	case rules.Warning:
		return ansiYellow
	default:
		return ansiCyan
	}
}

// location prints path:line[:col], leaving out parts that are unknown (0), so a
// whole-file finding reads "path" rather than "path:0:0".
func location(p rules.Position, withColumn bool) string {
	s := printable(p.File)
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
		if withColumn && p.Column > 0 {
			s += ":" + strconv.Itoa(p.Column)
		}
	}
	return s
}

// summary is the last line of text output, e.g.
// "3 findings (2 error, 1 warning) in 2 files, 1 suppressed inline; 1 file skipped".
// Hidden findings are counted so a clean-looking run still says something was hidden.
func summary(rep *Report) string {
	var b strings.Builder
	if len(rep.Findings) == 0 {
		b.WriteString("no findings")
	} else {
		bySev := map[rules.Severity]int{}
		files := map[string]bool{}
		for _, f := range rep.Findings {
			bySev[f.Severity]++
			files[f.File] = true
		}
		var parts []string
		for _, s := range []rules.Severity{rules.Error, rules.Warning, rules.Info} {
			if bySev[s] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", bySev[s], s))
			}
		}
		fmt.Fprintf(&b, "%s (%s) in %s", plural(len(rep.Findings), "finding"), strings.Join(parts, ", "), plural(len(files), "file"))
	}
	if rep.Suppressed > 0 {
		fmt.Fprintf(&b, ", %d suppressed inline", rep.Suppressed)
	}
	if rep.Baselined > 0 {
		fmt.Fprintf(&b, ", %d in baseline", rep.Baselined)
	}
	incomplete := 0
	for _, e := range rep.Errors {
		if e.Incomplete() {
			incomplete++
		}
	}
	if incomplete > 0 {
		fmt.Fprintf(&b, "; %s not analysed", plural(incomplete, "file"))
	}
	if n := len(rep.Errors) - incomplete; n > 0 {
		fmt.Fprintf(&b, "; %s skipped", plural(n, "file"))
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// printable escapes control characters. Paths and messages can carry text from
// the scanned tree, and a file name with an escape sequence must not be able to
// rewrite the user's terminal.
func printable(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Printable is printable for the other renderers of scanned text (the
// endpoint inventory), so every output escapes control characters alike.
func Printable(s string) string { return printable(s) }

func isControl(r rune) bool { return r != '\t' && unicode.IsControl(r) }
