// Package http is a minimal stub of github.com/clerk/clerk-sdk-go/v2/http.
package http

import (
	"context"
	"net/http"
	"time"

	"github.com/clerk/clerk-sdk-go/v2"
	"github.com/clerk/clerk-sdk-go/v2/jwt"
)

// RequireHeaderAuthorization responds 403 when the request carries no valid session token.
func RequireHeaderAuthorization(opts ...AuthorizationOption) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// WithHeaderAuthorization verifies a bearer token when present; a request without
// one reaches next WITHOUT session claims (fail-open).
func WithHeaderAuthorization(opts ...AuthorizationOption) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// NeedsSessionReverification responds 403 without claims, and asks for
// reverification when the policy requires it.
func NeedsSessionReverification(policy clerk.SessionReverificationPolicy) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// AuthorizationParams configure the middleware.
type AuthorizationParams struct {
	jwt.VerifyParams
	AuthorizationFailureHandler http.Handler
	AuthorizationJWTExtractor   func(r *http.Request) string
}

// AuthorizationOption is a functional option of the middleware.
type AuthorizationOption func(*AuthorizationParams) error

// AuthorizationJWTExtractor sets how the token is read from the request.
func AuthorizationJWTExtractor(extractor func(r *http.Request) string) AuthorizationOption {
	return nil
}

// AuthorizationFailureHandler sets the handler for failed verification.
func AuthorizationFailureHandler(h http.Handler) AuthorizationOption { return nil }

// AuthorizedParty sets a check of the azp claim.
func AuthorizedParty(handler func(string) bool) AuthorizationOption { return nil }

// AuthorizedPartyMatches accepts only the listed azp values (and an empty azp).
func AuthorizedPartyMatches(parties ...string) AuthorizationOption { return nil }

// Clock sets the time source.
func Clock(c clerk.Clock) AuthorizationOption { return nil }

// CustomClaimsConstructor sets the constructor of custom claims.
func CustomClaimsConstructor(constructor func(context.Context) any) AuthorizationOption {
	return nil
}

// Leeway sets the clock-skew leeway.
func Leeway(leeway time.Duration) AuthorizationOption { return nil }

// ProxyURL sets the Frontend API proxy URL.
func ProxyURL(proxyURL string) AuthorizationOption { return nil }

// Satellite marks a satellite domain.
func Satellite(isSatellite bool) AuthorizationOption { return nil }

// JSONWebKey sets a static verification key.
func JSONWebKey(key string) AuthorizationOption { return nil }
