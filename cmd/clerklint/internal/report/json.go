package report

import (
	"encoding/json"
	"io"

	"github.com/clerklint/clerklint/rules"
)

// jsonFormat is clerklint's own machine-readable format. Its shape is a contract
// with scripts: fields are only ever added, "findings" and "errors" are always
// arrays (never null), and "version" changes if a field changes meaning.
type jsonFormat struct{}

func (jsonFormat) Description() string { return "clerklint's JSON document (stable, versioned)" }

type jsonReport struct {
	Version  string        `json:"version"`
	Tool     Tool          `json:"tool"`
	Findings []jsonFinding `json:"findings"`
	Errors   []jsonError   `json:"errors"`
}

type jsonFinding struct {
	Rule        string          `json:"rule"`
	Slug        string          `json:"slug"`
	Severity    rules.Severity  `json:"severity"`
	File        string          `json:"file"`
	Line        int             `json:"line"`
	Column      int             `json:"column"`
	EndLine     int             `json:"end_line"`
	EndColumn   int             `json:"end_column"`
	Message     string          `json:"message"`
	Checklist   string          `json:"checklist"`
	Fingerprint string          `json:"fingerprint"`
	Related     []rules.Related `json:"related,omitempty"`
}

type jsonError struct {
	Path     string `json:"path"`
	Message  string `json:"message"`
	Internal bool   `json:"internal"`
	// Incomplete: the scan should have read this and could not (exit 2
	// without --allow-incomplete); false for binary or gitignored files.
	Incomplete bool `json:"incomplete"`
}

func (jsonFormat) Format(w io.Writer, rep *Report, _ FormatOptions) error {
	out := jsonReport{Version: "1", Tool: rep.Tool, Findings: []jsonFinding{}, Errors: []jsonError{}}
	for _, f := range rep.Findings {
		jf := jsonFinding{
			Rule: f.RuleID, Severity: f.Severity,
			File: f.File, Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
			Message: f.Message, Fingerprint: f.Fingerprint, Related: f.Related,
		}
		if r := rep.Rule(f.RuleID); r != nil {
			jf.Slug, jf.Checklist = r.Slug, r.ChecklistLabel()
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, e := range rep.Errors {
		out.Errors = append(out.Errors, jsonError{Path: e.Path, Message: e.Message, Internal: e.Internal, Incomplete: e.Incomplete()})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Messages quote code such as <ClerkProvider>; keep it readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
