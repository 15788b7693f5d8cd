// Package failopenpublic puts a fail-open session reader in front of
// routes anyone may call: a docs page, a catalogue read, a delivery whose
// signature a middleware verifies. The reader changes nothing for them; a
// write behind it, reading no session, is still reported.
package failopenpublic

import (
	"database/sql"
	"net/http"

	"qmsg"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
)

var db *sql.DB

func docs(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<html>API docs</html>")) }

func products(w http.ResponseWriter, r *http.Request) { db.Query("SELECT name, price FROM products") }

func rename(w http.ResponseWriter, r *http.Request) {
	db.Exec("UPDATE products SET name = $1", r.FormValue("name"))
}

func signedOnly(next http.Handler) http.Handler {
	recv := qmsg.NewReceiver("key")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := recv.Verify(qmsg.VerifyOptions{Signature: r.Header.Get("Queue-Signature")}); err != nil {
			http.Error(w, "forged", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	r := chi.NewRouter()
	r.Use(clerkhttp.WithHeaderAuthorization())       // want `clerkhttp.WithHeaderAuthorization lets requests without a session through to a route whose handler never reads the session \(PUT /api/products\)`
	r.Get("/docs", docs)                             // ok: fixed markup
	r.Get("/api/products", products)                 // ok: a catalogue read
	r.With(signedOnly).Post("/jobs/reprice", rename) // ok: a verified delivery
	r.Put("/api/products", rename)
	http.ListenAndServe(":8080", r)
}
