// Package secrets reports CLK008: a Clerk secret read from the environment
// (os.Getenv("CLERK_SECRET_KEY"), a config field tagged or assigned with it, a
// function returning it) that reaches a log call, fmt.Print*, fmt.Errorf,
// http.Error, ResponseWriter.Write or a JSON encoder.
//
// Within a function the flow is tracked flow-insensitively through locals,
// string building (+, fmt.Sprint*, strings.*, conversions) and composite
// literals. Across functions and packages the secret travels as a fact on the
// struct field, package variable or function that carries it, so
// log.Println(cfg.ClerkSecretKey) in main is reported when package config filled
// the field from the environment.
package secrets

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// New returns the CLK008 analyzer, reading secret-names and whole-names from
// CLK008's params in the settings' rule set.
func New(s gorules.Settings) *analysis.Analyzer {
	names := sync.OnceValues(func() (*keys.SecretNames, error) { return Names(s) })
	a := gorules.NewAnalyzer(ruleid.SecretLoggedOrReturned, func(pass *analysis.Pass) (any, error) { return run(pass, names) }, inspect.Analyzer)
	a.FactTypes = []analysis.Fact{new(CarriesSecret)}
	return a
}

// CarriesSecret marks a struct field, package variable or function (its result)
// that holds a Clerk secret; Origin says where it came from, for the message.
type CarriesSecret struct{ Origin string }

// AFact marks CarriesSecret as an analysis fact.
func (*CarriesSecret) AFact() {}

func (f *CarriesSecret) String() string { return "carriesSecret(" + f.Origin + ")" }

// Names compiles CLK008's secret-names and whole-names, with CLK003's
// convention (keys.SecretNames): MYAPP_CLERK_SECRET_KEY counts.
func Names(s gorules.Settings) (*keys.SecretNames, error) {
	r := s.Rules().Get(ruleid.SecretLoggedOrReturned)
	if r == nil {
		var err error
		if r, err = gorules.Rule(ruleid.SecretLoggedOrReturned); err != nil {
			return nil, err
		}
	}
	var p struct {
		SecretNames []string `yaml:"secret-names"`
		WholeNames  []string `yaml:"whole-names"`
	}
	if err := r.DecodeParams(&p); err != nil {
		return nil, err
	}
	n, err := keys.NewSecretNames(p.SecretNames, p.WholeNames)
	if err != nil {
		return nil, fmt.Errorf("rule %s: params.secret-names: %w", ruleid.SecretLoggedOrReturned, err)
	}
	return n, nil
}

// MayName reports whether Go source may name a Clerk secret the way CLK008
// follows one: an env variable, a config key (clerk.secret-key) or a struct
// tag, in env spelling. Source that does not cannot hold a secret CLK008
// knows of, except through a name built from pieces ("CLERK_" + "SECRET_KEY").
func MayName(names *keys.SecretNames, src []byte) bool {
	return names.Mentioned(bytes.ToUpper(envSpellingBytes(src)))
}

func envSpellingBytes(src []byte) []byte {
	out := bytes.Clone(src)
	for i, c := range out {
		if c == '.' || c == '-' {
			out[i] = '_'
		}
	}
	return out
}

// envSpelling turns a config key into env spelling (clerk.secret-key →
// clerk_secret_key before upper-casing); built once, safe for concurrent use.
var envSpelling = strings.NewReplacer(".", "_", "-", "_")

// isSecretName reports whether an env variable or config key names a Clerk
// secret. Config keys are compared in env spelling: clerk.secret-key → CLERK_SECRET_KEY.
func isSecretName(names *keys.SecretNames, name string) bool {
	return names.Match(strings.ToUpper(envSpelling.Replace(name)))
}

// sinkPaths are the packages through which a value reaches a log, an error or a
// response. A package importing none of them cannot leak the secret itself.
var sinkPaths = []string{"log", "log/slog", "fmt", "net/http", "encoding/json", "io",
	"github.com/sirupsen/logrus", "go.uber.org/zap", "github.com/rs/zerolog"}

