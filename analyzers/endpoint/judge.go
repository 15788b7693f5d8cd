package endpoint

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Verdict is the CLK101 judgement of one endpoint.
type Verdict struct {
	// Report is true when the endpoint should be reported as unprotected.
	Report bool
	// Reason completes the message: why it matters ("it writes data:
	// prisma.post.create at app/api/posts/route.ts:12"), or, when effects are
	// unknown, that they are.
	Reason string
	// Pattern is the broad public pattern the endpoint sits under, when that is
	// what makes it unprotected.
	Pattern *Evidence
	// Effect is the effect that needs a signed-in user, when one is known.
	Effect *Effect
}

// NeedsSession judges whether an endpoint lacks the session protection it
// needs, on what it does rather than on its name alone:
//
//   - protected, fail-open (CLK102's) or not followed (Unknown): not reported;
//   - public by design (a health or static path, a verifying webhook
//     receiver, a shared-secret cron route, a pattern that names it in the
//     app's public matcher or public-routes, an intake form or a capability
//     link whose writes are anyone's to make: PublicWrite): not reported, unless the only
//     public evidence is a broad pattern ("/api(.*)", a whole router) or a
//     resource tree's wildcard ("/api/books/(.*)", Tree) and the endpoint
//     writes data, calls the Clerk Backend API or returns a server secret;
//   - a server action on an action client the app names public
//     (PublicClient): not reported, unless it updates or deletes data,
//     calls the Clerk Backend API for anyone but the caller or returns a
//     server secret (the finding names the client);
//   - a route answering any origin (AnyOrigin, an API for other sites'
//     visitors): not reported when its effects are known and none
//     updates or deletes data, calls the Clerk Backend API for anyone but
//     the caller, reads a private row or returns a server secret (the
//     finding names the header otherwise);
//   - effect-free (the producer read everything and found no effect: static
//     or constant data, or only outbound calls that send no credential,
//     which anyone could make directly): not reported;
//   - otherwise reported, with the first effect that needs a user, or with
//     "its effects could not be determined" when the producer could not tell.
//
// Only what a signed-out request can cause counts: an effect under a
// test that the session is present (Effect.SignedIn) does not.
//
// Pages are judged by intent instead: a page is reported when its URL says it
// is private (PrivateURL evidence), nothing protects it, and no public pattern
// names it (a broad pattern or a tree wildcard does not count); or when its
// server code hands the browser a server secret (EnvValue).
func NeedsSession(e *Endpoint) Verdict {
	if e.Protection.State != Unprotected {
		return Verdict{}
	}
	e = SignedOut(e) // what only a signed-in request does needs no check of its own
	if e.Kind == Page {
		// A pattern naming the page says it is public by intent; a broad one
		// ("/(.*)") or a tree wildcard more likely opened it by accident.
		if _, _, narrow := splitPublic(e.Public); narrow || Has(e.Public, ClientRendered) {
			return Verdict{}
		}
		// Whatever the page is for, data its server code hands the browser
		// must not be a server secret (a SvelteKit load's return value).
		if env := firstEffect(e, func(f Effect) bool { return f.Kind == EnvValue }); env != nil {
			return Verdict{Report: true, Effect: env, Reason: "it " + describe(env)}
		}
		if !Has(e.Public, PrivateURL) {
			return Verdict{}
		}
		return Verdict{Report: true, Reason: "its URL marks it private"}
	}
	writes := firstEffect(e, Effect.Writes)
	broad, tree, narrow := splitPublic(e.Public)
	if ao := find(e.Public, AnyOrigin); ao != nil && !narrow && e.EffectsKnown {
		// An API for other sites' visitors may take their orders; it may
		// not change what exists, act through the Clerk Backend API, read
		// a private row or hand out a server secret.
		sensitive := firstEffect(e, anyOriginSensitive)
		if sensitive == nil {
			return Verdict{}
		}
		if broad == nil && tree == nil {
			return Verdict{Report: true, Effect: sensitive,
				Reason: fmt.Sprintf("it answers any origin (%s at %s), which opens creates, outbound calls and reads of public rows to callers without a session, not this: it %s",
					ao.What, ao.At, describe(sensitive))}
		}
	}
	if broad != nil || tree != nil || narrow {
		// What a broad pattern or a tree wildcard cannot have meant to open:
		// writes but the caller's own new record (Own), and any Clerk
		// Backend API call but one on the caller's own record (getUserList
		// lists everyone). A server secret in the response is no public
		// data either.
		sensitive := firstEffect(e, func(f Effect) bool {
			return (f.Writes() && !f.Own) || (f.Kind == ClerkAPI && f.NeedsUser()) || f.Kind == EnvValue
		})
		if narrow || sensitive == nil {
			return Verdict{}
		}
		if broad == nil {
			return Verdict{Report: true, Pattern: tree, Effect: sensitive,
				Reason: fmt.Sprintf("it is public only through the wildcard %s (%s), which opens its URL tree for reading public data, yet it %s",
					tree.What, tree.At, describe(sensitive))}
		}
		return Verdict{
			Report:  true,
			Pattern: broad,
			Effect:  sensitive,
			Reason: fmt.Sprintf("it is public only through the broad pattern %s (%s), yet it %s",
				broad.What, broad.At, describe(sensitive)),
		}
	}
	if pc := find(e.Public, PublicClient); pc != nil {
		// The app's own name for the client declares the action open to
		// anyone; not to change or remove existing rows, act through the
		// Clerk Backend API or hand out a server secret.
		sensitive := firstEffect(e, func(f Effect) bool {
			return (f.Writes() && !f.Creates) || (f.Kind == ClerkAPI && f.NeedsUser()) || f.Kind == EnvValue
		})
		if sensitive == nil {
			return Verdict{}
		}
		return Verdict{Report: true, Effect: sensitive,
			Reason: fmt.Sprintf("it runs on %s (%s), an action client the app names public, which opens reads, creates and outbound calls to anyone but not this: it %s",
				pc.What, pc.At, describe(sensitive))}
	}
	needs := firstEffect(e, Effect.NeedsUser)
	if e.EffectsKnown && needs == nil {
		return Verdict{}
	}
	v := Verdict{Report: true}
	switch {
	case writes != nil:
		v.Effect, v.Reason = writes, "it "+describe(writes)
	case needs != nil:
		v.Effect, v.Reason = needs, "it "+describe(needs)
	default:
		v.Reason = "what it does could not be determined, so it is assumed to need a signed-in user"
	}
	if g := e.Protection.Gap; g != nil {
		v.Reason += "; " + gapText(g)
	}
	if f := v.Effect; f != nil && f.Kind == DBRead && f.Model != "" && !PrivateResource("/"+f.Model) && onlyReads(e) {
		// Whether rows are public is the app's to say, in one line (not
		// offered for users, orders and the like).
		v.Reason += fmt.Sprintf(" (if %s rows are public by design, list %s in CLK101's public-data param)", f.Model, f.Model)
	}
	return v
}

