// Package signedmw is an application's middleware for deliveries a
// message queue signs, in another package than the routes: the route
// rules credit it through its fact (verifies-signature) when it answers
// 401 to a forged delivery before passing the request on, and not when
// it only logs one.
package signedmw

import (
	"log"
	"net/http"

	"apierr"
	"qmsg"
)

// Verify rejects a delivery whose signature the receiver does not accept.
func Verify(key string) func(http.Handler) http.Handler { // want Verify:"verifies-signature"
	recv := qmsg.NewReceiver(key)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := recv.Verify(qmsg.VerifyOptions{Signature: r.Header.Get("Queue-Signature")}); err != nil {
				apierr.Write(w, apierr.Unauthorized())
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Audit verifies but serves a forged delivery anyway.
func Audit(key string) func(http.Handler) http.Handler {
	recv := qmsg.NewReceiver(key)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := recv.Verify(qmsg.VerifyOptions{Signature: r.Header.Get("Queue-Signature")}); err != nil {
				log.Print(err)
			}
			next.ServeHTTP(w, r)
		})
	}
}
