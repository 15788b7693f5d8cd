package gomodel

import (
	"strconv"
	"strings"
)

// Flags summarise what a function (or a package-level variable holding a
// middleware or handler) does with Clerk sessions. They travel between packages
// as FuncFacts, so a middleware written in internal/auth is recognised where
// cmd/api registers routes with it.
type Flags uint32

// The flags. "Deep" flags (ReadsSession, ChecksRole, CallsPrivileged, Webhook)
// include the function's closures and callees; the others describe the function
// itself or the value it returns.
const (
	// ProtectsMiddleware: the function is a middleware (func(http.Handler)
	// http.Handler, echo.MiddlewareFunc, ...) that rejects requests without a
	// verified Clerk session, or, when its result is a middleware, returns one.
	ProtectsMiddleware Flags = 1 << iota
	// ReadsMiddleware: like ProtectsMiddleware, but fail-open: it verifies a token
	// when one is present and lets requests without one through
	// (clerkhttp.WithHeaderAuthorization, v1 WithSessionV2). On a gin, echo or
	// fiber handler (or a factory of one) it marks a project adapter that
	// runs such middleware, or Clerk's requiring one without stopping the
	// framework's chain, so requests without a session reach what follows.
	ReadsMiddleware
	// VerifiesSession: used as a handler (or gin middleware), the function
	// itself rejects requests without a verified session (SessionClaimsFromContext
	// with ok checked, jwt.Verify with the error checked, then an early return).
	VerifiesSession
	// ReturnsVerifyingHandler: a handler factory whose handler verifies the
	// session or is wrapped by a protecting middleware.
	ReturnsVerifyingHandler
	// ReadsSession: reads session claims (deep).
	ReadsSession
	// SessionGetterOK, SessionGetterErr, SessionGetterNil: the function returns
	// claims (or an identity) from a session source with a final bool, a final
	// error, or as a pointer that is nil without a session.
	SessionGetterOK
	SessionGetterErr
	SessionGetterNil
	// ChecksRole: performs a role or permission check (deep).
	ChecksRole
	// CallsPrivileged: calls a privileged Clerk Backend API such as user.Delete (deep).
	CallsPrivileged
	// Webhook: reads svix-* headers or calls the Svix library: a webhook endpoint (deep).
	Webhook
	// Opaque: a package-level variable whose value the model could not follow.
	Opaque
	// NoAbort: a gin handler that verifies the session but rejects without
	// c.Abort*: used as middleware it lets gin run the next handlers anyway
	// (fail-open); as the final handler its return is enough.
	NoAbort
	// OwnAuth: the function (with the handlers it returns) answers 401 or 403
	// on some path: used as middleware without a Clerk check, it
	// authenticates by other means (an API key, another token), which the
	// model does not judge.
	OwnAuth
	// VerifiesSignature: used as a handler, the function rejects with 401
	// or 403, before it passes the request on, a request whose signature
	// or shared secret does not verify (a message queue's or payment
	// provider's signed delivery, a cron caller's secret); a middleware, or
	// a factory of one or of such a handler, whose handler does so. A route
	// behind it is a verified receiver, public by design.
	VerifiesSignature
)

const deepFlags = ReadsSession | ChecksRole | CallsPrivileged | Webhook

// The high half of Flags marks the parameters a function hands to a
// privileged Clerk Backend API as its target (func setLang(id string) {
// user.UpdateMetadata(ctx, id, …) }): whether a call of it is privileged
// depends on its caller's argument, the caller's own user or anyone's.
const (
	privParamShift = 16
	maxPrivParams  = 16
	privParams     = Flags(1<<maxPrivParams-1) << privParamShift
)

// privParam is the flag of parameter i handed to a privileged API.
func privParam(i int) Flags {
	if i < 0 || i >= maxPrivParams {
		return 0
	}
	return 1 << (privParamShift + i)
}

var flagNames = []string{
	"protects-middleware", "reads-middleware", "verifies-session", "returns-verifying-handler",
	"reads-session", "session-getter-ok", "session-getter-err", "session-getter-nil",
	"checks-role", "calls-privileged", "webhook", "opaque", "no-abort", "own-auth", "verifies-signature",
}

func (f Flags) String() string {
	var parts []string
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	for i := range maxPrivParams {
		if f&privParam(i) != 0 {
			parts = append(parts, "privileged-param-"+strconv.Itoa(i))
		}
	}
	return strings.Join(parts, "|")
}

// Getter reports whether a call to a function with these flags returns session
// claims, and how absence is signalled.
func (f Flags) Getter() SourceKind {
	switch {
	case f&SessionGetterOK != 0:
		return SourceOK
	case f&SessionGetterErr != 0:
		return SourceErr
	case f&SessionGetterNil != 0:
		return SourceNil
	}
	return 0
}

// FuncFact is the object fact exported for functions, methods and package-level
// variables with non-zero Flags.
type FuncFact struct{ Flags Flags }

// AFact marks FuncFact as an analysis.Fact.
func (*FuncFact) AFact() {}

func (f *FuncFact) String() string { return f.Flags.String() }

// ClerkPackage is the package fact of a package that uses Clerk: it imports a
// Clerk SDK, or a package of the same module that does, or uses a Clerk
// middleware or session helper through facts.
type ClerkPackage struct{}

// AFact marks ClerkPackage as an analysis.Fact.
func (*ClerkPackage) AFact() {}

func (*ClerkPackage) String() string { return "uses-clerk" }
