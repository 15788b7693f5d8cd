// Package mux is a minimal analysistest stub of github.com/gorilla/mux (v1.8.1).
package mux

import "net/http"

// MiddlewareFunc is a function which receives an http.Handler and returns another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

// Router registers routes to be matched and dispatches a handler.
type Router struct{}

// NewRouter returns a new router instance.
func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Use(mwf ...MiddlewareFunc)                          {}
func (r *Router) NewRoute() *Route                                   { return &Route{} }
func (r *Router) Handle(path string, handler http.Handler) *Route    { return &Route{} }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return &Route{}
}
func (r *Router) Methods(methods ...string) *Route { return &Route{} }
func (r *Router) Path(tpl string) *Route           { return &Route{} }
func (r *Router) PathPrefix(tpl string) *Route     { return &Route{} }
func (r *Router) Host(tpl string) *Route           { return &Route{} }

// Route stores information to match a request and build URLs.
type Route struct{}

func (r *Route) Handler(handler http.Handler) *Route                           { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }
func (r *Route) Methods(methods ...string) *Route                              { return r }
func (r *Route) Path(tpl string) *Route                                        { return r }
func (r *Route) PathPrefix(tpl string) *Route                                  { return r }
func (r *Route) Name(name string) *Route                                       { return r }
func (r *Route) Subrouter() *Router                                            { return &Router{} }

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string { return nil }
