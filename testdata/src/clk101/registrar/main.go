// Package registrar calls route registrars of another package: their routes
// are judged with the middleware of the router handed to them.
package registrar

import (
	"clerkauth"
	"clk101/registrar/routes"

	"github.com/gin-gonic/gin"
)

func main() {
	r := gin.Default()
	routes.Items(r.Group("/open")) // want `route GET /open/items \(gin, registered by routes.Items at routes.go:21 on the router main passes it\) has no Clerk session check and it reads data` `route POST /open/items .* it writes data`
	api := r.Group("/api", clerkauth.Gin())
	routes.Items(api) // ok: the group carries clerkauth.Gin()
	routes.Orders(r)  // ok: the registrar protects its own group
	r.Run()
}

func late() {
	r := gin.New()
	routes.Catalog(r) // want `route POST /catalog .* it is registered before clerkauth.Gin\(\)`
	r.Use(clerkauth.Gin())
	routes.Items(r.Group("/v2")) // ok: registered after the engine's Use
}
