// Package ownauth registers routes behind middleware that authenticates by
// other means than a Clerk session (an API key): such middleware answers 401
// or 403 on its own terms, so the routes behind it are not judged. Its
// twins, behind middleware that rejects for other reasons (a rate limit),
// are reported.
package ownauth

import (
	"clerkauth"
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

func list(c *gin.Context) { db.QueryRow("SELECT id FROM items") }

func validKey(key string) bool {
	var n int
	_ = db.QueryRow("SELECT count(*) FROM api_keys WHERE hash = $1", key).Scan(&n)
	return n > 0
}

// requireAPIKey is a gin middleware factory checking an API key.
func requireAPIKey() gin.HandlerFunc {
	return func(c *gin.Context) {
		if !validKey(c.GetHeader("X-API-Key")) {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid API key"})
			return
		}
		c.Next()
	}
}

// adminOnly answers 403 with a literal status.
func adminOnly(c *gin.Context) {
	if c.GetHeader("X-Admin-Token") == "" {
		c.AbortWithStatus(403)
		return
	}
	c.Next()
}

// rateLimit rejects too many requests: no authentication.
func rateLimit() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.GetHeader("X-Forwarded-For") == "" {
			c.AbortWithStatus(http.StatusTooManyRequests)
			return
		}
		c.Next()
	}
}

// requireKeyHTTP is a net/http middleware checking an API key.
func requireKeyHTTP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !validKey(r.Header.Get("Authorization")) {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func items(w http.ResponseWriter, r *http.Request) { db.QueryRow("SELECT id FROM items") }

func main() {
	r := gin.Default()
	keyed := r.Group("/api/keyed", requireAPIKey())
	keyed.GET("/items", list)                  // ok: authenticated by an API key
	r.GET("/api/admin/items", adminOnly, list) // ok: authenticated by an admin token
	limited := r.Group("/api/limited", rateLimit())
	limited.GET("/items", list) // want `route GET /api/limited/items \(gin, registered in main\) has no Clerk session check`
	clerked := r.Group("/api/clerk", requireAPIKey(), clerkauth.Gin())
	clerked.GET("/items", list) // ok: a Clerk session is required too
	r.Run()

	mux := http.NewServeMux()
	mux.Handle("/api/std/items", requireKeyHTTP(http.HandlerFunc(items))) // ok: authenticated by an API key
	mux.HandleFunc("/api/std/open", items)                                // want `route /api/std/open \(net/http, registered in main\) has no Clerk session check`
	_ = http.ListenAndServe(":8080", mux)
}
