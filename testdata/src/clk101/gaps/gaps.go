package gaps

import (
	"database/sql"
	"net/http"

	"clerkadapters"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"
)

var db *sql.DB

func save(c *gin.Context) { db.Exec("UPDATE accounts SET plan = $1", c.PostForm("plan")) }

func version(c *gin.Context) { c.String(http.StatusOK, "v1") }

// ginOrder: gin's Use covers only the routes registered after it.
func ginOrder() {
	r := gin.New()
	r.GET("/version", version) // ok: effect-free, even before the Use
	r.POST("/plan", save)      // want `route POST /plan \(gin, registered in ginOrder\) has no Clerk session check and it writes data \(db.Exec at gaps.go:\d+\); it is registered before clerkadapters.GinRequire\(\) \(gaps.go:\d+\), which only covers routes registered after it`
	r.Use(clerkadapters.GinRequire())
	r.POST("/plan2", save) // ok: after the Use
	r.Run()
}

// ginSiblings: two routes of the group carry the adapter, the third forgot it.
func ginSiblings() {
	r := gin.New()
	billing := r.Group("/billing")
	billing.POST("/plan", clerkadapters.GinRequire(), save)  // ok
	billing.POST("/seats", clerkadapters.GinRequire(), save) // ok
	billing.POST("/coupon", save)                            // want `route POST /billing/coupon \(gin, registered in ginSiblings\) has no Clerk session check and it writes data \(db.Exec at gaps.go:\d+\); the other routes of its group use clerkadapters.GinRequire\(\) \(gaps.go:\d+\)`
	billing.GET("/version", version)                         // ok: effect-free
	r.Run()
}

func elist(c echo.Context) error {
	db.QueryRow("SELECT id FROM invoices")
	return nil
}

// echoOrder: echo's root Use covers every route (it runs before routing), a
// group's Use only the routes added after it.
func echoOrder() {
	e := echo.New()
	e.GET("/invoices", elist) // ok: e.Use below still covers it
	e.Use(echo.WrapMiddleware(clerkhttp.RequireHeaderAuthorization()))
	g := e.Group("/g")
	g.GET("/invoices", elist) // ok: the root Use covers the group too
	e.Start(":8080")
}

func echoGroupOrder() {
	e := echo.New()
	g := e.Group("/g")
	g.GET("/invoices", elist) // want `route GET /g/invoices \(echo, registered in echoGroupOrder\) has no Clerk session check and it reads data \(db.QueryRow at gaps.go:\d+\); it is registered before echo.WrapMiddleware\(clerkhttp.RequireHeaderAuthorization\(\)\) \(gaps.go:\d+\)`
	g.Use(echo.WrapMiddleware(clerkhttp.RequireHeaderAuthorization()))
	e.Start(":8080")
}

func list(w http.ResponseWriter, r *http.Request) { db.QueryRow("SELECT id FROM invoices") }

// chiOrder: chi panics on a Use after routes, so there is no order gap to
// report; a route outside the protected group is reported plainly.
func chiOrder() {
	r := chi.NewRouter()
	r.Use(clerkhttp.RequireHeaderAuthorization())
	r.Get("/invoices", list) // ok
	http.ListenAndServe(":8080", r)
}

// fromOtherPackage: an echo instance built in another package; its middleware
// is not known here (and evaluating the call must terminate).
func fromOtherPackage() {
	e := clerkadapters.NewEcho()
	e.GET("/invoices", elist) // ok: router from another package, not followed
	e.Start(":8080")
}
