// Package selfapi calls privileged Clerk APIs on the caller's own user or
// session (their session's claims, or a user id a middleware stored from
// them), which needs no role, next to the same calls on an id the request
// names, which does.
package selfapi

import (
	"net/http"

	"clk201/profile"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/clerk/clerk-sdk-go/v2/session"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func signOut(w http.ResponseWriter, r *http.Request) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		return
	}
	session.Revoke(r.Context(), &session.RevokeParams{ID: claims.SessionID})
}

func revokeAny(w http.ResponseWriter, r *http.Request) {
	session.Revoke(r.Context(), &session.RevokeParams{ID: chi.URLParam(r, "sid")})
}

func myLanguage(w http.ResponseWriter, r *http.Request) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		return
	}
	profile.SetLanguage(r.Context(), claims.Subject, r.FormValue("lang"))
}

func anyLanguage(w http.ResponseWriter, r *http.Request) {
	profile.SetLanguage(r.Context(), chi.URLParam(r, "id"), r.FormValue("lang"))
}

func main() {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(clerkhttp.RequireHeaderAuthorization())
		r.Post("/api/signout", signOut)                 // ok: the caller's own session
		r.Delete("/api/sessions/{sid}", revokeAny)      // want `route DELETE /api/sessions/\{sid\} calls session.Revoke, a privileged Clerk API, but checks no role or permission`
		r.Post("/api/me/language", myLanguage)          // ok: the helper writes the caller's own user
		r.Post("/api/users/{id}/language", anyLanguage) // want `route POST /api/users/\{id\}/language calls selfapi.anyLanguage \(which calls one\), a privileged Clerk API`
	})
	http.ListenAndServe(":8080", r)
}

// requireUser stores the signed-in user's id for the handlers after it.
func requireUser(c *gin.Context) {
	claims, ok := clerk.SessionClaimsFromContext(c.Request.Context())
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Set("userID", claims.Subject)
	c.Next()
}

func setLanguage(c *gin.Context) {
	id, _ := c.Get("userID")
	profile.SetLanguage(c.Request.Context(), id.(string), c.PostForm("lang"))
}

func setLanguageOf(c *gin.Context) {
	profile.SetLanguage(c.Request.Context(), c.Param("id"), c.PostForm("lang"))
}

func ginRoutes() {
	g := gin.Default()
	api := g.Group("/api", requireUser)
	api.POST("/language", setLanguage)             // ok: the id the middleware stored from the session
	api.POST("/users/:id/language", setLanguageOf) // want `route POST /api/users/:id/language calls selfapi.setLanguageOf \(which calls one\)`
	g.Run()
}
