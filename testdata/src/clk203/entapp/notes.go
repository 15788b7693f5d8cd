// Package entapp is a net/http service on an ent client: each mistake
// beside its safe twin.
package entapp

import (
	"net/http"
	"strconv"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"

	"clk203/entapp/ent"
	"clk203/entapp/ent/note"
)

type api struct{ client *ent.Client }

func (a api) get(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	a.client.Note.Get(r.Context(), id) // want `route GET /notes/\{id\} reads a record with a.client.Note.Get .* selected by id = .id. from a route parameter`
}

func (a api) getMine(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	id, _ := strconv.Atoi(r.PathValue("id"))
	a.client.Note.Query().Where(note.ID(id), note.UserID(claims.Subject)).Only(r.Context()) // ok: owner in the predicates
}

func (a api) shared(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	id, _ := strconv.Atoi(r.PathValue("id"))
	a.client.Note.Query().Where(note.ID(id), note.HasOwnerWith(note.UserID(claims.Subject))).Only(r.Context()) // ok: owner through the relation
}

func (a api) edit(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	a.client.Note.UpdateOneID(id).SetBody(r.FormValue("body")).Save(r.Context()) // want `route PUT /notes/\{id\} changes or deletes a record with a.client.Note.Save`
}

func (a api) remove(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	id, _ := strconv.Atoi(r.PathValue("id"))
	a.client.Note.DeleteOneID(id).Where(note.UserID(claims.Subject)).Exec(r.Context()) // ok: owner in the predicates
}

func (a api) removeOthers(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context())
	id, _ := strconv.Atoi(r.PathValue("id"))
	a.client.Note.DeleteOneID(id).Where(note.UserIDNEQ(claims.Subject)).Exec(r.Context()) // want `route DELETE /others/\{id\} changes or deletes a record`
}

func routes(a api) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /notes/{id}", a.get)
	mux.HandleFunc("GET /my/notes/{id}", a.getMine)
	mux.HandleFunc("GET /shared/{id}", a.shared)
	mux.HandleFunc("PUT /notes/{id}", a.edit)
	mux.HandleFunc("DELETE /notes/{id}", a.remove)
	mux.HandleFunc("DELETE /others/{id}", a.removeOthers)
	http.ListenAndServe(":8080", clerkhttp.RequireHeaderAuthorization()(mux))
}
