// Package express is the endpoint producer for Node server frameworks,
// Express, Fastify and Hono, and the rules on their endpoints (CLK101,
// CLK102, CLK103; CLK302 and CLK304 for webhook routes: a session
// middleware or a JSON body parser on the route's chain before it). An app
// that verifies webhooks with svix and has no Clerk SDK gets the webhook
// rules only, and no endpoints.
//
// Routes are read from every source file of an app that depends on one of
// the frameworks and on a Clerk server SDK for it (@clerk/express,
// @clerk/clerk-sdk-node, @clerk/fastify, @hono/clerk-auth): app.METHOD,
// router.METHOD, app.route('/x').get(), Fastify's route({…}) and
// register(plugin, { prefix }), Hono's route('/x', sub) and basePath.
// Routers mounted across files (ES imports, require, module.exports, router
// factories, functions handed the app) compose their prefixes into the full
// URL. Middleware is kept in registration order: a route registered before
// app.use(requireAuth()) is not covered by it. Clerk's middleware is known
// by package and export; a project middleware is credited by what its body
// does (js.Model.Protection): it checks the session and ends the request,
// reads it and never rejects, or may end the request on its own terms
// (another auth library), in which case the route's protection is unknown
// and no rule reports it.
//
// Out of reach: routers stored on objects (this.router), routes built in
// loops over tables, regular-expression paths (judged only by middleware on
// every path), Fastify's fastify-plugin encapsulation escape (its hooks are
// counted for the plugin's own routes only).
package express

