// Package fastapi is the FastAPI (and Starlette) model of the python
// engine: it produces an endpoint for every route of every app (decorators
// on apps and APIRouters, add_api_route, websockets, Starlette Route, Mount
// and WebSocketRoute lists, routers included or mounted across modules with
// their prefixes and dependencies composed), with the dependencies and
// middleware in front of it. python/web judges them (CLK101, CLK102).
package fastapi

import (
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/python/web"
)

// Model is the FastAPI framework model.
var Model = web.Framework{
	Name: "FastAPI",
	Fix:  "add a dependency that verifies the session (Depends(clerk_guard) on the route, dependencies=[...] on its APIRouter or include_router, or a check in the handler that raises 401)",
	Sites: func(m *python.Model, g *web.Guards) []web.Site {
		return build(m, g).sites()
	},
}
