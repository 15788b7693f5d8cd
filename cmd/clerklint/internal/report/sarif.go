package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

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

// SARIFSchema is the $schema every log names: the OASIS 2.1.0 schema (errata 01),
// the one GitHub code scanning validates uploads against.
const SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

func (sarifFormat) Format(w io.Writer, rep *Report, opts FormatOptions) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Help markdown quotes code such as `<SignIn />`; keep it readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(BuildSARIF(rep, opts.Source))
}

// The SARIF types below are the subset of SARIF 2.1.0 that clerklint fills.
// Every property that is unknown is left out rather than given a filler value
// (the schema's -1 "not set" defaults, empty arrays): viewers treat an explicit
// "startColumn": -1 or "index": -1 as data, GitHub flags such regions
// (SARIF2004-style warnings), and the filler made logs several times larger.
// Help text lives once per rule in tool.driver.rules; results point at their
// rule by ruleId and ruleIndex.

// SARIFLog is a SARIF 2.1.0 log (sarifLog in the specification).
type SARIFLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []SARIFRun `json:"runs"`
}

// SARIFRun is one run of the tool.
type SARIFRun struct {
	Tool SARIFTool `json:"tool"`
	// Invocations hold skipped files as notifications and the run's success.
	Invocations []SARIFInvocation `json:"invocations,omitempty"`
	// ColumnKind is stated even though it is SARIF's default: columns are
	// UTF-16 code units here, bytes in the other formats.
	ColumnKind string `json:"columnKind"`
	// Results is never omitted: GitHub requires the key even when it is empty.
	Results []SARIFResult `json:"results"`
}

// SARIFTool names the producer (toolComponent "driver").
type SARIFTool struct {
	Driver SARIFDriver `json:"driver"`
}

// SARIFDriver is the tool component: its version, raw, and as a semantic
// version only when it is one.
type SARIFDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri,omitempty"`
	Rules           []SARIFRule `json:"rules"`
}

// SARIFRule is a reportingDescriptor.
type SARIFRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name,omitempty"`
	ShortDescription     *SARIFMessage      `json:"shortDescription,omitempty"`
	FullDescription      *SARIFMessage      `json:"fullDescription,omitempty"`
	Help                 *SARIFMessage      `json:"help,omitempty"`
	DefaultConfiguration *SARIFRuleConfig   `json:"defaultConfiguration,omitempty"`
	Properties           *SARIFRuleProperty `json:"properties,omitempty"`
}

// SARIFRuleConfig is a reportingConfiguration.
type SARIFRuleConfig struct {
	Level string `json:"level"`
}

// SARIFRuleProperty is the property bag GitHub reads on a rule.
type SARIFRuleProperty struct {
	Tags []string `json:"tags,omitempty"`
	// SecuritySeverity is a string score; GitHub sorts alerts into
	// critical/high/medium/low by it and treats the rule as a security rule.
	SecuritySeverity string `json:"security-severity,omitempty"`
	Precision        string `json:"precision,omitempty"`
	Checklist        string `json:"checklist,omitempty"`
}

// SARIFMessage is a message or multiformatMessageString.
type SARIFMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// SARIFResult is one finding.
type SARIFResult struct {
	RuleID string `json:"ruleId"`
	// RuleIndex is always a valid index into tool.driver.rules, so 0 is data.
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             SARIFMessage      `json:"message"`
	Locations           []SARIFLocation   `json:"locations,omitempty"`
	RelatedLocations    []SARIFLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
}

// SARIFLocation is a location; ID is set (from 1) on related locations only.
type SARIFLocation struct {
	ID               int                   `json:"id,omitempty"`
	PhysicalLocation SARIFPhysicalLocation `json:"physicalLocation"`
	Message          *SARIFMessage         `json:"message,omitempty"`
}

// SARIFPhysicalLocation is a file and, when the line is known, a region.
type SARIFPhysicalLocation struct {
	ArtifactLocation SARIFArtifactLocation `json:"artifactLocation"`
	Region           *SARIFRegion          `json:"region,omitempty"`
}

// SARIFArtifactLocation is a relative URI reference to a file.
type SARIFArtifactLocation struct {
	URI string `json:"uri"`
}

// SARIFRegion holds 1-based lines and columns; an unknown value is omitted,
// never written as 0 or -1.
type SARIFRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// SARIFInvocation records whether the run succeeded and what it skipped.
type SARIFInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []SARIFNotification `json:"toolExecutionNotifications,omitempty"`
}

