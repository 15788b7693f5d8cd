// Package hardcodedkey reports Clerk credentials written as Go string constants:
// secret keys (CLK001), publishable keys (CLK005) and webhook signing secrets
// (CLK006), e.g. clerk.SetKey("sk_live_…") or BackendConfig{Key: clerk.String(…)}.
//
// It is the Go driver of the same rules the file scanner checks on every file:
// both take their patterns from the rules' YAML and their verdicts from
// analyzers/keys (42-character bodies, Stripe shapes, placeholders, publishable-key
// decoding), so the two cannot disagree about what a Clerk key is. What the Go
// pass adds is the type checker: constants are folded, so a key split as
// "sk_" + "live_" + … is seen whole, and the call or field a key flows into gives
// keys.Context its vendor.
package hardcodedkey

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/rules"
)

// Rule ids reported by this package.
const (
	SecretKeyRule      = "CLK001"
	PublishableKeyRule = "CLK005"
	WebhookSecretRule  = "CLK006"
)

// Default analyzers (default settings), for analysistest and the vet tool.
var (
	SecretKey      = NewSecretKey(gorules.Settings{})
	PublishableKey = NewPublishableKey(gorules.Settings{})
	WebhookSecret  = NewWebhookSecret(gorules.Settings{})
)

// NewSecretKey returns the CLK001 analyzer: Clerk secret keys in Go constants.
func NewSecretKey(gorules.Settings) *analysis.Analyzer { return newRule(SecretKeyRule) }

// NewPublishableKey returns the CLK005 analyzer: Clerk publishable keys in Go constants.
func NewPublishableKey(gorules.Settings) *analysis.Analyzer { return newRule(PublishableKeyRule) }

// NewWebhookSecret returns the CLK006 analyzer: webhook signing secrets in Go constants.
func NewWebhookSecret(gorules.Settings) *analysis.Analyzer { return newRule(WebhookSecretRule) }

func newRule(id string) *analysis.Analyzer {
	return gorules.NewAnalyzer(id, func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[finder].(*Result)
		for _, d := range res.byRule[id] {
			pass.Report(d)
		}
		return nil, nil
	}, finder)
}

// Result holds the diagnostics of one package per rule id; the three rule
// analyzers share one walk through Requires.
type Result struct {
	byRule map[string][]analysis.Diagnostic
}

// finder walks a package's constant strings once for all three rules.
var finder = &analysis.Analyzer{
	Name:       "clerkkeyliterals",
	Doc:        "find Clerk credentials in Go string constants (shared by CLK001, CLK005, CLK006)",
	Run:        find,
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
}

// matcher is one rule's YAML patterns and allowlists, compiled once.
type matcher struct {
	rule     string
	patterns []pattern
	allow    []*regexp.Regexp
}

type pattern struct {
	re    *regexp.Regexp
	group int
	allow []*regexp.Regexp
}

// keyParams decodes the part of the CLK001/CLK005/CLK006 params that the file
// scanner and this pass share. Fields the scanner alone uses (entropy, keywords,
// env-names) are ignored: entropy and placeholders are judged by analyzers/keys.
type keyParams struct {
	Patterns []struct {
		Regex       rules.Regexp `yaml:"regex"`
		SecretGroup int          `yaml:"secretGroup"`
		Allowlists  []allowlist  `yaml:"allowlists"`
	} `yaml:"patterns"`
	Allowlists []allowlist `yaml:"allowlists"`
}

type allowlist struct {
	RegexTarget string         `yaml:"regexTarget"`
	Regexes     []rules.Regexp `yaml:"regexes"`
}

// secretRegexes keeps allowlist regexes that test the secret itself (gitleaks'
// default target); "match"/"line" targets need the file scanner's view.
func secretRegexes(als []allowlist) []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, al := range als {
		if al.RegexTarget != "" && al.RegexTarget != "secret" {
			continue
		}
		for _, re := range al.Regexes {
			out = append(out, re.Regexp)
		}
	}
	return out
}

