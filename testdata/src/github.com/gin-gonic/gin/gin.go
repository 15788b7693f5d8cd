// Package gin is a minimal analysistest stub of github.com/gin-gonic/gin (v1.12.0).
package gin

import (
	"io/fs"
	"mime/multipart"
	"net/http"
)

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// ResponseWriter is gin's response writer.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier
}

// Context is the request context.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter
}

func (c *Context) Next()                                               {}
func (c *Context) Abort()                                              {}
func (c *Context) AbortWithStatus(code int)                            {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)           {}
func (c *Context) Set(key any, value any)                              {}
func (c *Context) Get(key any) (value any, exists bool)                { return nil, false }
func (c *Context) Param(key string) string                             { return "" }
func (c *Context) GetHeader(key string) string                         { return "" }
func (c *Context) JSON(code int, obj any)                              {}
func (c *Context) String(code int, format string, values ...any)       {}
func (c *Context) Status(code int)                                     {}
func (c *Context) MustGet(key any) any                                 { return nil }
func (c *Context) GetString(key any) string                            { return "" }
func (c *Context) Query(key string) string                             { return "" }
func (c *Context) DefaultQuery(key, defaultValue string) string        { return "" }
func (c *Context) PostForm(key string) string                          { return "" }
func (c *Context) Bind(obj any) error                                  { return nil }
func (c *Context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }
func (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string, perm ...fs.FileMode) error {
	return nil
}
func (c *Context) BindJSON(obj any) error       { return nil }
func (c *Context) ShouldBind(obj any) error     { return nil }
func (c *Context) ShouldBindJSON(obj any) error { return nil }

// H is a shortcut for map[string]any.
type H map[string]any

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes
}

// IRouter defines all router handle interface includes single and group router.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// RouterGroup is used internally to configure router.
type RouterGroup struct {
	Handlers HandlersChain
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return group
}
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes   { return group }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes     { return group }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return group }
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes    { return group }
func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return group
}

// Engine is the framework's instance.
type Engine struct {
	RouterGroup
}

// OptionFunc configures an Engine.
type OptionFunc func(*Engine)

func New(opts ...OptionFunc) *Engine                                      { return &Engine{} }
func Default(opts ...OptionFunc) *Engine                                  { return &Engine{} }
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes              { return engine }
func (engine *Engine) Handler() http.Handler                              { return nil }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (engine *Engine) Run(addr ...string) (err error)                     { return nil }
func (engine *Engine) NoRoute(handlers ...HandlerFunc)                    {}

// WrapF is a helper function for wrapping http.HandlerFunc and returns a Gin middleware.
func WrapF(f http.HandlerFunc) HandlerFunc { return nil }

// WrapH is a helper function for wrapping http.Handler and returns a Gin middleware.
func WrapH(h http.Handler) HandlerFunc { return nil }
