// Package endpoint is clerklint's language-neutral endpoint model: what a
// framework producer (the Next.js model, the Go route model, later Express,
// SvelteKit and FastAPI) knows about one endpoint, and the judgements that the
// session and authorization rules share.
//
// Producers know frameworks; they fill an Endpoint with evidence (what covers
// it, what it reads from the request, what it does). Rules know mistakes; they
// call the judgements here (NeedsSession) instead of deciding again
// per framework whether an endpoint is protected. The package is pure Go with
// no dependency beyond the standard library, because the Go passes that use it
// are built by golangci-lint and `go vet -vettool`.
package endpoint

import (
	"fmt"
	"slices"
	"strings"
)

// Pos is a place in the scanned project.
type Pos struct {
	// File is slash-separated and relative to the scan root (absolute inside a
	// Go pass, until the driver rewrites it).
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col,omitempty"`
}

// IsValid reports whether the position names a file.
func (p Pos) IsValid() bool { return p.File != "" }

func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Kind is what an endpoint is.
type Kind string

// Endpoint kinds.
const (
	Route  Kind = "route"         // an HTTP handler (route handler, API route, router registration)
	Action Kind = "server-action" // an RPC entry point called from the browser (Next.js 'use server')
	Page   Kind = "page"          // a page rendered on the server
)

// Endpoint is one entry point of the application.
type Endpoint struct {
	// Framework names the producer's framework: "next-app", "next-pages",
	// "next-action", "net/http", "chi", "gin", "echo", "fiber", "gorilla/mux".
	Framework string `json:"framework"`
	Kind      Kind   `json:"kind"`
	// Methods are upper-case HTTP methods; empty means any method.
	Methods []string `json:"methods,omitempty"`
	// URL is the path pattern as the framework writes it ("/api/users/[id]",
	// "/items/{id}", "/items/:id"); "" when it is not a constant.
	URL string `json:"url"`
	// Name is the handler's name when it has one (an exported function, a
	// server action), for messages.
	Name string `json:"name,omitempty"`

	// Registration is where the endpoint is declared: the router call, or the
	// file that is the route.
	Registration Pos `json:"registration"`
	// Handler is the start of the handler function; HandlerEnd its last line
	// (0 when unknown). Findings inside that span belong to the endpoint.
	Handler    Pos `json:"handler"`
	HandlerEnd int `json:"handlerEnd,omitempty"`

	Protection Protection `json:"protection"`
	// Public is the evidence that the endpoint is public by design.
	Public []Evidence `json:"public,omitempty"`
	// Authz is role, permission and ownership evidence.
	Authz []Evidence `json:"authorization,omitempty"`
	// Sessions are the places the handler reads the session.
	Sessions []SessionRead `json:"sessions,omitempty"`
	// Inputs are the request values the handler reads.
	Inputs []Input `json:"inputs,omitempty"`
	// Effects are what the handler does. EffectsKnown is true when the
	// producer read the whole handler (and the project helpers it calls) and
	// classified every call that could have an effect; an empty Effects list
	// then means the endpoint is effect-free (static or constant data).
	Effects      []Effect `json:"effects,omitempty"`
	EffectsKnown bool     `json:"effectsKnown"`
	// TestOnly: the endpoint is registered in code only tests reach (a Go
	// router built by a function whose every caller is a test), so it is
	// never served; the rules that judge how it is served do not report it.
	TestOnly bool `json:"testOnly,omitempty"`

	// Findings are the rule ids reported on the endpoint, filled by the
	// inventory (clerklint endpoints), never by producers.
	Findings []string `json:"findings,omitempty"`
}

// State is what the protection evidence adds up to.
type State string

// Protection states.
const (
	// Protected: something on the way rejects a request without a verified
	// session (middleware, a check in the handler that exits, a wrapper).
	Protected State = "protected"
	// ReadsOnly: the session is verified when present, but nothing rejects a
	// request without one (fail-open middleware, a read never checked).
	ReadsOnly State = "reads-only"
	// Unprotected: nothing verifies the session.
	Unprotected State = "unprotected"
	// Unknown: the producer could not follow everything (a router from
	// another package, middleware of unknown effect, a dynamic path).
	Unknown State = "unknown"
)

