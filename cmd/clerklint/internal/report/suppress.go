package report

import (
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

const directiveMarker = "clerklint:ignore"

// suppress drops the findings covered by well-formed directives and appends a
// CLK000 finding for each malformed directive and each directive that matched
// nothing. It returns the kept findings and how many were suppressed.
//
// A directive covers findings of its ids on its own line and on the line below,
// in its own file only. CLK000 findings are created here, after matching, so they
// cannot be suppressed inline: an ignore for the ignore-checker would let a
// stale directive hide itself. Disable CLK000 in the config instead.
func suppress(findings []rules.Finding, dirs []scan.Directive, set, known *rules.Set) ([]rules.Finding, int) {
	if len(dirs) == 0 {
		return findings, 0
	}
	// Index well-formed directives by file and line for an O(findings) pass.
	type lineKey struct {
		file string
		line int
	}
	byLine := map[lineKey][]int{}
	for i, d := range dirs {
		if d.Problem != "" {
			continue
		}
		byLine[lineKey{d.File, d.Line}] = append(byLine[lineKey{d.File, d.Line}], i)
	}
	// used[i][id] records which ids of directive i matched at least one finding.
	used := make([]map[string]bool, len(dirs))
	kept := findings[:0]
	suppressed := 0
	for _, f := range findings {
		hit := false
		for _, line := range []int{f.Line, f.Line - 1} {
			for _, i := range byLine[lineKey{f.File, line}] {
				if !slices.Contains(dirs[i].IDs, f.RuleID) {
					continue
				}
				if used[i] == nil {
					used[i] = map[string]bool{}
				}
				used[i][f.RuleID] = true
				hit = true
			}
		}
		if hit {
			suppressed++
			continue
		}
		kept = append(kept, f)
	}

	var rule *rules.Rule
	if set != nil {
		rule = set.Get(ruleid.BadIgnoreDirective)
	}
	if rule == nil {
		return kept, suppressed // CLK000 is disabled
	}
	for i, d := range dirs {
		msg, construct := directiveProblem(d, used[i], set, known)
		if msg == "" {
			continue
		}
		kept = append(kept, rules.Finding{
			RuleID:   ruleid.BadIgnoreDirective,
			Severity: rule.Severity,
			Position: rules.Position{
				File: d.File, Line: d.Line, Column: d.Column,
				EndLine: d.Line, EndColumn: d.Column + len(directiveMarker),
			},
			Message:   msg,
			Construct: construct,
		})
	}
	return kept, suppressed
}

// directiveProblem returns the CLK000 message for a directive ("" if it is fine)
// and the construct that fingerprints it. The construct names the ids rather than
// the line, so a baselined stale directive stays baselined when code moves.
func directiveProblem(d scan.Directive, used map[string]bool, set, known *rules.Set) (msg, construct string) {
	ids := strings.Join(d.IDs, ",")
	if d.Problem != "" {
		return d.Problem, "malformed " + directiveMarker + " " + ids + ": " + d.Problem
	}
	if known != nil {
		var typos []string
		for _, id := range d.IDs {
			if known.Get(id) == nil {
				typos = append(typos, id)
			}
		}
		if len(typos) > 0 {
			return directiveMarker + " names unknown rule " + strings.Join(typos, ", ") + ": fix the id (see `clerklint rules`)",
				"unknown " + directiveMarker + " " + strings.Join(typos, ",")
		}
	}
	var unused []string
	for _, id := range d.IDs {
		// An id of a disabled rule matches nothing because the rule did not run,
		// not because the directive is stale: running with --disable must not
		// flag every ignore for that rule.
		if !used[id] && set.Get(id) != nil {
			unused = append(unused, id)
		}
	}
	if len(unused) == 0 {
		return "", ""
	}
	verb, fix := "matches", "remove it"
	if len(unused) > 1 {
		verb, fix = "match", "remove the directive"
	}
	if len(unused) < len(d.IDs) {
		// The directive's other ids are in use (or belong to disabled rules), so
		// only the stale ones should go.
		fix = "remove " + strings.Join(unused, ", ") + " from the directive"
	}
	msg = directiveMarker + " " + strings.Join(unused, ", ") + " " + verb + " no finding: " + fix
	return msg, "unused " + directiveMarker + " " + strings.Join(unused, ",")
}