// matchers decodes the built-in rules' patterns once per process: the YAML is
// embedded and immutable, so every pass shares the compiled result.
var matchers = sync.OnceValues(func() ([]matcher, error) {
	var out []matcher
	for _, id := range []string{SecretKeyRule, PublishableKeyRule, WebhookSecretRule} {
		r := gorules.Rule(id)
		var p keyParams
		if err := r.Params.Decode(&p); err != nil {
			return nil, fmt.Errorf("rule %s: params: %w", id, err)
		}
		m := matcher{rule: id, allow: secretRegexes(p.Allowlists)}
		for i, pt := range p.Patterns {
			if pt.Regex.Regexp == nil || pt.SecretGroup > pt.Regex.NumSubexp() {
				return nil, fmt.Errorf("rule %s: params.patterns.%d: bad regex or secretGroup", id, i)
			}
			m.patterns = append(m.patterns, pattern{re: pt.Regex.Regexp, group: pt.SecretGroup, allow: secretRegexes(pt.Allowlists)})
		}
		out = append(out, m)
	}
	return out, nil
})

// keywords prefilter constant values: every Clerk credential contains one.
var keywords = []string{keys.SecretTestPrefix, keys.SecretLivePrefix, keys.PublishableTestPrefix, keys.PublishableLivePrefix, keys.WebhookSecretPrefix}

func hasKeyword(s string) bool {
	for _, k := range keywords {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

func find(pass *analysis.Pass) (any, error) {
	res := &Result{byRule: map[string][]analysis.Diagnostic{}}
	// No import-based fast exit: a committed key leaks whatever the package
	// imports. The cheap exit is on folded constants instead: without a
	// sk_/pk_/whsec_ keyword in any string constant there is nothing to find.
	found := false
	for _, tv := range pass.TypesInfo.Types {
		if tv.Value != nil && tv.Value.Kind() == constant.String && hasKeyword(constant.StringVal(tv.Value)) {
			found = true
			break
		}
	}
	if !found {
		return res, nil
	}
	ms, err := matchers()
	if err != nil {
		return nil, err
	}
	f := &finderState{
		pass:      pass,
		usesClerk: gorules.ImportsPath(pass.Pkg, gorules.IsClerkSDKPath),
		usesSvix:  gorules.ImportsPath(pass.Pkg, gorules.IsSvixPath),
		matchers:  ms,
		res:       res,
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	f.in = in
	in.Root().Inspect(nil, func(c inspector.Cursor) bool {
		e, ok := c.Node().(ast.Expr)
		if !ok {
			return true
		}
		v, ok := gorules.ConstString(pass.TypesInfo, e)
		if !ok {
			return true
		}
		// A constant expression is judged whole, at its outermost node; a bare
		// name or pkg.Name refers to a constant reported where it is declared.
		if hasKeyword(v) && !isConstRef(e) {
			f.check(c, e, v)
		}
		return false
	})
	return res, nil
}

func isConstRef(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return true
	}
	return false
}

type finderState struct {
	pass      *analysis.Pass
	in        *inspector.Inspector
	usesClerk bool
	usesSvix  bool
	matchers  []matcher
	res       *Result
	// uses maps a variable or constant to the places it is read, built on the
	// first key assigned to a name whose context is not decisive.
	uses map[types.Object][]inspector.Cursor
}

// leaf is one operand of a constant "+" chain with its offset in the folded value.
type leaf struct {
	expr  ast.Expr
	start int    // offset in the folded value
	value string // the leaf's own constant value
	ref   bool   // a named constant, reported at its declaration
}

func (f *finderState) leaves(e ast.Expr) []leaf {
	var out []leaf
	off := 0
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		e = ast.Unparen(e)
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
			if _, ok := gorules.ConstString(f.pass.TypesInfo, b.X); ok {
				walk(b.X)
				walk(b.Y)
				return
			}
		}
		v, _ := gorules.ConstString(f.pass.TypesInfo, e)
		out = append(out, leaf{expr: e, start: off, value: v, ref: isConstRef(e)})
		off += len(v)
	}
	walk(e)
	return out
}

