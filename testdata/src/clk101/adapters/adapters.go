package adapters

import (
	"database/sql"
	"net/http"

	"clerkadapters"

	"github.com/clerk/clerk-sdk-go/v2"
	"github.com/clerk/clerk-sdk-go/v2/user"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

var db *sql.DB

func saveOrder(c *gin.Context) {
	var in struct{ Item string }
	c.ShouldBindJSON(&in)
	db.Exec("INSERT INTO orders (item) VALUES ($1)", in.Item)
}

// me reads the claims the adapter stored: not CLK102's (the adapter checked them).
func me(c *gin.Context) {
	claims := c.MustGet("claims").(*clerk.SessionClaims)
	db.QueryRow("SELECT name FROM users WHERE clerk_id = $1", claims.Subject)
}

func deleteUser(c *gin.Context) {
	user.Delete(c.Request.Context(), c.Param("id"))
}

func status(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) }

func ginRoutes() {
	r := gin.New()
	r.GET("/status", status) // ok: a constant response, nothing to protect
	api := r.Group("/api", clerkadapters.GinRequire())
	api.POST("/orders", saveOrder)                                       // ok: the group's adapter aborts without claims
	api.GET("/me", me)                                                   // ok: protected, and reads the claims the adapter stored
	r.DELETE("/admin/users/:id", clerkadapters.GinRequire(), deleteUser) // ok: adapter on the single route
	r.POST("/orders", saveOrder)                                         // want `route POST /orders \(gin, registered in ginRoutes\) has no Clerk session check and it writes data \(db.Exec at adapters.go:\d+\)`
	r.DELETE("/users/:id", deleteUser)                                   // want `route DELETE /users/:id \(gin, registered in ginRoutes\) has no Clerk session check and it calls the Clerk Backend API \(user.Delete at adapters.go:\d+\)`
	r.Run()
}

// failOpenRoutes: the fail-open adapters are CLK102's (reported there), not CLK101's.
func failOpenRoutes() {
	r := gin.New()
	r.POST("/a/orders", clerkadapters.GinFailOpen(), saveOrder) // ok: fail-open adapter (CLK102)
	r.POST("/b/orders", clerkadapters.GinNoAbort, saveOrder)    // ok: check without abort, fail-open as middleware (CLK102)
	r.Run()
}

func listEcho(c echo.Context) error {
	rows, err := db.Query("SELECT id FROM items WHERE owner = $1", c.QueryParam("owner"))
	if err != nil {
		return err
	}
	defer rows.Close()
	return c.JSON(http.StatusOK, nil)
}

func hello(c echo.Context) error { return c.String(http.StatusOK, "hello") }

func echoRoutes() {
	e := echo.New()
	e.GET("/hello", hello) // ok: effect-free
	g := e.Group("/api", clerkadapters.EchoRequire())
	g.GET("/items", listEcho)                                // ok: group adapter
	e.GET("/after/items", listEcho, clerkadapters.EchoAfter) // ok: route adapter checks after the fail-open middleware
	e.GET("/items", listEcho)                                // want `route GET /items \(echo, registered in echoRoutes\) has no Clerk session check and it reads data \(db.Query at adapters.go:\d+\)`
	e.Start(":8080")
}
