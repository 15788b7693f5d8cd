// Package publicdata serves a catalogue without a session: routes that only
// read public-data models (products, categories) are public by nature; a
// sibling that writes one is not.
package publicdata

import (
	"database/sql"
	"encoding/json"
	"net/http"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"
)

// Product is catalogue data.
type Product struct {
	ID    uint
	Price int
}

var (
	gdb *gorm.DB
	db  *sql.DB
)

func listProducts(w http.ResponseWriter, r *http.Request) {
	var ps []Product
	gdb.Find(&ps)
	json.NewEncoder(w).Encode(ps)
}

func category(w http.ResponseWriter, r *http.Request) {
	db.QueryRow("SELECT name FROM categories WHERE slug = $1", chi.URLParam(r, "slug"))
}

func createProduct(w http.ResponseWriter, r *http.Request) {
	var p Product
	json.NewDecoder(r.Body).Decode(&p)
	gdb.Create(&p)
}

func orders(w http.ResponseWriter, r *http.Request) {
	db.QueryRow("SELECT total FROM orders WHERE id = $1", chi.URLParam(r, "id"))
}

func main() {
	r := chi.NewRouter()
	r.Get("/products", listProducts)      // ok: reads only products
	r.Get("/categories/{slug}", category) // ok: reads only categories
	r.Post("/products", createProduct)    // want `route POST /products \(chi, registered in main\) has no Clerk session check and it writes data \(gdb.Create`
	r.Get("/orders/{id}", orders)         // want `route GET /orders/\{id\} \(chi, registered in main\) has no Clerk session check and it reads data`
	r.With(clerkhttp.RequireHeaderAuthorization()).Get("/account", orders)
	registerRooms(r)
	registerCatalog(r)
	http.ListenAndServe(":8080", r)
}
