// Package webhooks checks Clerk webhook receivers written in
// JavaScript/TypeScript (Next.js App and Pages Router, Express-style handlers,
// any server-side function):
//
//   - CLK301: a webhook receiver acts on the payload without a signature
//     verification that must succeed first: no verifyWebhook(req) /
//     new Webhook(secret).verify(body, headers) at all, the payload's type or
//     data read before the verification, verifyWebhook not awaited, or its
//     failure swallowed by a catch block that neither returns nor throws
//     while the handler goes on to act on the payload.
//   - CLK303: a module dispatching on user.created or user.updated (switch
//     cases, === comparisons, handler-map keys, [...].includes) that never
//     mentions user.deleted, so deleted users' data stays in the app's database.
//   - CLK304: a Pages Router API route verifying with svix/standardwebhooks
//     while Next's body parser is on (no config = { api: { bodyParser: false } }),
//     so the verifier never sees the signed raw bytes; one that disables the
//     parser and still verifies req.body / JSON.stringify(req.body), which is
//     then undefined; in any other module, a verify call handed
//     JSON.stringify(…) (the App Router's JSON.stringify(await req.json()));
//     and an Express app.use(express.json()) (or
//     bodyParser.json()) registered, in the same block, before a route whose
//     handler verifies a webhook.
//
// The check works per function. A function is a webhook receiver when, in its
// own body (not nested functions), it reads svix-*/webhook-* headers, compares
// Clerk event types ('user.created', 'organizationMembership.deleted', ...),
// uses the WebhookEvent type imported from a Clerk package, calls a verifier,
// or it is the route handler (App Router HTTP method export, Pages Router
// default export) of a file served at a webhook path in a module that uses
// Clerk, Svix or standardwebhooks (or whose path names clerk). It is judged
// only when it reads the request body itself (req.json(), req.text(),
// req.body, buffer(req), ...): a helper that receives an already verified
// event is not a receiver. Event names mark a receiver only in an app
// depending on Clerk; names other services share (subscription.created,
// session.created) only in a module importing Clerk or Svix. Calling a
// function of the same module that verifies, or one imported from a project
// file that imports a verifier module, counts as verifying; so does a call
// named like a verifier (verifySignature, this.wh.verify, constructEvent), a
// wrapper or route middleware named so (withVerifiedWebhook(handler),
// app.post(path, requireSvixSignature(), handler)), taken on trust.
// 'use client' modules, test files and client-only SPA apps are not checked.
//
// Out of reach: verification done in another file by a middleware mounted
// separately (app.use(verifier)), how a verifier guessed by name handles
// failure, a request passed to a helper that reads the body unverified,
// hand-rolled HMAC checks (not judged), event names held in constants or
// enums, handler
// maps whose user.deleted entry lives in another module, Express parsers
// and routes registered in different blocks or files (routers mounted with
// app.use('/hooks', router)), and Pages Router verifyWebhook(req) with
// bodyParser: false (the SDK re-serialises req.body there; behaviour differs
// across SDK versions).
package webhooks

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers the webhook rules with the js engine.
var Rule = js.Rule{IDs: []string{ruleid.UnverifiedWebhook, ruleid.UserDeletedNotHandled, ruleid.WebhookBodyReparsed}, New: New}

// verifyParams are CLK301's params; each rule decodes its own entry strictly.
type verifyParams struct {
	// VerifyFunctions are functions that verify a request and return the
	// event (verifyWebhook); they are async, so they must be awaited.
	VerifyFunctions []js.FuncRef `yaml:"verify-functions"`
	// VerifierClasses are classes whose instances' verify(payload, headers)
	// throws on a bad signature (svix and standardwebhooks Webhook).
	VerifierClasses []js.FuncRef `yaml:"verifier-classes"`
	// WebhookRoutes are URL globs of webhook receivers (Next.js routes).
	WebhookRoutes []rules.Glob `yaml:"webhook-routes"`
	// EventResources are the resource names of Clerk event types
	// (user → 'user.created'): comparing one marks a receiver in an app that
	// depends on a Clerk package.
	EventResources []string `yaml:"event-resources"`
	// SharedEventResources are resources of Clerk events whose names other
	// services send too (Paddle's subscription.created): comparing one marks a
	// receiver only in a module importing Clerk, svix or standardwebhooks.
	SharedEventResources []string `yaml:"shared-event-resources"`
}