func run(pass *analysis.Pass, secretNames func() (*keys.SecretNames, error)) (any, error) {
	names, err := secretNames()
	if err != nil {
		return nil, err
	}
	s := &state{
		pass:   pass,
		names:  names,
		local:  map[types.Object]string{},
		global: map[types.Object]string{},
	}
	// Fast exit: no constant names a Clerk secret, no struct tag does, and no
	// imported package exported a carrier: nothing here can hold the secret.
	if !s.mentionsSecret() {
		return nil, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	s.taintTags(in)
	s.propagate(in)
	for obj, origin := range s.global {
		if obj.Pkg() == pass.Pkg {
			pass.ExportObjectFact(obj, &CarriesSecret{Origin: origin})
		}
	}
	// Facts are exported; reporting needs a sink package.
	if !gorules.ImportsPath(pass.Pkg, func(p string) bool {
		for _, sp := range sinkPaths {
			if p == sp || strings.HasPrefix(p, sp+"/") {
				return true
			}
		}
		return false
	}) {
		return nil, nil
	}
	s.report(in)
	return nil, nil
}

type state struct {
	pass  *analysis.Pass
	names *keys.SecretNames
	// local holds function-local variables carrying the secret; global holds this
	// package's fields, package variables and functions (exported as facts).
	local  map[types.Object]string
	global map[types.Object]string
	// reported avoids reporting one argument twice (nested sinks).
	reported map[token.Pos]bool
}

func (s *state) mentionsSecret() bool {
	for _, tv := range s.pass.TypesInfo.Types {
		if tv.Value != nil && tv.Value.Kind() == constant.String && isSecretName(s.names, constant.StringVal(tv.Value)) {
			return true
		}
	}
	for _, f := range s.pass.Files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				found := false
				ast.Inspect(gd, func(n ast.Node) bool {
					if fl, ok := n.(*ast.Field); ok && fl.Tag != nil && s.tagNamesSecret(fl.Tag.Value) {
						found = true
					}
					return !found
				})
				if found {
					return true
				}
			}
		}
	}
	return len(s.pass.AllObjectFacts()) > 0
}

// tagNamesSecret reports whether a struct tag (`env:"CLERK_SECRET_KEY"`,
// `mapstructure:"clerk_secret_key"`) names a Clerk secret.
func (s *state) tagNamesSecret(raw string) bool {
	unquoted, err := strconv.Unquote(raw)
	if err != nil {
		return false
	}
	tag := reflect.StructTag(unquoted)
	for _, key := range []string{"env", "envconfig", "mapstructure", "yaml", "json", "toml", "koanf", "split_words"} {
		if v, ok := tag.Lookup(key); ok {
			if name := strings.Split(v, ",")[0]; name != "" && isSecretName(s.names, name) {
				return true
			}
		}
	}
	return false
}

// taintTags marks struct fields whose tag names a secret.
func (s *state) taintTags(in *inspector.Inspector) {
	for c := range in.Root().Preorder((*ast.Field)(nil)) {
		fl := c.Node().(*ast.Field)
		if fl.Tag == nil || !s.tagNamesSecret(fl.Tag.Value) {
			continue
		}
		for _, n := range fl.Names {
			if obj := s.pass.TypesInfo.Defs[n]; obj != nil {
				s.global[obj] = fieldName(obj)
			}
		}
	}
}

func fieldName(obj types.Object) string {
	if v, ok := obj.(*types.Var); ok && v.IsField() {
		if owner := fieldOwner(v); owner != "" {
			return owner + "." + v.Name()
		}
	}
	return obj.Name()
}

// fieldOwner finds the named struct type declaring field v, for messages.
func fieldOwner(v *types.Var) string {
	if v.Pkg() == nil {
		return ""
	}
	scope := v.Pkg().Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i) == v {
					return tn.Name()
				}
			}
		}
	}
	return ""
}

// propagate computes, to a fixed point, which locals, fields, package variables
// and functions carry the secret. Rounds are bounded: each round can only add
// carriers, and real code converges in two or three.
func (s *state) propagate(in *inspector.Inspector) {
	for round := 0; round < 6; round++ {
		before := len(s.local) + len(s.global)
		for c := range in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil), (*ast.ReturnStmt)(nil)) {
			switch n := c.Node().(type) {
			case *ast.AssignStmt:
				s.assign(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				s.assign(lhs, n.Values)
			case *ast.CompositeLit:
				s.compositeFields(n)
			case *ast.ReturnStmt:
				s.returns(c, n)
			}
		}
		if len(s.local)+len(s.global) == before {
			return
		}
	}
}

