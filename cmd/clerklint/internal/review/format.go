package review

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Formatter renders a Document.
type Formatter interface {
	Description() string
	Format(w io.Writer, doc *Document) error
}

// Formats is the registry of review formats; --format help and the
// unknown-format error are built from its keys.
var Formats = map[string]Formatter{
	"markdown": markdownFormat{},
	"html":     htmlFormat{},
	"json":     jsonFormat{},
}

// Names lists the formats, sorted.
func Names() []string {
	names := make([]string, 0, len(Formats))
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Lookup returns the named formatter.
func Lookup(name string) (Formatter, error) {
	if f, ok := Formats[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown review format %q (want one of %s)", name, strings.Join(Names(), ", "))
}

// Sentences both documents print.
const (
	noKeys = "No publishable key in the project's files: each environment's key is set outside the repository (the host's environment or an uncommitted env file)."
	noSDK  = "No manifest depends on a Clerk SDK: the Clerk checks below found nothing to check, which is not a sign of correct Clerk use."
)

// statusLabel is a status as the documents print it.
func statusLabel(s Status) string { return strings.ToUpper(string(s)) }

// totalsLine is "2 fail, 9 manual, 12 pass, 5 n/a".
func totalsLine(doc *Document) string {
	parts := make([]string, len(doc.Totals))
	for i, t := range doc.Totals {
		parts[i] = fmt.Sprintf("%d %s", t.Count, t.Status)
	}
	return strings.Join(parts, ", ")
}

// failing lists the checklist items whose findings are listed (failed, or
// manual with information findings), in
// checklist order (an item with the findings of an earlier one refers to it).
func failing(doc *Document) []Item {
	var out []Item
	for _, s := range doc.Checklist {
		for _, it := range s.Items {
			if len(it.Findings) > 0 && it.SameAs == "" {
				out = append(out, it)
			}
		}
	}
	return out
}

// detail is an item's explanation in one paragraph: what was checked, why
// nothing could be, what a person must verify.
func detail(it Item) string {
	var parts []string
	if n := len(it.Findings); n > 0 {
		where := "listed below."
		if it.SameAs != "" {
			where = "listed under “" + it.SameAs + "”."
		}
		parts = append(parts, plural(n, "finding")+" ("+strings.Join(findingRules(it), ", ")+"), "+where)
	}
	if it.Checked != "" && len(it.Findings) == 0 {
		parts = append(parts, "Checked: "+it.Checked+".")
	}
	if it.Why != "" {
		w := it.Why
		parts = append(parts, strings.ToUpper(w[:1])+w[1:]+".")
	}
	if it.Manual != "" {
		parts = append(parts, "Verify by hand: "+it.Manual)
	}
	return strings.Join(parts, " ")
}

func findingRules(it Item) []string {
	var ids []string
	for _, f := range it.Findings {
		if len(ids) == 0 || ids[len(ids)-1] != f.Rule {
			ids = append(ids, f.Rule)
		}
	}
	ids = dedupe(ids)
	sort.Strings(ids)
	return ids
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// planStatus is a plan feature's status as printed.
func planStatus(f PlanFeature) string {
	switch {
	case f.Used:
		return "used in code"
	case !f.Detected:
		return "Dashboard setting: check"
	}
	return "not found in code"
}
