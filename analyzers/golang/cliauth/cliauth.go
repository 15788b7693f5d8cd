// Package cliauth checks the seed guide's "CLI Authentication for Your App" flow:
// the CLI opens the browser to sign in, the backend mints a JWT from a Clerk JWT
// template (about seven days), the browser redirects to the CLI's local server
// with the token, and the CLI stores it in the OS keychain.
//
//   - CLK601: the token is written to a plain file (os.WriteFile, os.Create +
//     Write, ioutil.WriteFile, an encoder over an *os.File) instead of a keychain.
//   - CLK602: the local callback server listens on all interfaces (":8080",
//     "0.0.0.0:…") instead of loopback; the fix rewrites the address.
//   - CLK603: jwttemplate.Create/Update sets a Lifetime above
//     gorules.Settings.TokenLifetime(); the fix caps it.
//
// CLK601 and CLK602 only judge packages that do the CLI side of the flow: they
// open a browser or read a token from a callback request (r.URL.Query().Get("token")).
// A web server listening on ":8080" is not a CLI callback.
package cliauth

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// NewTokenFile returns the CLK601 analyzer.
func NewTokenFile(gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.CLITokenInPlainFile, runTokenFile, flow, inspect.Analyzer)
}

// NewCallbackListen returns the CLK602 analyzer.
func NewCallbackListen(gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.CLICallbackOnAllInterfaces, runCallbackListen, flow, inspect.Analyzer)
}

// NewTokenLifetime returns the CLK603 analyzer with the threshold of s.
func NewTokenLifetime(s gorules.Settings) *analysis.Analyzer {
	max := s.TokenLifetime()
	return gorules.NewAnalyzer(ruleid.LongLivedTokenTemplate, func(pass *analysis.Pass) (any, error) {
		return runTokenLifetime(pass, max)
	}, inspect.Analyzer)
}

// Flow is what the flow analyzer learns about one package: whether it performs
// the CLI side of a browser sign-in, and which variables hold the token.
type Flow struct {
	// OpensBrowser is the first call that opens a browser, if any.
	OpensBrowser ast.Node
	// ReadsCallbackToken is the first read of a token from a callback request.
	ReadsCallbackToken ast.Node
	// token holds variables assigned from the callback token.
	token map[types.Object]bool
}

// IsCLIAuth reports whether the package performs the CLI side of the flow.
func (f *Flow) IsCLIAuth() bool { return f.OpensBrowser != nil || f.ReadsCallbackToken != nil }

var flow = &analysis.Analyzer{
	Name:       "clerkcliflow",
	Doc:        "find the CLI side of a browser sign-in: browser opening, callback token reads and the variables holding the token (shared by CLK601, CLK602)",
	Run:        runFlow,
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Flow](),
}

// browserOpeners are libraries that open the default browser.
var browserOpeners = []string{
	"github.com/pkg/browser",
	"github.com/cli/browser",
	"github.com/skratchdot/open-golang/open",
	"github.com/toqueteos/webbrowser",
}

// browserCommands are the OS commands exec'd to open a URL.
var browserCommands = map[string]bool{"open": true, "xdg-open": true, "rundll32": true, "explorer": true, "explorer.exe": true, "wslview": true, "sensible-browser": true}

// FlowImport reports whether a package the CLI side of the flow needs is
// path: opening a browser needs os/exec or a browser library, reading a
// callback needs net/http or net/url.
func FlowImport(path string) bool {
	if path == "os/exec" || path == "net/http" || path == "net/url" {
		return true
	}
	for _, b := range browserOpeners {
		if path == b || strings.HasPrefix(path, b+"/") {
			return true
		}
	}
	return false
}

