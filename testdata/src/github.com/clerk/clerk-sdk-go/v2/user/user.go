// Package user is a minimal stub of github.com/clerk/clerk-sdk-go/v2/user:
// package-level functions and Client methods of v2.4.2.
package user

import (
	"context"
	"encoding/json"

	"github.com/clerk/clerk-sdk-go/v2"
)

// Client calls the users API.
type Client struct{ Backend clerk.Backend }

// NewClient returns a users client.
func NewClient(config *clerk.ClientConfig) *Client { return &Client{} }

// CreateParams of Create.
type CreateParams struct {
	clerk.APIParams
	EmailAddresses *[]string        `json:"email_address,omitempty"`
	Password       *string          `json:"password,omitempty"`
	PublicMetadata *json.RawMessage `json:"public_metadata,omitempty"`
}

// UpdateParams of Update.
type UpdateParams struct {
	clerk.APIParams
	FirstName       *string          `json:"first_name,omitempty"`
	LastName        *string          `json:"last_name,omitempty"`
	PublicMetadata  *json.RawMessage `json:"public_metadata,omitempty"`
	PrivateMetadata *json.RawMessage `json:"private_metadata,omitempty"`
	UnsafeMetadata  *json.RawMessage `json:"unsafe_metadata,omitempty"`
}

// UpdateMetadataParams of UpdateMetadata.
type UpdateMetadataParams struct {
	clerk.APIParams
	PublicMetadata  *json.RawMessage `json:"public_metadata,omitempty"`
	PrivateMetadata *json.RawMessage `json:"private_metadata,omitempty"`
	UnsafeMetadata  *json.RawMessage `json:"unsafe_metadata,omitempty"`
}

// ListParams of List.
type ListParams struct {
	clerk.APIParams
	clerk.ListParams
}

func Create(ctx context.Context, params *CreateParams) (*clerk.User, error) { return nil, nil }
func Get(ctx context.Context, id string) (*clerk.User, error)               { return nil, nil }
func Update(ctx context.Context, id string, params *UpdateParams) (*clerk.User, error) {
	return nil, nil
}
func UpdateMetadata(ctx context.Context, id string, params *UpdateMetadataParams) (*clerk.User, error) {
	return nil, nil
}
func Delete(ctx context.Context, id string) (*clerk.DeletedResource, error) { return nil, nil }
func List(ctx context.Context, params *ListParams) (*clerk.UserList, error) { return nil, nil }
func Ban(ctx context.Context, id string) (*clerk.User, error)               { return nil, nil }
func Unban(ctx context.Context, id string) (*clerk.User, error)             { return nil, nil }
func Lock(ctx context.Context, id string) (*clerk.User, error)              { return nil, nil }
func Unlock(ctx context.Context, id string) (*clerk.User, error)            { return nil, nil }

func (c *Client) Create(ctx context.Context, params *CreateParams) (*clerk.User, error) {
	return nil, nil
}
func (c *Client) Get(ctx context.Context, id string) (*clerk.User, error) { return nil, nil }
func (c *Client) Update(ctx context.Context, id string, params *UpdateParams) (*clerk.User, error) {
	return nil, nil
}
func (c *Client) UpdateMetadata(ctx context.Context, id string, params *UpdateMetadataParams) (*clerk.User, error) {
	return nil, nil
}
func (c *Client) Delete(ctx context.Context, id string) (*clerk.DeletedResource, error) {
	return nil, nil
}
func (c *Client) List(ctx context.Context, params *ListParams) (*clerk.UserList, error) {
	return nil, nil
}
func (c *Client) Ban(ctx context.Context, id string) (*clerk.User, error)    { return nil, nil }
func (c *Client) Unban(ctx context.Context, id string) (*clerk.User, error)  { return nil, nil }
func (c *Client) Lock(ctx context.Context, id string) (*clerk.User, error)   { return nil, nil }
func (c *Client) Unlock(ctx context.Context, id string) (*clerk.User, error) { return nil, nil }
