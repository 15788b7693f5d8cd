package admin

import (
	"net/http"

	"clerkauth"
	"clk201/handlers"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/clerk/clerk-sdk-go/v2/organizationmembership"
	"github.com/clerk/clerk-sdk-go/v2/user"
	"github.com/go-chi/chi/v5"
)

func deleteUser(w http.ResponseWriter, r *http.Request) {
	user.Delete(r.Context(), chi.URLParam(r, "id"))
}

func deleteSelf(w http.ResponseWriter, r *http.Request) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		return
	}
	user.Delete(r.Context(), claims.Subject) // ok: acting on one's own account
}

func deleteChecked(w http.ResponseWriter, r *http.Request) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok || !claims.HasPermission("org:users:manage") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	user.Delete(r.Context(), chi.URLParam(r, "id"))
}

func stats(w http.ResponseWriter, r *http.Request) {}

func main() {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization())
		r.Delete("/api/users/{id}", deleteUser) // want `route DELETE /api/users/\{id\} calls user.Delete, a privileged Clerk API, but checks no role or permission`
		r.Delete("/api/me", deleteSelf)         // ok: own account
		r.Delete("/api/users2/{id}", deleteChecked)
		r.Get("/admin/stats", stats)                                          // want `route GET /admin/stats is privileged \(privileged-routes\) but only checks that a user is signed in`
		r.Post("/api/members", func(w http.ResponseWriter, r *http.Request) { // want `route POST /api/members calls organizationmembership.Create`
			organizationmembership.Create(r.Context(), &organizationmembership.CreateParams{OrganizationID: "org_1"})
		})
		r.Post("/api/ban", handlers.BanUser) // want `route POST /api/ban calls handlers.BanUser \(which calls one\), a privileged Clerk API`
	})
	r.Route("/admin", func(r chi.Router) {
		r.Use(clerkauth.RequireAdmin)
		r.Get("/users", stats) // ok: role middleware
	})
	r.Get("/admin/open", stats) // ok here: not authenticated at all (CLK101)
	http.ListenAndServe(":8080", r)
}
