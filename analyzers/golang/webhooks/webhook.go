// Package webhooks checks Clerk webhook endpoints written in Go:
//
//   - CLK301: a webhook handler acts on the payload without a svix signature
//     verification that must succeed first (no verification, wh.Verify's error
//     discarded or not stopping the handler, the body decoded before it is
//     verified, VerifyIgnoringTimestamp).
//   - CLK302: a webhook route sits behind Clerk session protection
//     (RequireHeaderAuthorization), so Svix, which has no session, cannot deliver.
//   - CLK303: an event switch handles user.created/user.updated but no
//     user.deleted, so deleted users' data stays in the app's database.
//
// A function is a webhook handler when it is an HTTP handler (net/http, gin,
// echo) that reads svix-* headers or verifies with svix, that decodes a body
// while naming Clerk event types (user.created, ...), or that is registered at
// a route whose path contains "webhook" in a package using Clerk or Svix.
package webhooks

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// NewUnverified returns the CLK301 analyzer.
func NewUnverified(gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.UnverifiedWebhook, runUnverified, model, inspect.Analyzer)
}

// NewUserDeleted returns the CLK303 analyzer.
func NewUserDeleted(gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.UserDeletedNotHandled, runUserDeleted, model, inspect.Analyzer)
}

// Model is the webhook view of one package, shared by the three rules.
type Model struct {
	// UsesClerkOrSvix is true when the package imports clerk-sdk-go or svix.
	UsesClerkOrSvix bool
	// Handlers are the webhook handlers found, in source order.
	Handlers []*Handler
	// helpers return the error of a svix verification: calling one verifies.
	helpers map[*types.Func]bool
}

// Handler is one webhook handler.
type Handler struct {
	// Node is the *ast.FuncDecl or *ast.FuncLit; Body its body.
	Node ast.Node
	Body *ast.BlockStmt
	// Why says what made it a webhook handler, for messages.
	Why string
	// Route is the registered path containing "webhook", if any.
	Route string
	// WrappedVerified: registered wrapped in a function of this package that
	// verifies the svix signature before calling it (a verifying middleware).
	WrappedVerified bool
}

var model = &analysis.Analyzer{
	Name:       "clerkwebhooks",
	Doc:        "find Go webhook handlers and svix verification helpers (shared by CLK301, CLK302, CLK303)",
	Run:        buildModel,
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	ResultType: reflect.TypeFor[*Model](),
}

// svixHeaders are the headers Svix signs a delivery with (and their unbranded twins).
var svixHeaders = map[string]bool{
	"svix-id": true, "svix-timestamp": true, "svix-signature": true,
	"webhook-id": true, "webhook-timestamp": true, "webhook-signature": true,
}

// clerkEvent matches Clerk webhook event types (clerk-reference §11.1).
var clerkEvent = lazyregexp.New(`^(user|session|email|sms|organization|organizationDomain|organizationMembership|organizationInvitation|role|permission|waitlistEntry|paymentAttempt|subscription|subscriptionItem)\.[a-zA-Z]+$`)

