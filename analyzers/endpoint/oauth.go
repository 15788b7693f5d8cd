package endpoint

import "fmt"

// AddOAuthCallback adds the evidence that an unprotected route is an OAuth
// redirect callback, public by nature: the provider sends the browser back
// to it with a code it issued, and that code, exchanged at the provider's
// token endpoint with the app's client secret, is the caller's credential.
// The producer found the read of the query's code at code; the route must
// sit at a sign-in path (SignInPath: /callback, /oauth) and make an
// outbound call (the exchange).
//
// What it does with the result must not be keyed by a value the caller
// chooses: a callback that stores the provider's tokens under a user id
// carried in state links any account to anyone's without a session. So
// the route qualifies when only is true (the producer saw it read no
// request value but the code and the provider's error), or when its
// effects are known and none writes.
func AddOAuthCallback(e *Endpoint, code Pos, only bool) {
	if e.Kind != Route || e.Protection.State != Unprotected || !SignInPath(e.URL) || !code.IsValid() {
		return
	}
	exchange := firstEffect(e, func(f Effect) bool { return f.Kind == Outbound })
	if exchange == nil {
		return
	}
	if !only && (!e.EffectsKnown || firstEffect(e, Effect.Writes) != nil) {
		return
	}
	e.Public = append(e.Public, Evidence{Kind: OAuthCallback,
		What: fmt.Sprintf("an OAuth callback exchanging the provider's code (%s at %s)", exchange.Target, exchange.At), At: code})
}