// Protection is the chain of evidence that covers an endpoint.
type Protection struct {
	State State `json:"state"`
	// By is the evidence, outermost first: global, group and route
	// middleware, wrappers, checks in the handler.
	By []Evidence `json:"by,omitempty"`
	// Why explains an Unknown state ("the router comes from another package").
	Why string `json:"why,omitempty"`
	// Gap names a registration mistake the producer saw: the route was
	// registered before the global auth middleware, or without the auth
	// middleware its siblings in the same group use.
	Gap *Evidence `json:"gap,omitempty"`
}

// Evidence is one fact with its place.
type Evidence struct {
	Kind EvidenceKind `json:"kind"`
	// What is the construct, short and as written:
	// "clerkhttp.RequireHeaderAuthorization()", "auth.protect()",
	// "createRouteMatcher(['/api(.*)'])".
	What string `json:"what"`
	At   Pos    `json:"at"`
	// Broad marks public evidence that covers a whole tree rather than naming
	// this endpoint: "/api(.*)", "/(.*)", a whole router left public.
	Broad bool `json:"broad,omitempty"`
	// Tree marks narrow public evidence that names a resource's URL tree
	// with a wildcard ("/api/books/(.*)") rather than one URL: it says the
	// tree may be read without a session, not that every write under it may.
	Tree bool `json:"tree,omitempty"`
	// Verifies (IdentityCheck) names the request value compared with the
	// session's own id: a record selected by it is the caller's
	// (Ownership.NeedsOwnership), as one selected by the session is.
	Verifies string `json:"verifies,omitempty"`
}

// EvidenceKind classifies Evidence.
type EvidenceKind string

// Evidence kinds.
const (
	// Protection.
	GlobalMiddleware EvidenceKind = "global-middleware" // app.Use, the Next.js middleware
	GroupMiddleware  EvidenceKind = "group-middleware"  // a router group or sub-router
	RouteMiddleware  EvidenceKind = "route-middleware"  // on this registration only
	Wrapper          EvidenceKind = "wrapper"           // a function wrapping the handler
	HandlerCheck     EvidenceKind = "handler-check"     // a check in the handler that exits
	FailOpen         EvidenceKind = "fail-open"         // verifies a session when present, rejects nothing

	// Public by design.
	PublicMatcher  EvidenceKind = "public-matcher" // the app's own public-route matcher
	PublicConfig   EvidenceKind = "public-routes"  // the public-routes setting
	HealthPath     EvidenceKind = "health-path"    // health, status, metrics, static files
	WebhookVerify  EvidenceKind = "webhook"        // a receiver that verifies a signature
	SharedSecret   EvidenceKind = "shared-secret"  // a cron or machine route checking a secret
	PrivateURL     EvidenceKind = "private-url"    // the URL says it is meant to be private (pages)
	ClerkProxy     EvidenceKind = "clerk-proxy"    // forwards to Clerk's Frontend API, which authenticates each request
	PublicDataRead EvidenceKind = "public-data"    // only reads models listed as public data (catalogue, blog)
	// GuestRows: the endpoint reads the session and, signed out, reads the
	// rows of the constant its user id falls back to (`creatorId: userId
	// ?? "demo"`, GuestRows), and does nothing else: a guest or demo view
	// by design.
	GuestRows EvidenceKind = "guest-rows"
	// ClientRendered: a page no server code answers with data of its own
	// (a 'use client' page, a static Pages Router page): the APIs and
	// actions it calls are the endpoints to protect.
	ClientRendered EvidenceKind = "client-rendered"
	// PublicWrite: a write anyone may make by design (AddPublicWrites): an
	// intake form's (contact, newsletter) that only creates records or
	// notifies the app, or a capability link's whose secret selects the
	// rows it touches.
	PublicWrite EvidenceKind = "public-write"
	// PublicClient: a server action built on, or running its work
	// through, an action client the app names public
	// (unauthenticatedAction.handler(…)): the app declares it open to
	// anyone, for reads, creates and outbound calls (NeedsSession).
	PublicClient EvidenceKind = "public-client"
	// AnyOrigin: a route module answering every origin
	// (Access-Control-Allow-Origin: *), an API built for another site's
	// visitors: browsers send no cookie, so no Clerk session cookie, to
	// it with credentials. Like PublicClient it opens creates, outbound
	// calls and reads of public rows to anyone (NeedsSession), not
	// updates, deletes, Clerk Backend API calls or a private row.
	AnyOrigin EvidenceKind = "any-origin"
	// OAuthCallback: an OAuth redirect callback exchanging the code the
	// provider issued (AddOAuthCallback): the code is the caller's
	// credential.
	OAuthCallback EvidenceKind = "oauth-callback"
	// Unexposed: an export of a 'use server' module that Next.js never
	// registers as a server action (nothing imports it, or only route
	// handlers do): a server function no request can call.
	Unexposed EvidenceKind = "unexposed"
	// ResultWithheld: a server action whose only effects are reads and
	// whose result hands none of the rows back: it returns nothing (a
	// database warm-up), or only whether a row selected by public names
	// exists (a username's availability). The caller learns timing, or
	// what the app shows anyone.
	ResultWithheld EvidenceKind = "result-withheld"

	// Authorization.
	RoleCheck       EvidenceKind = "role-check"
	PermissionCheck EvidenceKind = "permission-check"
	OwnershipCheck  EvidenceKind = "ownership-check"

	// Registration gaps.
	BeforeGlobalAuth EvidenceKind = "before-global-auth" // registered before app.Use(auth)
	SiblingsUseAuth  EvidenceKind = "siblings-use-auth"  // its group's other routes use auth
	// LoadGuard: a SvelteKit load requires a session, which the page's form
	// actions and the +server endpoints below it do not get (loads do not
	// run for them).
	LoadGuard EvidenceKind = "load-guard"
)