// check applies the three rules' patterns to the folded value v of e.
func (f *finderState) check(c inspector.Cursor, e ast.Expr, v string) {
	var ls []leaf
	for _, m := range f.matchers {
		for _, p := range m.patterns {
			for _, idx := range p.re.FindAllStringSubmatchIndex(v, -1) {
				start, end := idx[2*p.group], idx[2*p.group+1]
				if start < 0 {
					continue
				}
				secret := v[start:end]
				if matchesAny(m.allow, secret) || matchesAny(p.allow, secret) {
					continue
				}
				if ls == nil {
					ls = f.leaves(e)
				}
				first, last, literal := spanLeaves(ls, start, end)
				if !literal {
					continue // the key lives in a named constant, reported there
				}
				f.judge(c, e, m.rule, secret, secret == v, ls, first, last, start)
			}
		}
	}
}

func matchesAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// spanLeaves returns the first and last leaves overlapping [start,end) and
// whether any of them is written as a literal in this expression.
func spanLeaves(ls []leaf, start, end int) (first, last int, literal bool) {
	first = -1
	for i, l := range ls {
		if l.start < end && start < l.start+len(l.value) {
			if first < 0 {
				first = i
			}
			last = i
			literal = literal || !l.ref
		}
	}
	return first, last, literal
}

// judge asks analyzers/keys whether secret is a Clerk credential of rule, and
// reports it.
func (f *finderState) judge(c inspector.Cursor, e ast.Expr, rule, secret string, whole bool, ls []leaf, first, last, start int) {
	site := f.siteOf(c)
	ctx := keys.Context{Vendor: site.vendor, ProjectUsesClerk: f.usesClerk}
	where := site.where
	if where != "" {
		where = " (" + where + ")"
	}
	var msg, env string
	switch rule {
	case SecretKeyRule:
		k, ok := keys.ParseSecretKey(secret)
		if !ok || keys.ClassifySecretKey(secret, ctx) != keys.Clerk {
			return
		}
		env = "CLERK_SECRET_KEY"
		msg = fmt.Sprintf("clerk %s secret key %s hardcoded%s: rotate it in the Clerk Dashboard and read it from the %s environment variable",
			k.Instance, keys.Redact(secret), where, env)
	case PublishableKeyRule:
		pk, ok := keys.ParsePublishableKey(secret)
		if !ok {
			return
		}
		env = "CLERK_PUBLISHABLE_KEY"
		msg = fmt.Sprintf("clerk publishable key of %s instance %s hardcoded%s: read it from the %s environment variable so each environment sets its own",
			pk.Instance, pk.Host, where, env)
	case WebhookSecretRule:
		// Stripe signs webhooks with whsec_ secrets too: count it as Clerk's only in
		// a package using Clerk or Svix or next to a Clerk/Svix name, never next to
		// another vendor's name (the file scanner's webhookContext).
		if !keys.IsWebhookSecret(secret) || keys.IsForeignVendor(ctx.Vendor) ||
			(ctx.Vendor == "" && !f.usesClerk && !f.usesSvix) {
			return
		}
		env = "CLERK_WEBHOOK_SIGNING_SECRET"
		msg = fmt.Sprintf("webhook signing secret %s hardcoded%s: rotate it in the Clerk Dashboard and read it from the %s environment variable",
			keys.Redact(secret), where, env)
	default:
		return
	}
	pos, end := f.position(ls, first, last, secret, start)
	d := analysis.Diagnostic{Pos: pos, End: end, Message: msg}
	if whole && site.fixable && f.isPlainString(e) {
		if edits := f.getenvEdits(e, env); edits != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   fmt.Sprintf("read the key with os.Getenv(%q)", env),
				TextEdits: edits,
			}}
		}
	}
	f.res.byRule[rule] = append(f.res.byRule[rule], d)
}