func runFlow(pass *analysis.Pass) (any, error) {
	f := &Flow{token: map[types.Object]bool{}}
	// Fast exit: without one of FlowImport's packages there is no CLI flow here.
	if !gorules.ImportsPath(pass.Pkg, FlowImport) {
		return f, nil
	}
	info := pass.TypesInfo
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for c := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn := gorules.CalleeFunc(info, call)
		if fn == nil {
			continue
		}
		if f.OpensBrowser == nil && opensBrowser(info, fn, call) {
			f.OpensBrowser = call
		}
		if isCallbackTokenRead(info, fn, call) {
			if f.ReadsCallbackToken == nil {
				f.ReadsCallbackToken = call
			}
		}
	}
	// Variables holding the callback token (token := q.Get("token"); t := token).
	for round := 0; round < 4; round++ {
		n := len(f.token)
		for c := range in.Root().Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.SendStmt)(nil)) {
			var lhs, rhs []ast.Expr
			switch s := c.Node().(type) {
			case *ast.SendStmt:
				// ch <- r.URL.Query().Get("token"): the channel carries the token.
				lhs, rhs = []ast.Expr{s.Chan}, []ast.Expr{s.Value}
			case *ast.AssignStmt:
				lhs, rhs = s.Lhs, s.Rhs
			case *ast.ValueSpec:
				for _, id := range s.Names {
					lhs = append(lhs, id)
				}
				rhs = s.Values
			}
			if len(lhs) != len(rhs) {
				continue
			}
			for i := range lhs {
				id, ok := lhs[i].(*ast.Ident)
				if !ok || id.Name == "_" {
					continue
				}
				if f.holdsToken(info, rhs[i]) {
					if obj := info.ObjectOf(id); obj != nil {
						f.token[obj] = true
					}
				}
			}
		}
		if len(f.token) == n {
			break
		}
	}
	return f, nil
}

func opensBrowser(info *types.Info, fn *types.Func, call *ast.CallExpr) bool {
	path := gorules.FuncPath(fn)
	for _, b := range browserOpeners {
		if path == b {
			return true
		}
	}
	if gorules.IsPkgFunc(fn, "os/exec", "Command", "CommandContext") {
		args := call.Args
		if fn.Name() == "CommandContext" && len(args) > 0 {
			args = args[1:]
		}
		if len(args) == 0 {
			return false
		}
		name, ok := gorules.ConstString(info, args[0])
		if !ok {
			return false
		}
		if browserCommands[strings.ToLower(name)] {
			return true
		}
		// cmd /c start <url>
		if strings.EqualFold(name, "cmd") || strings.EqualFold(name, "cmd.exe") {
			for _, a := range args[1:] {
				if v, ok := gorules.ConstString(info, a); ok && strings.EqualFold(v, "start") {
					return true
				}
			}
		}
	}
	return false
}

// tokenWord reports whether a name or query key is about a token.
func tokenWord(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "token") || strings.Contains(s, "jwt")
}

// isCallbackTokenRead: r.URL.Query().Get("token"), r.FormValue("token"),
// r.PostFormValue("jwt").
func isCallbackTokenRead(info *types.Info, fn *types.Func, call *ast.CallExpr) bool {
	if len(call.Args) != 1 {
		return false
	}
	if !gorules.IsMethod(fn, "net/url", "Values", "Get") && !gorules.IsMethod(fn, "net/http", "Request", "FormValue", "PostFormValue") {
		return false
	}
	key, ok := gorules.ConstString(info, call.Args[0])
	return ok && tokenWord(key)
}

// holdsToken reports whether e carries the callback token: a read of it, a
// variable holding it, a conversion or concatenation of one.
func (f *Flow) holdsToken(info *types.Info, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj := info.ObjectOf(x)
		if _, isVar := obj.(*types.Var); isVar && tokenWord(x.Name) {
			return true
		}
		return f.token[obj]
	case *ast.UnaryExpr:
		return x.Op == token.ARROW && f.holdsToken(info, x.X) // tok := <-tokens
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return f.holdsToken(info, x.Args[0])
		}
		fn := gorules.CalleeFunc(info, x)
		if fn != nil && isCallbackTokenRead(info, fn, x) {
			return true
		}
		if fn != nil && (gorules.FuncPath(fn) == "strings" || strings.HasPrefix(fn.Name(), "Sprint")) {
			for _, a := range x.Args {
				if f.holdsToken(info, a) {
					return true
				}
			}
		}
	case *ast.BinaryExpr:
		return x.Op == token.ADD && (f.holdsToken(info, x.X) || f.holdsToken(info, x.Y))
	}
	return false
}

