package clerkauth // want package:"uses-clerk"

// This fixture is an application's own auth package, in another package than
// the routes, whose middleware the route rules must recognise through facts.

import (
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// Require returns the protecting middleware.
func Require() func(http.Handler) http.Handler { // want Require:"protects-middleware" Require:"effect-free"
	return clerkhttp.RequireHeaderAuthorization(clerkhttp.AuthorizedPartyMatches("https://app.example.com"))
}

// Optional returns the fail-open middleware.
func Optional() func(http.Handler) http.Handler { // want Optional:"reads-middleware" Optional:"effect-free"
	return clerkhttp.WithHeaderAuthorization()
}

// Protect is itself a middleware that checks the claims put there by an outer
// WithHeaderAuthorization.
func Protect(next http.Handler) http.Handler { // want Protect:"protects-middleware\\|reads-session"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims, ok := clerk.SessionClaimsFromContext(r.Context())
		if !ok || claims == nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Logging is not about sessions.
func Logging(next http.Handler) http.Handler { // want Logging:"effect-free"
	return next
}

// RequireAdmin checks a role.
func RequireAdmin(next http.Handler) http.Handler { // want RequireAdmin:"protects-middleware\\|reads-session\\|checks-role"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims, ok := clerk.SessionClaimsFromContext(r.Context())
		if !ok || !claims.HasRole("org:admin") {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Gin verifies the session as gin middleware.
func Gin() gin.HandlerFunc { // want Gin:"returns-verifying-handler\\|reads-session" Gin:"effect-free"
	return func(c *gin.Context) {
		if _, ok := clerk.SessionClaimsFromContext(c.Request.Context()); !ok {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// Echo verifies the session as echo middleware.
func Echo(next echo.HandlerFunc) echo.HandlerFunc { // want Echo:"protects-middleware\\|reads-session"
	return func(c echo.Context) error {
		if _, ok := clerk.SessionClaimsFromContext(c.Request().Context()); !ok {
			return echo.ErrUnauthorized
		}
		return next(c)
	}
}

// Claims is a session getter: callers must test ok.
func Claims(r *http.Request) (*clerk.SessionClaims, bool) { // want Claims:"reads-session\\|session-getter-ok" Claims:"effect-free"
	return clerk.SessionClaimsFromContext(r.Context())
}

// RequireSession is a package-level middleware variable.
var RequireSession = clerkhttp.RequireHeaderAuthorization() // want RequireSession:"protects-middleware"

// Serve runs a router behind the protecting middleware.
func Serve(h http.Handler) error {
	return http.ListenAndServe(":8080", Require()(h))
}
