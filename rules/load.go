package rules

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/internal/regular"
)

//go:embed *.yaml
var builtin embed.FS

// LoadError is a rule-set or config problem located at file:line. Rule and Field are
// empty when the problem is not inside one rule.
type LoadError struct {
	File  string
	Line  int
	Rule  string
	Field string
	Msg   string
}

func (e *LoadError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d: ", e.File, e.Line)
	if e.Rule != "" {
		fmt.Fprintf(&b, "rule %s: ", e.Rule)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "field %q: ", e.Field)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// LoadErrors collects every problem found in one load, so a user fixes them in one go.
type LoadErrors []*LoadError

func (es LoadErrors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

func (es LoadErrors) orNil() error {
	if len(es) == 0 {
		return nil
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].File != es[j].File {
			return es[i].File < es[j].File
		}
		return es[i].Line < es[j].Line
	})
	return es
}

// Builtin returns the embedded rule set. An error here is a bug in clerklint and
// is caught by the package tests.
//
// The files are parsed once per process (parsing is most of clerklint's
// start-up, and the command, the engines and the Go analyzers each ask for
// the set); every call gets its own copies of the rules, so a caller that
// adjusts one never changes another caller's.
func Builtin() (*Set, error) {
	s, err := builtinSet()
	if err != nil {
		return nil, err
	}
	rs := make([]*Rule, len(s.rules))
	for i, r := range s.rules {
		cp := *r
		rs[i] = &cp
	}
	return newSet(rs, s.items, s.stacks), nil
}

var builtinSet = sync.OnceValues(loadBuiltin)

// loadBuiltin takes the built-in set from its snapshot, or parses the YAML
// when the snapshot is stale (a test then says to regenerate it).
func loadBuiltin() (*Set, error) {
	names, err := builtinNames()
	if err != nil {
		return nil, err
	}
	if s, ok := builtinSnapshot.load(names); ok {
		return s, nil
	}
	return parseBuiltin(names)
}

