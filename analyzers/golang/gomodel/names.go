package gomodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Import paths of the APIs the model understands.
const (
	ClerkPath     = "github.com/clerk/clerk-sdk-go/v2"
	ClerkHTTPPath = ClerkPath + "/http"
	ClerkJWTPath  = ClerkPath + "/jwt"
	// ClerkV1Path is the pre-2024 SDK, still common in the wild.
	ClerkV1Path = "github.com/clerkinc/clerk-sdk-go/clerk"
	ChiPath     = "github.com/go-chi/chi/v5"
	ChiV1Path   = "github.com/go-chi/chi" // chi up to v4 (no /v5 suffix)
	GinPath     = "github.com/gin-gonic/gin"
	EchoPath    = "github.com/labstack/echo/v4"
	GorillaPath = "github.com/gorilla/mux"
	SvixPath    = "github.com/svix/svix-webhooks/go"
	FiberPath   = "github.com/gofiber/fiber/v2"
	netHTTPPath = "net/http"
)

// IsClerkPath reports whether an import path belongs to a Clerk Go SDK (v2 or v1).
func IsClerkPath(p string) bool {
	return p == ClerkPath || strings.HasPrefix(p, ClerkPath+"/") ||
		p == ClerkV1Path || strings.HasPrefix(p, "github.com/clerkinc/clerk-sdk-go/")
}

// IsSvixPath reports whether an import path is the Svix webhook library.
func IsSvixPath(p string) bool {
	return p == "github.com/svix/svix-webhooks" || strings.HasPrefix(p, "github.com/svix/svix-webhooks/")
}

func isRouterPath(p string) bool {
	switch p {
	case netHTTPPath, ChiPath, ChiV1Path, GinPath, EchoPath, GorillaPath, FiberPath:
		return true
	}
	return false
}

// ImportsClerk reports whether pkg imports a Clerk SDK package directly.
func ImportsClerk(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if IsClerkPath(imp.Path()) {
			return true
		}
	}
	return false
}

// Callee returns the function or method a call invokes (interface methods
// included), or nil for calls of function values, builtins and conversions.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn != nil {
		fn = fn.Origin()
	}
	return fn
}

// IsFunc reports whether fn is the package-level function pkg.name.
func IsFunc(fn *types.Func, pkg, name string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Name() != name || fn.Pkg().Path() != pkg {
		return false
	}
	return fn.Type().(*types.Signature).Recv() == nil
}

// IsMethod reports whether fn is the method name of a type declared in pkg
// (any receiver type, interface methods included).
func IsMethod(fn *types.Func, pkg, name string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Name() != name || fn.Pkg().Path() != pkg {
		return false
	}
	return fn.Type().(*types.Signature).Recv() != nil
}

