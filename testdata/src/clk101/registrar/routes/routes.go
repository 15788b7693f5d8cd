// Package routes registers routes on routers its caller passes in: whether
// they are protected depends on the caller's middleware, so they are judged
// in the caller (clk101/registrar), not here.
package routes

import (
	"clerkauth"
	"database/sql"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func list(c *gin.Context) { db.QueryRow("SELECT id FROM items") }

func save(c *gin.Context) { db.Exec("INSERT INTO items (id) VALUES (1)") }

// Items registers open routes on whatever group it is given.
func Items(g *gin.RouterGroup) {
	g.GET("/items", list)
	g.POST("/items", save)
}

// Orders protects its own group.
func Orders(r *gin.Engine) {
	orders := r.Group("/orders", clerkauth.Gin())
	orders.POST("", save)
}

// Catalog registers on the engine itself.
func Catalog(r *gin.Engine) {
	r.POST("/catalog", save)
}
