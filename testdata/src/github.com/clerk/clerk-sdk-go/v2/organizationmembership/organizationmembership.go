// Package organizationmembership is a minimal stub of
// github.com/clerk/clerk-sdk-go/v2/organizationmembership (v2.4.2).
package organizationmembership

import (
	"context"

	"github.com/clerk/clerk-sdk-go/v2"
)

// Client calls the organization memberships API.
type Client struct{ Backend clerk.Backend }

// NewClient returns a memberships client.
func NewClient(config *clerk.ClientConfig) *Client { return &Client{} }

// CreateParams of Create.
type CreateParams struct {
	clerk.APIParams
	UserID         *string `json:"user_id,omitempty"`
	Role           *string `json:"role,omitempty"`
	OrganizationID string  `json:"-"`
}

// UpdateParams of Update.
type UpdateParams struct {
	clerk.APIParams
	Role           *string `json:"role,omitempty"`
	OrganizationID string  `json:"-"`
	UserID         string  `json:"-"`
}

// DeleteParams of Delete.
type DeleteParams struct {
	clerk.APIParams
	OrganizationID string `json:"-"`
	UserID         string `json:"-"`
}

// ListParams of List.
type ListParams struct {
	clerk.APIParams
	clerk.ListParams
	OrganizationID string `json:"-"`
}

func Create(ctx context.Context, params *CreateParams) (*clerk.OrganizationMembership, error) {
	return nil, nil
}
func Update(ctx context.Context, params *UpdateParams) (*clerk.OrganizationMembership, error) {
	return nil, nil
}
func Delete(ctx context.Context, params *DeleteParams) (*clerk.OrganizationMembership, error) {
	return nil, nil
}
func List(ctx context.Context, params *ListParams) (*clerk.OrganizationMembershipList, error) {
	return nil, nil
}

func (c *Client) Create(ctx context.Context, params *CreateParams) (*clerk.OrganizationMembership, error) {
	return nil, nil
}
func (c *Client) Update(ctx context.Context, params *UpdateParams) (*clerk.OrganizationMembership, error) {
	return nil, nil
}
func (c *Client) Delete(ctx context.Context, params *DeleteParams) (*clerk.OrganizationMembership, error) {
	return nil, nil
}
func (c *Client) List(ctx context.Context, params *ListParams) (*clerk.OrganizationMembershipList, error) {
	return nil, nil
}
