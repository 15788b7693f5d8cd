// Package organization is a minimal stub of
// github.com/clerk/clerk-sdk-go/v2/organization (v2.4.2).
package organization

import (
	"context"

	"github.com/clerk/clerk-sdk-go/v2"
)

func Get(ctx context.Context, idOrSlug string) (*clerk.Organization, error) { return nil, nil }
func Delete(ctx context.Context, id string) (*clerk.DeletedResource, error) { return nil, nil }