import (
	"fmt"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers the producer and its rules with the js engine.
var Rule = js.Rule{IDs: []string{ruleid.UnprotectedEndpoint, ruleid.SessionNotChecked, ruleid.MiddlewareGap, ruleid.WebhookRouteBehindAuth, ruleid.WebhookBodyReparsed}, New: New}

// sdks are the Clerk server SDKs of these frameworks.
var sdks = []string{"@clerk/express", "@clerk/clerk-sdk-node", "@clerk/fastify", "@hono/clerk-auth"}

// hookPkgs verify webhooks: a server app that depends on one and on no
// Clerk SDK (it receives Clerk's webhooks only) gets the webhook rules and
// no endpoints.
var hookPkgs = []string{"svix", "standardwebhooks"}

// frameworks are the server frameworks the producer reads.
var frameworks = []string{"express", "fastify", "hono"}

// params is the rules' params block: each implementation of a rule id
// receives the whole block, so the Next.js-only keys are accepted here too.
type params struct {
	js.RouteParams `yaml:",inline"`
	// VerifyFunctions and VerifierClasses (CLK304, CLK301's lists): their
	// modules mark a handler's verify()/verifyWebhook() call as a webhook
	// verifier, as CLK101's webhook-modules do.
	VerifyFunctions []js.FuncRef `yaml:"verify-functions"`
	VerifierClasses []js.FuncRef `yaml:"verifier-classes"`
}

type checker struct {
	enabled map[string]bool
	spec    js.AuthSpec
	// hookSpec is spec for Fastify hooks, where sending the reply ends the
	// request (the handler does not run once a hook replied).
	hookSpec js.AuthSpec
	public   []rules.Glob
	// publicData are CLK101's public-data models (endpoint.AddPublicReads).
	publicData []string
	// publicFields are CLK101's public-fields (endpoint.MarkPublicColumns).
	publicFields []string
	// publicIntake are CLK101's public-intake words (endpoint.AddPublicWrites).
	publicIntake []string
	hookMod      []string
	hookURL      []rules.Glob

	projects js.PerModel[projectState]
}

type projectState struct {
	apps     []*appModel
	findings map[string][]rules.Finding // by file
}

// New builds the checker from the enabled rules.
func New(rs []*rules.Rule, opts scan.Options) (js.Checker, error) {
	c := &checker{enabled: map[string]bool{}}
	for _, r := range rs {
		var p params
		if err := js.DecodeRouteParams(r, &p, &p.RouteParams); err != nil {
			return nil, err
		}
		c.enabled[r.ID] = true
		c.spec.Merge(p.Auth)
		c.public = append(c.public, p.PublicRoutes...)
		c.publicData = append(c.publicData, p.PublicData...)
		c.publicFields = append(c.publicFields, p.PublicFields...)
		c.publicIntake = append(c.publicIntake, p.PublicIntake...)
		c.hookMod = append(c.hookMod, p.WebhookModules...)
		for _, f := range append(p.VerifyFunctions, p.VerifierClasses...) {
			if f.Module != "" {
				c.hookMod = append(c.hookMod, f.Module)
			}
		}
		c.hookURL = append(c.hookURL, p.WebhookRoutes...)
	}
	c.public = append(c.public, opts.PublicRoutes...)
	c.hookSpec = c.spec
	c.hookSpec.Exits = append(append([]string(nil), c.spec.Exits...), "send")
	return c, nil
}

// serverApp is the app a file belongs to when that app serves with one of
// the frameworks through a Clerk SDK for it, or verifies webhooks.
func serverApp(m *js.Model, p string) *js.App {
	a := m.App(p)
	if a == nil {
		return nil
	}
	fw, sdk := false, false
	for _, f := range frameworks {
		fw = fw || a.Has(f)
	}
	for _, s := range append(sdks, hookPkgs...) {
		sdk = sdk || a.Has(s)
	}
	if fw && sdk {
		return a
	}
	return nil
}

// Wants the source files of server apps.
func (c *checker) Wants(m *js.Model, f *scan.File) bool { return serverApp(m, f.Path) != nil }

func (c *checker) state(m *js.Model) *projectState {
	return c.projects.Get(m, func(st *projectState) {
		st.findings = map[string][]rules.Finding{}
		seen := map[*js.App]bool{}
		for _, f := range m.Project.Files {
			a := serverApp(m, f.Path)
			if a == nil || seen[a] || !m.Source(f) {
				continue
			}
			seen[a] = true
			am := c.build(m, a)
			st.apps = append(st.apps, am)
			for _, fd := range c.judge(am) {
				st.findings[fd.File] = append(st.findings[fd.File], fd)
			}
		}
	})
}

// Check reports the findings located in the file.
func (c *checker) Check(pass *js.Pass) {
	for _, fd := range c.state(pass.Model).findings[pass.File.Path] {
		pass.ReportIn(fd)
	}
}

// Endpoints lists every route of the project's server apps.
func (c *checker) Endpoints(m *js.Model) []endpoint.Endpoint {
	var out []endpoint.Endpoint
	for _, am := range c.state(m).apps {
		if !am.clerk {
			continue
		}
		for _, e := range am.eps {
			out = append(out, e.Endpoint)
		}
	}
	endpoint.Sort(out)
	return out
}

var _ js.EndpointSource = (*checker)(nil)

// judge runs the rules over an app's endpoints.
func (c *checker) judge(am *appModel) []rules.Finding {
	var out []rules.Finding
	once := map[string]bool{}
	add := func(f rules.Finding) {
		key := f.RuleID + "\x00" + f.File + fmt.Sprint(f.Line, f.Column)
		if !once[key] {
			once[key] = true
			out = append(out, f)
		}
	}
	for _, e := range am.eps {
		name := e.String()
		if e.parsedBy != nil && c.enabled[ruleid.WebhookBodyReparsed] {
			f := finding(ruleid.WebhookBodyReparsed, e.Registration, "json-before-webhook:"+name, reparsed(name, e.verifier, e.parsedBy))
			f.Related = []rules.Related{{Position: rules.Position{File: e.parsedBy.At.File, Line: e.parsedBy.At.Line, Column: e.parsedBy.At.Col}, Message: "the JSON parser that reads the body first"}}
			add(f)
		}
		if c.enabled[ruleid.WebhookRouteBehindAuth] && e.webhook && e.protectedBy != nil {
			add(finding(ruleid.WebhookRouteBehindAuth, e.Registration, "route:"+name,
				fmt.Sprintf("webhook route %s is behind %s (%s): Svix delivers Clerk webhooks without a session, so they are rejected and eventually disabled; register the webhook route before the session middleware (and before express.json()) and authenticate it by its signature", name, e.protectedBy.What, e.protectedBy.At)))
		}
		if !am.clerk {
			continue // webhook receivers only: no Clerk session to judge
		}
		if c.enabled[ruleid.UnprotectedEndpoint] {
			if v := endpoint.NeedsSession(&e.Endpoint); v.Report && v.Pattern != nil && strings.HasPrefix(v.Pattern.What, siblingsPrefix) {
				_, yet, _ := strings.Cut(v.Reason, "yet it ")
				add(finding(ruleid.UnprotectedEndpoint, e.Registration, "route:"+name,
					fmt.Sprintf("%s route %s is registered without the route-level auth its sibling routes use (%s, %s), yet it %s; add the same middleware to it, or check getAuth(req).userId in the handler and answer 401 without one%s",
						frameworkName(e.Framework), name, strings.TrimSuffix(strings.TrimPrefix(v.Pattern.What, siblingsPrefix), ") left off"), v.Pattern.At, yet, hint(e))))
			} else if v.Report {
				add(finding(ruleid.UnprotectedEndpoint, e.Registration, "route:"+name,
					fmt.Sprintf("%s route %s is not protected: nothing on its middleware chain requires a Clerk session and the handler does not check one; %s; mount clerkMiddleware() first and check getAuth(req).userId in the handler (or a middleware before it), answering 401 without one%s",
						frameworkName(e.Framework), name, v.Reason, hint(e))))
			}
		}
		if r, _, ok := endpoint.UncheckedSession(&e.Endpoint); c.enabled[ruleid.SessionNotChecked] && ok {
			add(finding(ruleid.SessionNotChecked, r.At, "read:"+r.What,
				fmt.Sprintf("%s reads the session with %s but never tests it: a request without a session reaches the code that uses it (userId is null%s); test userId right after reading it and answer 401, or require a session before the route", name, r.What, legacyNote(r.What))))
		}
		if r, ok := am.clerkRead(e); c.enabled[ruleid.MiddlewareGap] && ok && e.mountedAt == nil && !e.unknownLayer && !e.unmounted {
			msg := fmt.Sprintf("%s reads the session with %s but no Clerk middleware (clerkMiddleware(), ClerkExpressWithAuth(), clerkPlugin) is registered before it: getAuth() throws and req.auth is undefined at run time; register it with app.use() before the routes", name, r.What)
			if e.mountedAfter != nil {
				msg = fmt.Sprintf("%s reads the session with %s but %s is registered after the route (%s): Express runs middleware in registration order, so getAuth() throws and req.auth is undefined here; register it before the routes", name, r.What, e.mountedAfter.What, e.mountedAfter.At)
			}
			add(finding(ruleid.MiddlewareGap, e.Registration, "route:"+name, msg))
		}
	}
	return out
}

// reparsed is CLK304's message for a webhook route whose body a JSON parser
// reads first. Clerk's verifyWebhook for Express re-serialises a parsed body
// (@clerk/express 1.7.11 on; earlier versions hand "[object Object]" to the
// verifier), svix's verify gets the object or whatever the handler makes
// of it.
func reparsed(name, verifier string, parser *endpoint.Evidence) string {
	got := "gets the parsed object (or its re-serialisation), not the raw bytes Svix signed, so every delivery fails verification"
	if strings.HasSuffix(verifier, "verifyWebhook") {
		got = "finds an object in req.body and verifies JSON.stringify of it (@clerk/express 1.7.11 and later; earlier versions fail on every delivery), which matches the signed bytes only when the re-serialisation is byte-identical"
	}
	return fmt.Sprintf("webhook route %s verifies with %s but %s (%s) parses its JSON body first: the verifier %s (express.raw() on the route does not undo it); register the webhook route (or mount its router) before the JSON parser, or mount express.json() only on the routes that need it",
		name, verifier, parser.What, parser.At, got)
}

// clerkRead is the route's first read of Clerk's auth state: getAuth()
// from a Clerk package, or req.auth when nothing in the app sets req.auth
// itself.
func (am *appModel) clerkRead(e *routeEP) (endpoint.SessionRead, bool) {
	for _, r := range e.reads {
		if !strings.HasSuffix(r.What, ".auth") || !am.setsAuth {
			return r, true
		}
	}
	return endpoint.SessionRead{}, false
}

func finding(id string, at endpoint.Pos, construct, msg string) rules.Finding {
	return rules.Finding{RuleID: id, Position: rules.Position{File: at.File, Line: at.Line, Column: at.Col}, Construct: construct, Message: msg}
}

func frameworkName(fw string) string {
	switch fw {
	case "fastify":
		return "Fastify"
	case "hono":
		return "Hono"
	}
	return "Express"
}

// hint adds the framework's own way to require a session.
func hint(e *routeEP) string {
	switch e.Framework {
	case "fastify":
		return " (Fastify: register clerkPlugin and check getAuth(request).userId in a preHandler hook)"
	case "hono":
		return " (Hono: app.use('*', clerkMiddleware()) and check getAuth(c)?.userId)"
	}
	return ""
}

func legacyNote(what string) string {
	if strings.HasSuffix(what, ".auth") {
		return ", or req.auth is unset and reading it throws"
	}
	return ""
}