// anyOriginSensitive: what AnyOrigin evidence does not open: a write
// other than a create, a Clerk Backend API call for anyone but the
// caller, a server secret in the response, a read of rows that may be
// someone's (a model named for a user or a private resource, one the
// request names, or one the analysis could not name).
func anyOriginSensitive(f Effect) bool {
	switch {
	case f.Writes() && !f.Creates, f.Kind == ClerkAPI && f.NeedsUser(), f.Kind == EnvValue:
		return true
	case f.Kind == DBRead && f.NeedsUser():
		return f.AnyTable || f.Model == "" || PrivateResource("/"+f.Model)
	}
	return false
}

// AddPublicReads adds the evidence that an endpoint's reads are public by
// design, one notion for every producer, which calls it once the
// endpoint's protection is known:
//
//   - it only reads public data, when its effects are known and every one
//     is such a read: a model whose rows are public by nature (a catalogue,
//     a blog: CLK101's params.public-data), rows a filter selects by a
//     public status (its field=value entries: published=true,
//     status=live), or the whole of a table that belongs to no one
//     (Effect.Unowned, unfiltered: a list of categories);
//   - it is an unprotected route (no session read at all: a fail-open one
//     is user-scoped) at a URL that names no user or private resource (a
//     catalogue, a search, a lookup table), and nothing it is known to do
//     names one either: no read of a table or model whose name does
//     (users, orders) or whose rows are selected by the session, no
//     credentialed outbound call (a paid API
//     billed to the app), and it neither writes nor calls the Clerk Backend
//     API (which then need a session, and the finding says so plainly).
//     Effects the producer could not follow are taken as a catalogue's
//     only on a GET or HEAD;
//   - a signed-out request reads a guest's rows (GuestRows).
//
// Names compare by ModelKey ("products" matches "Product"). byURL asks
// for the second judgement too: the JS producers (Next.js, Express,
// SvelteKit) ask; the Go producer (gomodel) asks only for an endpoint whose
// effects it could not follow (its fixtures hold followed reads at such URLs to be
// findings); FastAPI does not yet.
func AddPublicReads(e *Endpoint, models []string, byURL bool) {
	out := SignedOut(e) // what anyone may do is what a signed-out request does
	if ev, ok := publicData(out, models); ok {
		e.Public = append(e.Public, ev)
	}
	if ev, ok := guestRows(out); ok {
		e.Public = append(e.Public, ev)
	}
	if byURL && e.Kind == Route && e.Protection.State == Unprotected && e.URL != "" && !PrivateResource(e.URL) && publicReads(out) {
		e.Public = append(e.Public, Evidence{Kind: PublicMatcher, What: "a catalog URL naming no user or private resource", At: e.Registration, Broad: true})
	}
}

