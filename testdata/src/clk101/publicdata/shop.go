package publicdata

import (
	"database/sql"
	"net/http"

	"clk101/publicdata/respond"

	"github.com/go-chi/chi/v5"
	"github.com/lib/pq"
)

// productsByCategory picks its statement by branch and answers through a
// helper of another package: every statement reads products.
func productsByCategory(w http.ResponseWriter, r *http.Request) {
	category := r.URL.Query().Get("category")
	var query string
	var rows *sql.Rows
	if category != "" {
		query = `SELECT id, photos FROM products WHERE category = $1`
		rows, _ = db.Query(query, category)
	} else {
		query = `SELECT id, photos FROM products`
		rows, _ = db.Query(query)
	}
	var photos []string
	for rows.Next() {
		rows.Scan(pq.Array(&photos))
	}
	respond.JSON(w, http.StatusOK, photos)
}

// productsSorted appends to its statement before running it; the clause
// appended only when a parameter is given does not change what it reads.
func productsSorted(w http.ResponseWriter, r *http.Request) {
	query := `SELECT id FROM products WHERE price > 0`
	if r.URL.Query().Get("cheap") != "" {
		query += ` AND price < 10`
	}
	query += ` ORDER BY price`
	db.Query(query)
	respond.JSON(w, http.StatusOK, nil)
}

// ordersByState has the same shape over a private model.
func ordersByState(w http.ResponseWriter, r *http.Request) {
	state := r.URL.Query().Get("state")
	var query string
	if state != "" {
		query = `SELECT id FROM orders WHERE state = $1`
	} else {
		query = `SELECT id FROM orders`
	}
	db.Query(query, state)
	respond.JSON(w, http.StatusOK, nil)
}

func registerCatalog(r chi.Router) {
	r.Get("/shop/products", productsByCategory)    // ok: reads only products
	r.Get("/shop/products/sorted", productsSorted) // ok: reads only products
	r.Get("/shop/orders", ordersByState)           // want `route GET /shop/orders \(chi, registered in registerCatalog\) has no Clerk session check and it reads data`
}
