package ginapp

import (
	"clerkauth"
	"database/sql"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func list(c *gin.Context) { db.QueryRow("SELECT id FROM items") }

func main() {
	r := gin.Default()
	r.GET("/health", list)    // ok: public
	r.GET("/api/early", list) // want `route GET /api/early \(gin, registered in main\) has no Clerk session check`
	api := r.Group("/api", clerkauth.Gin())
	api.GET("/items", list) // ok: group middleware from another package
	r.Use(clerkauth.Gin())
	r.GET("/api/late", list) // ok: engine Use before the route
	r.Run()
}
