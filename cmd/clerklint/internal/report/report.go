// Package report turns a scan result into what users read: it applies inline
// suppressions and the baseline, fingerprints, redacts and sorts the findings, and
// renders them in one of the formats of the Formats registry.
//
// Process is the only way findings reach a formatter, so the guarantee that no
// formatter can print a raw credential is kept in one place: Process clears every
// Finding.Secret after redacting the messages.
package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// ToolName is the name every format reports as the producing tool.
const ToolName = "clerklint"

// informationURI is the project home shown by SARIF viewers next to the tool name.
const informationURI = "https://github.com/clerklint/clerklint"

// Tool identifies the producer of a report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Options steer Process.
type Options struct {
	// Tool overrides CurrentTool; golden tests set it so output does not depend on
	// how the test binary was built.
	Tool Tool
	// Baseline, when set, drops findings whose fingerprints it lists.
	Baseline *Baseline
	// Known, when set, is every rule that exists (enabled or not), so an ignore
	// directive naming an id that exists nowhere is reported as a typo.
	Known *rules.Set
}

// Report is a processed scan: redacted, filtered and sorted, ready for a Formatter.
type Report struct {
	Tool Tool
	// Findings are sorted by file, line, column, rule and message. Their Secret
	// fields are always empty.
	Findings []rules.Finding
	// Errors are the files the scan skipped, sorted by path, messages redacted.
	Errors []scan.FileError
	// Rules is the active rule set: SARIF lists its rules as descriptors and the
	// other formats read titles, slugs and checklist items from it. It may be nil.
	Rules *rules.Set
	// Suppressed counts findings hidden by clerklint:ignore directives and
	// Baselined those dropped by the baseline, so the text summary can say that
	// something was hidden rather than pretend the tree is clean.
	Suppressed int
	Baselined  int

	// baselined keeps the dropped findings so WriteBaseline can carry them over
	// when a baseline is regenerated with the old one loaded.
	baselined []rules.Finding
}

// Rule returns the descriptor of id, or nil when the set does not declare it.
func (r *Report) Rule(id string) *rules.Rule {
	if r.Rules == nil {
		return nil
	}
	return r.Rules.Get(id)
}

// MaxSeverity is the highest severity among the findings, 0 when there are none.
func (r *Report) MaxSeverity() rules.Severity {
	var max rules.Severity
	for _, f := range r.Findings {
		max = maxSeverity(max, f.Severity)
	}
	return max
}

func maxSeverity(a, b rules.Severity) rules.Severity {
	if b > a {
		return b
	}
	return a
}

// Process runs the report pipeline over a scan result, in an order that matters:
// suppression first (a CLK000 for a stale directive must itself be fingerprinted
// and baselinable), fingerprints before redaction (they hash the raw evidence, so
// two keys with the same last four characters stay distinct), and the sort last
// (it orders by the message the user will read). res and set may be nil.
func Process(res *scan.Result, set *rules.Set, opts Options) *Report {
	rep := &Report{Tool: opts.Tool, Rules: set, Findings: []rules.Finding{}, Errors: []scan.FileError{}}
	if rep.Tool == (Tool{}) {
		rep.Tool = CurrentTool()
	}
	if res == nil {
		return rep
	}
	findings := make([]rules.Finding, len(res.Findings))
	copy(findings, res.Findings)
	for i := range findings {
		// Copy Related so redaction never writes into the caller's result.
		findings[i].Related = slices.Clone(findings[i].Related)
	}

	// Every raw secret any finding holds, suppressed or baselined ones too, is
	// scrubbed from every string of the report: a key can also sit in a file or
	// directory name, a source map's sources or another file's message.
	var secrets []string
	for _, f := range res.Findings {
		secrets = append(secrets, f.Secret)
	}
	sc := newScrubber(secrets)
	findings, rep.Suppressed = suppress(findings, res.Directives, set, opts.Known)
	fingerprint(findings)
	if opts.Baseline != nil {
		kept := findings[:0]
		for _, f := range findings {
			if opts.Baseline.Contains(f.Fingerprint) {
				rep.Baselined++
				rep.baselined = append(rep.baselined, f)
				continue
			}
			kept = append(kept, f)
		}
		findings = kept
	}
	for i := range findings {
		redact(&findings[i], sc)
	}
	for i := range rep.baselined {
		redact(&rep.baselined[i], sc) // WriteBaseline writes their paths
	}
	sortFindings(findings)
	rep.Findings = findings

	for _, e := range res.Errors {
		// Engine panics end up here with their panic value; scrub anything
		// key-shaped in case a finding's text was part of it.
		e.Path = sc.clean(e.Path)
		e.Message = sc.clean(e.Message)
		rep.Errors = append(rep.Errors, e)
	}
	sortErrors(rep.Errors)
	return rep
}

func sortErrors(es []scan.FileError) {
	slices.SortStableFunc(es, func(a, b scan.FileError) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Message, b.Message))
	})
}

// Merge combines the reports of several scan roots, each processed with its
// own rule set (its config's selection and suppression), into the one report
// the formatters render: findings and errors sorted again, the counts
// summed, and the rules the union of the roots' active rules. Merge of one
// report is that report.
func Merge(reps []*Report) *Report {
	if len(reps) == 1 {
		return reps[0]
	}
	out := &Report{Tool: CurrentTool(), Findings: []rules.Finding{}, Errors: []scan.FileError{}}
	var sets []*rules.Set
	for _, r := range reps {
		out.Tool = r.Tool
		out.Findings = append(out.Findings, r.Findings...)
		out.Errors = append(out.Errors, r.Errors...)
		out.Suppressed += r.Suppressed
		out.Baselined += r.Baselined
		out.baselined = append(out.baselined, r.baselined...)
		sets = append(sets, r.Rules)
	}
	out.Rules = rules.Union(sets...)
	sortFindings(out.Findings)
	sortErrors(out.Errors)
	return out
}

// redact rewrites every string of f that leaves the program (message, file
// paths, related locations) through the scrubber and then drops the raw secret,
// so nothing downstream can print it by mistake. It runs after fingerprinting,
// which hashes the raw path.
func redact(f *rules.Finding, sc scrubber) {
	f.Message = sc.clean(f.Message)
	f.File = sc.clean(f.File)
	for i := range f.Related {
		f.Related[i].Message = sc.clean(f.Related[i].Message)
		f.Related[i].File = sc.clean(f.Related[i].File)
	}
	f.Secret = ""
}

// scrubber redacts the exact secrets of a scan (env values of any shape among
// them) and, through keys.RedactAll, anything key-shaped.
type scrubber struct{ exact *strings.Replacer }

func newScrubber(secrets []string) scrubber {
	secrets = slices.DeleteFunc(slices.Clone(secrets), func(s string) bool { return len(s) < 8 })
	if len(secrets) == 0 {
		return scrubber{}
	}
	// Longest first: at one position the Replacer takes the first old string
	// that matches, and a key's prefix must not leave its tail behind.
	slices.SortFunc(secrets, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b)) })
	secrets = slices.Compact(secrets)
	pairs := make([]string, 0, 2*len(secrets))
	for _, s := range secrets {
		pairs = append(pairs, s, keys.Redact(s))
	}
	return scrubber{exact: strings.NewReplacer(pairs...)}
}

func (sc scrubber) clean(s string) string {
	if sc.exact != nil {
		s = sc.exact.Replace(s)
	}
	return keys.RedactAll(s)
}

// sortFindings orders findings deterministically (rules.CompareFindings).
func sortFindings(fs []rules.Finding) {
	slices.SortStableFunc(fs, rules.CompareFindings)
}
