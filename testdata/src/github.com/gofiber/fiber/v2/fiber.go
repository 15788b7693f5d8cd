// Package fiber is a minimal analysistest stub of github.com/gofiber/fiber/v2
// (v2.52): the App, Router and Ctx methods clerklint's route model reads.
package fiber

import "context"

// Handler is fiber's handler and middleware type.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}.
type Map map[string]interface{}

// Error is fiber's HTTP error.
type Error struct {
	Code    int
	Message string
}

func (e *Error) Error() string { return e.Message }

// NewError creates a new Error.
func NewError(code int, message ...string) *Error { return &Error{Code: code} }

// Status codes and errors.
const (
	StatusOK           = 200
	StatusUnauthorized = 401
	StatusForbidden    = 403
)

var (
	ErrUnauthorized = NewError(StatusUnauthorized)
	ErrForbidden    = NewError(StatusForbidden)
)

// Ctx is the request context.
type Ctx struct{}

func (c *Ctx) Next() error                                              { return nil }
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }
func (c *Ctx) Params(key string, defaultValue ...string) string         { return "" }
func (c *Ctx) Query(key string, defaultValue ...string) string          { return "" }
func (c *Ctx) FormValue(key string, defaultValue ...string) string      { return "" }
func (c *Ctx) Get(key string, defaultValue ...string) string            { return "" }
func (c *Ctx) BodyParser(out interface{}) error                         { return nil }
func (c *Ctx) Body() []byte                                             { return nil }
func (c *Ctx) JSON(data interface{}, ctype ...string) error             { return nil }
func (c *Ctx) SendString(body string) error                             { return nil }
func (c *Ctx) SendStatus(status int) error                              { return nil }
func (c *Ctx) Status(status int) *Ctx                                   { return c }
func (c *Ctx) Context() context.Context                                 { return nil }
func (c *Ctx) UserContext() context.Context                             { return nil }

// Router is implemented by App and Group.
type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	All(path string, handlers ...Handler) Router
	Add(method, path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
	Route(prefix string, fn func(router Router), name ...string) Router
	Mount(prefix string, fiber *App) Router
}

// Config is the App configuration.
type Config struct{ AppName string }

// App is the fiber application.
type App struct{}

// New creates an App.
func New(config ...Config) *App { return &App{} }

func (app *App) Use(args ...interface{}) Router                      { return app }
func (app *App) Get(path string, handlers ...Handler) Router         { return app }
func (app *App) Head(path string, handlers ...Handler) Router        { return app }
func (app *App) Post(path string, handlers ...Handler) Router        { return app }
func (app *App) Put(path string, handlers ...Handler) Router         { return app }
func (app *App) Delete(path string, handlers ...Handler) Router      { return app }
func (app *App) Patch(path string, handlers ...Handler) Router       { return app }
func (app *App) Options(path string, handlers ...Handler) Router     { return app }
func (app *App) All(path string, handlers ...Handler) Router         { return app }
func (app *App) Add(method, path string, handlers ...Handler) Router { return app }
func (app *App) Group(prefix string, handlers ...Handler) Router     { return &Group{} }
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	return app
}
func (app *App) Mount(prefix string, fiber *App) Router { return app }
func (app *App) Listen(addr string) error               { return nil }

// Group is a route group.
type Group struct{}

func (grp *Group) Use(args ...interface{}) Router                      { return grp }
func (grp *Group) Get(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Head(path string, handlers ...Handler) Router        { return grp }
func (grp *Group) Post(path string, handlers ...Handler) Router        { return grp }
func (grp *Group) Put(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Delete(path string, handlers ...Handler) Router      { return grp }
func (grp *Group) Patch(path string, handlers ...Handler) Router       { return grp }
func (grp *Group) Options(path string, handlers ...Handler) Router     { return grp }
func (grp *Group) All(path string, handlers ...Handler) Router         { return grp }
func (grp *Group) Add(method, path string, handlers ...Handler) Router { return grp }
func (grp *Group) Group(prefix string, handlers ...Handler) Router     { return grp }
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	return grp
}
func (grp *Group) Mount(prefix string, fiber *App) Router { return grp }