// SessionRead is a read of the session in the handler.
type SessionRead struct {
	What string `json:"what"` // "auth()", "clerk.SessionClaimsFromContext"
	At   Pos    `json:"at"`
	// Checked is true when its absence is handled (an exit when signed out).
	Checked bool `json:"checked"`
}

// InputKind is where a request value comes from.
type InputKind string

// Input kinds.
const (
	PathParam InputKind = "path"
	Query     InputKind = "query"
	Body      InputKind = "body"
	Form      InputKind = "form"
	Header    InputKind = "header"
	Cookie    InputKind = "cookie"
	Argument  InputKind = "argument" // a server action or RPC argument
)

// Input is a request value the handler reads.
type Input struct {
	Kind InputKind `json:"kind"`
	Name string    `json:"name,omitempty"`
	At   Pos       `json:"at"`
}

// EffectKind classifies what a handler does.
type EffectKind string

// Effect kinds.
const (
	DBRead   EffectKind = "db-read"
	DBWrite  EffectKind = "db-write"
	ClerkAPI EffectKind = "clerk-api" // a Clerk Backend API call
	Outbound EffectKind = "outbound"  // an HTTP call or a paid external API
	Storage  EffectKind = "storage"   // a file or object-storage write
	// EnvValue: the response carries a server-only environment value
	// whose name says it is a credential (SecretEnvName); Target is the
	// expression, Model the variable's name.
	EnvValue EffectKind = "server-env"
)

