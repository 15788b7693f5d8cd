package rules

import (
	"cmp"
	"strings"
)

// Position is a span in a file of the scanned project. File is slash-separated and
// relative to the scan root; lines and columns are 1-based, columns count bytes,
// and EndColumn is exclusive (the byte after the span), as in SARIF.
type Position struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
}

// Related is a secondary location, e.g. the original source a bundle was built from.
type Related struct {
	Position
	Message string `json:"message"`
}

// Finding is what every engine reports, whatever the evidence it found.
//
// Secret carries the raw matched credential (if any) so that the report layer can
// fingerprint and redact it; no formatter ever prints it. Construct is the
// normalised matched construct used in the fingerprint when there is no secret
// (e.g. an env var name), so fingerprints survive line moves.
type Finding struct {
	RuleID   string
	Severity Severity
	Position
	Message   string
	Secret    string
	Construct string
	Related   []Related
	// Fingerprint is filled in by the report layer.
	Fingerprint string
}

// CompareFindings orders findings the way a reader walks a tree: file, position,
// rule, message, then the rest, so that equal inputs sort identically whatever
// order parallel engines reported them in, and exact repeats end up adjacent.
func CompareFindings(a, b Finding) int {
	return cmp.Or(
		strings.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		strings.Compare(a.RuleID, b.RuleID),
		strings.Compare(a.Message, b.Message),
		cmp.Compare(a.EndLine, b.EndLine),
		cmp.Compare(a.EndColumn, b.EndColumn),
		strings.Compare(a.Fingerprint, b.Fingerprint),
	)
}