// position is where the key starts in the source: inside its literal when one
// literal holds it (the column the file scanner reports for the same key), else
// the span of the literals it is assembled from.
func (f *finderState) position(ls []leaf, first, last int, secret string, start int) (token.Pos, token.Pos) {
	if first == last {
		if lit, ok := ls[first].expr.(*ast.BasicLit); ok {
			if i := strings.Index(lit.Value, secret); i >= 0 {
				p := lit.Pos() + token.Pos(i)
				return p, p + token.Pos(len(secret))
			}
		}
	}
	// Split key: start inside the first literal when its tail is visible there.
	pos := ls[first].expr.Pos()
	if lit, ok := ls[first].expr.(*ast.BasicLit); ok {
		head := secret[:min(len(secret), ls[first].start+len(ls[first].value)-start)]
		if i := strings.LastIndex(lit.Value, head); i >= 0 {
			pos = lit.Pos() + token.Pos(i)
		}
	}
	return pos, ls[last].expr.End()
}

// isPlainString reports whether e has type string, so os.Getenv can replace it.
func (f *finderState) isPlainString(e ast.Expr) bool {
	tv := f.pass.TypesInfo.Types[e]
	return tv.Type != nil && types.Identical(types.Default(tv.Type), types.Typ[types.String])
}

// site is what the surroundings of a key say about it.
type site struct {
	vendor  string // keys.NearestVendor of the call, field or name it flows into
	where   string // short description for the message
	fixable bool   // the key sits where a non-constant expression may go
}

// siteOf walks up from the key's expression to the call argument, field, name or
// return it flows into, stopping at the enclosing statement or declaration. When
// that place names no vendor and the key is bound to a name, the name's uses are
// tried (k := "sk_…"; clerk.SetKey(k)).
func (f *finderState) siteOf(c inspector.Cursor) site {
	var s site
	first := true
	for cur := c; ; {
		parent := cur.Parent()
		if parent.Node() == nil {
			return s
		}
		ek, idx := cur.ParentEdge()
		text, where, obj, stop := f.describe(parent, ek, idx)
		if first && where != "" {
			s.where = where
			s.fixable = fixableEdge(ek) && !inConstDecl(parent)
			first = false
		}
		if s.vendor == "" {
			s.vendor = keys.NearestVendor(text)
		}
		if s.vendor == "" && obj != nil {
			s.vendor = f.useVendor(obj)
		}
		if stop || (s.vendor != "" && !first) {
			return s
		}
		cur = parent
	}
}

func fixableEdge(ek edge.Kind) bool {
	switch ek {
	case edge.CallExpr_Args, edge.KeyValueExpr_Value, edge.AssignStmt_Rhs, edge.ValueSpec_Values,
		edge.ReturnStmt_Results, edge.CompositeLit_Elts:
		return true
	}
	return false
}

func inConstDecl(c inspector.Cursor) bool {
	for p := range c.Enclosing((*ast.GenDecl)(nil)) {
		return p.Node().(*ast.GenDecl).Tok == token.CONST
	}
	return false
}

