// Package profile is an application's helper package: it writes a user's
// metadata for whichever user its caller names.
package profile

import (
	"context"

	"github.com/clerk/clerk-sdk-go/v2/user"
)

// SetLanguage stores a user's language in their public metadata.
func SetLanguage(ctx context.Context, userID, lang string) error { // want SetLanguage:"privileged-param-1"
	_, err := user.UpdateMetadata(ctx, userID, &user.UpdateMetadataParams{})
	return err
}
