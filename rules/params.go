package rules

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// paramsOverride remembers where a rule's params were overridden, so that
// DecodeParams reports the user's mistakes at the line of their config.
type paramsOverride struct {
	file string
	node *yaml.Node // the config's rules.ID.params
	base yaml.Node  // the rule's params as declared
}

// hasParams reports whether a config's params node says anything: absent
// (`params` not written) and null (`params:`) do not.
func hasParams(n *yaml.Node) bool {
	n = resolveAlias(n)
	return n.Kind != 0 && !(n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// overrideParams merges the config's params for r into r.Params: mappings
// merge key by key, at any depth; a list or a scalar replaces the declared
// one, except a list tagged !append, which is added to the declared one. r
// must be a copy the caller owns; the declared nodes are never modified (they
// are shared through YAML anchors with other rules).
//
// The merged params are checked against the engine's schema when the engine
// decodes them (DecodeParams); here only what needs no schema is checked.
func (r *Rule) overrideParams(file string, over *yaml.Node) error {
	bad := func(n *yaml.Node, format string, args ...any) error {
		return &LoadError{File: file, Line: n.Line, Rule: r.ID, Field: "params", Msg: fmt.Sprintf(format, args...)}
	}
	// Copying an override expands its aliases, and nested anchors grow
	// exponentially (an "alias bomb" in a committed config hung the scan):
	// overrides are small, written out in full.
	if a := firstAlias(over); a != nil {
		return bad(a, "aliases (*%s) are not allowed in params overrides: write the values out", a.Value)
	}
	o := resolveAlias(over)
	if o.Kind != yaml.MappingNode {
		return bad(over, "must be a mapping of parameter names to values, as in the rule's params (see `clerklint rules --yaml %s`)", r.ID)
	}
	if resolveAlias(&r.Params).Kind != yaml.MappingNode {
		return bad(over, "the rule declares no params to override")
	}
	appends := map[*yaml.Node]bool{}
	o, err := untagAppends(o, appends)
	if err != nil {
		var le *LoadError
		if errors.As(err, &le) {
			le.File, le.Rule = file, r.ID
		}
		return err
	}
	r.override = &paramsOverride{file: file, node: o, base: r.Params}
	r.Params = *mergeParams(&r.Params, o, appends)
	return nil
}

// firstAlias returns the first alias node below n, walking the document as
// written (aliases are not followed), or nil.
func firstAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := firstAlias(c); a != nil {
			return a
		}
	}
	return nil
}

// AppendTag marks a list in a params override that extends the declared list
// instead of replacing it: `protect-functions: !append [...]`.
const AppendTag = "!append"

// untagAppends returns a copy of n whose sequences tagged !append are plain
// sequences recorded in appends (the tag would confuse the decoder).
func untagAppends(n *yaml.Node, appends map[*yaml.Node]bool) (*yaml.Node, error) {
	n = resolveAlias(n)
	if n.Tag == AppendTag && n.Kind != yaml.SequenceNode {
		return nil, &LoadError{Line: n.Line, Field: "params", Msg: AppendTag + " applies to a list"}
	}
	if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") && n.Tag != AppendTag {
		// A misspelt !append must not silently replace the list.
		return nil, &LoadError{Line: n.Line, Field: "params", Msg: fmt.Sprintf("unknown tag %s (the one understood is %s)", n.Tag, AppendTag)}
	}
	if n.Kind != yaml.MappingNode && n.Kind != yaml.SequenceNode {
		return n, nil
	}
	cp := *n
	cp.Content = make([]*yaml.Node, len(n.Content))
	for i, c := range n.Content {
		c, err := untagAppends(c, appends)
		if err != nil {
			return nil, err
		}
		cp.Content[i] = c
	}
	if cp.Tag == AppendTag {
		cp.Tag = "!!seq"
		appends[&cp] = true
	}
	return &cp, nil
}

// mergeParams returns base with over merged in, sharing the nodes it does not
// change and copying those it does. A sequence in appends extends the base's.
func mergeParams(base, over *yaml.Node, appends map[*yaml.Node]bool) *yaml.Node {
	base, over = resolveAlias(base), resolveAlias(over)
	if appends[over] && base.Kind == yaml.SequenceNode {
		out := *over
		out.Content = append(append([]*yaml.Node(nil), base.Content...), over.Content...)
		return &out
	}
	if base.Kind != yaml.MappingNode || over.Kind != yaml.MappingNode {
		return over
	}
	out := *base
	out.Anchor = ""
	out.Content = append([]*yaml.Node(nil), base.Content...)
	for i := 0; i+1 < len(over.Content); i += 2 {
		k, v := over.Content[i], over.Content[i+1]
		j := 0
		for ; j+1 < len(out.Content); j += 2 {
			if out.Content[j].Value == k.Value {
				break
			}
		}
		if j+1 < len(out.Content) {
			out.Content[j+1] = mergeParams(out.Content[j+1], v, appends)
		} else {
			out.Content = append(out.Content, k, v)
		}
	}
	return &out
}

func resolveAlias(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// validator is a params field that checks itself once decoded (js.AuthSpec).
type validator interface{ Validate() error }

// validateOverride runs the Validate methods of the top-level params fields an
// override sets, so an engine's own checks of those fields also report at the
// config's line rather than at the rule's declaration.
func validateOverride(o *paramsOverride, id string, v reflect.Value) error {
	if v.Kind() != reflect.Struct {
		return nil
	}
	t := v.Type()
	fields := yamlFields(t)
	for _, tag := range sortedKeys(fields) {
		var key *yaml.Node
		for j := 0; j+1 < len(o.node.Content); j += 2 {
			if o.node.Content[j].Value == tag {
				key = o.node.Content[j]
			}
		}
		if key == nil || !t.FieldByIndex(fields[tag]).IsExported() {
			continue
		}
		f := v.FieldByIndex(fields[tag])
		val, ok := f.Addr().Interface().(validator)
		if !ok {
			continue
		}
		if err := val.Validate(); err != nil {
			return &LoadError{File: o.file, Line: key.Line, Rule: id, Field: "params." + tag, Msg: err.Error()}
		}
	}
	return nil
}