func buildModel(pass *analysis.Pass) (any, error) {
	m := &Model{
		UsesClerkOrSvix: gorules.ImportsPath(pass.Pkg, func(p string) bool { return gorules.IsClerkSDKPath(p) || gorules.IsSvixPath(p) }),
		helpers:         map[*types.Func]bool{},
	}
	// Fast exit: a webhook endpoint is served through net/http or a router.
	if !gorules.ImportsPath(pass.Pkg, gorules.IsHTTPServerPath) {
		return m, nil
	}
	info := pass.TypesInfo
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)

	decls := map[types.Object]*ast.FuncDecl{}
	for c := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		fd := c.Node().(*ast.FuncDecl)
		if obj := info.Defs[fd.Name]; obj != nil && fd.Body != nil {
			decls[obj] = fd
		}
	}
	m.findHelpers(info, decls)
	middleware := m.verifyingFuncs(info, decls)

	// Handler functions and why each is a webhook handler.
	byNode := map[ast.Node]*Handler{}
	var order []ast.Node
	for c := range in.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var typ *ast.FuncType
		var body *ast.BlockStmt
		switch f := c.Node().(type) {
		case *ast.FuncDecl:
			typ, body = f.Type, f.Body
		case *ast.FuncLit:
			typ, body = f.Type, f.Body
		}
		if body == nil || !isHandlerType(info, typ) {
			continue
		}
		h := &Handler{Node: c.Node(), Body: body}
		byNode[c.Node()] = h
		order = append(order, c.Node())
		switch {
		case m.mentionsSvix(info, body):
			h.Why = "svix"
		case mentionsEvents(info, body) && len(acts(info, body)) > 0:
			h.Why = "events"
		}
	}

	// Registrations: a route path containing "webhook", and handlers wrapped in
	// a verifying middleware.
	for c := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		route := ""
		for _, a := range call.Args {
			if v, ok := gorules.ConstString(info, a); ok && strings.Contains(strings.ToLower(v), "webhook") {
				route = v
			}
		}
		wrapper := gorules.CalleeFunc(info, call)
		wrapped := wrapper != nil && middleware[wrapper]
		if route == "" && !wrapped {
			continue
		}
		for _, a := range call.Args {
			for _, hn := range resolveHandlers(info, decls, middleware, a, wrapped) {
				h := byNode[hn.node]
				if h == nil {
					continue
				}
				if hn.verified {
					h.WrappedVerified = true
				}
				if route != "" && h.Route == "" && webhookRoute(route, m.UsesClerkOrSvix, h) {
					h.Route = route
					if h.Why == "" {
						h.Why = "route"
					}
				}
			}
		}
	}
	for _, n := range order {
		if h := byNode[n]; h.Why != "" {
			m.Handlers = append(m.Handlers, h)
		}
	}
	return m, nil
}

// webhookRoute: a path with "webhook" is Clerk's when the package uses Clerk or
// Svix, the path says clerk, or the handler names Clerk events; never when the
// path names another vendor (/webhooks/stripe).
func webhookRoute(path string, usesClerk bool, h *Handler) bool {
	v := keys.NearestVendor(path)
	if keys.IsForeignVendor(v) || namesOtherSender(path) {
		return false
	}
	return usesClerk || v != "" || h.Why != ""
}

// otherSenders are services whose webhooks are signed their own way; a route
// named after one (/webhooks/github) is not Clerk's.
var otherSenders = []string{"stripe", "github", "gitlab", "bitbucket", "slack", "twilio", "paypal", "shopify",
	"sendgrid", "mailgun", "postmark", "resend", "discord", "telegram", "linear", "paddle", "lemonsqueezy",
	"razorpay", "square", "zoom", "intercom", "hubspot", "vercel", "netlify", "sentry", "pagerduty", "jira",
	"docusign", "calendly", "typeform", "revenuecat", "polar", "coinbase", "plaid"}

func namesOtherSender(path string) bool {
	lower := strings.ToLower(path)
	for _, s := range otherSenders {
		if strings.Contains(lower, s) {
			return true
		}
	}
	return false
}

