package review

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/clerklint/clerklint/cmd/clerklint/internal/inventory"
)

// markdownFormat is the review as GitHub-flavoured Markdown: the default, to
// paste into a ticket or convert to PDF. Text from the scanned tree is
// escaped (inventory.MarkdownText) so it cannot break a table or add markup.
type markdownFormat struct{}

func (markdownFormat) Description() string { return "Markdown report (default)" }

var (
	mdText = inventory.MarkdownText
	mdCode = inventory.MarkdownCode
)

// mdCell joins a cell's items with <br>, "—" when empty.
func mdCell(items []string, code bool) string {
	if len(items) == 0 {
		return "—"
	}
	out := make([]string, len(items))
	for i, s := range items {
		if code {
			out[i] = mdCode(s)
		} else {
			out[i] = mdText(s)
		}
	}
	return strings.Join(out, "<br>")
}

func (markdownFormat) Format(w io.Writer, doc *Document) error {
	bw := bufio.NewWriter(w)
	title := "Clerk review"
	if doc.Project.Name != "" {
		title += ": " + doc.Project.Name
	}
	fmt.Fprintf(bw, "# %s\n\n", mdText(title))
	fmt.Fprintf(bw, "%s %s. Checklist: %s. Endpoints: %s.\n", mdText(doc.Tool.Name), mdText(doc.Tool.Version), totalsLine(doc), mdText(doc.EndpointSummary))
	if len(doc.Project.SDKs) == 0 {
		fmt.Fprintf(bw, "\n**%s**\n", mdText(noSDK))
	}
	if n := len(doc.NotAnalysed); n > 0 {
		fmt.Fprintf(bw, "\n**Incomplete:** %s could not be analysed (listed at the end); findings in them are missing.\n", plural(n, "file or module"))
	}

	p := doc.Project
	bw.WriteString("\n## Project\n\n")
	fmt.Fprintf(bw, "Stacks: %s.\n", mdText(orNone(strings.Join(p.Stacks, ", "))))
	bw.WriteString("\n### Clerk SDKs\n\n")
	if len(p.SDKs) == 0 {
		bw.WriteString("No manifest depends on a Clerk SDK.\n")
	} else {
		bw.WriteString("| Package | Version | Manifest | API generation |\n|---|---|---|---|\n")
		for _, s := range p.SDKs {
			fmt.Fprintf(bw, "| %s | %s | %s | %s |\n", mdCode(s.Package), mdCode(s.Version), mdCode(s.Manifest), mdText(orNone(s.Generation)))
		}
	}
	bw.WriteString("\n### Clerk instances\n\n")
	if len(p.Instances) == 0 {
		bw.WriteString(noKeys + "\n")
	} else {
		bw.WriteString("From the publishable keys found (a key encodes its instance's Frontend API host).\n\n")
		bw.WriteString("| Instance | Frontend API host | Where |\n|---|---|---|\n")
		for _, in := range p.Instances {
			fmt.Fprintf(bw, "| %s | %s | %s |\n", mdText(in.Environment), mdCode(in.Host), mdCell(in.Where, true))
		}
	}
	bw.WriteString("\n### Where keys are configured\n\n")
	if len(p.KeyPlaces) == 0 {
		bw.WriteString("No env file in the project sets a Clerk variable.\n")
	} else {
		bw.WriteString("Env files setting Clerk variables (names only; values are never shown).\n\n")
		bw.WriteString("| File | Git | Variables |\n|---|---|---|\n")
		for _, k := range p.KeyPlaces {
			fmt.Fprintf(bw, "| %s | %s | %s |\n", mdCode(k.File), mdText(orNone(k.Git)), mdCell(k.Variables, true))
		}
	}

	bw.WriteString("\n## Checklist\n")
	for _, s := range doc.Checklist {
		fmt.Fprintf(bw, "\n### %s\n\n| Status | Item | Detail |\n|---|---|---|\n", mdText(s.Name))
		for _, it := range s.Items {
			fmt.Fprintf(bw, "| **%s** | %s | %s |\n", statusLabel(it.Status), mdText(it.Text), mdText(detail(it)))
		}
	}

	if fs := failing(doc); len(fs) > 0 {
		bw.WriteString("\n## Findings by checklist item\n")
		for _, it := range fs {
			fmt.Fprintf(bw, "\n### %s\n\n", mdText(it.Text))
			for _, f := range it.Findings {
				fmt.Fprintf(bw, "- %s **%s** %s: %s\n", mdCode(f.Where()), f.Rule, f.Severity, mdText(f.Message))
				if f.Excerpt != "" {
					fmt.Fprintf(bw, "\n  %s\n\n", mdCode(f.Excerpt))
				}
			}
			for _, fx := range it.Fixes {
				fmt.Fprintf(bw, "\n**Fix (%s, %s):** %s\n", fx.Rule, mdText(fx.Title), mdText(fx.Text))
			}
		}
	}
	if len(doc.Other) > 0 {
		bw.WriteString("\n## Other findings\n\n")
		for _, f := range doc.Other {
			fmt.Fprintf(bw, "- %s **%s** %s: %s\n", mdCode(f.Where()), f.Rule, f.Severity, mdText(f.Message))
		}
	}

	bw.WriteString("\n## Plan check\n\n")
	pc := doc.Plan
	switch {
	case !pc.Ran:
		bw.WriteString("Not run: CLK801 is disabled. Check the client's plan against the features the app uses by hand.\n")
	default:
		fmt.Fprintf(bw, "Features outside Clerk's free tier, per %s as of %s. Everything works on a development instance; production needs the plan named. Check clerk.com/pricing for today's terms.\n\n", mdText(pc.Source), mdText(pc.AsOf))
		bw.WriteString("| Feature | Needs | Status | Used at | Dashboard |\n|---|---|---|---|---|\n")
		for _, f := range pc.Features {
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s |\n", mdText(capitalize(f.Name)), mdText(f.Plan), mdText(planStatus(f)),
				mdCell(f.Where, true), mdText(orNone(f.Dashboard)))
		}
	}

	fmt.Fprintf(bw, "\n## Endpoints\n\n%s.", mdText(capitalize(doc.EndpointSummary)))
	if len(doc.Endpoints) == 0 {
		bw.WriteString("\n")
	} else {
		bw.WriteString(" Unprotected and unauthorized endpoints first.\n\n| Exposure | Method | URL | Location | Protection | Authorization | Effects | Findings |\n|---|---|---|---|---|---|---|---|\n")
		for _, e := range doc.Endpoints {
			exposure := "**" + mdText(string(e.Exposure)) + "**"
			if e.Reason != "" {
				exposure += "<br>" + mdText(e.Reason)
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", exposure, mdCell(e.Methods, false), mdCell(e.URL, true),
				mdCell(e.Location, true), mdCell(e.Protection, false), mdCell(e.Authorization, false), mdCell(e.Effects, false), mdCell(e.Findings, false))
		}
	}

	if len(doc.NotAnalysed) > 0 {
		bw.WriteString("\n## Not analysed\n\n")
		for _, g := range doc.NotAnalysed {
			fmt.Fprintf(bw, "- %s: %s\n", mdCode(g.Path), mdText(g.Message))
		}
	}
	return bw.Flush()
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
