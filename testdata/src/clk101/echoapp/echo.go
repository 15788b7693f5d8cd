package echoapp

import (
	"clerkauth"
	"database/sql"

	"github.com/labstack/echo/v4"
)

var db *sql.DB

func list(c echo.Context) error { db.QueryRow("SELECT id FROM items"); return nil }

func main() {
	e := echo.New()
	e.GET("/api/open", list) // want `route GET /api/open \(echo, registered in main\)`
	g := e.Group("/api/private", clerkauth.Echo)
	g.GET("/items", list)                    // ok: group middleware
	e.POST("/api/one", list, clerkauth.Echo) // ok: route middleware
	e.Start(":8080")
}
