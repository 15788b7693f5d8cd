package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	gosarif "github.com/owenrumney/go-sarif/v3/pkg/report"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/clerklint/clerklint/rules"
)

// sarifFormat writes SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
type sarifFormat struct{}

func (sarifFormat) Description() string { return "SARIF 2.1.0 for GitHub code scanning" }

// FingerprintKey names clerklint's fingerprint in result.partialFingerprints. It is
// namespaced, not primaryLocationLineHash: GitHub's upload action computes that one
// from the file content and would log a mismatch (and keep ours) if we filled it
// with a hash of different inputs.
const FingerprintKey = "clerklint/v1"

// maxDescription is GitHub's limit on shortDescription and fullDescription text.
const maxDescription = 1024

func (sarifFormat) Format(w io.Writer, rep *Report, opts FormatOptions) error {
	if err := BuildSARIF(rep, opts.Source).PrettyWrite(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// BuildSARIF builds the SARIF log of a report. It is exported for tests and for
// callers that want to validate or merge the log before writing it. source
// (may be nil) reads reported files to convert byte columns to UTF-16 code
// units, SARIF's default columnKind.
func BuildSARIF(rep *Report, source func(string) ([]byte, error)) *sarif.Report {
	log := gosarif.NewV210Report()
	cols := newColumns(source)
	locate := func(p rules.Position) *sarif.Location { return sarifLocation(cols.utf16(p)) }
	run := sarif.NewRunWithInformationURI(rep.Tool.Name, informationURI)
	run.Tool.Driver.WithVersion(rep.Tool.Version)

	// Every active rule is described, not only those with results, so a viewer
	// can explain a rule and ruleIndex stays stable from run to run.
	if rep.Rules != nil {
		for _, r := range rep.Rules.All() {
			describeRule(run.AddRule(r.ID), r)
		}
	}
	for _, f := range rep.Findings {
		if rep.Rule(f.RuleID) == nil {
			// Not in the set: still describe it so the result has a valid rule.
			run.AddRule(f.RuleID).
				WithDescription(f.RuleID).
				WithHelp(sarif.NewMultiformatMessageString().WithText(f.RuleID))
		}
		res := run.CreateResultForRule(f.RuleID).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(f.Message)).
			// The With… setter: AddPartialFingerprint panics on a fresh result's nil map.
			WithPartialFingerprints(map[string]string{FingerprintKey: f.Fingerprint})
		if loc := locate(f.Position); loc != nil {
			res.AddLocation(loc)
		}
		for i, r := range f.Related {
			loc := locate(r.Position)
			if loc == nil {
				continue
			}
			loc.ID = i + 1
			res.AddRelatedLocation(loc.WithMessage(sarif.NewTextMessage(r.Message)))
		}
	}

	// Skipped files become tool execution notifications, which GitHub lists on the
	// tool status page; an engine crash marks the run as unsuccessful.
	ok := true
	inv := sarif.NewInvocation()
	for _, e := range rep.Errors {
		level := sarif.LevelWarning
		switch {
		case e.Internal:
			level, ok = sarif.LevelError, false
		case !e.Incomplete():
			level = sarif.LevelNote
		}
		n := sarif.NewNotification().WithLevel(level).WithMessage(sarif.NewTextMessage("skipped: " + e.Message))
		if loc := sarifLocation(rules.Position{File: e.Path}); loc != nil {
			n.AddLocation(loc)
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	inv.WithExecutionSuccessful(ok)
	run.AddInvocation(inv)

	return log.AddRun(run)
}

// describeRule renders one YAML rule as a SARIF reporting descriptor.
func describeRule(d *sarif.ReportingDescriptor, r *rules.Rule) {
	props := sarif.NewPropertyBag()
	props.AddTag("security")
	props.AddTag("clerk")
	if r.CWE != "" {
		// GitHub and CodeQL spell CWE tags this way and link them.
		props.AddTag("external/cwe/" + strings.ToLower(r.CWE))
	}
	// GitHub needs the score as a string; it sorts alerts into critical/high/
	// medium/low by it and treats the rule as a security rule.
	props.Add("security-severity", securitySeverity(r.Severity))
	// Our rules match concrete shapes (key prefixes, missing calls) rather than
	// guessing, so they are all declared high precision for now; a rule whose
	// heuristics are looser should carry its own precision in the YAML.
	props.Add("precision", "high")
	props.Add("checklist", r.Checklist)

	d.WithName(r.Slug).
		WithDescription(truncate(r.Title, maxDescription)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(truncate(strings.TrimSpace(r.Rationale), maxDescription))).
		WithHelp(sarif.NewMultiformatMessageString().WithText(helpText(r)).WithMarkdown(helpMarkdown(r))).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(r.Severity))).
		WithProperties(props)
}

func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return sarif.LevelError
	case rules.Warning:
		return sarif.LevelWarning
	default:
		return sarif.LevelNote
	}
}

