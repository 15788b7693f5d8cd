// Package session is a minimal stub of
// github.com/clerk/clerk-sdk-go/v2/session (v2.5.1).
package session

import (
	"context"

	"github.com/clerk/clerk-sdk-go/v2"
)

type RevokeParams struct {
	ID string `json:"id"`
}

func Revoke(ctx context.Context, params *RevokeParams) (*clerk.Session, error) { return nil, nil }
