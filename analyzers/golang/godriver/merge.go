package godriver

import (
	"path/filepath"

	"github.com/clerklint/clerklint/rules"
)

// EngineName is the `engines:` name of the Go rules in rules/*.yaml. The scan's
// engine registry lists it without a Checker (scan.Engine{Name: EngineName}):
// the Go passes run through Run, beside the file walk, not inside it.
const EngineName = "go"

// Select keeps the Go findings the scan's rule selection reports and sets their
// severity, as scan.Run does for the file engines: findings of rules outside
// sel.Set are dropped, as are findings excluded by the rule's paths or the
// config's excludes, and, when only is non-nil (files named on the command
// line, as absolute paths like scan.Request.Only), findings in other files.
func Select(fs []rules.Finding, sel *rules.Selection, cfg *rules.Config, root string, only map[string]bool) []rules.Finding {
	if cfg == nil {
		cfg = &rules.Config{}
	}
	var out []rules.Finding
	for _, f := range fs {
		r := sel.Set.Get(f.RuleID)
		if r == nil || !sel.Reports(r, cfg, f.File) {
			continue
		}
		if only != nil && !only[filepath.Join(root, filepath.FromSlash(f.File))] {
			continue
		}
		f.Severity = r.Severity
		out = append(out, f)
	}
	return out
}

// Merge adds the Go findings to the file engines' findings. A rule both kinds of
// engine implement (CLK001, CLK005, CLK006: the secrets engine reads .go files
// too) is reported once: a Go finding is dropped when a file-engine finding of
// the same rule covers one of its lines in the same file. The file engine's
// finding is kept because its span is the key itself and its fingerprint does
// not change when the Go step is skipped (--no-go, a module that fails to load).
func Merge(fileFindings, goFindings []rules.Finding) []rules.Finding {
	type key struct{ rule, file string }
	spans := map[key][][2]int{}
	for _, f := range fileFindings {
		k := key{f.RuleID, f.File}
		spans[k] = append(spans[k], [2]int{f.Line, max(f.EndLine, f.Line)})
	}
	out := fileFindings
	for _, g := range goFindings {
		dup := false
		for _, s := range spans[key{g.RuleID, g.File}] {
			if g.Line <= s[1] && max(g.EndLine, g.Line) >= s[0] {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	return out
}