// describe renders the node a key flows into as text for keys.NearestVendor
// (package paths, type and field names, constant arguments), a description for
// the message, the variable it is bound to (if any), and whether the walk stops.
func (f *finderState) describe(parent inspector.Cursor, ek edge.Kind, idx int) (text, where string, obj types.Object, stop bool) {
	info := f.pass.TypesInfo
	switch n := parent.Node().(type) {
	case *ast.CallExpr:
		if ek != edge.CallExpr_Args {
			return "", "", nil, false
		}
		fn := gorules.CalleeFunc(info, n)
		if fn == nil {
			return "", "", nil, false // a conversion: look further out
		}
		var b strings.Builder
		b.WriteString(funcText(fn))
		for _, a := range n.Args[:idx] {
			if v, ok := gorules.ConstString(info, a); ok {
				b.WriteString(" " + v)
			}
		}
		if isPointerHelper(fn) {
			return b.String(), "", nil, false // clerk.String(…): describe where the pointer goes
		}
		return b.String(), "passed to " + shortFunc(fn), nil, false
	case *ast.KeyValueExpr:
		if ek != edge.KeyValueExpr_Value {
			return "", "", nil, true
		}
		lit, _ := parent.Parent().Node().(*ast.CompositeLit)
		typ := ""
		if lit != nil {
			typ = typeText(info.TypeOf(lit))
		}
		key := types.ExprString(n.Key)
		if v, ok := gorules.ConstString(info, n.Key); ok {
			key = v
		}
		return typ + "." + key, "in " + shortType(info.TypeOf(lit)) + "{" + key + ": …}", nil, false
	case *ast.CompositeLit:
		return typeText(info.TypeOf(n)), "in " + shortType(info.TypeOf(n)) + "{…}", nil, false
	case *ast.AssignStmt:
		if ek != edge.AssignStmt_Rhs {
			return "", "", nil, true
		}
		i := idx
		if len(n.Lhs) != len(n.Rhs) {
			i = 0
		}
		lhs := n.Lhs[i]
		if id, ok := lhs.(*ast.Ident); ok {
			obj = info.ObjectOf(id)
		}
		return f.lhsText(lhs), "assigned to " + types.ExprString(lhs), obj, true
	case *ast.ValueSpec:
		if ek != edge.ValueSpec_Values || len(n.Names) == 0 {
			return "", "", nil, true
		}
		id := n.Names[min(idx, len(n.Names)-1)]
		kind := "var"
		if inConstDecl(parent) {
			kind = "const"
		}
		return id.Name, kind + " " + id.Name, info.Defs[id], true
	case *ast.ReturnStmt:
		for fc := range parent.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
			if fd, ok := fc.Node().(*ast.FuncDecl); ok {
				return fd.Name.Name, "returned by " + fd.Name.Name, nil, true
			}
			break
		}
		return "", "returned", nil, true
	case ast.Stmt, ast.Decl, *ast.FuncLit:
		return "", "", nil, true
	}
	return "", "", nil, false
}

// lhsText names an assignment target with its package or type:
// stripe.Key → "stripe.Key", cfg.ClerkKey → "config.Config.ClerkKey".
func (f *finderState) lhsText(e ast.Expr) string {
	info := f.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if id, ok := x.X.(*ast.Ident); ok {
			if pn, ok := info.Uses[id].(*types.PkgName); ok {
				return pkgText(pn.Imported()) + "." + x.Sel.Name
			}
		}
		return typeText(info.TypeOf(x.X)) + "." + x.Sel.Name
	case *ast.IndexExpr:
		if v, ok := gorules.ConstString(info, x.Index); ok {
			return f.lhsText(x.X) + "[" + v + "]"
		}
		return f.lhsText(x.X)
	}
	return types.ExprString(e)
}

// useVendor is the vendor of the first use of obj that names one.
func (f *finderState) useVendor(obj types.Object) string {
	if f.uses == nil {
		f.uses = map[types.Object][]inspector.Cursor{}
		for c := range f.in.Root().Preorder((*ast.Ident)(nil)) {
			if o := f.pass.TypesInfo.Uses[c.Node().(*ast.Ident)]; o != nil {
				if _, ok := o.(*types.Var); ok {
					f.uses[o] = append(f.uses[o], c)
				} else if _, ok := o.(*types.Const); ok {
					f.uses[o] = append(f.uses[o], c)
				}
			}
		}
	}
	for _, u := range f.uses[obj] {
		cur := u
		for {
			parent := cur.Parent()
			if parent.Node() == nil {
				break
			}
			ek, idx := cur.ParentEdge()
			text, _, _, stop := f.describe(parent, ek, idx)
			if v := keys.NearestVendor(text); v != "" {
				return v
			}
			if stop {
				break
			}
			cur = parent
		}
	}
	return ""
}