// tokenish reports whether e is (or contains) the token: the callback token's
// variables, or a name or field called *token*/*jwt*. For encoders, a struct
// with such a field counts.
func (f *Flow) tokenish(info *types.Info, e ast.Expr) bool {
	if f.holdsToken(info, e) {
		return true
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.Ident:
			if _, isVar := info.ObjectOf(x).(*types.Var); isVar && (tokenWord(x.Name) || f.token[info.ObjectOf(x)]) {
				found = true
			}
		case *ast.BasicLit:
			return false
		}
		return true
	})
	if found {
		return true
	}
	return structHasTokenField(info.TypeOf(e))
}

func structHasTokenField(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if tokenWord(st.Field(i).Name()) {
			return true
		}
	}
	return false
}

// ---- CLK601 ----

func runTokenFile(pass *analysis.Pass) (any, error) {
	f := pass.ResultOf[flow].(*Flow)
	// Not the CLI side of a browser sign-in: files written here are not the token.
	if !f.IsCLIAuth() {
		return nil, nil
	}
	info := pass.TypesInfo
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for c := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn := gorules.CalleeFunc(info, call)
		if fn == nil {
			continue
		}
		data, how := fileWrite(info, fn, call)
		if data == nil || !f.tokenish(info, data) {
			continue
		}
		pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(),
			Message: fmt.Sprintf("cli auth token written to a plain file by %s: store it in the OS keychain instead (e.g. keyring.Set from github.com/zalando/go-keyring)", how)})
	}
	return nil, nil
}

// fileWrite returns the data argument of a call that writes to a file.
func fileWrite(info *types.Info, fn *types.Func, call *ast.CallExpr) (ast.Expr, string) {
	arg := func(i int) ast.Expr {
		if i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	isFile := func(e ast.Expr) bool { return e != nil && gorules.IsNamedType(info.TypeOf(e), "os", "File") }
	switch {
	case gorules.IsPkgFunc(fn, "os", "WriteFile"):
		return arg(1), "os.WriteFile"
	case gorules.IsPkgFunc(fn, "io/ioutil", "WriteFile"):
		return arg(1), "ioutil.WriteFile"
	case gorules.IsMethod(fn, "os", "File", "Write", "WriteString"):
		return arg(0), "File." + fn.Name()
	case gorules.IsPkgFunc(fn, "fmt", "Fprint", "Fprintf", "Fprintln") && isFile(arg(0)):
		if len(call.Args) < 2 {
			return nil, ""
		}
		// Judge the printed values together.
		return &ast.CompositeLit{Elts: call.Args[1:], Lbrace: call.Args[1].Pos(), Rbrace: call.End()}, "fmt." + fn.Name()
	case gorules.IsPkgFunc(fn, "io", "WriteString") && isFile(arg(0)):
		return arg(1), "io.WriteString"
	case gorules.IsMethod(fn, "encoding/json", "Encoder", "Encode"):
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(inner.Args) == 1 && isFile(inner.Args[0]) {
				return arg(0), "json.Encoder.Encode"
			}
		}
	}
	return nil, ""
}

// ---- CLK602 ----

func runCallbackListen(pass *analysis.Pass) (any, error) {
	f := pass.ResultOf[flow].(*Flow)
	// A server in a package that neither opens a browser nor reads a callback
	// token is an ordinary web server, which may well listen on all interfaces.
	if !f.IsCLIAuth() {
		return nil, nil
	}
	info := pass.TypesInfo
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for c := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
		var addr ast.Expr
		switch n := c.Node().(type) {
		case *ast.CallExpr:
			addr = listenAddr(info, n)
		case *ast.KeyValueExpr:
			// &http.Server{Addr: ":8080"}
			if id, ok := n.Key.(*ast.Ident); ok && id.Name == "Addr" {
				if lit, ok := c.Parent().Node().(*ast.CompositeLit); ok && gorules.IsNamedType(info.TypeOf(lit), "net/http", "Server") {
					addr = n.Value
				}
			}
		case *ast.AssignStmt:
			// srv.Addr = ":8080"
			if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				if sel, ok := n.Lhs[0].(*ast.SelectorExpr); ok && sel.Sel.Name == "Addr" && gorules.IsNamedType(info.TypeOf(sel.X), "net/http", "Server") {
					addr = n.Rhs[0]
				}
			}
		}
		if addr != nil {
			checkAddr(pass, addr, 0)
		}
	}
	return nil, nil
}

