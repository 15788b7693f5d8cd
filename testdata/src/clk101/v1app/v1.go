package v1app

import (
	"database/sql"
	"net/http"

	"github.com/clerkinc/clerk-sdk-go/clerk"
)

// db is the store the handlers read: an endpoint that reads it needs a user
// (an effect-free handler would be quiet).
var db *sql.DB

func list(w http.ResponseWriter, r *http.Request) { db.QueryRow("SELECT id FROM items") }

func main() {
	client, _ := clerk.NewClient("")
	mux := http.NewServeMux()
	mux.Handle("/api/private", clerk.RequireSessionV2(client)(http.HandlerFunc(list))) // ok
	mux.HandleFunc("/api/open", list)                                                  // want `route /api/open \(net/http, registered in main\)`
	http.ListenAndServe(":8080", mux)
}