// Effect is one thing the handler does.
type Effect struct {
	Kind EffectKind `json:"kind"`
	// Target is the call as written, short: "prisma.order.update",
	// "user.Delete", "fetch", "db.Exec".
	Target string `json:"target"`
	// Model is the table, collection or model the query touches, when known.
	Model string `json:"model,omitempty"`
	// Filter lists the fields a query selects rows by (where: {id, userId}).
	Filter []string `json:"filter,omitempty"`
	// Where are the filter fields with where each value comes from, when
	// the producer followed them (the ownership judgement reads these).
	Where []Binding `json:"where,omitempty"`
	// RLS names the row-level security policy that restricts the rows to
	// the caller ("policy \"own rows\" on notes at supabase/migrations/1.sql:4").
	RLS string `json:"rls,omitempty"`
	// Anonymous marks an outbound call that visibly sends no credential
	// (no Authorization header, API key or secret): anyone could make it
	// directly, so a session adds nothing to it.
	Anonymous bool `json:"anonymous,omitempty"`
	// CallerCredential marks an outbound call whose only credentials are
	// ones the caller sent (a token argument, their Authorization header),
	// or that only verifies one (a captcha siteverify), and a query on a
	// Supabase client carrying the caller's own Clerk session token and
	// the public anon key (row-level security decides): it acts with the
	// caller's authority at the other service, not the app's, so a session
	// adds nothing to it either.
	CallerCredential bool `json:"caller_credential,omitempty"`
	// Unowned marks a read of a model the project's schema declares with
	// no column naming a person, an owner or a tenant (a lookup table of
	// categories): its rows belong to no one.
	Unowned bool `json:"unowned,omitempty"`
	// AnyTable marks a query whose table the request names
	// (supabase.from(body.table)): it reaches every table the app's
	// credentials reach, so it is never a catalogue's read.
	AnyTable bool `json:"any_table,omitempty"`
	// Creates marks a write that only adds new records (an INSERT, a
	// create, an insertOne, a $setOnInsert upsert): it changes or removes
	// none that exist.
	Creates bool `json:"creates,omitempty"`
	// Own marks a create whose record a field sets to the session's user
	// id (Interaction.create({ userId, bookId })): it only ever adds the
	// caller's own row, none when signed out has an owner to act for.
	Own bool `json:"own,omitempty"`
	// Notify marks an outbound message to the app's own fixed recipient (a
	// mail whose recipient is a literal or the app's configuration): a
	// contact form telling the team.
	Notify bool `json:"notify,omitempty"`
	// Columns are the fields a read's explicit projection returns (Prisma
	// select, nested relations' fields dotted: author.name; Mongoose, Knex
	// or Supabase select lists; Drizzle column picks), nil when the read
	// returns whole rows or the projection could not be read.
	Columns []string `json:"columns,omitempty"`
	// PublicColumns marks a read whose every column is public profile data
	// by its name (MarkPublicColumns): it hands out nothing private,
	// whoever's rows it selects.
	PublicColumns bool `json:"publicColumns,omitempty"`
	// SignedIn marks an effect that runs only when the session is present
	// (its call sits under if (userId), userId && …): a signed-out
	// request never causes it, so CLK101 and CLK102 judge without it
	// (SignedOut); the authorization rules still see it.
	SignedIn bool `json:"signedIn,omitempty"`
	At       Pos  `json:"at"`
}

// NeedsUser reports whether the effect is one only a signed-in user should
// cause: every effect but an outbound call that is anonymous or sends only
// the caller's own credentials, and a Clerk Backend API call whose every
// argument is the session's own (users.getUser(userId) with userId from
// auth()): it acts on the caller's own record, and signed out there is no
// id to act on. Reading the session without checking it is CLK102's.
func (e Effect) NeedsUser() bool {
	switch e.Kind {
	case Outbound:
		return !e.Anonymous && !e.CallerCredential
	case DBRead, DBWrite:
		return !e.CallerCredential
	case ClerkAPI:
		return len(e.Where) == 0 || slices.ContainsFunc(e.Where, func(b Binding) bool { return b.From != FromSession })
	}
	return true
}

// Writes reports whether the effect changes state: a database write, a
// storage write, or a Clerk Backend API call other than a read.
func (e Effect) Writes() bool {
	switch e.Kind {
	case DBWrite, Storage:
		return true
	case ClerkAPI:
		return !readOnlyClerk(e.Target)
	}
	return false
}

// readOnlyClerk reports whether a Clerk Backend API call only reads, judged by
// the method name's verb (getUser, users.list, user.Get, ListOrganizations).
func readOnlyClerk(target string) bool {
	name := target[strings.LastIndexAny(target, ".")+1:]
	lower := strings.ToLower(name)
	for _, verb := range []string{"get", "list", "search", "count", "verify", "read", "find"} {
		if strings.HasPrefix(lower, verb) {
			return true
		}
	}
	return false
}

// SignedOut is the endpoint as a signed-out request meets it: without
// the effects only a present session reaches (Effect.SignedIn). It is e
// itself when there are none; otherwise a copy sharing all but Effects.
func SignedOut(e *Endpoint) *Endpoint {
	if !slices.ContainsFunc(e.Effects, func(f Effect) bool { return f.SignedIn }) {
		return e
	}
	out := *e
	out.Effects = slices.DeleteFunc(slices.Clone(e.Effects), func(f Effect) bool { return f.SignedIn })
	return &out
}

