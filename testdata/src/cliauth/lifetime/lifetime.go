// Package lifetime creates JWT templates for CLI tokens (CLK603).
package lifetime

import (
	"context"
	"time"

	clerk "github.com/clerk/clerk-sdk-go/v2"
	"github.com/clerk/clerk-sdk-go/v2/jwttemplate"
)

const day = 24 * 60 * 60

func setup(ctx context.Context, c *jwttemplate.Client) {
	jwttemplate.Create(ctx, &jwttemplate.CreateParams{
		Name:     clerk.String("cli"),
		Lifetime: clerk.Int64(30 * day), // want `^jwt template lifetime of 30 days is above the maximum of 7 days for cli tokens: set Lifetime to at most 604800 seconds$`
	})
	params := &jwttemplate.UpdateParams{}
	params.Lifetime = clerk.Int64(365 * day) // want `lifetime of 365 days is above the maximum of 7 days`
	jwttemplate.Update(ctx, "jtmp_123", params)
	c.Create(ctx, &jwttemplate.CreateParams{Lifetime: clerk.Int64(int64(8 * time.Hour * 24))}) // want `looks like a time.Duration in nanoseconds: Lifetime is in seconds, set it to at most 604800`

	// Within the limit.
	jwttemplate.Create(ctx, &jwttemplate.CreateParams{Lifetime: clerk.Int64(7 * day)})
	jwttemplate.Create(ctx, &jwttemplate.CreateParams{Lifetime: clerk.Int64(3600)})
	jwttemplate.Create(ctx, &jwttemplate.CreateParams{AllowedClockSkew: clerk.Int64(365 * day)})
}
