package js

import "github.com/clerklint/clerklint/rules"

// RouteParams are the params the framework models' session, webhook-route
// and component rules share (CLK101–CLK103, CLK302, CLK401, CLK701): the
// YAML declares them once, through anchors, and every model implementing
// one of those ids receives the whole block. A model embeds it inline in
// its params and adds its own keys.
type RouteParams struct {
	// Auth says which calls authenticate a request.
	Auth AuthSpec `yaml:"auth"`
	// PublicRoutes are doublestar globs over URL paths that need no session.
	PublicRoutes []rules.Glob `yaml:"public-routes"`
	// PublicData (CLK101): models whose rows are public by nature; an
	// endpoint that only reads them is public by design (endpoint.AddPublicReads).
	PublicData []string `yaml:"public-data"`
	// Methods are the route-handler exports that answer requests.
	Methods []string `yaml:"methods"`
	// Delegates (CLK101): a route module importing one of these (doublestar
	// globs over import specifiers) hands requests to a framework with its
	// own per-procedure auth (tRPC, Hono, GraphQL servers): not judged.
	Delegates []string `yaml:"delegates"`
	// ProtectedPages (CLK101): URL globs of pages meant to be private.
	ProtectedPages []rules.Glob `yaml:"protected-pages"`
	// WebhookModules and WebhookRoutes (CLK302): a handler verifying with one
	// of these modules, or served at one of these URLs, is a webhook receiver.
	WebhookModules []string     `yaml:"webhook-modules"`
	WebhookRoutes  []rules.Glob `yaml:"webhook-routes"`
	// PathRouted (CLK401): Clerk components that route by path and so must
	// be mounted on a catch-all route.
	PathRouted []string `yaml:"path-routed"`
	// UINames (CLK701): Clerk components and hooks that need a ClerkProvider.
	UINames []string `yaml:"ui-names"`
}

// DecodeRouteParams decodes a rule's params strictly into p (a model's
// params struct embedding RouteParams inline) and validates the auth spec
// found there, naming the rule's file and line when it cannot match.
func DecodeRouteParams(r *rules.Rule, p any, rp *RouteParams) error {
	if err := r.DecodeParams(p); err != nil {
		return err
	}
	if err := rp.Auth.Validate(); err != nil {
		return &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "params.auth", Msg: err.Error()}
	}
	return nil
}
