package fiberapp

import (
	"database/sql"

	"clerkadapters"

	"github.com/clerk/clerk-sdk-go/v2/organization"
	"github.com/gofiber/fiber/v2"
)

var db *sql.DB

func createNote(c *fiber.Ctx) error {
	var in struct{ Text string }
	if err := c.BodyParser(&in); err != nil {
		return err
	}
	_, err := db.Exec("INSERT INTO notes (text) VALUES ($1)", in.Text)
	return err
}

func getNote(c *fiber.Ctx) error {
	row := db.QueryRow("SELECT text FROM notes WHERE id = $1", c.Params("id"))
	var text string
	row.Scan(&text)
	return c.JSON(fiber.Map{"text": text})
}

func dropOrg(c *fiber.Ctx) error {
	_, err := organization.Delete(c.Context(), c.Params("id"))
	return err
}

func ping(c *fiber.Ctx) error { return c.SendString("pong") }

func main() {
	app := fiber.New()
	app.Get("/healthz", getNote)         // ok: health path
	app.Get("/ping", ping)               // ok: constant response
	app.Post("/early/notes", createNote) // want `route POST /early/notes \(fiber, registered in main\) has no Clerk session check and it writes data \(db.Exec at fiber.go:\d+\); it is registered before clerkadapters.FiberRequire\(\) \(fiber.go:\d+\), which only covers routes registered after it`
	app.Use(clerkadapters.FiberRequire())
	app.Get("/notes/:id", getNote) // ok: after the global Use
	api := app.Group("/api", clerkadapters.FiberRequire())
	api.Delete("/orgs/:id", dropOrg) // ok: group middleware
	app.Listen(":3000")
}

// stack: fiber keeps one stack per app, so the middleware of a Group("/")
// (registered as a Use of its prefix) also covers the routes that sibling
// groups register after it under the same prefix.
func stack() {
	app := fiber.New()
	v1 := app.Group("/v1")
	v1.Post("/early", createNote) // want `route POST /v1/early \(fiber, registered in stack\) has no Clerk session check and it writes data \(db.Exec at fiber.go:\d+\); it is registered before clerkadapters.FiberRequire\(\)`
	v1.Group("/", clerkadapters.FiberRequire())
	public := v1.Group("/public")
	public.Post("/notes", createNote) // ok: covered by the Group("/") middleware registered before it
	app.Listen(":3002")
}

// handoff: the app is handed to a registrar of another package that uses
// Clerk. What it adds can only cover the routes registered after the call
// (fiber's Use), so the routes before it are judged, those after are not.
func handoff() {
	app := fiber.New()
	app.Get("/all-notes", getNote) // want `route GET /all-notes \(fiber, registered in handoff\) has no Clerk session check and it reads data \(db.QueryRow at fiber.go:\d+\); it is registered before clerkadapters.FiberValidate\(\)`
	app.Use(clerkadapters.FiberValidate())
	app.Get("/mine", getNote) // ok: FiberValidate rejects when its helper finds no claims
	clerkadapters.RegisterUserRoutes(app)
	app.Post("/later", createNote) // ok: after the handoff, RegisterUserRoutes may have added a Use (not followed)
	app.Listen(":3003")
}

func openApp() {
	app := fiber.New()
	open := fiber.New()
	open.Delete("/orgs/:id", dropOrg) // want `route DELETE /open/orgs/:id \(fiber, registered in openApp\) has no Clerk session check and it calls the Clerk Backend API \(organization.Delete at fiber.go:\d+\)`
	open.Get("/notes/:id", getNote)   // want `route GET /open/notes/:id \(fiber, registered in openApp\) has no Clerk session check and it reads data`
	app.Mount("/open", open)
	app.Listen(":3001")
}