// MarkPublicColumns marks the endpoint's reads whose projection returns
// only fields CLK101's public-fields names (Effect.PublicColumns): display
// names, handles, avatars, bios, join dates, counts, the row's own id. A
// social profile or a follower list shows these to anyone, so a read
// limited to them carries no private data whoever's rows it selects. A
// nested relation's fields (author.name) are judged by their own name.
// Entries and fields compare in snake case; an entry may hold '*'
// (*_count: followersCount). The effects are copied first: they may be
// shared with the summaries. Called by a producer before AddPublicReads.
func MarkPublicColumns(e *Endpoint, fields []string) {
	cloned := false
	for i, f := range e.Effects {
		if f.Kind != DBRead || len(f.Columns) == 0 || f.AnyTable || !publicColumns(f.Columns, fields) {
			continue
		}
		if !cloned {
			e.Effects, cloned = slices.Clone(e.Effects), true
		}
		e.Effects[i].PublicColumns = true
	}
}

// PublicField reports whether a field's own name (after the last dot)
// matches an entry of CLK101's public-fields, compared as MarkPublicColumns
// compares a read's columns.
func PublicField(name string, fields []string) bool {
	return publicColumns([]string{name}, fields)
}

// publicColumns: every column's own name (after the last dot) matches an
// entry of public-fields.
func publicColumns(cols, fields []string) bool {
	for _, c := range cols {
		name := snake(c[strings.LastIndex(c, ".")+1:])
		if name == "" || !slices.ContainsFunc(fields, func(p string) bool {
			ok, err := path.Match(snake(p), name)
			return ok && err == nil
		}) {
			return false
		}
	}
	return true
}

// snake folds a field name to lower snake case (followersCount,
// followers-count → followers_count), so an entry *_count matches a count
// but not account.
func snake(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == '-':
			r = '_'
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToLower(r))
		prev = r
	}
	return b.String()
}