// verifiesOtherwise reports whether a handler checks a signature its own way:
// crypto/hmac, or a signature header that is not Svix's (Stripe-Signature,
// X-Hub-Signature-256). Such a handler, found only by its route, is not a
// Clerk webhook handler.
func verifiesOtherwise(info *types.Info, body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			if fn := gorules.CalleeFunc(info, x); fn != nil && gorules.FuncPath(fn) == "crypto/hmac" {
				found = true
			}
		case *ast.BasicLit:
			if v, ok := gorules.ConstString(info, x); ok {
				l := strings.ToLower(v)
				if strings.Contains(l, "signature") && !svixHeaders[l] {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// isHandlerType: func(http.ResponseWriter, *http.Request), func(*gin.Context),
// func(echo.Context) error.
func isHandlerType(info *types.Info, ft *ast.FuncType) bool {
	if ft == nil || ft.Params == nil {
		return false
	}
	var w, r bool
	for _, f := range ft.Params.List {
		t := info.TypeOf(f.Type)
		switch {
		case t == nil:
		case gorules.IsNamedType(t, "net/http", "ResponseWriter"):
			w = true
		case gorules.IsNamedType(t, "net/http", "Request"):
			r = true
		case isFrameworkContext(t):
			return true
		}
	}
	return w && r
}

func isFrameworkContext(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	path, name := named.Obj().Pkg().Path(), named.Obj().Name()
	switch {
	case strings.HasPrefix(path, "github.com/gin-gonic/gin") && name == "Context",
		strings.HasPrefix(path, "github.com/labstack/echo") && name == "Context",
		strings.HasPrefix(path, "github.com/gofiber/fiber") && name == "Ctx":
		return true
	}
	return false
}

// mentionsSvix: the body names a svix-* header or calls the svix verifier or a
// verification helper.
func (m *Model) mentionsSvix(info *types.Info, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.BasicLit:
			if v, ok := gorules.ConstString(info, x); ok && svixHeaders[strings.ToLower(v)] {
				found = true
			}
		case *ast.CallExpr:
			if _, ok := m.verifyKind(info, x); ok {
				found = true
			}
		}
		return true
	})
	return found
}

func mentionsEvents(info *types.Info, body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && !found {
			if v, ok := gorules.ConstString(info, e); ok && clerkEvent.MatchString(v) {
				found = true
			}
		}
		return !found
	})
	return found
}

// verifyKind classifies a call as a svix verification: the svix methods or a
// helper of this package returning their error.
type verifyCall int

const (
	svixVerify verifyCall = iota + 1
	svixVerifyIgnoringTimestamp
	helperVerify
)

func (m *Model) verifyKind(info *types.Info, call *ast.CallExpr) (verifyCall, bool) {
	fn := gorules.CalleeFunc(info, call)
	if fn == nil {
		return 0, false
	}
	if gorules.IsSvixPath(gorules.FuncPath(fn)) && gorules.RecvTypeName(fn) == "Webhook" {
		switch fn.Name() {
		case "Verify":
			return svixVerify, true
		case "VerifyIgnoringTimestamp":
			return svixVerifyIgnoringTimestamp, true
		}
	}
	if m.helpers[fn] {
		return helperVerify, true
	}
	return 0, false
}

// findHelpers marks functions whose error result is a verification's error:
// `return wh.Verify(p, h)`, or `err := wh.Verify(p, h); …; return …, err`.
func (m *Model) findHelpers(info *types.Info, decls map[types.Object]*ast.FuncDecl) {
	for round := 0; round < 3; round++ {
		added := false
		for obj, fd := range decls {
			fn, _ := obj.(*types.Func)
			if fn == nil || m.helpers[fn] || !returnsError(fn) {
				continue
			}
			verifyVars := map[types.Object]bool{}
			isVerify := func(e ast.Expr) bool {
				call, ok := ast.Unparen(e).(*ast.CallExpr)
				if !ok {
					return false
				}
				_, ok = m.verifyKind(info, call)
				return ok
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok && len(as.Rhs) == 1 && isVerify(as.Rhs[0]) {
					if id, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident); ok {
						verifyVars[info.ObjectOf(id)] = true
					}
				}
				return true
			})
			found := false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.ReturnStmt:
					if len(x.Results) > 0 {
						last := x.Results[len(x.Results)-1]
						if isVerify(last) {
							found = true
						}
						if id, ok := ast.Unparen(last).(*ast.Ident); ok && verifyVars[info.ObjectOf(id)] {
							found = true
						}
					}
				}
				return !found
			})
			if found {
				m.helpers[fn] = true
				added = true
			}
		}
		if !added {
			return
		}
	}
}

func returnsError(fn *types.Func) bool {
	res := fn.Signature().Results()
	return res.Len() > 0 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type())
}

// verifyingFuncs are functions of this package that call a verification whose
// failure stops the request: used as wrappers (middleware), they verify for the
// handler they wrap.
func (m *Model) verifyingFuncs(info *types.Info, decls map[types.Object]*ast.FuncDecl) map[*types.Func]bool {
	out := map[*types.Func]bool{}
	for obj, fd := range decls {
		fn, _ := obj.(*types.Func)
		if fn == nil || m.helpers[fn] {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if _, ok := m.verifyKind(info, call); ok {
					out[fn] = true
				}
			}
			return !out[fn]
		})
	}
	return out
}

