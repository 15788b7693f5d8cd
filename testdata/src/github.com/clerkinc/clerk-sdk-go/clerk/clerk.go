// Package clerk is a minimal analysistest stub of the v1 SDK
// github.com/clerkinc/clerk-sdk-go/clerk (v1.x): client, token and middleware
// signatures only. The go-jose jwt.Claims embedded by the real SessionClaims is
// flattened into JWTClaims here.
package clerk

import (
	"context"
	"net/http"
)

// Context keys of the v1 middleware.
const (
	ActiveSession = iota
	ActiveSessionClaims
)

// ClerkOption configures NewClient.
type ClerkOption func(Client) error

// Client is the v1 API client.
type Client interface {
	APIKey() string
	DecodeToken(token string) (*TokenClaims, error)
	VerifyToken(token string, opts ...VerifyTokenOption) (*SessionClaims, error)
	Users() *UsersService
}

// NewClient creates a v1 client from a secret key.
func NewClient(token string, options ...ClerkOption) (Client, error) { return nil, nil }

// JWTClaims stands in for go-jose's jwt.Claims.
type JWTClaims struct {
	Issuer   string
	Subject  string
	Audience []string
	ID       string
}

// TokenClaims are decoded, UNVERIFIED claims.
type TokenClaims struct {
	JWTClaims
	Extra map[string]interface{}
}

// SessionClaims are verified session claims.
type SessionClaims struct {
	JWTClaims
	SessionID       string `json:"sid"`
	AuthorizedParty string `json:"azp"`
}

// VerifyTokenOption configures VerifyToken.
type VerifyTokenOption func(*verifyTokenOptions) error

type verifyTokenOptions struct{}

// WithAuthorizedParty restricts the azp claim.
func WithAuthorizedParty(parties ...string) VerifyTokenOption { return nil }

// User is a Clerk user.
type User struct {
	ID             string
	PublicMetadata interface{}
}

// UsersService calls the users API.
type UsersService struct{}

// Read returns a user.
func (s *UsersService) Read(userID string) (*User, error) { return nil, nil }

// DeleteResponse is returned by Delete calls.
type DeleteResponse struct {
	ID      string `json:"id,omitempty"`
	Deleted bool   `json:"deleted"`
}

// Delete deletes a user.
func (s *UsersService) Delete(userID string) (*DeleteResponse, error) { return nil, nil }

// UpdateUserMetadata of UpdateMetadata.
type UpdateUserMetadata struct {
	PublicMetadata  interface{} `json:"public_metadata"`
	PrivateMetadata interface{} `json:"private_metadata"`
	UnsafeMetadata  interface{} `json:"unsafe_metadata"`
}

// UpdateMetadata merges the user's metadata.
func (s *UsersService) UpdateMetadata(userID string, req *UpdateUserMetadata) (*User, error) {
	return nil, nil
}

// Ban bans a user.
func (s *UsersService) Ban(userID string) (*User, error) { return nil, nil }

// WithSession verifies the session and rejects requests without one.
func WithSession(client Client) func(handler http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// WithSessionV2 adds verified claims to the context when present; a request
// without a token reaches the handler WITHOUT claims (fail-open).
func WithSessionV2(client Client, opts ...VerifyTokenOption) func(handler http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// RequireSessionV2 responds 403 when the request carries no valid session.
func RequireSessionV2(client Client, opts ...VerifyTokenOption) func(handler http.Handler) http.Handler {
	return func(next http.Handler) http.Handler { return next }
}

// SessionFromContext returns the session claims, if any.
func SessionFromContext(ctx context.Context) (*SessionClaims, bool) { return nil, false }