// securitySeverity maps our three levels into GitHub's bands: error is "high"
// (7.0–8.9), warning "medium", info "low". Nothing is "critical": severity
// alone cannot tell a live production key from a test one.
func securitySeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "8.0"
	case rules.Warning:
		return "5.0"
	default:
		return "2.0"
	}
}

// sarifLocation returns nil for a position without a file. The region is left
// out when the line is unknown, since SARIF requires startLine >= 1.
func sarifLocation(p rules.Position) *sarif.Location {
	if p.File == "" {
		return nil
	}
	phys := sarif.NewPhysicalLocation().WithArtifactLocation(sarif.NewSimpleArtifactLocation(uriPath(p.File)))
	if p.Line > 0 {
		reg := sarif.NewRegion().WithStartLine(p.Line)
		if p.Column > 0 {
			reg.WithStartColumn(p.Column)
		}
		if p.EndLine >= p.Line {
			reg.WithEndLine(p.EndLine)
		}
		if p.EndColumn > 0 {
			// Position.EndColumn is already exclusive, as SARIF wants.
			reg.WithEndColumn(p.EndColumn)
		}
		phys.WithRegion(reg)
	}
	return sarif.NewLocationWithPhysicalLocation(phys)
}

// uriPath turns a slash path into a relative URI reference. Next.js routes such
// as app/users/[id]/route.ts contain brackets, which RFC 3986 does not allow in a
// path, and a ':' in the first segment would read as a URI scheme; both are
// percent-encoded along with spaces, '%', '?', '#' and non-ASCII bytes.
func uriPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if isPathChar(c) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// isPathChar reports RFC 3986 pchar bytes other than ':' (plus '/').
func isPathChar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!$&'()*+,;=@/", c) >= 0
}

func helpText(r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n%s\n\nFix: %s\n\nChecklist: %s\n",
		r.Title, strings.TrimSpace(r.Rationale), strings.TrimSpace(r.Fix), r.Checklist)
	if r.CWE != "" {
		fmt.Fprintf(&b, "\nWeakness: %s\n", r.CWE)
	}
	fmt.Fprintf(&b, "\nBad:\n%s\n\nGood:\n%s\n", indent(r.Examples.Bad), indent(r.Examples.Good))
	return b.String()
}

func helpMarkdown(r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n\n%s\n\n**Fix:** %s\n\n**Checklist:** %s\n",
		r.Title, strings.TrimSpace(r.Rationale), strings.TrimSpace(r.Fix), r.Checklist)
	if r.CWE != "" {
		num := strings.TrimPrefix(r.CWE, "CWE-")
		fmt.Fprintf(&b, "\n**Weakness:** [%s](https://cwe.mitre.org/data/definitions/%s.html)\n", r.CWE, num)
	}
	fmt.Fprintf(&b, "\nBad:\n\n%s\nGood:\n\n%s", fence(r.Examples.Bad), fence(r.Examples.Good))
	return b.String()
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n")
}

// fence wraps code in a fence longer than any backtick run inside it, so an
// example quoting markdown cannot close the block early.
func fence(s string) string {
	longest, run := 0, 0
	for _, c := range s {
		if c == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	f := strings.Repeat("`", max(3, longest+1))
	return f + "\n" + strings.TrimRight(s, "\n") + "\n" + f + "\n"
}

// truncate cuts s to at most n bytes on a rune boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
