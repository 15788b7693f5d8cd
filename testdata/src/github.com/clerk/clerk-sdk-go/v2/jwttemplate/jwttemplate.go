// Package jwttemplate is a minimal analysistest stub of
// github.com/clerk/clerk-sdk-go/v2/jwttemplate (v2.4.2). Lifetime is the token
// lifetime in seconds.
package jwttemplate

import (
	"context"
	"encoding/json"

	"github.com/clerk/clerk-sdk-go/v2"
)

// Client calls the JWT templates API.
type Client struct{ Backend clerk.Backend }

// NewClient returns a JWT templates client.
func NewClient(config *clerk.ClientConfig) *Client { return &Client{} }

// CreateParams of Create.
type CreateParams struct {
	clerk.APIParams
	Name             *string         `json:"name,omitempty"`
	Claims           json.RawMessage `json:"claims,omitempty"`
	Lifetime         *int64          `json:"lifetime,omitempty"`
	AllowedClockSkew *int64          `json:"allowed_clock_skew,omitempty"`
	CustomSigningKey *bool           `json:"custom_signing_key,omitempty"`
	SigningKey       *string         `json:"signing_key,omitempty"`
	SigningAlgorithm *string         `json:"signing_algorithm,omitempty"`
}

// UpdateParams of Update.
type UpdateParams struct {
	clerk.APIParams
	Name             *string         `json:"name,omitempty"`
	Claims           json.RawMessage `json:"claims,omitempty"`
	Lifetime         *int64          `json:"lifetime,omitempty"`
	AllowedClockSkew *int64          `json:"allowed_clock_skew,omitempty"`
	CustomSigningKey *bool           `json:"custom_signing_key,omitempty"`
	SigningKey       *string         `json:"signing_key,omitempty"`
	SigningAlgorithm *string         `json:"signing_algorithm,omitempty"`
}

func Create(ctx context.Context, params *CreateParams) (*clerk.JWTTemplate, error) { return nil, nil }
func Get(ctx context.Context, id string) (*clerk.JWTTemplate, error)               { return nil, nil }
func Update(ctx context.Context, id string, params *UpdateParams) (*clerk.JWTTemplate, error) {
	return nil, nil
}
func Delete(ctx context.Context, id string) (*clerk.DeletedResource, error) { return nil, nil }

func (c *Client) Create(ctx context.Context, params *CreateParams) (*clerk.JWTTemplate, error) {
	return nil, nil
}
func (c *Client) Update(ctx context.Context, id string, params *UpdateParams) (*clerk.JWTTemplate, error) {
	return nil, nil
}
