package rules

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// ChecklistItem is one item of the review checklists the rules serve (the
// seed's Review Checklist, Security Checklist, Common Pitfalls, Edge Cases,
// SvelteKit/FastAPI gotchas and Pricing, and the other guidance a rule
// cites). Items are declared once, in the YAML's top-level checklist:
// section; a rule's checklist field names one by id, and `clerklint review`
// gives every item a status from the findings of the rules that name it.
type ChecklistItem struct {
	ID      string `yaml:"id"`
	Section string `yaml:"section"`
	// Text is the item as the seed words it.
	Text string `yaml:"text"`
	// Check says how far the rules decide the item: "automated" (no
	// findings is a pass), "partial" (no findings still leaves Manual to
	// do) or "manual" (no rule can tell).
	Check string `yaml:"check"`
	// Manual is what a person verifies, and how, when the rules cannot.
	Manual string `yaml:"manual"`
	// Stacks limit the item to projects using one of these frameworks
	// (Frameworks keys); empty: every project.
	Stacks []string `yaml:"stacks"`
	// Via names items whose rules check this one too: a Common Pitfall
	// restates a checklist item, and the same rules decide both.
	Via []string `yaml:"via"`

	// Pos is where the item was declared.
	Pos Pos `yaml:"-"`
}

// Label is the item as one line, "Section: text", as help and SARIF show it.
func (c *ChecklistItem) Label() string { return c.Section + ": " + c.Text }

// Checklist modes.
const (
	CheckAutomated = "automated"
	CheckPartial   = "partial"
	CheckManual    = "manual"
)

var itemIDPattern = lazyregexp.New(`^[a-z][a-z0-9-]*[a-z0-9]$`)

// Checklist returns the declared items in declaration order.
func (s *Set) Checklist() []*ChecklistItem { return s.items }

// ChecklistItem returns the item with the given id, or nil.
func (s *Set) ChecklistItem(id string) *ChecklistItem {
	for _, c := range s.items {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// ChecklistLabel is the label of the item the rule names (its id when the
// item is unknown, which loading does not allow).
func (r *Rule) ChecklistLabel() string {
	if r.item != nil {
		return r.item.Label()
	}
	return r.Checklist
}

// parseChecklist decodes the checklist: entries of one file.
func parseChecklist(name string, nodes []yaml.Node) ([]*ChecklistItem, LoadErrors) {
	var out []*ChecklistItem
	var errs LoadErrors
	for i := range nodes {
		n := &nodes[i]
		id := scalarField(n, "id")
		if err := checkKnownFields(name, "", n, reflectChecklistItem); err != nil {
			errs = appendErr(errs, err)
			continue
		}
		c := &ChecklistItem{Pos: Pos{File: name, Line: n.Line}}
		if err := n.Decode(c); err != nil {
			errs = appendErr(errs, decodeError(name, "", n, err))
			continue
		}
		bad := func(field, format string, args ...any) {
			line := n.Line
			// A missing manual is wanted by the check that asks for it.
			for _, f := range []string{field, "check"} {
				if v := valueNode(n, f); v != nil {
					line = v.Line
					break
				}
			}
			errs = append(errs, &LoadError{File: name, Line: line, Field: "checklist " + id + ": " + field, Msg: fmt.Sprintf(format, args...)})
		}
		if !itemIDPattern.MatchString(c.ID) {
			bad("id", "must be lowercase words joined by '-', got %q", c.ID)
		}
		if strings.TrimSpace(c.Section) == "" {
			bad("section", "is required")
		}
		if strings.TrimSpace(c.Text) == "" {
			bad("text", "is required")
		}
		switch c.Check {
		case CheckAutomated:
		case CheckPartial, CheckManual:
			if strings.TrimSpace(c.Manual) == "" {
				bad("manual", "is required when check is %s (what a person verifies, and how)", c.Check)
			}
		default:
			bad("check", "must be one of %s, %s, %s, got %q", CheckAutomated, CheckPartial, CheckManual, c.Check)
		}
		for _, s := range c.Stacks {
			if !slices.ContainsFunc(frameworks, func(f Framework) bool { return f.Key == s }) {
				bad("stacks", "unknown stack %q (known: %s)", s, frameworkKeys())
			}
		}
		out = append(out, c)
	}
	return out, errs
}

func frameworkKeys() string {
	keys := make([]string, len(frameworks))
	for i, f := range frameworks {
		keys[i] = f.Key
	}
	return strings.Join(keys, ", ")
}

// linkChecklist checks that item ids are unique, that every via and every
// rule's checklist field names a declared item, and links each rule to its
// item. A rule whose checklist is an item's label rather than its id gets
// the id suggested (rule files written before items had ids).
func linkChecklist(items []*ChecklistItem, rs []*Rule) LoadErrors {
	var errs LoadErrors
	byID := map[string]*ChecklistItem{}
	for _, c := range items {
		if prev, ok := byID[c.ID]; ok {
			errs = append(errs, &LoadError{File: c.Pos.File, Line: c.Pos.Line, Field: "checklist " + c.ID,
				Msg: fmt.Sprintf("duplicate checklist item, first declared at %s", prev.Pos)})
			continue
		}
		byID[c.ID] = c
	}
	for _, c := range items {
		for _, v := range c.Via {
			if byID[v] == nil || v == c.ID {
				errs = append(errs, &LoadError{File: c.Pos.File, Line: c.Pos.Line, Field: "checklist " + c.ID + ": via",
					Msg: fmt.Sprintf("unknown checklist item %q", v)})
			}
		}
	}
	for _, r := range rs {
		c := byID[r.Checklist]
		if c != nil {
			r.item = c
			continue
		}
		if strings.TrimSpace(r.Checklist) == "" {
			continue // validate reports the missing field
		}
		msg := fmt.Sprintf("unknown checklist item %q", r.Checklist)
		for _, it := range items {
			if it.Label() == r.Checklist || it.Text == r.Checklist {
				msg += fmt.Sprintf(" (did you mean %q, its id?)", it.ID)
				break
			}
		}
		if !strings.Contains(msg, "did you mean") {
			msg += " (items are declared in the checklist: section of rules/clerk.yaml)"
		}
		errs = append(errs, &LoadError{File: r.Pos.File, Line: r.checklistLine, Rule: r.ID, Field: "checklist", Msg: msg})
	}
	return errs
}