// builtinNames are the embedded rules files, sorted.
func builtinNames() ([]string, error) {
	names, err := fs.Glob(builtin, "*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// parseBuiltin parses and validates the embedded rules files.
func parseBuiltin(names []string) (*Set, error) {
	var all []*Rule
	var items []*ChecklistItem
	var stacks []*Stack
	var errs LoadErrors
	for _, name := range names {
		data, err := builtin.ReadFile(name)
		if err != nil {
			return nil, err
		}
		pf, err := parseFile("rules/"+name, data)
		errs = appendErr(errs, err)
		all = append(all, pf.rules...)
		items = append(items, pf.items...)
		stacks = append(stacks, pf.stacks...)
	}
	errs = append(errs, checkDuplicates(all, nil)...)
	errs = append(errs, linkChecklist(items, all)...)
	errs = append(errs, linkStacks(stacks, all)...)
	if err := errs.orNil(); err != nil {
		return nil, err
	}
	return newSet(all, items, stacks), nil
}

// WithFile returns a new set that adds the rules of a user rules file to base; a rule
// whose id already exists replaces the built-in one entirely.
func (s *Set) WithFile(path string) (*Set, error) {
	data, err := regular.Read(path, MaxConfigSize)
	if err != nil {
		return nil, fmt.Errorf("read rules: %w", err)
	}
	return s.WithData(path, data)
}

// WithData is WithFile for content already in memory; name is used in errors.
func (s *Set) WithData(name string, data []byte) (*Set, error) {
	pf, err := parseFile(name, data)
	user, userItems := pf.rules, pf.items
	errs := appendErr(nil, err)
	for _, st := range pf.stacks {
		errs = append(errs, &LoadError{File: name, Line: st.Pos.Line, Field: "stacks",
			Msg: "only the built-in rules declare stacks (the README's table of what is checked where)"})
	}
	errs = append(errs, checkDuplicates(user, nil)...)
	// A user file may declare items of its own; its rules name those or
	// the built-in ones.
	items := append(slices.Clone(s.items), userItems...)
	errs = append(errs, linkChecklist(items, user)...)
	if err := errs.orNil(); err != nil {
		return nil, err
	}
	replaced := map[string]*Rule{}
	for _, r := range user {
		replaced[r.ID] = r
	}
	var merged []*Rule
	for _, r := range s.rules {
		if _, ok := replaced[r.ID]; !ok {
			merged = append(merged, r)
		}
	}
	merged = append(merged, user...)
	return newSet(merged, items, s.stacks), nil
}

func appendErr(errs LoadErrors, err error) LoadErrors {
	if err == nil {
		return errs
	}
	var es LoadErrors
	if errors.As(err, &es) {
		return append(errs, es...)
	}
	var e *LoadError
	if errors.As(err, &e) {
		return append(errs, e)
	}
	return append(errs, &LoadError{Msg: err.Error()})
}

func checkDuplicates(rs []*Rule, seen map[string]*Rule) LoadErrors {
	if seen == nil {
		seen = map[string]*Rule{}
	}
	var errs LoadErrors
	for _, r := range rs {
		if prev, ok := seen[r.ID]; ok {
			errs = append(errs, &LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "id",
				Msg: fmt.Sprintf("duplicate id, first declared at %s", prev.Pos)})
			continue
		}
		seen[r.ID] = r
	}
	return errs
}

// ruleFile is the top level of a rules YAML file.
type ruleFile struct {
	// Checklist declares the checklist items rules name (ChecklistItem).
	Checklist []yaml.Node `yaml:"checklist"`
	// Stacks declare the README's table of what is checked where (Stack).
	Stacks []yaml.Node `yaml:"stacks"`
	Rules  []yaml.Node `yaml:"rules"`
}

// parsedFile is what one rules file declares.
type parsedFile struct {
	rules  []*Rule
	items  []*ChecklistItem
	stacks []*Stack
}

var reflectChecklistItem = reflect.TypeOf(ChecklistItem{})

func parseFile(name string, data []byte) (parsedFile, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return parsedFile{}, yamlSyntaxError(name, err)
	}
	if len(doc.Content) == 0 {
		return parsedFile{}, &LoadError{File: name, Line: 1, Msg: "empty rules file"}
	}
	root := doc.Content[0]
	if err := checkKnownFields(name, "", root, reflect.TypeOf(ruleFile{})); err != nil {
		return parsedFile{}, err
	}
	var rf ruleFile
	if err := root.Decode(&rf); err != nil {
		return parsedFile{}, decodeError(name, "", root, err)
	}
	items, errs := parseChecklist(name, rf.Checklist)
	stacks, serrs := parseStacks(name, rf.Stacks)
	errs = append(errs, serrs...)
	var out []*Rule
	lines := strings.SplitAfter(string(data), "\n")
	for i := range rf.Rules {
		n := &rf.Rules[i]
		next := len(lines) + 1
		if i+1 < len(rf.Rules) {
			next = rf.Rules[i+1].Line
		}
		id := scalarField(n, "id")
		if err := checkKnownFields(name, id, n, reflect.TypeOf(Rule{})); err != nil {
			errs = appendErr(errs, err)
			continue
		}
		r := &Rule{Pos: Pos{File: name, Line: n.Line}, source: entrySource(lines, n, next), checklistLine: n.Line}
		if v := valueNode(n, "checklist"); v != nil {
			r.checklistLine = v.Line
		}
		if err := n.Decode(r); err != nil {
			errs = appendErr(errs, decodeError(name, id, n, err))
			continue
		}
		errs = append(errs, validate(r, n)...)
		out = append(out, r)
	}
	return parsedFile{rules: out, items: items, stacks: stacks}, errs.orNil()
}

// entrySource is the text of the rule entry n, from its first line up to the
// line before the next entry (next, 1-based), without the blank lines and the
// comments less indented than its keys that end it (they introduce what follows).
func entrySource(lines []string, n *yaml.Node, next int) string {
	start, end := n.Line-1, min(next-1, len(lines))
	if start < 0 || start >= end {
		return ""
	}
	for end > start+1 {
		l := strings.TrimRight(lines[end-1], "\r\n")
		t := strings.TrimLeft(l, " \t")
		if t != "" && !(strings.HasPrefix(t, "#") && len(l)-len(t) < n.Column-1) {
			break
		}
		end--
	}
	src := strings.Join(lines[start:end], "")
	if !strings.HasSuffix(src, "\n") {
		src += "\n"
	}
	return src
}