type handlerRef struct {
	node     ast.Node
	verified bool
}

// resolveHandlers follows a registration argument to handler functions:
// a function name or method value, a literal, http.HandlerFunc(f), and calls of
// wrapper functions of this package (verifyMiddleware(h)).
func resolveHandlers(info *types.Info, decls map[types.Object]*ast.FuncDecl, middleware map[*types.Func]bool, e ast.Expr, verified bool) []handlerRef {
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return []handlerRef{{x, verified}}
	case *ast.Ident:
		if fd := decls[info.Uses[x]]; fd != nil {
			return []handlerRef{{fd, verified}}
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil {
			if fd := decls[sel.Obj()]; fd != nil {
				return []handlerRef{{fd, verified}}
			}
		} else if fd := decls[info.Uses[x.Sel]]; fd != nil {
			return []handlerRef{{fd, verified}}
		}
	case *ast.CallExpr:
		fn := gorules.CalleeFunc(info, x)
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() {
			fn = nil // a conversion such as http.HandlerFunc(h)
		} else if fn == nil || fn.Pkg() == nil {
			return nil
		}
		v := verified || (fn != nil && middleware[fn])
		var out []handlerRef
		for _, a := range x.Args {
			out = append(out, resolveHandlers(info, decls, middleware, a, v)...)
		}
		return out
	}
	return nil
}

// act is something a handler does with the payload: decode it or read it.
type act struct {
	node   ast.Node
	decode bool
	what   string
}

// acts lists decode calls (json.Unmarshal, Decoder.Decode, gin/echo binding)
// and raw body reads (io.ReadAll(r.Body), c.GetRawData()) in source order.
func acts(info *types.Info, body ast.Node) []act {
	var out []act
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := gorules.CalleeFunc(info, call)
		if fn == nil {
			return true
		}
		path := gorules.FuncPath(fn)
		switch {
		case gorules.IsPkgFunc(fn, "encoding/json", "Unmarshal"):
			out = append(out, act{call, true, "json.Unmarshal"})
		case gorules.IsMethod(fn, "encoding/json", "Decoder", "Decode"):
			out = append(out, act{call, true, "json.Decoder.Decode"})
		case strings.HasPrefix(path, "github.com/gin-gonic/gin") && strings.Contains(fn.Name(), "Bind"),
			strings.HasPrefix(path, "github.com/labstack/echo") && fn.Name() == "Bind",
			strings.HasPrefix(path, "github.com/gofiber/fiber") && strings.HasPrefix(fn.Name(), "Body"):
			out = append(out, act{call, true, shortName(fn)})
		case gorules.IsPkgFunc(fn, "io", "ReadAll"), gorules.IsPkgFunc(fn, "io/ioutil", "ReadAll"),
			strings.HasPrefix(path, "github.com/gin-gonic/gin") && fn.Name() == "GetRawData":
			out = append(out, act{call, false, shortName(fn)})
		}
		return true
	})
	return out
}

func shortName(fn *types.Func) string {
	if r := gorules.RecvTypeName(fn); r != "" {
		return r + "." + fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// terminates reports whether a block ends the request: return, panic,
// os.Exit, log.Fatal*, gin's Abort* followed by return is covered by return.
func terminates(info *types.Info, b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
			_, builtin := info.Uses[id].(*types.Builtin)
			return builtin
		}
		fn := gorules.CalleeFunc(info, call)
		return gorules.IsPkgFunc(fn, "os", "Exit") ||
			(fn != nil && gorules.FuncPath(fn) == "log" && (strings.HasPrefix(fn.Name(), "Fatal") || strings.HasPrefix(fn.Name(), "Panic")))
	}
	return false
}

// posIn reports whether p lies within n.
func posIn(p token.Pos, n ast.Node) bool { return n.Pos() <= p && p < n.End() }
