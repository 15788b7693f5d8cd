// Package python is clerklint's Python engine: it parses the project's
// Python modules with tree-sitter once, after the walk, into a Model
// (modules, imports resolved across the project, the Clerk packages of the
// manifests) that framework models (analyzers/python/fastapi) and the
// per-function rules read. It runs as a whole-project hook because every
// Python rule needs other modules: a router included from main.py, a
// dependency defined in deps.py.
package python

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// Name is the engine name rules refer to with `engines: [python]`.
const Name = "python"

// Rule is a rule implementation (or a framework model with its rules) on
// the Python model.
type Rule struct {
	IDs []string
	// New builds it from its enabled YAML rules (a subset of IDs).
	New func(rs []*rules.Rule, opts scan.Options) (Checker, error)
}

// Checker is a Rule configured for one scan: a ModuleChecker, a
// ProjectChecker, an EndpointSource or an EndpointRule (or several).
type Checker any

// ModuleChecker judges one module at a time, following imports into other
// modules as it needs: the engine runs it on each marked module as Stream
// parses it, so the module's tree can be freed after.
type ModuleChecker interface {
	CheckModule(m *Model, f *File, report func(rules.Finding))
}

// Preparer is a ModuleChecker that first reads project-wide facts from the
// marked modules' sources (Model.Sources), such as "some module handles
// user.deleted".
type Preparer interface {
	Prepare(m *Model)
}

// ProjectChecker reads the model as a whole (framework models with
// Model.Each) after every module was checked.
type ProjectChecker interface {
	Check(m *Model, report func(rules.Finding))
}

// EndpointSource is a Checker whose framework model produces endpoints.
type EndpointSource interface {
	Endpoints(m *Model) []endpoint.Endpoint
}

// EndpointRule is a Checker whose rules judge every producer's endpoints,
// once all are gathered (CLK201 and CLK202 through authzrule).
type EndpointRule interface {
	CheckEndpoints(m *Model, es []endpoint.Endpoint, report func(rules.Finding))
}

// NewEngine returns the python engine running the given implementations.
func NewEngine(impls ...Rule) scan.Engine {
	return scan.Engine{Name: Name, IDs: ids(impls), Project: func(in scan.ProjectInput) (*scan.ProjectOutput, error) {
		return run(impls, in, Retained)
	}}
}

// run runs the checkers: the module checkers on each module as it is
// parsed, then the project checkers and endpoint rules on the modules keep
// accepted (and those imports lead to).
func run(impls []Rule, in scan.ProjectInput, keep func([]byte) bool) (*scan.ProjectOutput, error) {
	var parts []Checker
	for _, im := range impls {
		var mine []*rules.Rule
		for _, r := range in.Rules {
			if slices.Contains(im.IDs, r.ID) {
				mine = append(mine, r)
			}
		}
		if len(mine) == 0 {
			continue
		}
		c, err := im.New(mine, in.Options)
		if err != nil {
			return nil, err
		}
		switch c.(type) {
		case ModuleChecker, ProjectChecker, EndpointSource, EndpointRule:
		default:
			return nil, fmt.Errorf("python engine: the checker of %s (%T) implements no phase", strings.Join(im.IDs, ", "), c)
		}
		parts = append(parts, c)
	}
	for _, r := range in.Rules {
		if !slices.ContainsFunc(impls, func(im Rule) bool { return slices.Contains(im.IDs, r.ID) }) {
			return nil, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "engines",
				Msg: fmt.Sprintf("the python engine does not implement it (it implements %s)", strings.Join(ids(impls), ", "))}
		}
	}
	out := &scan.ProjectOutput{}
	if len(parts) == 0 || !hasPython(in.Project) {
		return out, nil
	}
	m := Open(in.Project)
	defer m.Close()
	seen := map[string]bool{}
	report := func(f rules.Finding) {
		key := fmt.Sprintf("%s:%d:%d:%s:%s", f.File, f.Line, f.Column, f.RuleID, f.Message)
		if !seen[key] {
			seen[key] = true
			out.Findings = append(out.Findings, f)
		}
	}
	var modular []ModuleChecker
	for _, c := range parts {
		if mc, ok := c.(ModuleChecker); ok {
			if p, ok := c.(Preparer); ok {
				p.Prepare(m)
			}
			modular = append(modular, mc)
		}
	}
	var each func(*File)
	if len(modular) > 0 {
		each = func(f *File) {
			for _, c := range modular {
				c.CheckModule(m, f, report)
			}
		}
	}
	m.stream(each, keep)
	for _, c := range parts {
		if pc, ok := c.(ProjectChecker); ok {
			pc.Check(m, report)
		}
		if es, ok := c.(EndpointSource); ok {
			out.Endpoints = append(out.Endpoints, es.Endpoints(m)...)
		}
	}
	for _, c := range parts {
		if er, ok := c.(EndpointRule); ok {
			er.CheckEndpoints(m, out.Endpoints, report)
		}
	}
	return out, nil
}

func ids(impls []Rule) []string {
	var out []string
	for _, im := range impls {
		out = append(out, im.IDs...)
	}
	sort.Strings(out)
	return slices.Compact(out)
}

func hasPython(p *scan.Project) bool {
	return slices.ContainsFunc(p.Files, func(f *scan.File) bool { return f.Lang == "py" })
}

// Enabled is the set of a checker's enabled rule ids.
func Enabled(rs []*rules.Rule) map[string]bool {
	out := make(map[string]bool, len(rs))
	for _, r := range rs {
		out[r.ID] = true
	}
	return out
}