func validate(r *Rule, n *yaml.Node) LoadErrors {
	var errs LoadErrors
	bad := func(field, format string, args ...any) {
		line := n.Line
		if v := valueNode(n, field); v != nil {
			line = v.Line
		}
		errs = append(errs, &LoadError{File: r.Pos.File, Line: line, Rule: r.ID, Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	if !idPattern.MatchString(r.ID) {
		bad("id", "must be CLK followed by three digits, got %q", r.ID)
	}
	if !slugPattern.MatchString(r.Slug) {
		bad("slug", "must be lowercase words joined by '-', got %q", r.Slug)
	}
	required := map[string]string{"title": r.Title, "checklist": r.Checklist,
		"rationale": r.Rationale, "fix": r.Fix, "cwe": r.CWE}
	for _, f := range []string{"title", "checklist", "cwe", "rationale", "fix"} {
		if strings.TrimSpace(required[f]) == "" {
			bad(f, "is required")
		}
	}
	if r.CWE != "" && !cwePattern.MatchString(r.CWE) {
		bad("cwe", "must look like CWE-798, got %q", r.CWE)
	}
	if len(r.Engines) == 0 {
		bad("engines", "is required (the engines that implement the rule)")
	}
	if r.Severity == 0 {
		bad("severity", "is required (one of %s)", strings.Join(SeverityNames(), ", "))
	}
	if len(r.Examples) == 0 {
		bad("examples", "is required (a list of bad/good cases)")
	}
	return append(errs, validateFrameworks(r, n)...)
}

// DecodeParams decodes a rule's params strictly into v (a pointer to a struct with
// yaml tags). Unknown fields, bad regexes and bad globs come back as *LoadError with
// the line of the offending field.
//
// When a config overrode some of the params (rules.ID.params), the override is
// checked on its own first, so its errors point at the config's file and line.
func (r *Rule) DecodeParams(v any) error {
	if r.Params.Kind == 0 {
		return nil
	}
	t := reflect.TypeOf(v).Elem()
	declared := &r.Params
	if o := r.override; o != nil {
		declared = &o.base
		if err := checkKnownFields(o.file, r.ID, o.node, t, "params"); err != nil {
			return err
		}
		fresh := reflect.New(t)
		if err := o.node.Decode(fresh.Interface()); err != nil {
			return decodeError(o.file, r.ID, o.node, err, "params")
		}
		if err := validateOverride(o, r.ID, fresh.Elem()); err != nil {
			return err
		}
	}
	if err := checkKnownFields(r.Pos.File, r.ID, declared, t, "params"); err != nil {
		return err
	}
	if err := r.Params.Decode(v); err != nil {
		return decodeError(r.Pos.File, r.ID, &r.Params, err, "params")
	}
	return nil
}

var (
	reflectNode        = reflect.TypeOf(yaml.Node{})
	reflectUnmarshaler = reflect.TypeOf((*yaml.Unmarshaler)(nil)).Elem()
)

// checkKnownFields walks a YAML node against the struct type t and reports mapping
// keys that have no yaml tag, the strict decoding yaml.v3 only offers on Decoder.
func checkKnownFields(file, rule string, n *yaml.Node, t reflect.Type, path ...string) error {
	var errs LoadErrors
	var walk func(n *yaml.Node, t reflect.Type, path []string)
	walk = func(n *yaml.Node, t reflect.Type, path []string) {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		if n.Kind == yaml.ScalarNode || opaque(t) {
			return // no keys below it; Decode reports a type mismatch
		}
		switch t.Kind() {
		case reflect.Struct:
			if n.Kind != yaml.MappingNode {
				return // Decode reports the type mismatch
			}
			fields := fieldTypes(t)
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				ft, ok := fields[k.Value]
				if ok && v.Kind == yaml.ScalarNode {
					continue
				}
				p := append(append([]string(nil), path...), k.Value)
				if !ok {
					errs = append(errs, &LoadError{File: file, Line: k.Line, Rule: rule, Field: strings.Join(p, "."),
						Msg: "unknown field (known: " + strings.Join(sortedKeys(fields), ", ") + ")"})
					continue
				}
				walk(v, ft, p)
			}
		case reflect.Slice:
			if n.Kind != yaml.SequenceNode {
				return
			}
			for i, c := range n.Content {
				if c.Kind != yaml.ScalarNode {
					walk(c, t.Elem(), append(append([]string(nil), path...), strconv.Itoa(i)))
				}
			}
		case reflect.Map:
			if n.Kind != yaml.MappingNode {
				return
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i+1].Kind != yaml.ScalarNode {
					walk(n.Content[i+1], t.Elem(), append(append([]string(nil), path...), n.Content[i].Value))
				}
			}
		}
	}
	walk(n, t, path)
	return errs.orNil()
}

// fieldTypes maps a struct's YAML keys to their field types, computed once
// per type: engines decode their params when a scan starts, and walking the
// struct's fields again for every mapping was most of checkKnownFields' cost.
func fieldTypes(t reflect.Type) map[string]reflect.Type {
	if m, ok := fieldTypeCache.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	for tag, idx := range yamlFields(t) {
		m[tag] = t.FieldByIndex(idx).Type
	}
	fieldTypeCache.Store(t, m)
	return m
}

// fieldTypeCache holds fieldTypes' maps by reflect.Type; they are never
// modified once stored.
var fieldTypeCache sync.Map

// opaque reports whether values of t decode themselves (a yaml.Node, a type
// with UnmarshalYAML), so their keys are not checkKnownFields' business.
func opaque(t reflect.Type) bool {
	if v, ok := opaqueCache.Load(t); ok {
		return v.(bool)
	}
	o := t == reflectNode || reflect.PointerTo(t).Implements(reflectUnmarshaler)
	opaqueCache.Store(t, o)
	return o
}

var opaqueCache sync.Map // reflect.Type → bool

// yamlFields maps a struct's YAML keys to their field index paths,
// flattening embedded structs tagged `yaml:",inline"` as yaml.v3 does (a
// framework model's params embed the block the models share).
func yamlFields(t reflect.Type) map[string][]int {
	out := map[string][]int{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" && opts == "inline" && f.Type.Kind() == reflect.Struct {
			for tag, idx := range yamlFields(f.Type) {
				out[tag] = append([]int{i}, idx...)
			}
			continue
		}
		if name == "" || name == "-" {
			continue
		}
		out[name] = []int{i}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

var yamlLine = lazyregexp.New(`^(?:yaml: )?line (\d+): (.*)$`)

func yamlSyntaxError(file string, err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &LoadError{File: file, Line: line, Msg: m[2]}
	}
	return &LoadError{File: file, Line: 1, Msg: strings.TrimPrefix(msg, "yaml: ")}
}

// decodeError turns a yaml.v3 decode failure into located errors. Our own
// UnmarshalYAML methods return *fieldError so the line and the field survive.
func decodeError(file, rule string, n *yaml.Node, err error, path ...string) error {
	var fe *fieldError
	if errors.As(err, &fe) {
		field := fieldPath(n, fe.line, path)
		if fe.field != "" {
			field = strings.Join(append(append([]string(nil), path...), fe.field), ".")
		}
		return &LoadError{File: file, Line: fe.line, Rule: rule, Field: field, Msg: fe.msg}
	}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		var errs LoadErrors
		for _, m := range te.Errors {
			e := &LoadError{File: file, Line: n.Line, Rule: rule, Msg: m}
			if mm := yamlLine.FindStringSubmatch(m); mm != nil {
				e.Line, _ = strconv.Atoi(mm[1])
				e.Msg = mm[2]
			}
			e.Field = fieldPath(n, e.Line, path)
			errs = append(errs, e)
		}
		return errs.orNil()
	}
	return &LoadError{File: file, Line: n.Line, Rule: rule, Msg: err.Error()}
}

