// Package plans implements CLK801 for JavaScript/TypeScript: code that relies
// on a Clerk feature outside the free tier (MFA flows, enterprise SSO,
// satellite domains, impersonation, allowlists and blocklists), so the agency
// can tell its client which plan or add-on production needs before launch.
// Everything is testable on a development instance, which is why the
// dependency goes unnoticed until the production instance is configured.
//
// What counts as relying on a feature, and which plan it needs, is the
// rule's params: a dated feature table taken from the seed's pricing
// section. Each feature lists the constructs that use it: method calls
// (signIn.prepareSecondFactor), Backend API resources (allowlistIdentifiers),
// members read on a named object (sessionClaims.act), sign-in strategies
// (strategy: 'saml'), option or prop names set to anything but false
// (isSatellite), string values (status 'needs_second_factor'), fields of
// an auth() or useAuth() result (actor), and env variables set to true
// (NEXT_PUBLIC_CLERK_IS_SATELLITE). A feature is reported once per file, at
// its first use: the reviewer needs the list of paid features and where
// each is used, not every call.
//
// Only files that mention Clerk are read: a 'totp' strategy of another
// auth library is not Clerk's. Features that live only in the Dashboard
// (custom session lifetime, branding removal) have no construct; the table
// names them for `clerklint review`'s plan check.
package plans

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/bytescan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers CLK801 with the js engine.
var Rule = js.Rule{IDs: []string{ruleid.PaidPlanFeature}, New: New}

// Table is CLK801's params: the features outside the free tier, what plan
// each needs, and as of when.
type Table struct {
	// AsOf is the date the table was taken from its source (YYYY-MM-DD):
	// prices and plans change, so every message and report names it.
	AsOf   string `yaml:"as-of"`
	Source string `yaml:"source"`
	// AuthCalls are the calls whose result holds the session's auth
	// fields (auth(), useAuth(), getAuth()).
	AuthCalls []string  `yaml:"auth-calls"`
	Features  []Feature `yaml:"features"`
}

// Feature is one paid feature and the constructs that use it.
type Feature struct {
	ID   string `yaml:"feature"`
	Name string `yaml:"name"`
	Plan string `yaml:"plan"`
	// Dashboard, when set, says where the feature is configured outside
	// code and how to check it by hand.
	Dashboard  string   `yaml:"dashboard"`
	Calls      []string `yaml:"calls"`
	Members    []string `yaml:"members"`
	Strategies []string `yaml:"strategies"`
	Strings    []string `yaml:"strings"`
	Props      []string `yaml:"props"`
	AuthFields []string `yaml:"auth-fields"`
	Env        []string `yaml:"env"`
}

// Detectable reports whether any construct in code shows the feature; the
// others are Dashboard settings only.
func (f *Feature) Detectable() bool {
	return len(f.Calls)+len(f.Members)+len(f.Strategies)+len(f.Strings)+len(f.Props)+len(f.AuthFields)+len(f.Env) > 0
}

// FeatureOf is the feature id of a CLK801 finding's construct.
func FeatureOf(construct string) string {
	id, _, _ := strings.Cut(construct, ":")
	return id
}

// Decode reads the table from the CLK801 rule.
func Decode(r *rules.Rule) (*Table, error) {
	var t Table
	if err := r.DecodeParams(&t); err != nil {
		return nil, err
	}
	if t.AsOf == "" {
		return nil, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "params.as-of", Msg: "is required (the date the plan table was taken)"}
	}
	return &t, nil
}

type checker struct {
	t        *Table
	gate     *gate
	severity rules.Severity
}

// New builds the checker from the CLK801 entry.
func New(rs []*rules.Rule, _ scan.Options) (js.Checker, error) {
	if len(rs) != 1 {
		return nil, fmt.Errorf("plans: want the %s rule, got %d rules", ruleid.PaidPlanFeature, len(rs))
	}
	t, err := Decode(rs[0])
	if err != nil {
		return nil, err
	}
	return &checker{t: t, gate: newGate(t.Features), severity: rs[0].Severity}, nil
}

// Wants every JS/TS file: Check looks for "clerk" before parsing.
func (c *checker) Wants(*js.Model, *scan.File) bool { return true }

// message is the finding text for a feature used through construct.
func (c *checker) message(f *Feature, construct string) string {
	return fmt.Sprintf("%s relies on %s, which needs %s in production (Clerk pricing as of %s): it works on a development instance, so confirm the client's plan before launch",
		construct, f.Name, f.Plan, c.t.AsOf)
}

// Local: a feature is reported in the file that uses it, and Check keeps
// nothing (Finish reads the env files only).
func (c *checker) Local() {}

