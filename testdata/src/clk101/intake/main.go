// Package intake is a marketing site's API: its intake forms (newsletter,
// sales contact) and e-mailed links are public by design; routes at such
// URLs that change existing rows, read other tables, or take an id where
// a link's secret belongs are not.
package intake

import (
	"database/sql"
	"encoding/json"
	"net/http"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"

	"clk101/intake/store"
)

// Ticket is a support request.
type Ticket struct {
	ID      uint
	Email   string
	Subject string
}

var (
	db  *sql.DB
	gdb *gorm.DB
	st  *store.Store
)

type form struct{ Email, Name, Company, Message string }

func subscribe(w http.ResponseWriter, r *http.Request) {
	var f form
	json.NewDecoder(r.Body).Decode(&f)
	st.SaveSubscriber(r.Context(), f.Email)
}

func renameSubscriber(w http.ResponseWriter, r *http.Request) {
	var f form
	json.NewDecoder(r.Body).Decode(&f)
	st.RenameSubscriber(r.Context(), f.Email, f.Name)
}

func salesContact(w http.ResponseWriter, r *http.Request) {
	var f form
	json.NewDecoder(r.Body).Decode(&f)
	st.CreateLead(r.Context(), f.Company, f.Email)
}

func waitlist(w http.ResponseWriter, r *http.Request) {
	db.Exec("INSERT INTO waitlist (email) VALUES ($1) ON CONFLICT (email) DO NOTHING", r.FormValue("email"))
}

func upsertWaitlist(w http.ResponseWriter, r *http.Request) {
	db.Exec("INSERT INTO waitlist (email, note) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET note = EXCLUDED.note", r.FormValue("email"), r.FormValue("note"))
}

func feedback(w http.ResponseWriter, r *http.Request) {
	var owner string
	db.QueryRow("SELECT email FROM users WHERE id = $1", r.FormValue("user")).Scan(&owner)
	db.Exec("INSERT INTO feedback (email, body) VALUES ($1, $2)", owner, r.FormValue("body"))
}

func openTicket(w http.ResponseWriter, r *http.Request) {
	var t Ticket
	json.NewDecoder(r.Body).Decode(&t)
	gdb.Create(&t)
}

func updateTicket(w http.ResponseWriter, r *http.Request) {
	var t Ticket
	json.NewDecoder(r.Body).Decode(&t)
	gdb.Save(&t)
}

func unsubscribe(w http.ResponseWriter, r *http.Request) {
	db.Exec("UPDATE subscribers SET active = false WHERE unsubscribe_token = $1", chi.URLParam(r, "token"))
}

func acceptInvite(w http.ResponseWriter, r *http.Request) {
	db.Exec("UPDATE invites SET accepted = true WHERE id = $1", chi.URLParam(r, "id"))
}

func leads(w http.ResponseWriter, r *http.Request) {
	db.Query("SELECT email FROM leads")
}

func main() {
	r := chi.NewRouter()
	r.Post("/v1/newsletter/subscribe", subscribe)          // ok: only adds an address
	r.Put("/v1/newsletter/subscribe", renameSubscriber)    // want `route PUT /v1/newsletter/subscribe \(chi, registered in main\) has no Clerk session check and it writes data \(st.RenameSubscriber`
	r.Post("/v1/sales/contact", salesContact)              // ok: inserts a lead
	r.Post("/v1/waitlist", waitlist)                       // ok: inserts, an existing address is left alone
	r.Patch("/v1/waitlist", upsertWaitlist)                // want `route PATCH /v1/waitlist \(chi, registered in main\) has no Clerk session check and it writes data \(db.Exec`
	r.Post("/v1/feedback", feedback)                       // want `route POST /v1/feedback \(chi, registered in main\) has no Clerk session check and it writes data \(db.Exec`
	r.Post("/v1/support/tickets", openTicket)              // ok: gorm's Create adds a ticket
	r.Put("/v1/support/tickets", updateTicket)             // want `route PUT /v1/support/tickets \(chi, registered in main\) has no Clerk session check and it writes data \(gdb.Save`
	r.Get("/v1/subscriptions/{token}/cancel", unsubscribe) // ok: the link's token selects the row
	r.Post("/v1/invites/{id}/accept", acceptInvite)        // want `route POST /v1/invites/\{id\}/accept \(chi, registered in main\) has no Clerk session check and it writes data \(db.Exec`
	r.With(clerkhttp.RequireHeaderAuthorization()).Get("/v1/admin/leads", leads)
	http.ListenAndServe(":8080", r)
}