type deletedParams struct {
	// SyncEvents are the events whose handling copies user data.
	SyncEvents []string `yaml:"sync-events"`
	// DeletedEvent must then be handled too.
	DeletedEvent string `yaml:"deleted-event"`
}

type reparsedParams struct {
	// VerifierClasses: as CLK301's.
	VerifierClasses []js.FuncRef `yaml:"verifier-classes"`
	// VerifyFunctions: as CLK301's; judged only in Express routes (in the
	// Pages Router verifyWebhook needs the parsed body).
	VerifyFunctions []js.FuncRef `yaml:"verify-functions"`
}

type checker struct {
	enabled map[string]bool
	verify  verifyParams
	// fns and classes are the verifiers of CLK301 and CLK304 together: each
	// rule lists them, so either works with the other disabled.
	fns     []js.FuncRef
	classes []js.FuncRef
	sync    []string
	deleted string

	event     *regexp.Regexp // an event type, unquoted
	shared    map[string]bool
	resources *js.Words // event resources, for the byte prefilter
}

// New builds the checker from the enabled webhook rules.
func New(rs []*rules.Rule, _ scan.Options) (js.Checker, error) {
	c := &checker{enabled: map[string]bool{}}
	for _, r := range rs {
		c.enabled[r.ID] = true
		switch r.ID {
		case ruleid.UnverifiedWebhook:
			var p verifyParams
			if err := r.DecodeParams(&p); err != nil {
				return nil, err
			}
			if err := validRefs(r, "params.verify-functions", p.VerifyFunctions); err != nil {
				return nil, err
			}
			if err := validRefs(r, "params.verifier-classes", p.VerifierClasses); err != nil {
				return nil, err
			}
			for field, list := range map[string][]string{"event-resources": p.EventResources, "shared-event-resources": p.SharedEventResources} {
				for i, e := range list {
					if !resourceName.MatchString(e) {
						return nil, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: fmt.Sprintf("params.%s.%d", field, i), Msg: fmt.Sprintf("%q is not a resource name (letters, digits, _)", e)}
					}
				}
			}
			c.verify = p
			c.fns = append(c.fns, p.VerifyFunctions...)
			c.classes = append(c.classes, p.VerifierClasses...)
		case ruleid.UserDeletedNotHandled:
			var p deletedParams
			if err := r.DecodeParams(&p); err != nil {
				return nil, err
			}
			if len(p.SyncEvents) == 0 || p.DeletedEvent == "" {
				return nil, &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: "params", Msg: "sync-events and deleted-event are required"}
			}
			c.sync, c.deleted = p.SyncEvents, p.DeletedEvent
		case ruleid.WebhookBodyReparsed:
			var p reparsedParams
			if err := r.DecodeParams(&p); err != nil {
				return nil, err
			}
			if err := validRefs(r, "params.verifier-classes", p.VerifierClasses); err != nil {
				return nil, err
			}
			if err := validRefs(r, "params.verify-functions", p.VerifyFunctions); err != nil {
				return nil, err
			}
			c.fns = append(c.fns, p.VerifyFunctions...)
			c.classes = append(c.classes, p.VerifierClasses...)
		}
	}
	res := append(append([]string{}, c.verify.EventResources...), c.verify.SharedEventResources...)
	if len(res) == 0 {
		res = []string{"user", "organization", "organizationMembership"} // CLK301 disabled: CLK303's prefilter
	}
	c.shared = map[string]bool{}
	for _, r := range c.verify.SharedEventResources {
		c.shared[r] = true
	}
	// The names were validated as identifiers, so the patterns compile.
	alt := strings.Join(res, "|")
	var err error
	if c.event, err = regexp.Compile(`^(?:` + alt + `)\.[A-Za-z]+$`); err != nil {
		return nil, fmt.Errorf("webhookverify: event pattern: %w", err)
	}
	c.resources = js.NewWords(res)
	return c, nil
}

// eventLiteral reports a quoted Clerk event type ('user.created') in src:
// a resource name right after a quote, a dot, letters and a quote. A regexp
// without a literal prefix scans at ~15 MB/s; one pass over the file's
// words (the names are identifiers) runs at hundreds.
func (c *checker) eventLiteral(src []byte) bool {
	found := false
	c.resources.Find(src, func(w, end int) bool {
		start := end - len(c.resources.Word(w))
		if start == 0 || !quote(src[start-1]) || end >= len(src) || src[end] != '.' {
			return true
		}
		n := end + 1
		for n < len(src) && src[n]|0x20 >= 'a' && src[n]|0x20 <= 'z' {
			n++
		}
		found = n > end+1 && n < len(src) && quote(src[n])
		return !found
	})
	return found
}