// listenAddr returns the address argument of a listening call.
func listenAddr(info *types.Info, call *ast.CallExpr) ast.Expr {
	fn := gorules.CalleeFunc(info, call)
	switch {
	case fn == nil:
	case gorules.IsPkgFunc(fn, "net/http", "ListenAndServe", "ListenAndServeTLS") && len(call.Args) > 0:
		return call.Args[0]
	case gorules.IsPkgFunc(fn, "net", "Listen") && len(call.Args) > 1:
		return call.Args[1]
	case gorules.IsMethod(fn, "net", "ListenConfig", "Listen") && len(call.Args) > 2:
		return call.Args[2]
	}
	return nil
}

// checkAddr reports an all-interfaces address, following a local variable to
// its single definition (addr := ":8080"; http.ListenAndServe(addr, nil)).
func checkAddr(pass *analysis.Pass, addr ast.Expr, depth int) {
	info := pass.TypesInfo
	addr = ast.Unparen(addr)
	if id, ok := addr.(*ast.Ident); ok && depth < 3 {
		if _, isConst := info.Uses[id].(*types.Const); !isConst {
			if def := definition(pass, info.Uses[id]); def != nil {
				checkAddr(pass, def, depth+1)
			}
			return
		}
	}
	// The literal that holds the host part: the whole constant, the head of a
	// concatenation, or a Sprintf format.
	head, rest, hostOnly := hostLiteral(info, addr)
	if head == nil {
		return
	}
	v, ok := gorules.ConstString(info, head)
	if !ok {
		return
	}
	if hostOnly {
		// net.JoinHostPort("", port): the literal is the host alone.
		if v != "" && v != "0.0.0.0" && v != "::" {
			return
		}
		reportAddr(pass, addr, head, fmt.Sprintf("%q", v), `"127.0.0.1"`, "127.0.0.1")
		return
	}
	host, port, ok := strings.Cut(v, ":")
	if strings.HasPrefix(v, "[") {
		// [::]:8080
		end := strings.Index(v, "]")
		if end < 0 || len(v) <= end+1 || v[end+1] != ':' {
			return
		}
		host, port, ok = v[1:end], v[end+2:], true
	}
	if !ok || (host != "" && host != "0.0.0.0" && host != "::") {
		return
	}
	reportAddr(pass, addr, head, strconv.Quote(v+rest), strconv.Quote("127.0.0.1:"+port+rest), "127.0.0.1:"+port)
}

// reportAddr reports addr; when the host part is a literal it offers to
// replace that literal with fixed.
func reportAddr(pass *analysis.Pass, addr, head ast.Expr, shown, want, fixed string) {
	d := analysis.Diagnostic{
		Pos: addr.Pos(), End: addr.End(),
		Message: fmt.Sprintf("cli auth callback server listens on all interfaces (%s): listen on loopback (%s) so only this machine can deliver the token", shown, want),
	}
	if lit, ok := head.(*ast.BasicLit); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "listen on 127.0.0.1",
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(fixed))}},
		}}
	}
	pass.Report(d)
}

// hostLiteral returns the constant expression that starts the address, a
// rendering of what follows it ("" for a whole constant, "…" otherwise), and
// whether the constant is the host alone (net.JoinHostPort).
func hostLiteral(info *types.Info, e ast.Expr) (ast.Expr, string, bool) {
	e = ast.Unparen(e)
	if _, ok := gorules.ConstString(info, e); ok {
		return e, "", false
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			h, _, hostOnly := hostLiteral(info, x.X)
			return h, "…", hostOnly
		}
	case *ast.CallExpr:
		fn := gorules.CalleeFunc(info, x)
		if gorules.IsPkgFunc(fn, "fmt", "Sprintf") && len(x.Args) > 0 {
			if _, ok := gorules.ConstString(info, x.Args[0]); ok {
				return x.Args[0], "", false
			}
		}
		if gorules.IsPkgFunc(fn, "net", "JoinHostPort") && len(x.Args) == 2 {
			return x.Args[0], "", true
		}
	}
	return nil, "", false
}