func (s *state) assign(lhs, rhs []ast.Expr) {
	if len(lhs) == len(rhs) {
		for i := range lhs {
			if o := s.tainted(rhs[i]); o != "" {
				s.mark(lhs[i], o)
			}
		}
		return
	}
	if len(rhs) == 1 && len(lhs) > 0 {
		// v, ok := os.LookupEnv(name); v, err := loadSecret()
		if o := s.tainted(rhs[0]); o != "" {
			s.mark(lhs[0], o)
		}
	}
}

func (s *state) mark(e ast.Expr, origin string) {
	info := s.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj := info.ObjectOf(x)
		if obj == nil || x.Name == "_" {
			return
		}
		if v, ok := obj.(*types.Var); ok && v.Parent() == s.pass.Pkg.Scope() {
			s.setGlobal(obj, origin)
		} else if _, seen := s.local[obj]; !seen {
			s.local[obj] = origin
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
			s.setGlobal(sel.Obj(), origin)
		} else if obj := info.Uses[x.Sel]; obj != nil {
			s.setGlobal(obj, origin) // pkg.Var
		}
	case *ast.IndexExpr:
		s.mark(x.X, origin)
	case *ast.StarExpr:
		s.mark(x.X, origin)
	}
}

// setGlobal records a carrier of this package; objects of other packages are
// known only through their facts.
func (s *state) setGlobal(obj types.Object, origin string) {
	if obj.Pkg() != s.pass.Pkg {
		return
	}
	if _, seen := s.global[obj]; !seen {
		if v, ok := obj.(*types.Var); ok && v.IsField() {
			origin = fieldName(obj)
		}
		s.global[obj] = origin
	}
}

// compositeFields marks struct fields initialised with the secret:
// Config{ClerkSecretKey: os.Getenv("CLERK_SECRET_KEY")}.
func (s *state) compositeFields(lit *ast.CompositeLit) {
	st, ok := s.pass.TypesInfo.TypeOf(lit).Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if o := s.tainted(kv.Value); o != "" {
					if obj := s.pass.TypesInfo.ObjectOf(id); obj != nil {
						s.setGlobal(obj, o)
					}
				}
			}
		} else if i < st.NumFields() {
			if o := s.tainted(el); o != "" {
				s.setGlobal(st.Field(i), o)
			}
		}
	}
}

// returns marks the enclosing named function when it returns the secret.
func (s *state) returns(c inspector.Cursor, ret *ast.ReturnStmt) {
	for fc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fd, ok := fc.Node().(*ast.FuncDecl)
		if !ok {
			return // a closure's result is not the named function's
		}
		for _, r := range ret.Results {
			if o := s.tainted(r); o != "" {
				if obj := s.pass.TypesInfo.Defs[fd.Name]; obj != nil {
					s.setGlobal(obj, o)
				}
				return
			}
		}
		return
	}
}

// carrier returns the origin recorded for obj here or in a fact.
func (s *state) carrier(obj types.Object) string {
	if obj == nil {
		return ""
	}
	if o, ok := s.local[obj]; ok {
		return o
	}
	if o, ok := s.global[obj]; ok {
		return o
	}
	if obj.Pkg() != nil && obj.Pkg() != s.pass.Pkg {
		var f CarriesSecret
		if s.pass.ImportObjectFact(obj, &f) {
			return f.Origin
		}
	}
	return ""
}

// tainted returns where the secret in e comes from, or "".
func (s *state) tainted(e ast.Expr) string {
	info := s.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return s.carrier(info.ObjectOf(x))
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil {
			if sel.Kind() == types.FieldVal {
				return s.carrier(sel.Obj())
			}
			return ""
		}
		return s.carrier(info.Uses[x.Sel])
	case *ast.StarExpr:
		return s.tainted(x.X)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return s.tainted(x.X)
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			if o := s.tainted(x.X); o != "" {
				return o
			}
			return s.tainted(x.Y)
		}
	case *ast.CompositeLit:
		// A struct literal carries the secret in its fields (marked by
		// compositeFields, judged per field by typeCarries); maps and slices as a whole.
		if _, ok := info.TypeOf(x).Underlying().(*types.Struct); ok {
			return ""
		}
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if o := s.tainted(el); o != "" {
				return o
			}
		}
	case *ast.CallExpr:
		return s.callTaint(x)
	}
	return ""
}

