// Package jwt is a minimal stub of github.com/clerk/clerk-sdk-go/v2/jwt.
package jwt

import (
	"context"
	"time"

	"github.com/clerk/clerk-sdk-go/v2"
)

// AuthorizedPartyHandler checks the azp claim.
type AuthorizedPartyHandler func(string) bool

// CustomClaimsConstructor builds custom claims holders.
type CustomClaimsConstructor func(context.Context) any

// VerifyParams configure Verify.
type VerifyParams struct {
	Token                   string
	JWK                     *clerk.JSONWebKey
	Clock                   clerk.Clock
	CustomClaimsConstructor CustomClaimsConstructor
	Leeway                  time.Duration
	IsSatellite             bool
	ProxyURL                *string
	AuthorizedPartyHandler  AuthorizedPartyHandler
}

// Verify verifies the token's signature and claims.
func Verify(ctx context.Context, params *VerifyParams) (*clerk.SessionClaims, error) {
	return nil, nil
}

// DecodeParams configure Decode.
type DecodeParams struct {
	Token string
}

// Decode decodes a JWT WITHOUT verifying it.
func Decode(_ context.Context, params *DecodeParams) (*clerk.UnverifiedToken, error) {
	return nil, nil
}

// GetJSONWebKeyParams configure GetJSONWebKey.
type GetJSONWebKeyParams struct {
	KeyID string
}

// GetJSONWebKey fetches the key with the given id.
func GetJSONWebKey(ctx context.Context, params *GetJSONWebKeyParams) (*clerk.JSONWebKey, error) {
	return nil, nil
}