// SARIFNotification is a skipped file or an engine failure.
type SARIFNotification struct {
	Level     string          `json:"level"`
	Message   SARIFMessage    `json:"message"`
	Locations []SARIFLocation `json:"locations,omitempty"`
}

// SARIF levels.
const (
	sarifError   = "error"
	sarifWarning = "warning"
	sarifNote    = "note"
)

// BuildSARIF builds the SARIF log of a report. It is exported for tests and for
// callers that want to validate or merge the log before writing it. source
// (may be nil) reads reported files to convert byte columns to UTF-16 code
// units, SARIF's default columnKind.
func BuildSARIF(rep *Report, source func(string) ([]byte, error)) *SARIFLog {
	cols := newColumns(source)
	locate := func(p rules.Position) *SARIFLocation { return sarifLocation(cols.utf16(p)) }
	run := SARIFRun{
		Tool: SARIFTool{Driver: SARIFDriver{
			Name:            rep.Tool.Name,
			Version:         rep.Tool.Version,
			SemanticVersion: SemanticVersion(rep.Tool.Version),
			InformationURI:  informationURI,
			Rules:           []SARIFRule{},
		}},
		ColumnKind: "utf16CodeUnits",
		Results:    []SARIFResult{},
	}
	index := map[string]int{}
	addRule := func(d SARIFRule) {
		index[d.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, d)
	}

	// Every active rule is described, not only those with results, so a viewer
	// can explain a rule and ruleIndex stays stable from run to run.
	if rep.Rules != nil {
		for _, r := range rep.Rules.All() {
			addRule(describeRule(r))
		}
	}
	for _, f := range rep.Findings {
		if _, ok := index[f.RuleID]; !ok {
			// Not in the set: still describe it so the result has a valid rule.
			addRule(SARIFRule{
				ID:               f.RuleID,
				ShortDescription: &SARIFMessage{Text: f.RuleID},
				Help:             &SARIFMessage{Text: f.RuleID},
			})
		}
		res := SARIFResult{
			RuleID:              f.RuleID,
			RuleIndex:           index[f.RuleID],
			Level:               sarifLevel(f.Severity),
			Message:             SARIFMessage{Text: f.Message},
			PartialFingerprints: map[string]string{FingerprintKey: f.Fingerprint},
		}
		if f.Fingerprint == "" {
			res.PartialFingerprints = nil
		}
		if loc := locate(f.Position); loc != nil {
			res.Locations = append(res.Locations, *loc)
		}
		for _, r := range f.Related {
			loc := locate(r.Position)
			if loc == nil {
				continue
			}
			loc.ID = len(res.RelatedLocations) + 1
			loc.Message = &SARIFMessage{Text: r.Message}
			res.RelatedLocations = append(res.RelatedLocations, *loc)
		}
		run.Results = append(run.Results, res)
	}

	// Skipped files become tool execution notifications, which GitHub lists on the
	// tool status page; an engine crash marks the run as unsuccessful.
	inv := SARIFInvocation{ExecutionSuccessful: true}
	for _, e := range rep.Errors {
		level := sarifWarning
		switch {
		case e.Internal:
			level, inv.ExecutionSuccessful = sarifError, false
		case !e.Incomplete():
			level = sarifNote
		}
		n := SARIFNotification{Level: level, Message: SARIFMessage{Text: "skipped: " + e.Message}}
		if loc := sarifLocation(rules.Position{File: e.Path}); loc != nil {
			n.Locations = append(n.Locations, *loc)
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	run.Invocations = []SARIFInvocation{inv}

	return &SARIFLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []SARIFRun{run}}
}

// describeRule renders one YAML rule as a SARIF reporting descriptor.
func describeRule(r *rules.Rule) SARIFRule {
	props := &SARIFRuleProperty{
		Tags:             []string{"security", "clerk"},
		SecuritySeverity: securitySeverity(r.Severity),
		// Our rules match concrete shapes (key prefixes, missing calls) rather than
		// guessing, so they are all declared high precision for now; a rule whose
		// heuristics are looser should carry its own precision in the YAML.
		Precision: "high",
		Checklist: r.ChecklistLabel(),
	}
	if r.CWE != "" {
		// GitHub and CodeQL spell CWE tags this way and link them.
		props.Tags = append(props.Tags, "external/cwe/"+strings.ToLower(r.CWE))
	}
	return SARIFRule{
		ID:                   r.ID,
		Name:                 r.Slug,
		ShortDescription:     &SARIFMessage{Text: truncate(r.Title, maxDescription)},
		FullDescription:      &SARIFMessage{Text: truncate(strings.TrimSpace(r.Rationale), maxDescription)},
		Help:                 &SARIFMessage{Text: helpText(r), Markdown: helpMarkdown(r)},
		DefaultConfiguration: &SARIFRuleConfig{Level: sarifLevel(r.Severity)},
		Properties:           props,
	}
}

func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return sarifError
	case rules.Warning:
		return sarifWarning
	default:
		return sarifNote
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
// out when the line is unknown (SARIF requires startLine >= 1), and each
// column or end is left out when it is unknown or would make the region run
// backwards, so no 0 or negative number ever reaches the log.
func sarifLocation(p rules.Position) *SARIFLocation {
	if p.File == "" {
		return nil
	}
	loc := &SARIFLocation{PhysicalLocation: SARIFPhysicalLocation{
		ArtifactLocation: SARIFArtifactLocation{URI: uriPath(p.File)},
	}}
	if p.Line > 0 {
		reg := &SARIFRegion{StartLine: p.Line}
		if p.Column > 0 {
			reg.StartColumn = p.Column
		}
		endLine := p.Line
		if p.EndLine > p.Line {
			reg.EndLine, endLine = p.EndLine, p.EndLine
		} else if p.EndLine == p.Line {
			reg.EndLine = p.EndLine
		}
		// Position.EndColumn is already exclusive, as SARIF wants; on the start
		// line it must not come before the start column.
		if p.EndColumn > 0 && (endLine > p.Line || p.EndColumn >= max(reg.StartColumn, 1)) {
			reg.EndColumn = p.EndColumn
		}
		loc.PhysicalLocation.Region = reg
	}
	return loc
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
	fmt.Fprintf(&b, "%s\n\n%s\n\n", r.Title, strings.TrimSpace(r.Rationale))
	for _, n := range r.Notes() {
		fmt.Fprintf(&b, "In %s: %s\n\n", n.Name, strings.TrimSpace(n.Text))
	}
	fmt.Fprintf(&b, "Fix: %s\n\nChecklist: %s\n", strings.TrimSpace(r.Fix), r.ChecklistLabel())
	if r.CWE != "" {
		fmt.Fprintf(&b, "\nWeakness: %s\n", r.CWE)
	}
	for _, e := range r.Examples {
		b.WriteString("\n")
		pre := ""
		if c := e.Caption(); c != "" {
			fmt.Fprintf(&b, "Example: %s\n", c)
			pre = "  "
		}
		for _, p := range sortedKeys(e.Files) {
			fmt.Fprintf(&b, "%sWith %s:\n%s\n\n", pre, p, indentBy(e.Files[p], pre+"    "))
		}
		fmt.Fprintf(&b, "%sBad:\n%s\n\n%sGood:\n%s\n", pre, indentBy(e.Bad, pre+"    "), pre, indentBy(e.Good, pre+"    "))
	}
	return b.String()
}

func helpMarkdown(r *rules.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n\n%s\n\n", r.Title, strings.TrimSpace(r.Rationale))
	for _, n := range r.Notes() {
		fmt.Fprintf(&b, "**In %s:** %s\n\n", n.Name, strings.TrimSpace(n.Text))
	}
	fmt.Fprintf(&b, "**Fix:** %s\n\n**Checklist:** %s\n", strings.TrimSpace(r.Fix), r.ChecklistLabel())
	if r.CWE != "" {
		num := strings.TrimPrefix(r.CWE, "CWE-")
		fmt.Fprintf(&b, "\n**Weakness:** [%s](https://cwe.mitre.org/data/definitions/%s.html)\n", r.CWE, num)
	}
	for _, e := range r.Examples {
		if c := e.Caption(); c != "" {
			fmt.Fprintf(&b, "\n**Example:** `%s` (%s)\n", e.Path, rules.LanguageName(e.Lang))
		}
		for _, p := range sortedKeys(e.Files) {
			fmt.Fprintf(&b, "\nWith `%s`:\n\n%s", p, fence(e.Files[p]))
		}
		fmt.Fprintf(&b, "\nBad:\n\n%s\nGood:\n\n%s", fence(e.Bad), fence(e.Good))
	}
	return b.String()
}

func indentBy(s, pre string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = pre + l
	}
	return strings.Join(lines, "\n")
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
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
