package azp

import (
	"context"
	"net/http"
	"time"

	clerkhttp "github.com/clerk/clerk-sdk-go/v2/http"
	"github.com/clerk/clerk-sdk-go/v2/jwt"
	clerkv1 "github.com/clerkinc/clerk-sdk-go/clerk"
)

func main() {
	var h http.Handler
	_ = clerkhttp.RequireHeaderAuthorization()(h)                                                            // want `session verification by clerkhttp.RequireHeaderAuthorization does not check the token's authorized party \(azp\)`
	_ = clerkhttp.WithHeaderAuthorization(clerkhttp.Leeway(time.Second))                                     // want `session verification by clerkhttp.WithHeaderAuthorization does not check`
	_ = clerkhttp.RequireHeaderAuthorization(clerkhttp.AuthorizedPartyMatches())(h)                          // want `session verification by clerkhttp.RequireHeaderAuthorization does not check`
	_ = clerkhttp.RequireHeaderAuthorization(clerkhttp.AuthorizedPartyMatches("https://app.example.com"))(h) // ok
	azp := clerkhttp.AuthorizedParty(func(p string) bool { return p == "https://app.example.com" })
	_ = clerkhttp.RequireHeaderAuthorization(azp)(h) // ok: through a variable
	var opts []clerkhttp.AuthorizationOption
	_ = clerkhttp.RequireHeaderAuthorization(opts...)(h)   // ok: options not visible
	_ = clerkhttp.RequireHeaderAuthorization(options())(h) // ok: options from a helper
}

func options() clerkhttp.AuthorizationOption {
	return clerkhttp.AuthorizedPartyMatches("https://app.example.com")
}

func verify(ctx context.Context, raw string) {
	jwt.Verify(ctx, &jwt.VerifyParams{Token: raw})                                                                                            // want `session verification by jwt.Verify has no AuthorizedPartyHandler`
	jwt.Verify(ctx, &jwt.VerifyParams{Token: raw, AuthorizedPartyHandler: func(azp string) bool { return azp == "https://app.example.com" }}) // ok
	params := &jwt.VerifyParams{Token: raw}
	params.AuthorizedPartyHandler = func(string) bool { return true }
	jwt.Verify(ctx, params) // ok: set after the literal
}

func v1(client clerkv1.Client, raw string) {
	_ = clerkv1.RequireSessionV2(client)                                                      // want `session verification by clerk.RequireSessionV2 does not check the token's authorized party`
	_ = clerkv1.WithSessionV2(client, clerkv1.WithAuthorizedParty("https://app.example.com")) // ok
	client.VerifyToken(raw)                                                                   // want `session verification by Client.VerifyToken does not check`
}
