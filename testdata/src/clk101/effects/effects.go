package effects

import (
	"encoding/json"
	"net/http"
	"os"

	"github.com/clerk/clerk-sdk-go/v2/user"
	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"
)

// Note is a gorm model.
type Note struct {
	ID     uint
	UserID string
	Text   string
}

var gdb *gorm.DB

// store is a project interface: what its implementation does is not known here.
type store interface {
	Archive(id string) error
	List(kind string) []string
}

type api struct{ s store }

func version(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]string{"version": "1.2.3"})
}

func notes(w http.ResponseWriter, r *http.Request) {
	var out []Note
	gdb.WithContext(r.Context()).Where("user_id = ?", r.URL.Query().Get("user")).Find(&out)
	json.NewEncoder(w).Encode(out)
}

func createNote(w http.ResponseWriter, r *http.Request) {
	var n Note
	json.NewDecoder(r.Body).Decode(&n)
	save(n)
}

// save is followed: the write it makes is the handler's.
func save(n Note) { gdb.Create(&n) }

func export(w http.ResponseWriter, r *http.Request) {
	os.WriteFile("/tmp/export.json", nil, 0o600)
}

func forward(w http.ResponseWriter, r *http.Request) {
	http.Post("https://hooks.example.com/notify", "application/json", r.Body)
}

func (a api) archive(w http.ResponseWriter, r *http.Request) {
	a.s.Archive(chi.URLParam(r, "id"))
}

// list reads through an interface: what it does is unknown.
func (a api) list(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(a.s.List(chi.URLParam(r, "kind")))
}

func banUser(w http.ResponseWriter, r *http.Request) {
	user.Ban(r.Context(), chi.URLParam(r, "id"))
}

// cron is a machine route: it checks a shared secret and exits without it.
func cron(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+os.Getenv("CRON_SECRET") {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	gdb.Where("text = ?", "").Delete(&Note{})
}

// validate checks its own config and a query value in one condition: no
// comparison of the two, so no shared secret.
func validate(w http.ResponseWriter, r *http.Request) {
	key := os.Getenv("STRIPE_KEY")
	if key == "" || r.URL.Query().Get("name") == "" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	gdb.Create(&Note{})
}

// tag adds a relation row through an association: a write.
func tag(w http.ResponseWriter, r *http.Request) {
	gdb.Model(&Note{}).Association("Tags").Append(&Note{})
}

// batch writes inside a transaction callback (a literal: followed).
func batch(w http.ResponseWriter, r *http.Request) {
	gdb.Transaction(func(tx *gorm.DB) error { return tx.Create(&Note{}).Error })
}

// todos is an in-memory store: writing it changes what every user sees.
var todos = map[string]string{}

func addTodo(w http.ResponseWriter, r *http.Request) {
	todos[r.FormValue("id")] = r.FormValue("text")
}

func main() {
	a := api{}
	seen := 0
	r0 := chi.NewRouter()
	r0.Post("/todos", addTodo)                                      // want `route POST /todos \(chi, registered in main\) has no Clerk session check and it writes data \(todos\[r.FormValue\("id"\)\] at effects.go:\d+\)`
	r0.Post("/seen", func(w http.ResponseWriter, r *http.Request) { // want `route POST /seen \(chi, registered in main\) has no Clerk session check and it writes data \(seen at effects.go:\d+\)`
		seen++
	})
	r0.Get("/local", func(w http.ResponseWriter, r *http.Request) { // ok: writes only its own locals
		n := 0
		n++
		json.NewEncoder(w).Encode(n)
	})
	r := chi.NewRouter()
	r.Get("/version", version)              // ok: effect-free (a constant response)
	r.Get("/notes", notes)                  // want `route GET /notes \(chi, registered in main\) has no Clerk session check and it reads data \(gdb.Find at effects.go:\d+\)`
	r.Post("/notes", createNote)            // want `route POST /notes \(chi, registered in main\) has no Clerk session check and it writes data \(gdb.Create at effects.go:\d+\)`
	r.Post("/export", export)               // want `route POST /export \(chi, registered in main\) has no Clerk session check and it writes files \(os.WriteFile at effects.go:\d+\)`
	r.Post("/forward", forward)             // want `route POST /forward \(chi, registered in main\) has no Clerk session check and it calls an external service \(http.Post at effects.go:\d+\)`
	r.Post("/archive/{id}", a.archive)      // want `route POST /archive/\{id\} \(chi, registered in main\) has no Clerk session check and what it does could not be determined, so it is assumed to need a signed-in user`
	r.Get("/catalog/{kind}", a.list)        // ok: unknown effects of a read (GET) at a URL naming no user or private resource
	r.Get("/users/{id}/items", a.list)      // want `route GET /users/\{id\}/items \(chi, registered in main\) has no Clerk session check and what it does could not be determined`
	r.Post("/catalog/{kind}", a.list)       // want `route POST /catalog/\{kind\} \(chi, registered in main\) has no Clerk session check and what it does could not be determined`
	r.Post("/v1/auth/register", createNote) // ok: the app's own sign-in flow answers signed-out visitors
	r.Post("/v1/auth/login", createNote)    // ok: the app's own sign-in flow
	r.Post("/v1/auth/registry", createNote) // want `route POST /v1/auth/registry \(chi, registered in main\) has no Clerk session check and it writes data`
	r.Post("/users/{id}/ban", banUser)      // want `route POST /users/\{id\}/ban \(chi, registered in main\) has no Clerk session check and it calls the Clerk Backend API \(user.Ban at effects.go:\d+\)`
	r.Post("/cron/cleanup", cron)           // ok: a shared-secret machine route
	r.Post("/tag", tag)                     // want `route POST /tag \(chi, registered in main\) has no Clerk session check and it writes data \(gdb.Append at effects.go:\d+\)`
	r.Post("/batch", batch)                 // want `route POST /batch \(chi, registered in main\) has no Clerk session check and it writes data \(tx.Create at effects.go:\d+\)`
	r.Post("/validate", validate)           // want `route POST /validate \(chi, registered in main\) has no Clerk session check and it writes data \(gdb.Create at effects.go:\d+\)`
	registerClock(r)
	http.ListenAndServe(":8080", r)
}