var clerkWord = []byte("clerk")

// Check reports the paid features the file uses, once each.
func (c *checker) Check(pass *js.Pass) {
	if !bytescan.ContainsFold(pass.Src, clerkWord) {
		return
	}
	// A feature is used through a name that appears in the source as it is
	// (a call, property, strategy, string or field): a file spelling none of
	// a feature's names cannot use it, and most files stop here unparsed.
	active := c.gate.active(pass.Src)
	if len(active) == 0 {
		return
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	reported := map[string]bool{}
	hit := func(f *Feature, n *sitter.Node, construct string) {
		if reported[f.ID] {
			return
		}
		reported[f.ID] = true
		pass.Report(rules.Finding{RuleID: ruleid.PaidPlanFeature, Severity: c.severity, Position: pass.Pos(n),
			Message: c.message(f, construct), Construct: f.ID + ":" + construct})
	}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if isLogCall(t, n) {
			// console.log({ host, isSatellite }) prints a value; the use
			// is where the value is passed to Clerk.
			return false
		}
		for _, i := range active {
			if construct := c.match(t, &c.t.Features[i], n); construct != "" {
				hit(&c.t.Features[i], n, construct)
			}
		}
		return true
	})
}

// names are the names through which match can find f (a member chain ends
// with its last property): each is an identifier, a property or a quoted
// string's whole text, so a file spelling none of them as a whole word
// cannot use f ("act" in "react" is none).
func names(f *Feature) []string {
	var out []string
	for _, ns := range [][]string{f.Calls, f.Strategies, f.Strings, f.Props, f.AuthFields} {
		out = append(out, ns...)
	}
	for _, m := range f.Members {
		out = append(out, m[strings.LastIndexByte(m, '.')+1:])
	}
	return out
}

// gate finds, in one pass over a file, the features whose names it spells.
type gate struct {
	words  *js.Words
	owners [][]int // by word: the features it names
	// others are, by feature, its names that are not identifier words
	// (a string value with a dash), searched for one by one.
	others [][]string
}

func newGate(fs []Feature) *gate {
	g := &gate{others: make([][]string, len(fs))}
	var words []string
	at := map[string]int{}
	for i := range fs {
		for _, n := range names(&fs[i]) {
			if !js.IsIdentWord(n) {
				g.others[i] = append(g.others[i], n)
				continue
			}
			k, ok := at[n]
			if !ok {
				k = len(words)
				at[n] = k
				words = append(words, n)
				g.owners = append(g.owners, nil)
			}
			g.owners[k] = append(g.owners[k], i)
		}
	}
	g.words = js.NewWords(words)
	return g
}

// active lists, in table order, the features src mentions.
func (g *gate) active(src []byte) []int {
	on := make([]bool, len(g.others))
	left := len(on)
	g.words.Find(src, func(w, _ int) bool {
		for _, i := range g.owners[w] {
			if !on[i] {
				on[i] = true
				left--
			}
		}
		return left > 0
	})
	var out []int
	for i := range on {
		if !on[i] {
			for _, n := range g.others[i] {
				if containsWord(src, n) {
					on[i] = true
					break
				}
			}
		}
		if on[i] {
			out = append(out, i)
		}
	}
	return out
}

// containsWord reports an occurrence of w in src not continued by an
// identifier character on a side where w itself ends in one.
func containsWord(src []byte, w string) bool {
	if w == "" {
		return true
	}
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte(w))
		if i < 0 {
			return false
		}
		i += off
		j := i + len(w)
		left := i == 0 || !js.IdentByte(w[0]) || !js.IdentByte(src[i-1])
		right := j == len(src) || !js.IdentByte(w[len(w)-1]) || !js.IdentByte(src[j])
		if left && right {
			return true
		}
		off = i + 1
	}
}