// definition returns the value a local variable is initialised with, when it is
// assigned exactly once.
func definition(pass *analysis.Pass, obj types.Object) ast.Expr {
	v, ok := obj.(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == pass.Pkg.Scope() {
		return nil
	}
	var val ast.Expr
	count := 0
	for _, f := range pass.Files {
		if f.FileStart > v.Pos() || v.Pos() > f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.AssignStmt:
				for i, l := range s.Lhs {
					if id, ok := l.(*ast.Ident); ok && pass.TypesInfo.ObjectOf(id) == obj {
						count++
						if len(s.Lhs) == len(s.Rhs) {
							val = s.Rhs[i]
						}
					}
				}
			case *ast.ValueSpec:
				for i, id := range s.Names {
					if pass.TypesInfo.Defs[id] == obj && i < len(s.Values) && len(s.Names) == len(s.Values) {
						count++
						val = s.Values[i]
					}
				}
			}
			return true
		})
	}
	if count != 1 {
		return nil
	}
	return val
}

// ---- CLK603 ----

func runTokenLifetime(pass *analysis.Pass, max time.Duration) (any, error) {
	const pkg = gorules.ClerkSDKPath + "/jwttemplate"
	// Fast exit: JWT templates are only created or updated through this package.
	if !gorules.ImportsPath(pass.Pkg, func(p string) bool { return p == pkg }) {
		return nil, nil
	}
	info := pass.TypesInfo
	isParams := func(t types.Type) bool {
		return gorules.IsNamedType(t, pkg, "CreateParams") || gorules.IsNamedType(t, pkg, "UpdateParams")
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for c := range in.Root().Preorder((*ast.KeyValueExpr)(nil), (*ast.AssignStmt)(nil)) {
		switch n := c.Node().(type) {
		case *ast.KeyValueExpr:
			id, ok := n.Key.(*ast.Ident)
			if !ok || id.Name != "Lifetime" {
				continue
			}
			if lit, ok := c.Parent().Node().(*ast.CompositeLit); ok && isParams(info.TypeOf(lit)) {
				checkLifetime(pass, n.Value, max)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
				continue
			}
			if sel, ok := n.Lhs[0].(*ast.SelectorExpr); ok && sel.Sel.Name == "Lifetime" && isParams(info.TypeOf(sel.X)) {
				checkLifetime(pass, n.Rhs[0], max)
			}
		}
	}
	return nil, nil
}

// checkLifetime reads the seconds of clerk.Int64(N) (or any one-argument
// helper or conversion around a constant) and reports values above max.
func checkLifetime(pass *analysis.Pass, v ast.Expr, max time.Duration) {
	info := pass.TypesInfo
	call, ok := ast.Unparen(v).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return
	}
	arg := call.Args[0]
	secs, ok := gorules.ConstInt(info, arg)
	limit := int64(max / time.Second)
	if !ok || secs <= limit {
		return
	}
	d := analysis.Diagnostic{Pos: arg.Pos(), End: arg.End(),
		Message: fmt.Sprintf("jwt template lifetime of %s is above the maximum of %s for cli tokens: set Lifetime to at most %d seconds",
			human(secs), human(limit), limit)}
	if secs >= int64(time.Second) && secs%int64(time.Second) == 0 {
		// A unit mistake, not a policy choice: explain it, no mechanical fix.
		d.Message = fmt.Sprintf("jwt template lifetime of %d seconds looks like a time.Duration in nanoseconds: Lifetime is in seconds, set it to at most %d",
			secs, limit)
	} else if !usesImport(info, arg) {
		// Replacing an expression that holds an import's only use would leave
		// the import unused; such expressions get the message alone.
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("cap the lifetime at %d seconds", limit),
			TextEdits: []analysis.TextEdit{{Pos: arg.Pos(), End: arg.End(), NewText: []byte(strconv.FormatInt(limit, 10))}},
		}}
	}
	pass.Report(d)
}

// usesImport reports whether e refers to an imported package (time.Hour).
func usesImport(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if _, ok := info.Uses[id].(*types.PkgName); ok {
				found = true
			}
		}
		return !found
	})
	return found
}

// human renders seconds as days, hours or seconds: "30 days", "12 hours".
func human(secs int64) string {
	switch {
	case secs%86400 == 0:
		return plural(secs/86400, "day")
	case secs%3600 == 0:
		return plural(secs/3600, "hour")
	}
	return plural(secs, "second")
}

func plural(n int64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.FormatInt(n, 10) + " " + unit + "s"
}
