package claims

import (
	"fmt"
	"net/http"

	"clerkauth"

	"github.com/clerk/clerk-sdk-go/v2"
	clerkv1 "github.com/clerkinc/clerk-sdk-go/clerk"
)

func discarded(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context()) // want `the ok result of clerk.SessionClaimsFromContext is discarded and claims is used unchecked`
	fmt.Fprintf(w, "hello %s", claims.Subject)
}

func discardedButNilChecked(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerk.SessionClaimsFromContext(r.Context()) // ok: nil check
	if claims == nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s", claims.Subject)
}

func usedBeforeCheck(w http.ResponseWriter, r *http.Request) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	id := claims.Subject // want `session claims claims from clerk.SessionClaimsFromContext are used before ok is checked`
	if !ok {
		return
	}
	fmt.Fprint(w, id)
}

func checked(w http.ResponseWriter, r *http.Request) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context()) // ok
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	fmt.Fprint(w, claims.Subject)
}

func optional(w http.ResponseWriter, r *http.Request) {
	if claims, ok := clerk.SessionClaimsFromContext(r.Context()); ok { // ok: guarded use
		fmt.Fprint(w, claims.Subject)
	}
}

// getter hands the check to its callers.
func getter(r *http.Request) (*clerk.SessionClaims, bool) {
	claims, ok := clerk.SessionClaimsFromContext(r.Context()) // ok: returned with ok
	return claims, ok
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	claims, _ := clerkauth.Claims(r) // want `the ok result of clerkauth.Claims is discarded`
	fmt.Fprint(w, claims.Subject)
}

func viaLocalGetter(w http.ResponseWriter, r *http.Request) {
	c, ok := getter(r)
	fmt.Fprint(w, c.Subject, ok) // want `session claims c from claims.getter are used before ok is checked`
}

func v1(w http.ResponseWriter, r *http.Request) {
	sess, _ := clerkv1.SessionFromContext(r.Context()) // want `the ok result of clerk.SessionFromContext is discarded`
	fmt.Fprint(w, sess.Subject)
}