// fieldPath names the deepest mapping key on the given line below n.
func fieldPath(n *yaml.Node, line int, prefix []string) string {
	var best []string
	var walk func(n *yaml.Node, path []string)
	walk = func(n *yaml.Node, path []string) {
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				p := append(append([]string(nil), path...), k.Value)
				if k.Line == line || v.Line == line {
					best = p
				}
				walk(v, p)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				p := append(append([]string(nil), path...), strconv.Itoa(i))
				if c.Line == line && c.Kind == yaml.ScalarNode {
					best = p
				}
				walk(c, p)
			}
		}
	}
	walk(n, prefix)
	if best == nil {
		best = prefix
	}
	return strings.Join(best, ".")
}

func scalarField(n *yaml.Node, key string) string {
	if v := valueNode(n, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

func valueNode(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// fieldError carries a validation failure out of an UnmarshalYAML method with the
// line it happened on.
type fieldError struct {
	line int
	// field, when set, is the field's path below the decoded node, for a
	// missing key that has no line of its own to be found by.
	field string
	msg   string
}

func (e *fieldError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// Param decodes one key of a rule's params into v; a missing key leaves v
// unchanged. Unlike DecodeParams it ignores the keys other engines
// own (a Go pass reads CLK101's public-routes, not the js engine's auth spec).
func (r *Rule) Param(key string, v any) error {
	n := &r.Params
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value != key {
			continue
		}
		if err := n.Content[i+1].Decode(v); err != nil {
			return &LoadError{File: r.Pos.File, Line: n.Content[i+1].Line, Rule: r.ID, Field: "params." + key, Msg: err.Error()}
		}
		return nil
	}
	return nil
}

// Glob is a doublestar pattern validated when decoded.
type Glob struct {
	pattern string
	// base, when set, relocates the scan-root-relative path matched against
	// the pattern to the directory the pattern was written in (Config.Relative).
	base *pathBase
}

// NewGlob validates a doublestar pattern.
func NewGlob(p string) (Glob, error) {
	if !doublestar.ValidatePattern(p) {
		return Glob{}, fmt.Errorf("invalid glob %q", p)
	}
	return Glob{pattern: p}, nil
}

// MustGlobs is for built-in, test-covered defaults only.
func MustGlobs(ps ...string) []Glob {
	out := make([]Glob, len(ps))
	for i, p := range ps {
		g, err := NewGlob(p)
		if err != nil {
			panic(err)
		}
		out[i] = g
	}
	return out
}

// Match reports whether the slash-separated path matches.
func (g Glob) Match(path string) bool {
	if g.base != nil {
		path = g.base.rel(path)
	}
	ok, _ := doublestar.Match(g.pattern, path)
	return ok
}

func (g Glob) String() string { return g.pattern }

// Broad reports whether a route glob covers a whole URL tree with at most one
// fixed segment ("/**", "/api/**") rather than naming endpoints: public
// evidence from it opens reads, not writes (endpoint.Evidence.Broad).
func (g Glob) Broad() bool {
	i := strings.Index(g.pattern, "*")
	return i >= 0 && strings.HasSuffix(g.pattern, "**") && strings.Count(strings.Trim(g.pattern[:i], "/"), "/") == 0
}

// UnmarshalYAML validates the pattern so a bad glob fails at load time with its line.
func (g *Glob) UnmarshalYAML(n *yaml.Node) error {
	v, err := NewGlob(n.Value)
	if err != nil {
		return &fieldError{line: n.Line, msg: err.Error()}
	}
	*g = v
	return nil
}

// MarshalYAML prints the pattern back.
func (g Glob) MarshalYAML() (any, error) { return g.pattern, nil }

// Regexp is a Go (RE2) regular expression compiled when decoded, so no engine ever
// compiles a user pattern at scan time (and nothing can panic on one).
type Regexp struct{ *regexp.Regexp }

// Patterns are the source texts of res, for matchers that compile their own
// combined expression (keys.NewSecretNames).
func Patterns(res []Regexp) []string {
	out := make([]string, len(res))
	for i, re := range res {
		out[i] = re.String()
	}
	return out
}

// UnmarshalYAML compiles the pattern and reports a bad one with its line.
func (r *Regexp) UnmarshalYAML(n *yaml.Node) error {
	re, err := CompileShared(n.Value)
	if err != nil {
		return &fieldError{line: n.Line, msg: fmt.Sprintf("invalid regex: %v", err)}
	}
	r.Regexp = re
	return nil
}

// CompileShared is regexp.Compile for the patterns of the rule set and of
// the engines built from it, compiled once per process: the engines decode
// the same params (CLK101's routes for every framework model, the secret
// names for the env, client-code and log rules), and compiling them again
// for each was a large part of a scan's start-up. A *regexp.Regexp is safe
// to share; nobody calls its Longest method, the one that changes it.
func CompileShared(pattern string) (*regexp.Regexp, error) {
	if re, ok := sharedRegexps.Load(pattern); ok {
		return re.(*regexp.Regexp), nil
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, err
	}
	if sharedCount.Add(1) <= maxShared {
		sharedRegexps.Store(pattern, re)
	}
	return re, nil
}

var (
	sharedRegexps sync.Map // pattern → *regexp.Regexp
	sharedCount   atomic.Int64
)

// maxShared bounds the cache in a long-lived process (the golangci-lint
// plugin) that loads config after config.
const maxShared = 4096
