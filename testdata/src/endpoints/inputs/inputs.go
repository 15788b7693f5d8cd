// Package inputs states the request inputs and effects the Go endpoint
// producer records for each router's APIs.
package inputs

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	_ "github.com/clerk/clerk-sdk-go/v2"
	"github.com/clerk/clerk-sdk-go/v2/user"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

var db *sql.DB

func std(w http.ResponseWriter, r *http.Request) {
	_ = r.URL.Query().Get("q")
	_ = r.FormValue("name")
	_ = r.PathValue("id")
	_ = r.Header.Get("X-Org")
	var v any
	_ = json.NewDecoder(r.Body).Decode(&v)
	w.Header().Set("Content-Type", "application/json")
	db.Exec("DELETE FROM sessions WHERE user_id = $1 AND org_id = $2", r.PathValue("id"), "")
}

func chiParam(w http.ResponseWriter, r *http.Request) {
	user.Delete(r.Context(), chi.URLParam(r, "userID"))
}

func muxVars(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	_ = mux.Vars(r)
	db.Query("INSERT INTO logs (line) VALUES ($1) RETURNING id", string(b))
}

func ginH(c *gin.Context) {
	var in struct{ Name string }
	_ = c.ShouldBindJSON(&in)
	_ = c.Param("id")
	_ = c.Query("page")
	_ = c.PostForm("title")
	_ = c.GetHeader("X-Org")
	c.JSON(http.StatusOK, in)
}

func echoH(c echo.Context) error {
	_ = c.Param("id")
	_ = c.QueryParam("page")
	_ = c.FormValue("title")
	var in struct{ Name string }
	return c.Bind(&in)
}

func fiberH(c *fiber.Ctx) error {
	_ = c.Params("id")
	_ = c.Query("page")
	_ = c.Get("X-Org")
	var in struct{ Name string }
	return c.BodyParser(&in)
}

func unknown(w http.ResponseWriter, r *http.Request) {
	callback(w, r)
}

var callback func(http.ResponseWriter, *http.Request)

func main() {
	m := http.NewServeMux()
	m.HandleFunc("DELETE /sessions/{id}", std) // want `DELETE /sessions/\{id\} inputs=\[query:q form:name path:id header:X-Org body path:id\] effects=\[db-write:sessions\(user_id,org_id\)\] known=true`
	r := chi.NewRouter()
	r.Delete("/users/{userID}", chiParam) // want `DELETE /users/\{userID\} inputs=\[path:userID\] effects=\[clerk-api:user.Delete\] known=true`
	g := mux.NewRouter()
	g.HandleFunc("/logs", muxVars) // want `/logs inputs=\[body path\] effects=\[db-write:logs\] known=true`
	e := gin.New()
	e.POST("/g/:id", ginH) // want `POST /g/:id inputs=\[body path:id query:page form:title header:X-Org\] effects=\[\] known=true`
	ec := echo.New()
	ec.POST("/e/:id", echoH) // want `POST /e/:id inputs=\[path:id query:page form:title body\] effects=\[\] known=true`
	f := fiber.New()
	f.Post("/f/:id", fiberH)          // want `POST /f/:id inputs=\[path:id query:page header:X-Org body\] effects=\[\] known=true`
	m.HandleFunc("/unknown", unknown) // want `/unknown inputs=\[\] effects=\[\] known=false`
}
