package rules

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Stack is a row of the README's "what is checked where" table: a kind of
// project (a framework and its Clerk SDKs, or "any project tree"), the rules
// that read it and how. Stacks are declared once, in the built-in YAML's
// top-level stacks: section, and validated against the rules so that the
// table cannot drift from them: every rule is in some stack, and a rule with
// notes for a framework is in a stack of that framework.
type Stack struct {
	// Name is the table's first cell (Markdown): the stack and its SDKs.
	Name string `yaml:"name"`
	// Frameworks are the Frameworks keys the stack covers; empty for "any
	// project tree".
	Frameworks []string `yaml:"frameworks"`
	// Rules are the ids of the rules that read this stack.
	Rules []string `yaml:"rules"`
	// How says, in one Markdown paragraph, what the rules read in it.
	How string `yaml:"how"`

	Pos Pos `yaml:"-"`
}

var reflectStack = reflect.TypeOf(Stack{})

// Stacks returns the built-in rule set's stacks in declaration order.
func (s *Set) Stacks() []*Stack { return s.stacks }

// parseStacks decodes the stacks: entries of one file.
func parseStacks(name string, nodes []yaml.Node) ([]*Stack, LoadErrors) {
	var out []*Stack
	var errs LoadErrors
	for i := range nodes {
		n := &nodes[i]
		if err := checkKnownFields(name, "", n, reflectStack); err != nil {
			errs = appendErr(errs, err)
			continue
		}
		st := &Stack{Pos: Pos{File: name, Line: n.Line}}
		if err := n.Decode(st); err != nil {
			errs = appendErr(errs, decodeError(name, "", n, err))
			continue
		}
		bad := func(field, format string, args ...any) {
			line := n.Line
			if v := valueNode(n, field); v != nil {
				line = v.Line
			}
			errs = append(errs, &LoadError{File: name, Line: line, Field: "stacks: " + field, Msg: fmt.Sprintf(format, args...)})
		}
		if strings.TrimSpace(st.Name) == "" {
			bad("name", "is required")
		}
		if strings.TrimSpace(st.How) == "" {
			bad("how", "is required")
		}
		if len(st.Rules) == 0 {
			bad("rules", "is required")
		}
		for _, k := range st.Frameworks {
			if !isFramework(k) {
				bad("frameworks", "unknown framework %q (known: %s)", k, frameworkKeys())
			}
		}
		out = append(out, st)
	}
	return out, errs
}

// linkStacks checks the stacks against the rules: each named rule exists,
// every rule is in a stack, and a rule's framework notes each have a stack of
// that framework listing the rule.
func linkStacks(stacks []*Stack, rs []*Rule) LoadErrors {
	if len(stacks) == 0 {
		return nil
	}
	var errs LoadErrors
	byID := map[string]*Rule{}
	for _, r := range rs {
		byID[r.ID] = r
	}
	listed := map[string]bool{}
	for _, st := range stacks {
		for _, id := range st.Rules {
			r := byID[id]
			if r == nil {
				errs = append(errs, &LoadError{File: st.Pos.File, Line: st.Pos.Line, Field: "stacks: rules", Msg: fmt.Sprintf("unknown rule %s", id)})
				continue
			}
			if len(st.Frameworks) > 0 && !slices.ContainsFunc(st.Frameworks, func(k string) bool { return r.HasEngine(frameworkEngine(k)) }) {
				errs = append(errs, &LoadError{File: st.Pos.File, Line: st.Pos.Line, Field: "stacks: rules",
					Msg: fmt.Sprintf("%s has no engine that reads %s (engines: %s)", id, strings.Join(st.Frameworks, ", "), strings.Join(r.Engines, ", "))})
			}
			listed[id] = true
			for _, k := range st.Frameworks {
				listed[id+" "+k] = true
			}
		}
	}
	for _, r := range rs {
		if !listed[r.ID] {
			errs = append(errs, &LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "stacks",
				Msg: "the rule is in no stack: add it to the stacks: row of each stack it reads"})
		}
		for _, n := range r.Notes() {
			if !listed[r.ID+" "+n.Key] {
				errs = append(errs, &LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "frameworks." + n.Key,
					Msg: fmt.Sprintf("has notes for %s but no stack of that framework lists the rule", n.Key)})
			}
		}
	}
	return errs
}

// IDRanges writes rule ids as the README does: sorted, and runs of three or
// more consecutive numbers of one family joined with an en dash
// (CLK101–CLK103; never across families, as CLK104–CLK201 would suggest
// rules that do not exist).
func IDRanges(ids []string) string {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	num := func(id string) int {
		n, err := strconv.Atoi(strings.TrimPrefix(id, "CLK"))
		if err != nil {
			return -10 // not a rule id: never part of a run
		}
		return n
	}
	next := func(a, b string) bool {
		x, y := num(a), num(b)
		return x >= 0 && y == x+1 && x/100 == y/100
	}
	var parts []string
	for i := 0; i < len(ids); {
		j := i
		for j+1 < len(ids) && next(ids[j], ids[j+1]) {
			j++
		}
		if j-i >= 2 {
			parts = append(parts, ids[i]+"–"+ids[j])
		} else {
			parts = append(parts, ids[i:j+1]...)
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// frameworkEngine is the engine that reads a framework's code.
func frameworkEngine(key string) string {
	for _, f := range frameworks {
		if f.Key == key {
			return f.Engine
		}
	}
	return ""
}
