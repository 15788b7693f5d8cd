package gorules

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Import paths of the SDKs the Go passes know. The v1 SDK lived under clerkinc.
const (
	ClerkSDKPath   = "github.com/clerk/clerk-sdk-go/v2"
	ClerkSDKV1Path = "github.com/clerkinc/clerk-sdk-go"
	SvixGoPath     = "github.com/svix/svix-webhooks/go"
)

// IsClerkSDKPath reports whether path is a package of clerk-sdk-go (v2 or v1),
// including its API subpackages such as .../v2/user.
func IsClerkSDKPath(path string) bool {
	return underPath(path, ClerkSDKPath) || underPath(path, ClerkSDKV1Path)
}

// IsSvixPath reports whether path is the svix Go library (webhook verification).
func IsSvixPath(path string) bool { return underPath(path, SvixGoPath) }

// HTTPServerPaths are the packages a Go web handler is written against: net/http
// and the common routers. A package importing none of them serves no HTTP route.
var HTTPServerPaths = []string{
	"net/http",
	"github.com/go-chi/chi",
	"github.com/gin-gonic/gin",
	"github.com/labstack/echo",
	"github.com/gorilla/mux",
	"github.com/gofiber/fiber",
	"github.com/julienschmidt/httprouter",
}

// IsHTTPServerPath reports whether path is one of HTTPServerPaths (any major
// version or subpackage).
func IsHTTPServerPath(path string) bool {
	for _, p := range HTTPServerPaths {
		if underPath(path, p) {
			return true
		}
	}
	return false
}

// underPath reports whether path is root or a package below it; a major version
// suffix (/v2, /v5) after root counts as below.
func underPath(path, root string) bool {
	return path == root || strings.HasPrefix(path, root+"/")
}

// ImportsPath reports whether pkg directly imports a package for which match is
// true. Passes use it for their fast exit: analysing a package that cannot call
// the API a rule is about only costs time.
func ImportsPath(pkg *types.Package, match func(path string) bool) bool {
	for _, imp := range pkg.Imports() {
		if match(imp.Path()) {
			return true
		}
	}
	return false
}

// CalleeFunc returns the function or method a call statically names (including
// interface methods), or nil for conversions, builtins and calls of func values.
func CalleeFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// FuncPath is the import path of fn's package ("" for builtins such as error.Error).
func FuncPath(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// IsPkgFunc reports whether fn is a package-level function of pkgPath named one
// of names (any name when names is empty).
func IsPkgFunc(fn *types.Func, pkgPath string, names ...string) bool {
	if fn == nil || FuncPath(fn) != pkgPath || fn.Signature().Recv() != nil {
		return false
	}
	return len(names) == 0 || contains(names, fn.Name())
}

// IsMethod reports whether fn is a method of the named type pkgPath.typeName
// (pointer or value receiver, or an interface method of that type) named one of
// names (any name when names is empty).
func IsMethod(fn *types.Func, pkgPath, typeName string, names ...string) bool {
	if fn == nil || FuncPath(fn) != pkgPath {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Name() != typeName {
		return false
	}
	return len(names) == 0 || contains(names, fn.Name())
}

// RecvTypeName is the name of fn's receiver type ("" for functions).
func RecvTypeName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return ""
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok {
		return named.Obj().Name()
	}
	return ""
}

// ConstString returns the value of e when the type checker folded it to a string
// constant: "sk_" + "live_" + … and named constants included.
func ConstString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// ConstInt returns the value of e when the type checker folded it to an integer
// constant that fits an int64.
func ConstInt(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// IsNamedType reports whether t (or what it points to) is the named type
// pkgPath.name.
func IsNamedType(t types.Type, pkgPath, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == pkgPath && named.Obj().Name() == name
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
