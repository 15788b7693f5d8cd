// Package lifetimesetting is checked with max-token-lifetime: 8760h (a year).
package lifetimesetting

import (
	"context"

	clerk "github.com/clerk/clerk-sdk-go/v2"
	"github.com/clerk/clerk-sdk-go/v2/jwttemplate"
)

func f(ctx context.Context) {
	jwttemplate.Create(ctx, &jwttemplate.CreateParams{Lifetime: clerk.Int64(30 * 86400)})
	jwttemplate.Create(ctx, &jwttemplate.CreateParams{Lifetime: clerk.Int64(400 * 86400)}) // want "lifetime of 400 days is above the maximum of 365 days for cli tokens: set Lifetime to at most 31536000 seconds"
}
