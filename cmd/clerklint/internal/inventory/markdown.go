package inventory

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
)

// markdownFormat is the inventory for review reports and pull-request
// comments: one GitHub-flavoured table per framework, in inventory order, then
// the findings on the endpoints. Cell items are separated by <br>; text from
// the scanned tree is escaped so it cannot break a table or inject markup.
type markdownFormat struct{}

func (markdownFormat) Description() string {
	return "Markdown tables, one per framework, for review reports"
}

func (markdownFormat) Format(w io.Writer, inv *Inventory, _ Options) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Endpoints\n\n%s %s: %s.\n", inv.Tool.Name, mdText(inv.Tool.Version), mdText(summary(inv)))

	var frameworks []string
	for _, e := range inv.Endpoints {
		if !slices.Contains(frameworks, e.Framework) {
			frameworks = append(frameworks, e.Framework)
		}
	}
	slices.Sort(frameworks)
	for _, fw := range frameworks {
		name := fw
		if name == "" {
			name = "other"
		}
		fmt.Fprintf(bw, "\n## %s\n\n", mdText(name))
		bw.WriteString("| Method | URL | Location | Protection | Authorization | Inputs | Effects | Findings |\n")
		bw.WriteString("|---|---|---|---|---|---|---|---|\n")
		for i := range inv.Endpoints {
			e := &inv.Endpoints[i]
			if e.Framework != fw {
				continue
			}
			prot := protectionCell(e)
			cells := []string{
				mdItems(methodCell(e)),
				mdItems(urlCell(e)),
				mdItems(locationCell(e)),
				strings.Join(slices.DeleteFunc([]string{"**" + mdText(prot[0].label) + "**", mdItems(prot[1:])}, isEmpty), "<br>"),
				mdItems(authzCell(e)),
				mdItems(inputsCell(e)),
				mdItems(effectsCell(e)),
				mdItems(findingsCell(e)),
			}
			for c, s := range cells {
				if s == "" {
					cells[c] = "—"
				}
			}
			fmt.Fprintf(bw, "| %s |\n", strings.Join(cells, " | "))
		}
	}

	first := true
	for i := range inv.Endpoints {
		e := &inv.Endpoints[i]
		for _, f := range e.Details {
			if first {
				bw.WriteString("\n## Findings on endpoints\n\n")
				first = false
			}
			loc := f.File
			if f.Line > 0 {
				loc += fmt.Sprintf(":%d", f.Line)
			}
			fmt.Fprintf(bw, "- %s (%s): **%s** %s at %s: %s\n",
				mdSpan(e.String()), mdSpan(e.Registration.String()), f.Rule, f.Severity, mdSpan(loc), mdText(f.Message))
		}
	}
	if len(inv.Errors) > 0 {
		bw.WriteString("\n## Not analysed\n\n")
		for _, e := range inv.Errors {
			fmt.Fprintf(bw, "- %s: %s\n", mdSpan(e.Path), mdText(e.Message))
		}
	}
	return bw.Flush()
}

func isEmpty(s string) bool { return s == "" }

// mdItems renders a cell's items separated by <br>: each construct as code,
// the rest as text.
func mdItems(items []item) string {
	out := make([]string, len(items))
	for i, it := range items {
		var parts []string
		if it.label != "" {
			parts = append(parts, mdText(it.label))
		}
		if it.code != "" {
			parts = append(parts, mdCode(it.code))
		}
		for _, p := range []string{it.at, it.note} {
			if p != "" {
				parts = append(parts, mdText(p))
			}
		}
		out[i] = strings.Join(parts, " ")
	}
	return strings.Join(out, "<br>")
}

// mdEscaper escapes what Markdown or the HTML it allows would interpret; "|"
// would end a table cell.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "|", `\|`, "#", `\#`, "~", `\~`,
	"\n", " ", "\r", " ",
)

func mdText(s string) string { return mdEscaper.Replace(report.Printable(s)) }

// mdCode renders s as a code span in a table cell, where a "|" must still be
// escaped (GitHub unescapes it inside the span).
func mdCode(s string) string { return mdSpan(strings.ReplaceAll(s, "|", `\|`)) }

// mdSpan renders s as a code span. A backquote cannot be escaped inside one,
// so it becomes '; HTML needs no escaping there.
func mdSpan(s string) string {
	s = strings.NewReplacer("`", "'", "\n", " ", "\r", " ").Replace(report.Printable(s))
	return "`" + s + "`"
}

// MarkdownText escapes text from the scanned tree for a Markdown document
// (table cells included), for documents that embed the inventory.
func MarkdownText(s string) string { return mdText(s) }

// MarkdownCode renders s as a code span that is safe in a table cell.
func MarkdownCode(s string) string { return mdCode(s) }
