package authvar // want package:"uses-clerk"

// This fixture keeps its session check in a package-level function
// variable, so the app's tests can swap it: callers in other packages
// must be credited with it through the variable's fact, as with a
// declared function.

import (
	"errors"
	"net/http"

	"github.com/clerk/clerk-sdk-go/v2"
	"github.com/clerk/clerk-sdk-go/v2/user"
)

// RequireUser returns the signed-in user, or an error without a session.
var RequireUser = func(r *http.Request) (*clerk.User, error) { // want RequireUser:"verifies-session\\|reads-session\\|session-getter-err"
	claims, ok := clerk.SessionClaimsFromContext(r.Context())
	if !ok {
		return nil, errors.New("unauthorized")
	}
	return user.Get(r.Context(), claims.Subject)
}
