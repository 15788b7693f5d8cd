package js

import (
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

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
	// PublicFields (CLK101): names of public profile fields; a read whose
	// projection returns only these carries no private data
	// (endpoint.MarkPublicColumns).
	PublicFields []string `yaml:"public-fields"`
	// PublicIntake (CLK101): words of intake forms' URLs (contact,
	// newsletter): a route there that only adds what the visitor sends is
	// public by design (endpoint.AddPublicWrites).
	PublicIntake []string `yaml:"public-intake"`
	// PublicClients (CLK101): words of action-client names the app uses
	// for actions open to anyone (unauthenticatedAction): a server action
	// on such a client is public by design for what it may do
	// (Model.PublicClient, endpoint.NeedsSession).
	PublicClients []string `yaml:"public-clients"`
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

// RouteSettings is the union of the RouteParams of the rules one framework
// model implements, gathered once: each rule receives the whole shared
// block, and a user's override of one adds to what the others carry.
type RouteSettings struct {
	Enabled map[string]bool // the model's enabled rule ids
	Spec    AuthSpec
	Public  []rules.Glob // public-routes and the config's public routes
	// ConfigPublic are the project config's public routes alone: the app's
	// own word on a URL, where the YAML's list names common public pages.
	ConfigPublic []rules.Glob
	PublicData   []string
	PublicFields []string
	PublicIntake []string
	// Private are CLK101's protected-pages and the config's privileged
	// routes: the URLs of pages meant to be private.
	Private        []rules.Glob
	Methods        []string
	WebhookModules []string
	WebhookRoutes  []rules.Glob
	PathRouted     map[string]bool
	UINames        map[string]bool
}

// routeParamer is a model's params struct: RouteParams embedded inline,
// with the model's own keys beside it.
type routeParamer interface{ routeParams() *RouteParams }

func (p *RouteParams) routeParams() *RouteParams { return p }

// NewRouteSettings decodes and merges the params of the enabled rules.
func NewRouteSettings(rs []*rules.Rule, opts scan.Options) (*RouteSettings, error) {
	type only struct {
		RouteParams `yaml:",inline"`
	}
	return GatherRouteSettings[only](rs, opts, nil)
}

// GatherRouteSettings is NewRouteSettings for a model whose params add keys
// of their own to RouteParams (P embeds it inline): each rule's params are
// decoded strictly into a P, merged, and handed to more (when not nil) for
// the model's own keys.
func GatherRouteSettings[P any, PP interface {
	*P
	routeParamer
}](rs []*rules.Rule, opts scan.Options, more func(r *rules.Rule, p *P)) (*RouteSettings, error) {
	s := &RouteSettings{Enabled: map[string]bool{}, PathRouted: map[string]bool{}, UINames: map[string]bool{}}
	for _, r := range rs {
		pp := PP(new(P))
		p := pp.routeParams()
		if err := DecodeRouteParams(r, pp, p); err != nil {
			return nil, err
		}
		if more != nil {
			more(r, pp)
		}
		s.Enabled[r.ID] = true
		s.Spec.Merge(p.Auth)
		s.Public = append(s.Public, p.PublicRoutes...)
		s.PublicData = append(s.PublicData, p.PublicData...)
		s.PublicFields = append(s.PublicFields, p.PublicFields...)
		s.PublicIntake = append(s.PublicIntake, p.PublicIntake...)
		s.Methods = append(s.Methods, p.Methods...)
		s.WebhookModules = append(s.WebhookModules, p.WebhookModules...)
		s.WebhookRoutes = append(s.WebhookRoutes, p.WebhookRoutes...)
		if r.ID == ruleid.UnprotectedEndpoint {
			s.Private = append(append(s.Private, p.ProtectedPages...), opts.PrivilegedRoutes...)
			s.Public = append(s.Public, opts.PublicRoutes...)
			s.ConfigPublic = append(s.ConfigPublic, opts.PublicRoutes...)
		}
		for _, n := range p.PathRouted {
			s.PathRouted[n] = true
		}
		for _, n := range p.UINames {
			s.UINames[n] = true
		}
	}
	return s, nil
}

// WebhookReceiver names why a route module is a webhook receiver ("" if
// not): it imports a verifier, or the first of its sample URLs is a
// webhook path.
func (s *RouteSettings) WebhookReceiver(mod *Module, samples []string) string {
	for _, imp := range mod.Imports {
		if !imp.TypeOnly && slices.Contains(s.WebhookModules, imp.Spec) {
			return "it imports " + imp.Spec
		}
	}
	if len(samples) > 0 && MatchAll(s.WebhookRoutes, samples[:1]) {
		return "its path is a webhook path"
	}
	return ""
}

// MatchAll reports whether every sample URL of a route matches one of the
// globs (false for no globs or no samples).
func MatchAll(globs []rules.Glob, samples []string) bool {
	if len(globs) == 0 || len(samples) == 0 {
		return false
	}
	for _, u := range samples {
		if !slices.ContainsFunc(globs, func(g rules.Glob) bool { return g.Match(u) }) {
			return false
		}
	}
	return true
}

// SampleURLs are concrete URLs a route pattern serves, for evaluating
// globs and path guards: alts gives each segment's alternatives ("/x" for
// a parameter, "" and "/x" for an optional one or a splat). Capped at 16.
func SampleURLs(pattern string, alts func(seg string) []string) []string {
	out := []string{""}
	for _, seg := range strings.Split(strings.TrimPrefix(pattern, "/"), "/") {
		if seg == "" {
			continue
		}
		var next []string
		for _, o := range out {
			for _, a := range alts(seg) {
				if len(next) < 16 {
					next = append(next, o+a)
				}
			}
		}
		out = next
	}
	for i, o := range out {
		if o == "" {
			out[i] = "/"
		}
	}
	return out
}
