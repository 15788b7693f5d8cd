// Package urls is the CLK404 pass: Clerk session verification that does
// not check the token's authorized party (azp): the clerkhttp middleware
// without AuthorizedParty/AuthorizedPartyMatches, jwt.Verify without an
// AuthorizedPartyHandler, and the v1 middleware and VerifyToken without
// WithAuthorizedParty.
package urls

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// New returns the CLK404 analyzer (it has no settings).
func New(gorules.Settings) *analysis.Analyzer {
	return gorules.NewAnalyzer(ruleid.AuthorizedPartiesMissing, run, gomodel.Analyzer)
}

func run(pass *analysis.Pass) (any, error) {
	// Only code that calls the SDK's verification itself can omit the option.
	if !gomodel.ImportsClerk(pass.Pkg) {
		return nil, nil
	}
	res := pass.ResultOf[gomodel.Analyzer].(*gomodel.Result)
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := gomodel.Callee(pass.TypesInfo, call)
			switch {
			case gomodel.IsFunc(fn, gomodel.ClerkHTTPPath, "RequireHeaderAuthorization"), gomodel.IsFunc(fn, gomodel.ClerkHTTPPath, "WithHeaderAuthorization"):
				if missing(pass, res, call.Args, call.Ellipsis.IsValid(), isHTTPOption) {
					pass.Reportf(call.Pos(), "session verification by %s does not check the token's authorized party (azp): tokens minted for other origins of the instance are accepted; pass clerkhttp.AuthorizedPartyMatches(\"https://your.app\")", gomodel.FuncName(fn))
				}
			case gomodel.IsFunc(fn, gomodel.ClerkV1Path, "RequireSessionV2"), gomodel.IsFunc(fn, gomodel.ClerkV1Path, "WithSessionV2"), gomodel.IsMethod(fn, gomodel.ClerkV1Path, "VerifyToken"):
				opts := call.Args // (client or token, options...)
				if len(opts) > 0 {
					opts = opts[1:]
				}
				if missing(pass, res, opts, call.Ellipsis.IsValid(), isV1Option) {
					pass.Reportf(call.Pos(), "session verification by %s does not check the token's authorized party (azp): tokens minted for other origins of the instance are accepted; pass clerk.WithAuthorizedParty(\"https://your.app\")", gomodel.FuncName(fn))
				}
			case gomodel.IsFunc(fn, gomodel.ClerkJWTPath, "Verify") && len(call.Args) == 2:
				if lit := paramsLiteral(pass, res, call.Args[1]); lit != nil && !hasField(lit, "AuthorizedPartyHandler") {
					pass.Reportf(call.Pos(), "session verification by jwt.Verify has no AuthorizedPartyHandler: tokens minted for other origins of the instance are accepted; set VerifyParams.AuthorizedPartyHandler to accept only your origins")
				}
			}
			return true
		})
	}
	return nil, nil
}

type optionKind int

const (
	unknownOption optionKind = iota
	otherOption
	partyOption
)

func isHTTPOption(fn *types.Func, args []ast.Expr) optionKind {
	switch {
	case gomodel.IsFunc(fn, gomodel.ClerkHTTPPath, "AuthorizedPartyMatches"):
		if len(args) == 0 {
			return otherOption // no parties: every azp passes
		}
		return partyOption
	case gomodel.IsFunc(fn, gomodel.ClerkHTTPPath, "AuthorizedParty"):
		return partyOption
	case fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == gomodel.ClerkHTTPPath:
		return otherOption
	}
	return unknownOption
}

func isV1Option(fn *types.Func, args []ast.Expr) optionKind {
	switch {
	case gomodel.IsFunc(fn, gomodel.ClerkV1Path, "WithAuthorizedParty"):
		if len(args) == 0 {
			return otherOption
		}
		return partyOption
	case fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == gomodel.ClerkV1Path:
		return otherOption
	}
	return unknownOption
}

// missing reports whether every option is a known SDK option and none checks
// the authorized party. Options the pass cannot see (a spread slice, a value
// from a helper) may set it, so they count as present.
func missing(pass *analysis.Pass, res *gomodel.Result, opts []ast.Expr, spread bool, kind func(*types.Func, []ast.Expr) optionKind) bool {
	if spread {
		return false
	}
	for _, o := range opts {
		e := ast.Unparen(o)
		if id, ok := e.(*ast.Ident); ok {
			if v := res.Value(pass.TypesInfo.Uses[id]); v != nil {
				e = ast.Unparen(v)
			}
		}
		call, ok := e.(*ast.CallExpr)
		if !ok {
			return false
		}
		switch kind(gomodel.Callee(pass.TypesInfo, call), call.Args) {
		case unknownOption, partyOption:
			return false
		}
	}
	return true
}

// paramsLiteral returns the &jwt.VerifyParams{...} literal a Verify call uses,
// directly or through a variable with a single value.
func paramsLiteral(pass *analysis.Pass, res *gomodel.Result, e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	} else if id, ok := e.(*ast.Ident); ok {
		v := res.Value(pass.TypesInfo.Uses[id])
		if v == nil {
			return nil
		}
		if u, ok := ast.Unparen(v).(*ast.UnaryExpr); ok {
			e = ast.Unparen(u.X)
		} else {
			return nil
		}
		// Fields set after the literal (params.AuthorizedPartyHandler = ...) count.
		obj := pass.TypesInfo.Uses[id]
		for _, f := range pass.Files {
			set := false
			ast.Inspect(f, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					for _, l := range as.Lhs {
						if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "AuthorizedPartyHandler" {
							if x, ok := ast.Unparen(sel.X).(*ast.Ident); ok && pass.TypesInfo.Uses[x] == obj {
								set = true
							}
						}
					}
				}
				return !set
			})
			if set {
				return nil
			}
		}
	}
	lit, _ := e.(*ast.CompositeLit)
	return lit
}

func hasField(lit *ast.CompositeLit, name string) bool {
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return true
			}
		}
	}
	return len(lit.Elts) > 0 && !isKeyed(lit)
}

func isKeyed(lit *ast.CompositeLit) bool {
	_, ok := lit.Elts[0].(*ast.KeyValueExpr)
	return ok
}
