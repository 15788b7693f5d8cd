package adapters

import (
	"database/sql"

	"clerkadapters"

	"github.com/clerk/clerk-sdk-go/v2"
	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
)

var db *sql.DB

func saveOrder(c *gin.Context) { db.Exec("INSERT INTO orders DEFAULT VALUES") }

// profile reads the claims the adapter stored after checking them: the
// adapter's check is what counts, not a second one here.
func profile(c *gin.Context) {
	claims := c.MustGet("claims").(*clerk.SessionClaims)
	db.QueryRow("SELECT name FROM users WHERE clerk_id = $1", claims.Subject)
}

func fiberProfile(c *fiber.Ctx) error {
	claims, _ := c.Locals("claims").(*clerk.SessionClaims) // ok: stored by the adapter
	return c.JSON(fiber.Map{"sub": claims.Subject})
}

func main() {
	r := gin.New()
	r.POST("/a/orders", clerkadapters.GinFailOpen(), saveOrder) // want `clerkadapters.GinFailOpen\(\) lets requests without a session through to a route whose handler never reads the session \(POST /a/orders\)`
	r.POST("/b/orders", clerkadapters.GinNoAbort, saveOrder)    // want `clerkadapters.GinNoAbort lets requests without a session through to a route whose handler never reads the session \(POST /b/orders\)`
	r.GET("/me", clerkadapters.GinRequire(), profile)           // ok: the adapter aborts
	r.Run()
	app := fiber.New()
	app.Get("/me", clerkadapters.FiberRequire(), fiberProfile)
	app.Listen(":3000")
}