// Has reports whether the endpoint carries evidence of one of the kinds.
func Has(ev []Evidence, kinds ...EvidenceKind) bool {
	return slices.ContainsFunc(ev, func(e Evidence) bool { return slices.Contains(kinds, e.Kind) })
}

// String renders "GET /items/{id}" (methods joined with "|", the URL alone
// for any method, "<dynamic path>" when the URL is unknown).
func (e *Endpoint) String() string {
	u := e.URL
	if u == "" {
		u = "<dynamic path>"
	}
	if len(e.Methods) == 0 {
		return u
	}
	return strings.Join(e.Methods, "|") + " " + u
}

// Contains reports whether a finding at file:line lies on the endpoint: on
// its registration line or inside its handler.
func (e *Endpoint) Contains(file string, line int) bool {
	if file == e.Registration.File && line == e.Registration.Line {
		return true
	}
	if file != e.Handler.File || line < e.Handler.Line {
		return false
	}
	return line == e.Handler.Line || line <= e.HandlerEnd
}

// Sort orders endpoints by registration file and line, then by URL and
// methods, so every output is deterministic.
func Sort(es []Endpoint) {
	slices.SortStableFunc(es, func(a, b Endpoint) int {
		if c := strings.Compare(a.Registration.File, b.Registration.File); c != 0 {
			return c
		}
		if a.Registration.Line != b.Registration.Line {
			return a.Registration.Line - b.Registration.Line
		}
		if c := strings.Compare(a.URL, b.URL); c != 0 {
			return c
		}
		return strings.Compare(strings.Join(a.Methods, ","), strings.Join(b.Methods, ","))
	})
}

// WithFiles returns a copy of e whose every position's file is rename(file):
// the slices are copied, so e and the result share nothing a caller may
// write. Drivers make paths root-relative with it; messages shorten them.
func (e Endpoint) WithFiles(rename func(string) string) Endpoint {
	at := func(p *Pos) {
		if p.File != "" {
			p.File = rename(p.File)
		}
	}
	evidence := func(es []Evidence) []Evidence {
		es = slices.Clone(es)
		for i := range es {
			at(&es[i].At)
		}
		return es
	}
	at(&e.Registration)
	at(&e.Handler)
	e.Protection.By = evidence(e.Protection.By)
	if e.Protection.Gap != nil {
		g := *e.Protection.Gap
		at(&g.At)
		e.Protection.Gap = &g
	}
	e.Public = evidence(e.Public)
	e.Authz = evidence(e.Authz)
	e.Sessions = slices.Clone(e.Sessions)
	for i := range e.Sessions {
		at(&e.Sessions[i].At)
	}
	e.Inputs = slices.Clone(e.Inputs)
	for i := range e.Inputs {
		at(&e.Inputs[i].At)
	}
	e.Effects = slices.Clone(e.Effects)
	for i := range e.Effects {
		at(&e.Effects[i].At)
		e.Effects[i].Filter = slices.Clone(e.Effects[i].Filter)
		e.Effects[i].Where = slices.Clone(e.Effects[i].Where)
	}
	e.Findings = slices.Clone(e.Findings)
	return e
}