func quote(b byte) bool { return b == '\'' || b == '"' || b == '`' }

// testFile matches test and mock modules.
var testFile = lazyregexp.New(`(^|/)(__tests__|__mocks__)/|\.(test|spec)\.[cm]?[jt]sx?$`)

// resourceName is what an event-resources entry may be.
var resourceName = lazyregexp.New(`^[A-Za-z][A-Za-z0-9_]*$`)

func validRefs(r *rules.Rule, field string, refs []js.FuncRef) error {
	for i, f := range refs {
		if f.Name == "" || f.Module == "" || !doublestar.ValidatePattern(f.Module) {
			return &rules.LoadError{File: r.Pos.File, Line: r.Pos.Line, Rule: r.ID, Field: fmt.Sprintf("%s.%d", field, i), Msg: "needs a module (import specifier or glob) and a name"}
		}
	}
	return nil
}

// Wants every JS/TS file outside client-only SPAs: Check's first step is a
// byte search, before any parse.
func (c *checker) Wants(m *js.Model, f *scan.File) bool {
	if a := m.App(f.Path); a != nil && a.SPA() {
		return false
	}
	return true
}

// receiverTokens are the bytes a receiver cannot do without: the svix or
// standardwebhooks module, Clerk's verifyWebhook or WebhookEvent, the
// standardwebhooks headers (svix-* headers contain "svix"). A bare
// "webhook" is not one: it is a common word in identifiers and comments, and
// would send most files of some codebases to the parser.
var receiverTokens = [][]byte{[]byte("svix"), []byte("standardwebhooks"), []byte("verifyWebhook"),
	[]byte("WebhookEvent"), []byte("webhook-id"), []byte("webhook-signature"), []byte("webhook-timestamp")}

// prefilter says, from the path and bytes alone, whether the file can hold a
// receiver: one of receiverTokens, a quoted Clerk event type, or a webhook
// path in a module that uses Clerk (the path-based receiver needs it).
func (c *checker) prefilter(p string, src []byte) bool {
	for _, tok := range receiverTokens {
		if bytes.Contains(src, tok) {
			return true
		}
	}
	if hook, clerk := webhookPath(p); clerk || (hook && bytes.Contains(src, []byte("@clerk/"))) {
		return true
	}
	return c.eventLiteral(src)
}

// webhookPath: hook, a directory or file named webhook(s) (a receiver's
// route: app/api/webhooks/route.ts, pages/api/webhook.ts); clerk, a path
// naming both Clerk and webhooks. A file merely named like
// loadWebhookSettings.ts is neither.
func webhookPath(p string) (hook, clerk bool) {
	lp := strings.ToLower(p)
	if strings.Contains(lp, "webhook") && strings.Contains(lp, "clerk") {
		return true, true
	}
	for _, seg := range strings.Split(strings.TrimSuffix(lp, path.Ext(lp)), "/") {
		if seg == "webhook" || seg == "webhooks" {
			return true, false
		}
	}
	return false, false
}

// Local: a finding is in the receiver's own file, and nothing is kept (a
// verifier in another module is read through the model).
func (*checker) Local() {}

// Check reports the file's findings.
func (c *checker) Check(pass *js.Pass) {
	if testFile.MatchString(pass.File.Path) {
		return // tests post fake events to handlers on purpose
	}
	src := pass.Src
	if !c.prefilter(pass.File.Path, src) {
		return
	}
	if p := js.Prologue(src); len(p) > 0 && p[0] == "use client" {
		return
	}
	mod := pass.Module()
	if mod == nil || mod.Err != nil || mod.UseClient() {
		return
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	f := c.newFile(pass, mod, t)
	if c.enabled[ruleid.UnverifiedWebhook] {
		f.checkReceivers()
	}
	if c.enabled[ruleid.UserDeletedNotHandled] && f.webhookContext() {
		f.checkDeleted()
	}
	if c.enabled[ruleid.WebhookBodyReparsed] {
		f.checkPagesBody()
		f.checkConsumed()
	}
}