// match returns the construct through which n uses feature f, "" if none.
func (c *checker) match(t *js.Tree, f *Feature, n *sitter.Node) string {
	switch n.Type() {
	case "call_expression":
		fn := n.ChildByFieldName("function")
		if fn == nil {
			return ""
		}
		name := t.Text(fn)
		if fn.Type() == "member_expression" {
			if p := fn.ChildByFieldName("property"); p != nil {
				name = t.Text(p)
			}
		}
		if slices.Contains(f.Calls, name) {
			return name + "()"
		}
	case "member_expression":
		chain := memberChain(t.Text(n))
		for _, m := range f.Members {
			if chain == m || strings.HasSuffix(chain, "."+m) {
				return m
			}
		}
		if p, obj := n.ChildByFieldName("property"), n.ChildByFieldName("object"); p != nil && obj != nil &&
			slices.Contains(f.AuthFields, t.Text(p)) && c.isAuthCall(t, obj) {
			return t.Text(p) + " of " + t.Text(js.Unwrap(obj))
		}
	case "pair":
		k, v := n.ChildByFieldName("key"), n.ChildByFieldName("value")
		if k == nil || v == nil {
			return ""
		}
		key := js.Unquote(t, k)
		if key == "strategy" && v.Type() == "string" && slices.Contains(f.Strategies, js.Unquote(t, v)) {
			return "strategy: '" + js.Unquote(t, v) + "'"
		}
		if slices.Contains(f.Props, key) && v.Type() != "false" {
			return key
		}
	case "assignment_expression":
		// options.isSatellite = true
		l, r := n.ChildByFieldName("left"), n.ChildByFieldName("right")
		if l == nil || r == nil || l.Type() != "member_expression" || r.Type() == "false" {
			return ""
		}
		if p := l.ChildByFieldName("property"); p != nil && slices.Contains(f.Props, t.Text(p)) {
			return t.Text(p)
		}
	case "shorthand_property_identifier":
		if slices.Contains(f.Props, t.Text(n)) {
			return t.Text(n)
		}
	case "jsx_attribute":
		if n.NamedChildCount() == 0 {
			return ""
		}
		name := t.Text(n.NamedChild(0))
		if !slices.Contains(f.Props, name) {
			return ""
		}
		if n.NamedChildCount() > 1 {
			v := n.NamedChild(1)
			if v.Type() == "jsx_expression" && v.NamedChildCount() == 1 && v.NamedChild(0).Type() == "false" {
				return ""
			}
		}
		return name
	case "string":
		if s := js.Unquote(t, n); slices.Contains(f.Strings, s) {
			return "'" + s + "'"
		}
	case "variable_declarator":
		name, value := n.ChildByFieldName("name"), n.ChildByFieldName("value")
		if name == nil || value == nil || name.Type() != "object_pattern" || !c.isAuthCall(t, value) {
			return ""
		}
		for i := 0; i < int(name.NamedChildCount()); i++ {
			p := name.NamedChild(i)
			field := t.Text(p)
			if p.Type() == "pair_pattern" {
				if k := p.ChildByFieldName("key"); k != nil {
					field = t.Text(k)
				}
			}
			if slices.Contains(f.AuthFields, field) {
				return field + " of " + t.Text(js.Unwrap(value))
			}
		}
	}
	return ""
}

// isLogCall reports a console.* call.
func isLogCall(t *js.Tree, n *sitter.Node) bool {
	if n.Type() != "call_expression" {
		return false
	}
	fn := n.ChildByFieldName("function")
	return fn != nil && fn.Type() == "member_expression" && strings.HasPrefix(t.Text(fn), "console.")
}

// isAuthCall reports whether n (through parentheses and await) calls one of
// the auth calls: auth(), await auth(), useAuth().
func (c *checker) isAuthCall(t *js.Tree, n *sitter.Node) bool {
	n = js.Unwrap(n)
	for n != nil && n.Type() == "await_expression" && n.NamedChildCount() == 1 {
		n = js.Unwrap(n.NamedChild(0))
	}
	if n == nil || n.Type() != "call_expression" {
		return false
	}
	fn := n.ChildByFieldName("function")
	return fn != nil && slices.Contains(c.t.AuthCalls, t.Text(fn))
}

// memberChain normalises a member expression's text for matching: optional
// chaining and whitespace removed, "a?.b .c" → "a.b.c".
func memberChain(s string) string {
	s = strings.ReplaceAll(s, "?.", ".")
	return strings.Join(strings.Fields(s), "")
}

// Finish reports the env variables of paid features set to a true value in
// the project's env files (NEXT_PUBLIC_CLERK_IS_SATELLITE=true), once per
// project, whether or not it has JS files.
func (c *checker) Finish(m *js.Model, emit func(rules.Finding)) {
	for _, ef := range m.Project.Env {
		if !ef.File.Report {
			continue
		}
		reported := map[string]bool{}
		for _, v := range ef.Vars {
			if !strings.EqualFold(strings.TrimSpace(v.Value), "true") {
				continue
			}
			for i := range c.t.Features {
				f := &c.t.Features[i]
				if slices.Contains(f.Env, v.Name) && !reported[f.ID] {
					reported[f.ID] = true
					emit(rules.Finding{RuleID: ruleid.PaidPlanFeature, Severity: c.severity,
						Position: rules.Position{File: ef.File.Path, Line: v.Line, Column: v.Col},
						Message:  c.message(f, v.Name+"=true"), Construct: f.ID + ":" + v.Name})
				}
			}
		}
	}
}
