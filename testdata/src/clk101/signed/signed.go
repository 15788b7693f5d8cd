// Package signed registers job and callback routes behind middleware that
// verifies the sender's signature (a message queue's, a provider's HMAC)
// and answers 401 before passing the request on: such routes are verified
// receivers, public by design. Their twins behind middleware that only
// logs a bad signature, tests that the header is present, verifies after
// the handler ran, or (gin) returns without aborting, are reported (they
// answer 401 through apierr, so the middleware is not taken for an
// authentication of its own either).
package signed

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"log"
	"net/http"

	"apierr"
	"qmsg"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

var db *sql.DB

func purge(w http.ResponseWriter, r *http.Request) { db.Exec("DELETE FROM uploads WHERE expired") }

// queueVerifier rejects a delivery whose signature the queue's receiver
// does not accept; the 401 comes from the apierr package.
func queueVerifier(key string) func(http.Handler) http.Handler {
	recv := qmsg.NewReceiver(key)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				apierr.Write(w, apierr.BadRequest("unreadable body"))
				return
			}
			if err := recv.Verify(qmsg.VerifyOptions{Signature: r.Header.Get("Queue-Signature"), Body: string(body)}); err != nil {
				apierr.Write(w, apierr.Unauthorized())
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}

// hmacVerifier compares the request's HMAC header with its own over the body.
func hmacVerifier(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			mac := hmac.New(sha256.New, secret)
			mac.Write(body)
			sent, err := hex.DecodeString(r.Header.Get("X-Hook-Signature"))
			if err != nil || !hmac.Equal(mac.Sum(nil), sent) {
				http.Error(w, "bad signature", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// logVerifier verifies but only logs a bad signature: it lets every
// request through.
func logVerifier(key string) func(http.Handler) http.Handler {
	recv := qmsg.NewReceiver(key)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := recv.Verify(qmsg.VerifyOptions{Signature: r.Header.Get("Queue-Signature")}); err != nil {
				log.Printf("unsigned delivery: %v", err)
			}
			next.ServeHTTP(w, r)
		})
	}
}

// requireSignatureHeader answers 401 when the header is missing, and never
// checks what it holds.
func requireSignatureHeader(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Queue-Signature") == "" {
			apierr.Write(w, apierr.Unauthorized())
			return
		}
		next.ServeHTTP(w, r)
	})
}

// lateVerifier verifies once the handler has already run.
func lateVerifier(key string) func(http.Handler) http.Handler {
	recv := qmsg.NewReceiver(key)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(w, r)
			if err := recv.Verify(qmsg.VerifyOptions{Signature: r.Header.Get("Queue-Signature")}); err != nil {
				apierr.Write(w, apierr.Unauthorized())
				return
			}
		})
	}
}

// callback verifies its own delivery and answers 401 to a forged one.
func callback(w http.ResponseWriter, r *http.Request) {
	recv := qmsg.NewReceiver("key")
	body, _ := io.ReadAll(r.Body)
	if err := recv.Verify(qmsg.VerifyOptions{Signature: r.Header.Get("Queue-Signature"), Body: string(body)}); err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	db.Exec("UPDATE payments SET settled = true")
}

// ginSigned is a gin middleware that aborts a request whose HMAC does not
// match; ginReturns only returns, so gin runs the handler anyway.
func ginSigned(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		mac := hmac.New(sha256.New, secret)
		if !hmac.Equal(mac.Sum(nil), []byte(c.GetHeader("X-Hook-Signature"))) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

func ginReturns(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		mac := hmac.New(sha256.New, secret)
		if !hmac.Equal(mac.Sum(nil), []byte(c.GetHeader("X-Hook-Signature"))) {
			c.JSON(apierr.Unauthorized().Code, nil)
			return
		}
		c.Next()
	}
}

func ginPurge(c *gin.Context) { db.Exec("DELETE FROM uploads WHERE expired") }

func main() {
	r := chi.NewRouter()
	r.With(clerkhttp.RequireHeaderAuthorization()).Post("/api/uploads/purge", purge)
	verified := queueVerifier("key")
	r.Route("/jobs", func(r chi.Router) {
		r.With(verified).Post("/purge", purge)                            // ok: a verified queue delivery
		r.With(hmacVerifier([]byte("secret"))).Post("/hook-purge", purge) // ok: a verified HMAC
		r.With(logVerifier("key")).Post("/logged-purge", purge)           // want `route POST /jobs/logged-purge \(chi, registered in main\) has no Clerk session check`
		r.With(requireSignatureHeader).Post("/present-purge", purge)      // want `route POST /jobs/present-purge \(chi, registered in main\) has no Clerk session check`
		r.With(lateVerifier("key")).Post("/late-purge", purge)            // want `route POST /jobs/late-purge \(chi, registered in main\) has no Clerk session check`
	})
	r.Post("/payments/settled", callback) // ok: the handler verifies the delivery
	http.ListenAndServe(":8080", r)

	g := gin.Default()
	g.POST("/jobs/gin-purge", ginSigned([]byte("secret")), ginPurge)       // ok: aborts an unsigned request
	g.POST("/jobs/gin-open-purge", ginReturns([]byte("secret")), ginPurge) // want `route POST /jobs/gin-open-purge \(gin, registered in main\) has no Clerk session check`
	g.Run()
}