// funcText is a function's name qualified for keys.NearestVendor, e.g.
// "clerk.SetKey", "svix.NewWebhook" or "os.Setenv".
func funcText(fn *types.Func) string {
	q := pkgText(fn.Pkg())
	if r := gorules.RecvTypeName(fn); r != "" {
		return q + "." + r + "." + fn.Name()
	}
	return q + "." + fn.Name()
}

// pkgText names a package for keys.NearestVendor: the Clerk and Svix SDKs by
// vendor, others by package name. Never by full path: a project path such as
// github.com/acme/clerk-demo says nothing about what one struct field holds.
func pkgText(p *types.Package) string {
	switch {
	case p == nil:
		return ""
	case gorules.IsClerkSDKPath(p.Path()):
		return "clerk"
	case gorules.IsSvixPath(p.Path()):
		return "svix"
	}
	return p.Name()
}

// typeText is a type qualified like funcText: "clerk.BackendConfig",
// "map[string]string".
func typeText(t types.Type) string {
	if t == nil {
		return ""
	}
	return types.TypeString(t, pkgText)
}

// isPointerHelper reports whether fn has the shape func(v T) *T, like clerk.String.
func isPointerHelper(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	p, ok := sig.Results().At(0).Type().(*types.Pointer)
	return ok && types.Identical(p.Elem(), sig.Params().At(0).Type())
}

func shortFunc(fn *types.Func) string {
	if r := gorules.RecvTypeName(fn); r != "" {
		return r + "." + fn.Name()
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

func shortType(t types.Type) string {
	if t == nil {
		return ""
	}
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// getenvEdits replaces e with os.Getenv(env), importing "os" when the file does
// not; nil when "os" names something else at e.
func (f *finderState) getenvEdits(e ast.Expr, env string) []analysis.TextEdit {
	file := f.fileOf(e.Pos())
	if file == nil {
		return nil
	}
	osName, imported := "", false
	for _, imp := range file.Imports {
		if imp.Path.Value == `"os"` {
			switch {
			case imp.Name == nil:
				osName, imported = "os", true
			case imp.Name.Name != "_" && imp.Name.Name != ".":
				osName, imported = imp.Name.Name, true
			}
		}
	}
	if !imported {
		osName = "os"
	}
	// The name must resolve to the os package (or to nothing, before we import it).
	if scope := f.pass.Pkg.Scope().Innermost(e.Pos()); scope != nil {
		if _, obj := scope.LookupParent(osName, e.Pos()); obj != nil {
			if pn, ok := obj.(*types.PkgName); !ok || pn.Imported().Path() != "os" {
				return nil
			}
		}
	}
	edits := []analysis.TextEdit{{
		Pos:     e.Pos(),
		End:     e.End(),
		NewText: fmt.Appendf(nil, "%s.Getenv(%q)", osName, env),
	}}
	if !imported {
		edits = append(edits, importEdits(file)...)
	}
	return edits
}

// importEdits add `"os"` to the file's first import declaration (parenthesising
// a single import), or a new declaration after the package clause.
func importEdits(file *ast.File) []analysis.TextEdit {
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT || len(gd.Specs) == 0 {
			break
		}
		if gd.Lparen.IsValid() {
			return []analysis.TextEdit{{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t\"os\"")}}
		}
		spec := gd.Specs[0]
		return []analysis.TextEdit{
			{Pos: spec.Pos(), End: spec.Pos(), NewText: []byte("(\n\t\"os\"\n\t")},
			{Pos: spec.End(), End: spec.End(), NewText: []byte("\n)")},
		}
	}
	return []analysis.TextEdit{{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport \"os\"")}}
}

func (f *finderState) fileOf(pos token.Pos) *ast.File {
	for _, file := range f.pass.Files {
		if file.FileStart <= pos && pos <= file.FileEnd {
			return file
		}
	}
	return nil
}