// callTaint: a source call, a call of a function carrying the secret, a
// conversion, or a string-building call with a tainted argument.
func (s *state) callTaint(call *ast.CallExpr) string {
	info := s.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return s.tainted(call.Args[0]) // string(b), []byte(key)
		}
		return ""
	}
	fn := gorules.CalleeFunc(info, call)
	if fn == nil {
		return ""
	}
	if name, ok := s.sourceName(fn, call); ok {
		return name
	}
	if o := s.carrier(fn); o != "" {
		return o
	}
	if isSink(fn) {
		return "" // reported at the sink itself, not again around it
	}
	if propagates(fn) {
		for _, a := range call.Args {
			if o := s.tainted(a); o != "" {
				return o
			}
			if marshals(fn) {
				if o := s.typeCarries(info.TypeOf(a), true); o != "" {
					return o
				}
			}
		}
	}
	return ""
}

// sourceName recognises os.Getenv("CLERK_SECRET_KEY"), os.LookupEnv and
// config getters (viper.GetString("clerk.secret_key"), env.Get(...)).
func (s *state) sourceName(fn *types.Func, call *ast.CallExpr) (string, bool) {
	if len(call.Args) == 0 {
		return "", false
	}
	name, ok := gorules.ConstString(s.pass.TypesInfo, call.Args[0])
	if !ok || !isSecretName(s.names, name) {
		return "", false
	}
	switch {
	case gorules.IsPkgFunc(fn, "os", "Getenv", "LookupEnv"), gorules.IsPkgFunc(fn, "syscall", "Getenv"):
		return name, true
	case strings.HasPrefix(fn.Name(), "Get") || strings.HasPrefix(fn.Name(), "MustGet") || strings.HasPrefix(fn.Name(), "Lookup"):
		res := fn.Signature().Results()
		if res.Len() > 0 && isStringish(res.At(0).Type()) {
			return name, true
		}
	}
	return "", false
}

