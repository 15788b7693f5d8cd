// Package clerk is a minimal analysistest stub of github.com/clerk/clerk-sdk-go/v2
// (v2.4.2): only the signatures clerklint's passes and fixtures use. Other
// engineers add packages next to this one (user, jwttemplate, ...) in new files.
package clerk

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// APIURL is the base URL for the Clerk API.
const APIURL string = "https://api.clerk.com/v1"

// SetKey sets the Clerk API key.
func SetKey(key string) {}

// APIResource is embedded in every resource.
type APIResource struct{}

// APIParams is embedded in every params struct.
type APIParams struct{}

// ListParams holds pagination parameters.
type ListParams struct {
	Limit  *int64 `json:"limit,omitempty"`
	Offset *int64 `json:"offset,omitempty"`
}

// Backend makes Clerk API calls.
type Backend interface{}

// BackendConfig configures a Backend.
type BackendConfig struct {
	HTTPClient *http.Client
	URL        *string
	Key        *string
}

// NewBackend returns a Backend.
func NewBackend(config *BackendConfig) Backend { return nil }

// GetBackend returns the package-level Backend.
func GetBackend() Backend { return nil }

// SetBackend sets the package-level Backend.
func SetBackend(b Backend) {}

// ClientConfig configures a resource Client.
type ClientConfig struct {
	BackendConfig
}

// Clock is the time source of the SDK.
type Clock interface{ Now() time.Time }

// NewClock returns the default clock.
func NewClock() Clock { return nil }

// String returns a pointer to v.
func String(v string) *string { return &v }

// Int64 returns a pointer to v.
func Int64(v int64) *int64 { return &v }

// Bool returns a pointer to v.
func Bool(v bool) *bool { return &v }

// JSONRawMessage returns a pointer to v.
func JSONRawMessage(v json.RawMessage) *json.RawMessage { return &v }

// JSONWebKey is a key of the instance's JWKS.
type JSONWebKey struct {
	Key       any
	KeyID     string
	Algorithm string
	Use       string
}

// JSONWebKeyFromPEM parses a PEM public key.
func JSONWebKeyFromPEM(key string) (*JSONWebKey, error) { return nil, nil }

// ContextWithSessionClaims returns a context that carries the claims.
func ContextWithSessionClaims(ctx context.Context, value any) context.Context { return ctx }

// SessionClaimsFromContext returns the active session claims from the context.
func SessionClaimsFromContext(ctx context.Context) (*SessionClaims, bool) { return nil, false }

// SessionClaims represents Clerk specific JWT claims.
type SessionClaims struct {
	RegisteredClaims
	Claims
	Custom any `json:"-"`
}

// HasPermission reports whether the active organization grants the permission.
func (s *SessionClaims) HasPermission(permission string) bool { return false }

// HasRole compares the active organization role exactly ("org:admin").
func (s *SessionClaims) HasRole(role string) bool { return s.ActiveOrganizationRole == role }

// RegisteredClaims are the IANA JWT claims.
type RegisteredClaims struct {
	Issuer    string   `json:"iss,omitempty"`
	Subject   string   `json:"sub,omitempty"`
	Audience  []string `json:"aud,omitempty"`
	Expiry    *int64   `json:"exp,omitempty"`
	NotBefore *int64   `json:"nbf,omitempty"`
	IssuedAt  *int64   `json:"iat,omitempty"`
	ID        string   `json:"jti,omitempty"`
}

// Claims are Clerk's session claims.
type Claims struct {
	Version                       int             `json:"v"`
	SessionID                     string          `json:"sid"`
	AuthorizedParty               string          `json:"azp"`
	ActiveOrganizationID          string          `json:"org_id"`
	ActiveOrganizationSlug        string          `json:"org_slug"`
	ActiveOrganizationRole        string          `json:"org_role"`
	ActiveOrganizationPermissions []string        `json:"org_permissions"`
	Actor                         json.RawMessage `json:"act,omitempty"`
	FactorVerificationAge         [2]int64        `json:"fva"`
}

// UnverifiedToken is the result of jwt.Decode: NOT verified.
type UnverifiedToken struct {
	RegisteredClaims
	Extra map[string]any
	KeyID string
}

// User is a Clerk user.
type User struct {
	APIResource
	Object                string          `json:"object"`
	ID                    string          `json:"id"`
	Username              *string         `json:"username"`
	FirstName             *string         `json:"first_name"`
	LastName              *string         `json:"last_name"`
	PrimaryEmailAddressID *string         `json:"primary_email_address_id"`
	PublicMetadata        json.RawMessage `json:"public_metadata"`
	PrivateMetadata       json.RawMessage `json:"private_metadata,omitempty"`
	UnsafeMetadata        json.RawMessage `json:"unsafe_metadata,omitempty"`
}

// UserList is a page of users.
type UserList struct {
	APIResource
	Users      []*User `json:"data"`
	TotalCount int64   `json:"total_count"`
}

// Organization is a Clerk organization.
type Organization struct {
	APIResource
	ID   string `json:"id"`
	Name string `json:"name"`
	Slug string `json:"slug"`
}

// DeletedResource is returned by Delete calls.
type DeletedResource struct {
	APIResource
	ID      string `json:"id,omitempty"`
	Object  string `json:"object"`
	Deleted bool   `json:"deleted"`
}

// OrganizationMembership links a user to an organization with a role.
type OrganizationMembership struct {
	APIResource
	Object      string   `json:"object"`
	ID          string   `json:"id"`
	Permissions []string `json:"permissions"`
	Role        string   `json:"role"`
}

// OrganizationMembershipList is a page of memberships.
type OrganizationMembershipList struct {
	APIResource
	OrganizationMemberships []*OrganizationMembership `json:"data"`
	TotalCount              int64                     `json:"total_count"`
}

// SessionReverificationLevel names the factors a reverification needs.
type SessionReverificationLevel string

// SessionReverificationPolicy says when a session must be reverified.
type SessionReverificationPolicy struct {
	AfterMinutes int64
	Level        SessionReverificationLevel
}

// NeedsReverification reports whether the session must be reverified.
func (s *SessionClaims) NeedsReverification(policy SessionReverificationPolicy) bool { return false }

type Session struct {
	APIResource
	ID     string `json:"id"`
	UserID string `json:"user_id"`
}