// isInterfaceMethod reports whether fn is an abstract method, whose body the model
// cannot see.
func isInterfaceMethod(fn *types.Func) bool {
	recv := fn.Type().(*types.Signature).Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// FuncName renders fn for messages: pkg.Func or (T).Method with the package name.
func FuncName(fn *types.Func) string {
	sig := fn.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	if fn.Pkg() != nil {
		if fn.Pkg().Path() == ClerkHTTPPath {
			return "clerkhttp." + fn.Name() // the conventional import name: "http" would read as net/http
		}
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// namedType returns the package path and name of t's named type (through one
// pointer), or "" for unnamed types.
func namedType(t types.Type) (pkg, name string) {
	if t == nil {
		return "", ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return "", ""
	}
	return n.Obj().Pkg().Path(), n.Obj().Name()
}

// Framework names the router library a route was registered with.
type Framework string

// Frameworks the model understands.
const (
	NetHTTP Framework = "net/http"
	Chi     Framework = "chi"
	Gin     Framework = "gin"
	Echo    Framework = "echo"
	Gorilla Framework = "gorilla/mux"
	Fiber   Framework = "fiber"
)

// routerFramework reports which router a type is (a mux, router, group or the
// interfaces they implement), or "".
func routerFramework(t types.Type) Framework {
	pkg, name := namedType(t)
	switch pkg {
	case netHTTPPath:
		if name == "ServeMux" {
			return NetHTTP
		}
	case ChiPath, ChiV1Path:
		if name == "Mux" || name == "Router" {
			return Chi
		}
	case GinPath:
		switch name {
		case "Engine", "RouterGroup", "IRouter", "IRoutes":
			return Gin
		}
	case EchoPath:
		if name == "Echo" || name == "Group" {
			return Echo
		}
	case GorillaPath:
		if name == "Router" {
			return Gorilla
		}
	case FiberPath:
		switch name {
		case "App", "Group", "Router":
			return Fiber
		}
	}
	return ""
}

// handlerFamily says which framework's handler shape a type has: "std" for
// net/http handlers (func(w, r), http.HandlerFunc, anything with ServeHTTP),
// "gin" for func(*gin.Context), "echo" for func(echo.Context) error, "fiber"
// for func(*fiber.Ctx) error, or "".
func handlerFamily(t types.Type) string {
	if t == nil {
		return ""
	}
	if sig, ok := t.Underlying().(*types.Signature); ok {
		p := sig.Params()
		switch {
		case p.Len() == 2 && isType(p.At(0).Type(), netHTTPPath, "ResponseWriter") && isPtrTo(p.At(1).Type(), netHTTPPath, "Request") && sig.Results().Len() == 0:
			return "std"
		case p.Len() == 1 && isPtrTo(p.At(0).Type(), GinPath, "Context") && sig.Results().Len() == 0:
			return "gin"
		case p.Len() == 1 && isType(p.At(0).Type(), EchoPath, "Context") && sig.Results().Len() == 1:
			return "echo"
		case p.Len() == 1 && isPtrTo(p.At(0).Type(), FiberPath, "Ctx") && sig.Results().Len() == 1:
			return "fiber"
		}
		return ""
	}
	if hasServeHTTP(t) {
		return "std"
	}
	return ""
}

func hasServeHTTP(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	return handlerFamily(types.NewSignatureType(nil, nil, nil, fn.Type().(*types.Signature).Params(), fn.Type().(*types.Signature).Results(), false)) == "std"
}

// serveHTTPMethod returns the concrete ServeHTTP method of a non-interface type.
func serveHTTPMethod(t types.Type) *types.Func {
	if t == nil || types.IsInterface(t) {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	fn, _ := obj.(*types.Func)
	return fn
}

func isType(t types.Type, pkg, name string) bool {
	p, n := namedType(t)
	_, isPtr := types.Unalias(t).(*types.Pointer)
	return !isPtr && p == pkg && n == name
}

func isPtrTo(t types.Type, pkg, name string) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	return ok && isType(ptr.Elem(), pkg, name)
}

// middlewareShape reports whether sig takes a handler and returns a handler of
// any family; single reports whether the handler is its only parameter, so a
// value of this type can be given to Use.
func middlewareShape(sig *types.Signature) (ok, single bool, handlerParam int) {
	if sig == nil || sig.Results().Len() != 1 || handlerFamily(sig.Results().At(0).Type()) == "" {
		return false, false, -1
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if handlerFamily(sig.Params().At(i).Type()) != "" {
			return true, sig.Params().Len() == 1, i
		}
	}
	return false, false, -1
}

// isMiddlewareType reports whether values of t can be passed to a router's Use:
// func(http.Handler) http.Handler, mux.MiddlewareFunc, echo.MiddlewareFunc.
func isMiddlewareType(t types.Type) bool {
	if t == nil {
		return false
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	ok, single, _ := middlewareShape(sig)
	return ok && single
}

// isClaimsType reports whether t is a pointer to a Clerk session claims struct.
func isClaimsType(t types.Type) bool {
	return isPtrTo(t, ClerkPath, "SessionClaims") || isPtrTo(t, ClerkV1Path, "SessionClaims")
}

// ImportName returns the name under which file imports path ("" when it does
// not, or imports it with _ or .).
func ImportName(info *types.Info, file *ast.File, path string) string {
	for _, spec := range file.Imports {
		if strings.Trim(spec.Path.Value, "\"`") != path {
			continue
		}
		if spec.Name != nil {
			if spec.Name.Name == "_" || spec.Name.Name == "." {
				return ""
			}
			return spec.Name.Name
		}
		if pn, ok := info.Implicits[spec].(*types.PkgName); ok {
			return pn.Name()
		}
	}
	return ""
}

// FileOf returns the file of files that contains pos.
func FileOf(files []*ast.File, pos token.Pos) *ast.File {
	for _, f := range files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// IsWebhookRoute reports whether a route is a webhook endpoint, authenticated by
// its signature rather than a session: its path mentions "webhook", or its
// handler reads svix-* headers or calls the Svix library.
func IsWebhookRoute(r *Route) bool {
	return strings.Contains(strings.ToLower(r.Path), "webhook") || r.Handler.Flags&Webhook != 0
}

// IsTestFile reports whether the file containing pos is a _test.go file; rules
// do not judge test code (fake handlers, claims built by hand).
func IsTestFile(fset *token.FileSet, pos token.Pos) bool {
	f := fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}