func isStringish(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// propagates lists functions whose result carries their arguments' content.
func propagates(fn *types.Func) bool {
	switch gorules.FuncPath(fn) {
	case "fmt":
		return strings.HasPrefix(fn.Name(), "Sprint") || fn.Name() == "Append" || fn.Name() == "Appendf"
	case "strings", "bytes":
		res := fn.Signature().Results()
		return res.Len() > 0 && isStringish(res.At(0).Type())
	case "errors":
		return fn.Name() == "New" || fn.Name() == "Join"
	case "strconv":
		return strings.HasPrefix(fn.Name(), "Quote")
	case "encoding/base64", "encoding/hex":
		return strings.HasPrefix(fn.Name(), "Encode")
	case "encoding/json":
		return fn.Name() == "Marshal" || fn.Name() == "MarshalIndent"
	}
	// clerk.String(key) and other func(v T) *T helpers.
	sig := fn.Signature()
	if sig.Params().Len() == 1 && sig.Results().Len() == 1 {
		if p, ok := sig.Results().At(0).Type().(*types.Pointer); ok && types.Identical(p.Elem(), sig.Params().At(0).Type()) {
			return true
		}
	}
	return false
}

func marshals(fn *types.Func) bool {
	return gorules.FuncPath(fn) == "encoding/json" && strings.HasPrefix(fn.Name(), "Marshal")
}

// sink describes a function through which a value leaves the program.
type sink struct {
	name string
	// json: only exported fields without json:"-" are written.
	json bool
	// args limits the reported argument indexes (nil: all).
	args []int
	kind sinkKind
	// writer: the first argument is an io.Writer; an http.ResponseWriter makes
	// the call a response sink, anything else (os.Stderr, a file) a log.
	writer bool
}

type sinkKind uint8

const (
	toLog sinkKind = iota
	toError
	toResponse
	toEncoder // an encoder writing somewhere other than a known response
)

func isSink(fn *types.Func) bool {
	_, ok := sinkOf(fn)
	return ok
}

// sinkOf classifies fn as a log, error or response sink.
func sinkOf(fn *types.Func) (sink, bool) {
	path := gorules.FuncPath(fn)
	name := shortName(fn)
	switch {
	case path == "log", path == "log/slog":
		return sink{name: name, kind: toLog}, true
	case path == "fmt":
		switch fn.Name() {
		case "Print", "Printf", "Println":
			return sink{name: name, kind: toLog}, true
		case "Fprint", "Fprintf", "Fprintln":
			return sink{name: name, kind: toLog, args: []int{1, 2, 3, 4, 5, 6, 7, 8, 9}, writer: true}, true
		case "Errorf":
			return sink{name: name, kind: toError}, true
		}
	case gorules.IsPkgFunc(fn, "io", "WriteString"):
		return sink{name: name, kind: toLog, args: []int{1}, writer: true}, true
	case gorules.IsPkgFunc(fn, "net/http", "Error"):
		return sink{name: name, kind: toResponse, args: []int{1}}, true
	case gorules.IsMethod(fn, "net/http", "ResponseWriter", "Write"):
		return sink{name: name, kind: toResponse}, true
	case gorules.IsMethod(fn, "encoding/json", "Encoder", "Encode"):
		return sink{name: "json.Encoder.Encode", kind: toEncoder, json: true}, true
	case path == "github.com/sirupsen/logrus", strings.HasPrefix(path, "go.uber.org/zap"), strings.HasPrefix(path, "github.com/rs/zerolog"):
		return sink{name: name, kind: toLog}, true
	}
	return sink{}, false
}

func shortName(fn *types.Func) string {
	if r := gorules.RecvTypeName(fn); r != "" {
		return r + "." + fn.Name()
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// typeCarries reports whether a value of type t (a struct or pointer to one)
// has a field carrying the secret; for JSON only exported fields not tagged "-"
// count, and types with their own String/MarshalJSON are trusted.
func (s *state) typeCarries(t types.Type, forJSON bool) string {
	if t == nil {
		return ""
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	custom := "String"
	if forJSON {
		custom = "MarshalJSON"
	}
	if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, custom); obj != nil {
		if _, isFunc := obj.(*types.Func); isFunc {
			return ""
		}
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if forJSON {
			if !f.Exported() || strings.Split(reflect.StructTag(st.Tag(i)).Get("json"), ",")[0] == "-" {
				continue
			}
		}
		if o := s.carrier(f); o != "" {
			return o
		}
	}
	return ""
}

// report finds sink calls with a tainted argument.
func (s *state) report(in *inspector.Inspector) {
	s.reported = map[token.Pos]bool{}
	info := s.pass.TypesInfo
	for c := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn := gorules.CalleeFunc(info, call)
		if fn == nil {
			continue
		}
		sk, ok := sinkOf(fn)
		if !ok {
			continue
		}
		if sk.writer && len(call.Args) > 0 && isResponseWriter(info.TypeOf(call.Args[0])) {
			sk.kind = toResponse
		}
		if sk.json && encodesToResponse(info, call) {
			sk.kind = toResponse
		}
		for i, a := range call.Args {
			if sk.args != nil && !containsInt(sk.args, i) {
				continue
			}
			o := s.tainted(a)
			if o == "" && (sk.kind == toLog || sk.kind == toError || sk.json) {
				// fmt/log print every field with %v; JSON prints exported ones.
				o = s.typeCarries(info.TypeOf(a), sk.json)
			}
			if o == "" || s.reported[a.Pos()] {
				continue
			}
			s.reported[a.Pos()] = true
			s.pass.Report(analysis.Diagnostic{Pos: a.Pos(), End: a.End(), Message: message(o, sk)})
		}
	}
}

func message(origin string, sk sink) string {
	switch sk.kind {
	case toError:
		return fmt.Sprintf("clerk secret from %s is put into an error by %s: errors end up in logs and responses, leave the secret out", origin, sk.name)
	case toResponse:
		return fmt.Sprintf("clerk secret from %s is written to the HTTP response by %s: never send the secret to clients", origin, sk.name)
	case toEncoder:
		return fmt.Sprintf("clerk secret from %s is serialised by %s: keep it out of encoded output (json:\"-\" on the field)", origin, sk.name)
	}
	return fmt.Sprintf("clerk secret from %s reaches %s: log whether it is set, never its value", origin, sk.name)
}

// encodesToResponse reports whether an Encode call's receiver is
// json.NewEncoder(w) with w an http.ResponseWriter.
func encodesToResponse(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || len(inner.Args) != 1 || !gorules.IsPkgFunc(gorules.CalleeFunc(info, inner), "encoding/json", "NewEncoder") {
		return false
	}
	return isResponseWriter(info.TypeOf(inner.Args[0]))
}

func isResponseWriter(t types.Type) bool {
	return t != nil && gorules.IsNamedType(t, "net/http", "ResponseWriter")
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