// SecretEnvName reports whether an environment variable's name says it
// holds a credential: a part (split at '_') naming a key, secret, token,
// password or private value, or a database connection string
// (DATABASE_URL, MONGODB_URI). A name the browser may see by design
// (NEXT_PUBLIC_, VITE_, PUBLIC_, EXPO_PUBLIC_) or a publishable key does
// not; nor does one saying only that the value is present or what it is
// for (NODE_ENV, APP_URL), nor a key's id.
func SecretEnvName(name string) bool {
	up := strings.ToUpper(name)
	for _, pre := range []string{"NEXT_PUBLIC_", "VITE_", "PUBLIC_", "EXPO_PUBLIC_", "REACT_APP_", "NUXT_PUBLIC_"} {
		if strings.HasPrefix(up, pre) {
			return false
		}
	}
	parts := strings.Split(up, "_")
	if slices.Contains(parts, "PUBLISHABLE") || slices.Contains(parts, "PUBLIC") {
		return false
	}
	if up == "PWD" || up == "OLDPWD" {
		return false // the shell's working directory
	}
	db := false
	// A key's id (RAZORPAY_KEY_ID, AWS_ACCESS_KEY_ID) names which key, not
	// the key: the checkout widget or SDK that needs it gets it in the
	// browser, and its secret half has a name of its own.
	keyID := parts[len(parts)-1] == "ID"
	for _, p := range parts {
		switch p {
		case "PASS", "PRIVATE", "DSN":
			return true
		case "DATABASE", "DB", "MONGO", "MONGODB", "POSTGRES", "POSTGRESQL", "PG", "MYSQL", "REDIS":
			db = true
		}
		// Run-together names too: USERPWD, APIKEY, ADMINPASSWORD (not
		// KEYCLOAK: a key only at a part's end).
		for _, w := range []string{"SECRET", "TOKEN", "PASSWORD", "PASSWD", "PWD", "CREDENTIAL"} {
			if strings.Contains(p, w) {
				return true
			}
		}
		if (strings.HasSuffix(p, "KEY") || strings.HasSuffix(p, "KEYS")) && !keyID {
			return true
		}
	}
	last := parts[len(parts)-1]
	return db && (last == "URL" || last == "URI")
}

// SQLKind reads the verb of a SQL statement (quotes, backticks and leading
// parentheses trimmed): INSERT, UPDATE, DELETE, UPSERT, MERGE, CREATE, DROP,
// ALTER, TRUNCATE and REPLACE write; SELECT, WITH and SHOW read; anything else
// is not known. One reading for every producer's SQL effects.
func SQLKind(statement string) (EffectKind, bool) {
	s := strings.TrimLeft(strings.Trim(statement, "`'\""), " \t\r\n(")
	verb := strings.ToUpper(s[:strings.IndexFunc(s+" ", func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '(' })])
	switch verb {
	case "INSERT", "UPDATE", "DELETE", "UPSERT", "MERGE", "CREATE", "DROP", "ALTER", "TRUNCATE", "REPLACE":
		return DBWrite, true
	case "SELECT", "WITH", "SHOW":
		return DBRead, true
	}
	return "", false
}

// InsertOnly reports whether a SQL statement only adds rows: an INSERT
// without an upsert clause (ON CONFLICT … DO UPDATE, ON DUPLICATE KEY
// UPDATE, SQLite's INSERT OR REPLACE) changing a row that exists.
func InsertOnly(statement string) bool {
	if k, ok := SQLKind(statement); !ok || k != DBWrite {
		return false
	}
	s := strings.ToUpper(strings.Join(strings.Fields(strings.TrimLeft(strings.Trim(statement, "`'\""), " \t\r\n(")), " "))
	return strings.HasPrefix(s, "INSERT ") && !strings.Contains(s, " DO UPDATE") && !strings.Contains(s, "ON DUPLICATE KEY") && !strings.HasPrefix(s, "INSERT OR REPLACE")
}

// Phrase names where a request value comes from, for messages: "a route
// parameter", "the body".
func (k InputKind) Phrase() string {
	switch k {
	case PathParam:
		return "a route parameter"
	case Query:
		return "the query string"
	case Body:
		return "the body"
	case Form:
		return "a form field"
	case Header:
		return "a header"
	case Cookie:
		return "a cookie"
	case Argument:
		return "a server action argument"
	}
	return "the request"
}

// SampleURL turns a route pattern into one URL it serves, for matching
// URL globs (public, privileged and webhook routes): a parameter or
// wildcard segment (:id, :id?, [id], {id}, *, *splat, (.*)) becomes "x",
// and a SvelteKit form action's ?/name goes.
func SampleURL(pattern string) string {
	pattern, _, _ = strings.Cut(pattern, "?/")
	segs := strings.Split(pattern, "/")
	for i, s := range segs {
		switch {
		case strings.HasPrefix(s, ":"), strings.HasPrefix(s, "["), strings.HasPrefix(s, "{"), strings.ContainsAny(s, "*()?+"):
			segs[i] = "x"
		}
	}
	return strings.Join(segs, "/")
}
