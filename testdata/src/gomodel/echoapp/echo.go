package echoapp

import (
	"clerkauth"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/labstack/echo/v4"
)

func list(c echo.Context) error { return nil }

func main() {
	e := echo.New()
	e.GET("/api/open", list) // want `echo GET /api/open open clerk=true chain=\[\] handler=`
	g := e.Group("/api/private", echo.WrapMiddleware(clerkhttp.RequireHeaderAuthorization()))
	g.GET("/items", list)                      // want `echo GET /api/private/items protected clerk=true chain=\[2:protects-middleware\] handler=`
	e.POST("/api/route", list, clerkauth.Echo) // want `echo POST /api/route protected clerk=true chain=\[3:protects-middleware\] handler=`
	h := e.Group("/h")
	h.Use(clerkauth.Echo)
	h.GET("/x", list) // want `echo GET /h/x protected clerk=true chain=\[2:protects-middleware\] handler=`
	e.Start(":8080")
}