// AddServedReads adds the evidence that a server action only reads rows
// the app itself serves to anyone. A server action has no URL, so the
// catalogue judgement of AddPublicReads cannot apply to it; the app's own
// public routes and pages can say the same thing: served maps the ModelKey
// of every model such an endpoint reads (not a user's or a private
// resource's, by no session or constant filter, so every row is
// reachable) to that endpoint ("GET /api/teams/[abbr]"). It is called
// only when the action is unprotected, its effects are known and every
// one is such a read of a model the app does not name private, by
// nothing the session selects; served is computed only then.
func AddServedReads(e *Endpoint, served func() map[string]string) {
	if e.Kind != Action || e.Protection.State != Unprotected || !e.EffectsKnown || len(e.Effects) == 0 || Has(e.Public, PublicDataRead) {
		return
	}
	for _, f := range e.Effects {
		if f.Kind != DBRead || f.Model == "" || PrivateResource("/"+f.Model) || slices.ContainsFunc(f.Where, func(b Binding) bool { return b.From == FromSession }) {
			return
		}
	}
	rows := served()
	var names []string
	for _, f := range e.Effects {
		by, ok := rows[ModelKey(f.Model)]
		if !ok {
			return
		}
		if name := f.Model + " (" + by + ")"; !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	e.Public = append(e.Public, Evidence{Kind: PublicDataRead, What: "reads only rows the app serves to anyone: " + strings.Join(names, ", "), At: e.Effects[0].At})
}

// AddRunByPage adds the evidence that a server action is what a public
// page runs to render itself (by names the page: "page /"): any visitor
// already makes the page run it, with arguments the URL chooses. A server
// page keeps what it loads on the server and the action hands its whole
// result back, so the evidence holds only when nothing it is known to do
// writes, calls the Clerk Backend API, returns a server secret, or reads
// a model named for a user or private resource; effects it could not read
// the page triggers for every visitor too.
func AddRunByPage(e *Endpoint, by string) {
	if by == "" || e.Kind != Action || e.Protection.State != Unprotected || Has(e.Public, PublicDataRead) {
		return
	}
	if firstEffect(e, func(f Effect) bool {
		return f.Writes() || f.Kind == ClerkAPI || f.Kind == EnvValue || (f.Kind == DBRead && PrivateResource("/"+f.Model))
	}) != nil {
		return
	}
	e.Public = append(e.Public, Evidence{Kind: PublicDataRead, What: "the public " + by + " runs it for every visitor", At: e.Registration})
}

// AddUsedByPublicPages adds the evidence that a server action is the
// public pages' own: only pages the app opens to anyone (pages holds their
// URL patterns) use it, from their client code, so any visitor
// already calls it with arguments of their choosing. What it reads those
// pages show to anyone, so the evidence holds only when its effects are
// known and each is a read of a model named for no user or private
// resource, selected by nothing the session holds nor by a user or
// account id the caller passes; a write (a guest booking) stays a
// finding for the reviewer to judge.
func AddUsedByPublicPages(e *Endpoint, pages []string) {
	if len(pages) == 0 || e.Kind != Action || e.Protection.State != Unprotected || !e.EffectsKnown || len(e.Effects) == 0 || Has(e.Public, PublicDataRead) {
		return
	}
	if firstEffect(e, func(f Effect) bool {
		return f.Kind != DBRead || f.Model == "" || PrivateResource("/"+f.Model) || slices.ContainsFunc(f.Where, func(b Binding) bool {
			return b.From == FromSession || (b.From == FromRequest && PrivateResource("/"+b.Field))
		})
	}) != nil {
		return
	}
	what := "only the public page " + pages[0] + " uses it"
	if len(pages) > 1 {
		what = "only the public pages " + strings.Join(pages, ", ") + " use it"
	}
	e.Public = append(e.Public, Evidence{Kind: PublicDataRead, What: what + ", and it only reads what anyone may see there", At: e.Registration})
}

// ServedRead reports whether a read by a public endpoint makes every row of
// its model reachable to anyone (AddServedReads): a model named for no user
// or private resource, selected by nothing the session or a constant
// (published = true: only those rows are public) decides, nor by a
// secret the link carries (a share token: the rows are its holders').
func ServedRead(f Effect) bool {
	return f.Kind == DBRead && f.Model != "" && !PrivateResource("/"+f.Model) &&
		!slices.ContainsFunc(f.Where, func(b Binding) bool {
			return b.From == FromSession || b.From == FromConstant || SecretLink(b.Field) || SecretLink(b.Name)
		})
}

// ServesAnyone reports whether an endpoint is a GET route that serves what
// it reads to anyone: unprotected, opened by the app's own public matcher
// or public-routes with a pattern that is not broad (which may open it by
// accident), at a URL naming no private resource or secret link.
func ServesAnyone(e *Endpoint) bool {
	if e.Kind != Route || e.Protection.State != Unprotected || !slices.Contains(e.Methods, "GET") || !OpenURL(e.URL) {
		return false
	}
	return slices.ContainsFunc(e.Public, func(ev Evidence) bool {
		return (ev.Kind == PublicMatcher || ev.Kind == PublicConfig) && !ev.Broad
	})
}

// OpenURL: a URL naming neither a private resource nor a secret link, so
// what a public endpoint there serves is meant for everyone.
func OpenURL(url string) bool { return !PrivateResource(url) && !SecretLink(url) }

// SecretLink reports whether a URL or a field names a secret that grants
// access by being known: a share or invite token, a code, a key.
func SecretLink(s string) bool { return secretLink.MatchString(s) }

var secretLink = lazyregexp.New(`(?i)token|secret|share|invit|code|hash|key|passw|otp|nonce|magic|signed`)

// PrivateResource reports whether a URL names a user or a private resource:
// a user id parameter (:userId, [userId], {user_id}), the signed-in user,
// their account, orders, favourites, messages, money (expenses, budgets,
// transactions), bookings, an admin area.
func PrivateResource(url string) bool { return privateURL.MatchString(url) }

var privateURL = lazyregexp.New(`(?i)/(?:[:\[{]?\w*(?:user|uid|clerk|owner|account|member|customer)\w*[\]}]?|me|my[-_\w]*|profiles?|admin\w*|settings?|billing|payments?|orders?|invoices?|favou?rites?|wishlist|matches|messages?|expenses?|budgets?|transactions?|bookings?|appointments?|notifications?|dashboard|private|internal|stats|analytics|preferences?|likes?|dislikes?|cart|checkout|notes?|documents?|files?|uploads?|keys?|tokens?|secrets?|export)(?:[-_/]|$)`)

// SignInPath reports whether a URL is an endpoint of an app's own sign-in
// flow, which answers signed-out visitors by design: login, signup
// (register), token refresh, logout, OAuth callbacks, password reset,
// e-mail verification.
func SignInPath(url string) bool { return signInPath.MatchString(url) }

var signInPath = lazyregexp.New(`(?i)/(?:log-?in|log-?out|sign-?in|sign-?up|sign-?out|register|refresh(?:-token)?|callback|oauth|forgot-password|reset-password|verify-email)(?:/|$)`)

// publicReads: no effect writes, calls the Clerk Backend API or names a
// user or private resource (a read of a model so named, a credentialed
// outbound call), and the effects are
// known or the endpoint only answers GET or HEAD.
func publicReads(e *Endpoint) bool {
	for _, f := range e.Effects {
		if f.Own {
			continue // a signed-in visitor's own record of the visit (a view logged for recommendations)
		}
		if f.PublicColumns {
			continue // public profile fields of whoever's rows it selects
		}
		if slices.ContainsFunc(f.Where, func(b Binding) bool { return b.From == FromSession }) {
			return false // rows selected by the caller's session are theirs, not a catalogue's
		}
		if f.Kind == DBRead && slices.ContainsFunc(f.Where, func(b Binding) bool { return b.From == FromRequest && PrivateResource("/"+b.Field) }) {
			return false // rows of the user or account the request names (findOne({ clerkId: query.clerkId }))
		}
		if !f.NeedsUser() {
			continue
		}
		if f.Kind == Outbound || f.Kind == ClerkAPI || f.Kind == EnvValue || f.Writes() || (f.Kind == DBRead && (f.AnyTable || PrivateResource("/"+f.Model))) {
			return false
		}
	}
	return e.EffectsKnown || onlyGET(e)
}

// onlyGET: the endpoint answers only GET and HEAD (a route, not an action).
func onlyGET(e *Endpoint) bool {
	for _, m := range e.Methods {
		if m != "GET" && m != "HEAD" {
			return false
		}
	}
	return len(e.Methods) > 0
}

// publicData returns the public-data evidence of AddPublicReads: every
// effect is a read of a listed model, or a read whose filter compares a
// field with the constant a field=value entry names (published=true,
// status=live): the query itself selects the rows the app shows everyone.
func publicData(e *Endpoint, entries []string) (Evidence, bool) {
	if !e.EffectsKnown || len(e.Effects) == 0 {
		return Evidence{}, false
	}
	var names []string
	for _, f := range e.Effects {
		if f.Kind != DBRead {
			return Evidence{}, false
		}
		name := f.Model
		switch {
		case f.Model != "" && slices.ContainsFunc(entries, func(m string) bool { return ModelKey(m) == ModelKey(f.Model) }):
		case lookup(f):
			name = fmt.Sprintf("all of %s (declared without an owner)", f.Model)
		case f.PublicColumns:
			name = fmt.Sprintf("%s (only %s)", f.Target, strings.Join(f.Columns, ", "))
		default:
			b, ok := publicFilter(f.Where, entries)
			if !ok {
				return Evidence{}, false
			}
			name = fmt.Sprintf("%s where %s = %s", f.Target, b.Field, b.Name)
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return Evidence{Kind: PublicDataRead, What: "reads only public data: " + strings.Join(names, ", "), At: e.Effects[0].At}, true
}

// lookup: a read of a whole table that belongs to no one (Unowned), not
// named for a private resource, its rows selected by nothing the caller or
// the session chooses: a list of categories or countries.
func lookup(f Effect) bool {
	if !f.Unowned || f.Model == "" || PrivateResource("/"+f.Model) || len(f.Where) < len(f.Filter) {
		return false
	}
	for _, b := range f.Where {
		if b.From != FromConstant {
			return false
		}
	}
	return true
}

// publicFilter returns the binding of a query's filter that PublicFilter
// finds public.
func publicFilter(where []Binding, entries []string) (Binding, bool) {
	for _, b := range where {
		if PublicFilter(b, entries) {
			return b, true
		}
	}
	return Binding{}, false
}

// PublicFilter reports whether a filter binding compares a field with a
// constant some field=value entry of CLK101's public-data names, the one
// test of a public filter for CLK101 and CLK203: field names compare
// without case or underscores (is_public, isPublic), values without case
// or quotes ('Live', "LIVE"). Model entries (no '=') never match.
func PublicFilter(b Binding, entries []string) bool {
	if b.From != FromConstant {
		return false
	}
	fold := func(s string) string {
		return strings.ToLower(strings.ReplaceAll(strings.Trim(strings.TrimSpace(s), "'\"`"), "_", ""))
	}
	field, value := fold(b.Field), fold(b.Name)
	for _, m := range entries {
		f, v, ok := strings.Cut(m, "=")
		if ok && fold(f) == field && fold(v) == value {
			return true
		}
	}
	return false
}

// splitPublic returns the first broad public pattern, the first resource-tree
// wildcard, and whether any evidence names the endpoint specifically (a
// narrow pattern, a health path, a verifying webhook, a shared secret).
func splitPublic(ev []Evidence) (broad, tree *Evidence, narrow bool) {
	for i := range ev {
		switch {
		case ev[i].Kind == PrivateURL, ev[i].Kind == ClientRendered, ev[i].Kind == PublicClient, ev[i].Kind == AnyOrigin:
		case ev[i].Broad:
			if broad == nil {
				broad = &ev[i]
			}
		case ev[i].Tree:
			if tree == nil {
				tree = &ev[i]
			}
		default:
			narrow = true
		}
	}
	return broad, tree, narrow
}

// onlyReads: every effect that needs a user is a database read.
func onlyReads(e *Endpoint) bool {
	return firstEffect(e, func(f Effect) bool { return f.NeedsUser() && f.Kind != DBRead }) == nil
}

func find(ev []Evidence, kind EvidenceKind) *Evidence {
	if i := slices.IndexFunc(ev, func(x Evidence) bool { return x.Kind == kind }); i >= 0 {
		return &ev[i]
	}
	return nil
}

func firstEffect(e *Endpoint, keep func(Effect) bool) *Effect {
	for i := range e.Effects {
		if keep(e.Effects[i]) {
			return &e.Effects[i]
		}
	}
	return nil
}

// describe renders an effect for a message: "writes data (prisma.post.create at
// app/api/posts/route.ts:12)".
func describe(f *Effect) string {
	verb := map[EffectKind]string{
		DBRead:   "reads data",
		DBWrite:  "writes data",
		ClerkAPI: "calls the Clerk Backend API",
		Outbound: "calls an external service",
		Storage:  "writes files",
		EnvValue: "returns the server-only environment value " + f.Model,
	}[f.Kind]
	if verb == "" {
		verb = string(f.Kind)
	}
	if f.AnyTable {
		verb += " from a table the request names"
	}
	return fmt.Sprintf("%s (%s at %s)", verb, f.Target, f.At)
}

func gapText(g *Evidence) string {
	switch g.Kind {
	case BeforeGlobalAuth:
		return fmt.Sprintf("it is registered before %s (%s), which only covers routes registered after it", g.What, g.At)
	case SiblingsUseAuth:
		return fmt.Sprintf("the other routes of its group use %s (%s)", g.What, g.At)
	}
	return fmt.Sprintf("%s (%s)", g.What, g.At)
}

// UncheckedSession is CLK102's judgement of one endpoint: the first session
// read nothing tests, when the endpoint is fail-open (ReadsOnly: the session
// is read, nothing rejects a request without one) and acts on it. The
// effect returned is the first that does: a write, a Clerk Backend API call
// or a query selecting rows by a session value, all of which run with a
// null user for a signed-out request. Reading the session only to pass it
// on (a page load returning userId so the page renders signed-in and
// signed-out views) is optional, not unchecked, so an endpoint whose
// effects are all known and none acts on the session is not reported; nor
// is a page whose effects are unknown, since page loads read the session
// that way more often than not.
func UncheckedSession(e *Endpoint) (SessionRead, *Effect, bool) {
	if e.Protection.State != ReadsOnly || Has(e.Public, GuestRows) {
		return SessionRead{}, nil, false // a guest view handles a missing session
	}
	i := slices.IndexFunc(e.Sessions, func(r SessionRead) bool { return !r.Checked })
	if i < 0 {
		return SessionRead{}, nil, false
	}
	// An effect under a test of the session (if (userId)) is no act on a
	// missing one.
	acts := firstEffect(SignedOut(e), actsOnSession)
	if acts == nil && (e.EffectsKnown || e.Kind == Page) {
		return SessionRead{}, nil, false
	}
	return e.Sessions[i], acts, true
}

// IdleSignedOut reports whether a signed-out request makes the endpoint do
// nothing: its effects are known, and each runs only under a test that the
// session is present. Reading the session there only shapes what is
// returned (a feature flag from has(), a header's user), so there is no
// missing check to report.
func IdleSignedOut(e *Endpoint) bool {
	return e.EffectsKnown && len(SignedOut(e).Effects) == 0
}

// actsOnSession: an effect that runs with a null user for a signed-out
// request: a write, a Clerk Backend API call or a query selecting rows by
// a session value.
func actsOnSession(f Effect) bool {
	return f.Writes() || f.Kind == ClerkAPI || slices.ContainsFunc(f.Where, func(b Binding) bool { return b.From == FromSession })
}

// guestRows returns the GuestRows evidence of a signed-out request's
// endpoint (SignedOut): some read selects rows by a session value that
// falls back to a literal (`where: { creatorId: userId ?? "init" }`:
// signed out, the seeded demo user's), and every effect is a read, none
// by a session value without one (null signed out), by a value the
// request chooses (unless the guest's id selects the rows too), or of a
// table the request names. Effects the producer could not follow are
// taken as reads only on a GET or HEAD, as a catalogue's are
// (publicReads). A signed-out visitor then sees what the app
// shows a guest, which is its absence of a session handled: neither
// unprotected (CLK101) nor unchecked (CLK102). A write keyed by the
// fallback (`ownerId: userId ?? "anon"`) is no guest view: every
// signed-out visitor writes as the one guest, and the finding stays; so
// does a fallback to what the request sends (`userId ?? body.userId`),
// which is no literal.
func guestRows(e *Endpoint) (Evidence, bool) {
	if len(e.Effects) == 0 || !(e.EffectsKnown || onlyGET(e)) {
		return Evidence{}, false
	}
	var guest *Effect
	var id string
	for i, f := range e.Effects {
		if f.Writes() || f.AnyTable || (f.Kind != DBRead && f.Kind != ClerkAPI && f.NeedsUser()) {
			return Evidence{}, false
		}
		byGuest, byRequest := false, false
		for _, b := range f.Where {
			switch {
			case b.From == FromSession && b.Guest == "":
				return Evidence{}, false
			case b.From == FromSession:
				byGuest = true
				if guest == nil {
					guest, id = &e.Effects[i], b.Field+" = "+b.Name+" ?? "+b.Guest
				}
			case b.From == FromRequest:
				byRequest = true
			}
		}
		if byRequest && !byGuest {
			return Evidence{}, false
		}
	}
	if guest == nil {
		return Evidence{}, false
	}
	return Evidence{Kind: GuestRows, What: "signed out, it reads the rows of the guest id its session value falls back to (" + guest.Target + " where " + id + ") and writes nothing", At: guest.At}, true
}

// SessionGated reports whether an endpoint reading the session without
// requiring it acts on it only under a test that it is present: its
// effects are known, some run only for a signed-in request
// (Effect.SignedIn), and none a signed-out request causes acts on the
// session (a player's roll saved only when signed in). Such a read is
// optional, not unchecked (CLK102); CLK101 judges what is left.
func SessionGated(e *Endpoint) bool {
	if !e.EffectsKnown || !slices.ContainsFunc(e.Effects, func(f Effect) bool { return f.SignedIn }) {
		return false
	}
	return firstEffect(SignedOut(e), actsOnSession) == nil
}
