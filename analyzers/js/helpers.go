package js

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/clerklint/clerklint/rules"
)

// AuthSpec tells protection analysis which calls establish authentication. It
// comes from a rule's YAML params, so users teach clerklint their own helpers
// without recompiling; decode it with rules.Rule.DecodeParams into a struct
// embedding it (`yaml:",inline"`).
type AuthSpec struct {
	// Checks return the auth state (auth, currentUser, getAuth): a guard that
	// tests a name bound from their result and exits protects.
	Checks []FuncRef `yaml:"auth-functions"`
	// Protects end the request by themselves when no user is signed in
	// (auth.protect, auth().protect).
	Protects []FuncRef `yaml:"protect-functions"`
	// Exits are calls that end a request after a failed check, matched on the
	// callee's last name (redirect, notFound, unauthorized, redirectToSignIn).
	// return and throw always exit a handler.
	Exits []string `yaml:"exit-calls"`
	// Wrappers are functions taking a handler and returning a protected one,
	// for wrappers the analysis cannot see into (published packages).
	Wrappers []FuncRef `yaml:"wrappers"`
	// RequestAuth are fields of a handler's first parameter that hold the
	// auth state a middleware attached (req.auth in @clerk/clerk-sdk-node
	// and @clerk/express): a guard testing one (`!req.auth?.userId`,
	// `!req.auth().userId`) or a name bound from it checks the session.
	RequestAuth []string `yaml:"request-auth"`
	// RequestChecks are auth functions a framework hangs on the request
	// rather than exports (SvelteKit's locals.auth() from svelte-clerk's
	// handler): matched on a callee that is neither imported nor declared
	// in the module, as written from the member after the handler's
	// parameter on (event.locals.auth() and a destructured locals.auth()
	// both match locals.auth).
	RequestChecks []string `yaml:"request-functions"`
}

// FuncRef names a function by where it is exported from.
type FuncRef struct {
	// Module is the import specifier as written ('@clerk/nextjs/server'), or a
	// glob over the project path of the file that defines the function
	// ('**/lib/auth.ts'); empty matches any module.
	Module string `yaml:"module"`
	// Name is the exported name plus member path: auth, auth.protect,
	// auth().protect (a call in the path is written "()").
	Name string `yaml:"name"`
	// Param (wrappers) is the index of the handler argument.
	Param int `yaml:"param"`
}

// Merge adds o's lists to s. Rules sharing one spec (a YAML anchor) merge
// theirs, so a user's --rules override of one of them adds its helpers for
// all and never drops any.
// An entry already there is not added again: the rules sharing the anchor
// each carry the whole list, and classification scans every entry per callee.
func (s *AuthSpec) Merge(o AuthSpec) {
	s.Checks = appendNew(s.Checks, o.Checks)
	s.Protects = appendNew(s.Protects, o.Protects)
	s.Exits = appendNew(s.Exits, o.Exits)
	s.Wrappers = appendNew(s.Wrappers, o.Wrappers)
	s.RequestAuth = appendNew(s.RequestAuth, o.RequestAuth)
	s.RequestChecks = appendNew(s.RequestChecks, o.RequestChecks)
}

// appendNew appends the elements of add that list does not hold yet.
func appendNew[T comparable](list, add []T) []T {
	for _, x := range add {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// Validate reports a spec that cannot match anything.
func (s *AuthSpec) Validate() error {
	for _, list := range [][]FuncRef{s.Checks, s.Protects, s.Wrappers} {
		for _, r := range list {
			if r.Name == "" {
				return fmt.Errorf("function reference without a name (module %q)", r.Module)
			}
			if r.Module != "" && !doublestar.ValidatePattern(r.Module) {
				return fmt.Errorf("invalid module glob %q", r.Module)
			}
		}
	}
	return nil
}

// HelperKind is what calling a function does for authentication.
type HelperKind uint8

// Helper kinds.
const (
	NotAuth  HelperKind = iota
	Check               // returns the auth state (or a falsy value when signed out): the caller must test it
	Protects            // returns only when a user is signed in (throws or redirects otherwise)
	Wrapper             // returns a handler that checks before calling its Params argument(s)
)

func (k HelperKind) String() string {
	return [...]string{"not-auth", "check", "protects", "wrapper"}[k]
}

// Helper is the summary of one callee.
type Helper struct {
	Kind   HelperKind
	Params []int  // Wrapper: the handler argument indexes
	By     string // how it was recognised, for messages: "auth.protect", "requireUser (lib/auth.ts)"
	File   string // project path of the defining file; "" for a package
	Pos    rules.Position
	// Keys: a Check returning an object literal whose shorthand fields
	// hold auth values (return { orgId, organization }): only those
	// fields, destructured by the caller, are what a guard must test.
	Keys []string
	// Left: it checks only because a call on the way leaves a parameter
	// out (Protection.Left).
	Left bool
}

// SecretCheck describes the evidence of Protection.Secret, for the
// producers' inventories.
const SecretCheck = "a credential the request carries, checked first: a secret from the environment, the app's own signed token, or an API key it looks up"

// Protection is the verdict on one function run as a request handler.
type Protection struct {
	Protected bool
	// By names what protects ("auth.protect", "requireUser (lib/auth.ts)",
	// "withAuth wrapper (lib/with-auth.ts)"); At is the statement.
	By string
	At rules.Position
	// Reason says why not, for messages: "no auth check", "returns before
	// the auth check", "the auth() result is not checked with an exit".
	Reason string
	// Unchecked are names bound from an auth function that no guard tests.
	Unchecked []string
	// NeverStops: Unchecked are read and no test of them ends a request
	// (the Reason then only restates that).
	NeverStops bool
	// Secret: not protected by Clerk, but a guard comparing the request with
	// a secret from process.env exits first (a cron job, a machine caller),
	// or one testing the app's own signed token or an API key it looks up.
	Secret bool
	// Left: the check holds only because a call leaves a parameter out
	// (createClient() taking the auth() branch of `if (req) … else …`); it
	// counts where no work of the project comes before it.
	Left bool
}

type protKey struct {
	fn      *Func
	handler bool
	spec    *AuthSpec
	absent  uint64 // the parameters its caller left out (bit i: parameter i)
}

// maxDepth bounds helper-through-helper resolution (and breaks cycles).
const maxDepth = 12

// Protection evaluates fn (a function of mod) as a request handler: a
// return after a failed check ends the request. It follows helpers across
// files and re-exports. Only the top-level statements of the body count, in
// order: a check inside a nested block or after a return that may run first
// does not protect, nor does a throwing check in a try whose catch may
// swallow it (one that returns inside a try does).
func (m *Model) Protection(mod *Module, fn *Func, spec *AuthSpec) Protection {
	return m.ev(spec).eval(mod, fn, true, 0)
}

// evaluator is one top-level question's state: the functions being
// evaluated on the current path (a recursive helper is not protection), so
// no placeholder is ever published to other goroutines.
type evaluator struct {
	m        *Model
	spec     *AuthSpec
	visiting map[protKey]bool
}

// HelperProtection evaluates fn as a helper rather than a handler: its
// return hands control back to whoever called it (a library calling back an
// option), so only a throw or an exit call protects.
func (m *Model) HelperProtection(mod *Module, fn *Func, spec *AuthSpec) Protection {
	return m.ev(spec).eval(mod, fn, false, 0)
}

func (m *Model) ev(spec *AuthSpec) *evaluator {
	return &evaluator{m: m, spec: spec, visiting: map[protKey]bool{}}
}

// HelperOf summarises the function exported as name by the module at path
// (following re-exports).
func (m *Model) HelperOf(path, name string, spec *AuthSpec) Helper {
	tg := m.lookupExport(path, name, nil, 0)
	return m.ev(spec).classifyTarget(tg, 0)
}

// CalleeHelper summarises what a call in mod does: an imported helper, a
// local function or a Clerk API named in spec.
func (m *Model) CalleeHelper(mod *Module, c Callee, spec *AuthSpec) Helper {
	return m.ev(spec).classifyTarget(m.resolveCallee(mod, c, 0), 0)
}

// ExportFunc finds the function a module exports as name (following
// re-exports) and the module that declares it; nil when it is not a
// function of the project.
func (m *Model) ExportFunc(path, name string) (*Module, *Func) {
	tg := m.lookupExport(path, name, nil, 0)
	if tg.fn == nil || len(tg.path) > 0 {
		return nil, nil
	}
	return tg.mod, tg.fn
}

// InnerHandler follows a handler built by wrapper calls
// (`withAuth(async (req) => …)`, `tryCatch(handler)`, up to four levels) to
// the function the innermost wrapper receives, inline or a local function
// (a wrapped binding has no body of its own). It returns fn itself when it
// is not wrapped, nil when a wrapper receives no function the module
// declares, and the outermost wrapper call (nil when there is none).
func InnerHandler(mod *Module, fn *Func) (*Func, *WrappedCall) {
	var outer *WrappedCall
	for depth := 0; fn != nil && fn.Wrapped != nil && depth < 4; depth++ {
		if outer == nil {
			outer = fn.Wrapped
		}
		var next *Func
		for _, a := range fn.Wrapped.Args {
			if a.Func != nil {
				next = a.Func
			} else if a.Local != "" {
				next = mod.Funcs[a.Local]
			}
			if next != nil {
				break
			}
		}
		fn = next
	}
	return fn, outer
}

// ExportHandler is InnerHandler of a module's own export (nil for a
// re-export or an export that is not a function).
func ExportHandler(mod *Module, name string) (*Func, *WrappedCall) {
	exp := mod.Exports[name]
	if exp == nil || exp.From != nil {
		return nil, nil
	}
	return InnerHandler(mod, mod.Funcs[exp.Local])
}

// ExportProtection evaluates an exported handler: a function, or a wrapped
// call `export const GET = withAuth(async (req) => …)` whose wrapper protects
// the argument.
func (m *Model) ExportProtection(mod *Module, name string, spec *AuthSpec) Protection {
	tg := m.lookupExport(mod.Path, name, nil, 0)
	if tg.fn == nil {
		return Protection{Reason: "not a function the analysis can see"}
	}
	return m.ev(spec).funcProtection(tg.mod, tg.fn, 0)
}

func (e *evaluator) funcProtection(mod *Module, fn *Func, depth int) Protection {
	if w := fn.Wrapped; w != nil {
		return e.wrappedProtection(mod, w, depth)
	}
	return e.eval(mod, fn, true, depth)
}

// wrappedProtection evaluates a handler built by a wrapper call: the
// wrapper checks before calling it, or the handler it receives checks
// itself. A handler's comparison with a secret is kept when nothing else
// protects: the wrapper (a rate limiter) calls it as the request's handler.
func (e *evaluator) wrappedProtection(mod *Module, w *WrappedCall, depth int) Protection {
	h := e.classifyTarget(applied(e.m.resolveCallee(mod, w.Callee, depth+1)), depth+1)
	if h.Kind == Wrapper {
		for _, p := range h.Params {
			if p < len(w.Args) && (w.Args[p].Func != nil || w.Args[p].Local != "") {
				return Protection{Protected: true, By: h.By, At: w.Pos}
			}
		}
	}
	// The wrapped handler may protect itself.
	secret := false
	for _, a := range w.Args {
		f := a.Func
		if f == nil && a.Local != "" {
			f = mod.Funcs[a.Local]
		}
		if f == nil {
			continue
		}
		p := e.eval(mod, f, true, depth+1)
		if p.Protected {
			return p
		}
		secret = secret || p.Secret
	}
	if p, ok := e.clientMiddleware(mod, w, depth); ok {
		return p
	}
	return Protection{Reason: fmt.Sprintf("%s is not a recognised auth wrapper", w.Callee), Secret: secret}
}

// applied follows a curried wrapper's calls (`withRateLimit(cfg)(handler)`:
// the callee withRateLimit.()) to the function they return (Func.Returns),
// so what withRateLimit(cfg) returns is summarised as a wrapper of its own.
// A call whose function returns none the summary read is left as it is.
func applied(tg target) target {
	for len(tg.path) > 0 && tg.path[0] == "()" && tg.fn != nil && tg.fn.Returns != nil {
		tg.fn, tg.path, tg.name = tg.fn.Returns, tg.path[1:], tg.name+"()"
	}
	return tg
}

// clientMiddleware credits a handler registered on a client whose .use()
// middleware (zsa: procedure handler) requires a session: next-safe-action's
// `export const act = authClient.schema(s).action(async (…) => …)` with
// `authClient = actionClient.use(async ({ next }) => { await
// requireUser(); return next() })`. The client is followed through the
// project's bindings (clients built on clients, up to four levels); a
// middleware counts when, run as a helper, it throws or exits before its
// caller goes on.
func (e *evaluator) clientMiddleware(mod *Module, w *WrappedCall, depth int) (Protection, bool) {
	tg := e.m.resolveCallee(mod, w.Callee, depth+1)
	for range 4 {
		if tg.fn == nil || tg.fn.Wrapped == nil {
			return Protection{}, false
		}
		use := tg.fn.Wrapped
		if n := len(use.Callee.Path); n > 0 && (use.Callee.Path[n-1] == "use" || zsaProcedure(tg.mod, use.Callee)) {
			for _, a := range use.Args {
				mw := a.Func
				if mw == nil && a.Local != "" {
					mw = tg.mod.Funcs[a.Local]
				}
				if mw == nil {
					continue
				}
				if p := e.eval(tg.mod, mw, false, depth+1); p.Protected {
					return Protection{Protected: true, By: fmt.Sprintf("%s's .use() middleware (%s)", tg.name, p.By), At: w.Pos}, true
				}
			}
		}
		tg = e.m.resolveCallee(tg.mod, Callee{Root: use.Callee.Root}, depth+1)
	}
	return Protection{}, false
}

// zsaProcedure: zsa's createServerActionProcedure().handler(fn), whose
// fn runs before every action built on the procedure (its context), as a
// next-safe-action client's .use() middleware does.
func zsaProcedure(mod *Module, c Callee) bool {
	il := mod.Locals[c.Root]
	return il != nil && il.Imported == "createServerActionProcedure" && il.Import.Spec == "zsa" &&
		len(c.Path) > 0 && c.Path[len(c.Path)-1] == "handler"
}

// eval runs fn's steps. handler: a return exits the request (route handler);
// otherwise (helper) a return hands control back to the caller, so only
// throws and exit calls protect.
func (e *evaluator) eval(mod *Module, fn *Func, handler bool, depth int) Protection {
	return e.evalIn(mod, fn, handler, depth, 0)
}

// evalIn is eval of a call leaving out the parameters in absent (bit i:
// parameter i), whose tests of their presence (Step.Branch) are then
// decided.
func (e *evaluator) evalIn(mod *Module, fn *Func, handler bool, depth int, absent uint64) Protection {
	m := e.m
	key := protKey{fn, handler, e.spec, absent}
	m.mu.Lock()
	if p, ok := m.prot[key]; ok {
		m.mu.Unlock()
		return p
	}
	m.mu.Unlock()
	if e.visiting[key] || depth > maxDepth {
		return Protection{Reason: "recursive helper"}
	}
	e.visiting[key] = true
	p := e.evalSteps(mod, fn, handler, depth, absent)
	if absent != 0 && p.Protected && e.workedBefore(mod, expandBranches(fn.Steps, absent), p.At, depth) {
		// What protects only because the caller left parameters out
		// counts when nothing of the project runs before it.
		p = e.evalSteps(mod, fn, handler, depth, 0)
	}
	delete(e.visiting, key)
	m.mu.Lock()
	m.prot[key] = p
	m.mu.Unlock()
	return p
}

func (e *evaluator) evalSteps(mod *Module, fn *Func, handler bool, depth int, absent uint64) Protection {
	m, spec := e.m, e.spec
	steps := expandBranches(fn.Steps, absent)
	bound := map[string]string{} // name → auth function it came from
	var boundOrder []string
	checked := map[string]bool{}
	swallowed := rules.Position{} // a check whose throw a catch swallows
	var promised Step             // a guard testing an async check's promise (`if (!checkRole('admin'))`)
	// results: names bound from a Check helper's result, to that helper,
	// for guards that test a failure value's presence.
	results := map[string]target{}
	keyResults := map[string]target{} // the same for an API key lookup's result (credentialLookup)
	secret := false
	secretNames := map[string]bool{} // bound from a project helper's comparison with a secret (Func.SecretTest)
	exitOK := func(ex Exit, caught bool) bool {
		switch ex.Kind {
		case ExitReturn:
			// return this.logout(): a helper that always throws; return
			// redirect('/sign-in'): Next.js's navigation calls throw.
			return handler || (!caught && (e.throws(mod, ex.Returned, depth, true) || e.navThrows(mod, ex.Returned, depth)))
		case ExitThrow:
			return !caught
		case ExitCall:
			if caught {
				return false
			}
			for _, c := range ex.Calls {
				if spec.isExit(c) || e.throws(mod, c, depth, false) {
					return true
				}
				if h := e.classifyTarget(m.resolveCallee(mod, c, depth+1), depth+1); h.Kind == Protects {
					return true
				}
			}
		}
		return false
	}
	unchecked := func() []string {
		var out []string
		for _, n := range boundOrder {
			if !checked[n] {
				out = append(out, n)
			}
		}
		return out
	}
	// caught: a throw at st does not end the call: its catch swallows it, or
	// returns from a helper (whose caller then goes on).
	caught := func(st Step) bool {
		return (st.Caught && !(handler && st.CatchEnds)) || (!handler && st.CatchReturns)
	}
	bind := func(names []string, by string) {
		for _, n := range names {
			if _, ok := bound[n]; !ok {
				boundOrder = append(boundOrder, n)
			}
			bound[n] = by
		}
	}
	// The request's auth fields (req.auth) hold the auth state from the start.
	if len(fn.Params) > 0 && fn.Params[0] != "" {
		for _, f := range spec.RequestAuth {
			bound[fn.Params[0]+"."+f] = fn.Params[0] + "." + f
		}
	}
	swallowedReason := func() string {
		return fmt.Sprintf("its check on line %d throws inside a try whose catch does not return or rethrow", swallowed.Line)
	}
	// An async check tested without await: the guard tests a promise,
	// which is truthy, so it never exits.
	promisedReason := func() string {
		return fmt.Sprintf("its check on line %d tests the promise %s returns without awaiting it, which is always truthy, so the guard never exits", promised.Pos.Line, promised.Inline.String())
	}
	// A call made and forgotten (void f()) holds nothing of the caller
	// back: it guards only what it does itself, so it counts when the body
	// does nothing else.
	if len(steps) > 0 && !slices.ContainsFunc(steps, func(st Step) bool { return !st.Detached }) {
		return e.detached(mod, steps, handler, depth)
	}
	worked := false // a project function ran before this step
	for i, st := range steps {
		if st.Detached || e.floating(mod, st, depth) {
			continue
		}
		before := worked
		worked = worked || e.projectCall(mod, st, depth)
		if st.Assign {
			// userId = …: the name holds the new value from here on.
			for _, n := range st.Names {
				delete(bound, n)
				delete(results, n)
			}
			if st.InCatch {
				// Run only when the try threw: it may set the name, not check.
				if h := e.classifyIn(m.resolveCallee(mod, st.Callee, depth+1), depth+1, e.argsAbsent(fn, st, absent, mod, depth)); h.Kind == Check && h.Keys == nil {
					bind(st.Names, h.By)
				} else {
					for _, f := range st.From {
						if by, ok := bound[f]; ok {
							bind(st.Names, by)
							break
						}
					}
				}
				continue
			}
		}
		if st.InCatch {
			continue
		}
		if handler && (i == len(steps)-1 || st.Kind == StepReturn) && st.Kind != StepGuard {
			if by, ok := e.selfChecking(mod, st.Callee, depth); ok {
				return Protection{Protected: true, By: by, At: st.Pos}
			}
		}
		for _, p := range st.Present {
			key := p.Key
			if key == "" {
				key = p.Name // const { error } = await getSession(); if (error) …
			}
			if tg := results[p.Name]; tg.fn != nil && exitOK(st.Exit, caught(st)) && e.failureKey(tg.mod, tg.fn, key, depth) {
				return Protection{Protected: true, By: bound[p.Name], At: st.Pos}
			}
			if tg := results[p.Name]; p.Key == "" && tg.fn != nil && exitOK(st.Exit, caught(st)) && e.failureKey(tg.mod, tg.fn, "instanceof Response", depth) {
				// const authError = await requireAdmin(); if (authError) return
				// authError: the helper answers a response when the check
				// fails and null when it passes, so the value's presence is
				// the failure.
				return Protection{Protected: true, By: bound[p.Name], At: st.Pos}
			}
			if tg := keyResults[p.Name]; tg.fn != nil && exitOK(st.Exit, caught(st)) && e.failureKey(tg.mod, tg.fn, key, depth) {
				secret = true // if ('error' in r) return …: the API key lookup failed
			}
		}
		switch st.Kind {
		case StepCall, StepBind:
			if st.Kind == StepBind && !st.Callee.Valid() && st.Read.Valid() {
				// const { userId } = locals.auth: an auth state the request carries.
				if tg := m.resolveCallee(mod, st.Read, depth+1); tg.free != "" && spec.classifyRequest(tg.free).Kind == Check {
					bind(st.Names, tg.free)
					continue
				}
			}
			if len(st.Elems) > 0 {
				// Promise.all of calls: each name holds its own call's result.
				for i, c := range st.Elems {
					tg := m.resolveCallee(mod, c, depth+1)
					switch h := e.classifyTarget(tg, depth+1); h.Kind {
					case Protects:
						if !caught(st) {
							return Protection{Protected: true, By: h.By, At: st.Pos}
						}
						swallowed = st.Pos
					case Check:
						if h.Keys != nil {
							continue // the object it returns is no auth value; destructuring it is not followed here
						}
						bind(st.Names[i:i+1], h.By)
						if tg.fn != nil {
							results[st.Names[i]] = tg
						}
					}
				}
				continue
			}
			if by, ok := e.sessionFetch(mod, fn, st, bound, depth); ok {
				// const user = await clerkClient.users.getUser(userId):
				// throws signed out, as auth.protect() does.
				if !caught(st) {
					return Protection{Protected: true, By: by, At: st.Pos}
				}
				swallowed = st.Pos
			}
			tg := m.resolveCallee(mod, st.Callee, depth+1)
			if st.Secret && !caught(st) && (tg.pkg == "jsonwebtoken" || tg.pkg == "jose") {
				// jwt.verify(token, secret) throws on a forged token and
				// nothing catches it: the app's own token authenticates.
				secret = true
			}
			if st.Kind == StepBind && tg.fn != nil && len(tg.path) == 0 && (tg.fn.SecretTest || credentialLookup(tg.fn)) {
				// const ok = await isCronRequest(req): a guard on ok
				// tests the comparison with the secret.
				for _, n := range st.Names {
					secretNames[n] = true
					if !tg.fn.SecretTest {
						keyResults[n] = tg
					}
				}
			}
			left := e.argsAbsent(fn, st, absent, mod, depth)
			if before {
				// A check only a left-out parameter makes certain counts
				// when it is the function's first work.
				left = 0
			}
			h := e.classifyIn(tg, depth+1, left)
			if h.Left && before {
				h = Helper{}
			}
			h.Left = h.Left || left != 0
			if h.Kind == NotAuth {
				if by := m.trpcCall(mod, st.Callee); by != "" {
					h = Helper{Kind: Protects, By: by}
				}
			}
			if h.Kind == Protects {
				if !caught(st) {
					return Protection{Protected: true, By: h.By, At: st.Pos, Left: h.Left}
				}
				swallowed = st.Pos
				continue
			}
			if st.Kind != StepBind {
				continue
			}
			if by, ok := bound[memberOf(st.Callee)]; ok && h.Kind == NotAuth {
				bind(st.Names, by) // const { userId } = req.auth()
				continue
			}
			switch h.Kind {
			case Check:
				names := st.Names
				if h.Keys != nil {
					// const { orgId } = await getCurrentOrg(): the auth
					// fields of the object it returns, nothing else of it.
					names = slices.DeleteFunc(slices.Clone(names), func(n string) bool { return !slices.Contains(h.Keys, n) })
				}
				bind(names, h.By)
				if tg.fn != nil && h.Keys == nil {
					for _, n := range st.Names {
						results[n] = tg
					}
				}
			case NotAuth:
				// const isGold = has({ plan: 'gold' }): read from the auth state.
				for _, f := range st.From {
					if by, ok := bound[f]; ok {
						bind(st.Names, by)
						break
					}
				}
			}
		case StepGuard:
			ok := exitOK(st.Exit, caught(st))
			secret = secret || (ok && (st.Secret || slices.ContainsFunc(st.Names, func(n string) bool { return secretNames[n] })))
			for _, n := range st.Names {
				if by, isBound := bound[n]; isBound {
					checked[n] = true
					if ok {
						return Protection{Protected: true, By: by, At: st.Pos, Left: absent != 0}
					}
					if caught(st) && exitOK(st.Exit, false) {
						swallowed = st.Pos
					}
				}
			}
			if st.Inline != nil && ok {
				tg := m.resolveCallee(mod, *st.Inline, depth+1)
				// if (!isValidSecret(key)) return 401: a project helper
				// comparing the value with a secret from process.env.
				secret = secret || (tg.fn != nil && len(tg.path) == 0 && tg.fn.SecretTest && slices.Contains(st.Names, st.Inline.Root))
				h := e.classifyTarget(tg, depth+1)
				promise := h.Kind == Check && tg.fn != nil && tg.fn.Async && !st.InlineAwaited // if (!checkRole('admin')): never true
				if (h.Kind == Check && !promise && h.Keys == nil) || h.Kind == Protects {
					return Protection{Protected: true, By: h.By, At: st.Pos}
				}
				if promise && promised.Inline == nil {
					promised = st
				}
			}
		case StepDeref:
			// const email = user.emailAddresses[0].emailAddress right after
			// currentUser(): null when signed out, so the read throws before
			// the function has done anything.
			for _, n := range st.Names {
				if _, isBound := bound[n]; isBound && e.signedOutNull(mod, fn, n, depth) && e.quietBefore(mod, fn, st.Pos, depth) {
					checked[n] = true
					if !caught(st) {
						return Protection{Protected: true, By: fmt.Sprintf("%s (%s is null signed out, and reading a member of it throws)", bound[n], n), At: st.Pos}
					}
				}
			}
		case StepReturn:
			// return requireUser(…): the helper's check runs before the return.
			if st.Callee.Valid() {
				left := e.argsAbsent(fn, st, absent, mod, depth)
				if before {
					left = 0
				}
				if h := e.classifyIn(m.resolveCallee(mod, st.Callee, depth+1), depth+1, left); h.Kind == Protects && !caught(st) && !(h.Left && before) {
					return Protection{Protected: true, By: h.By, At: st.Pos}
				}
				if by := m.trpcCall(mod, st.Callee); by != "" && !caught(st) {
					return Protection{Protected: true, By: by, At: st.Pos}
				}
				if by, ok := e.sessionFetch(mod, fn, st, bound, depth); ok && !caught(st) {
					return Protection{Protected: true, By: by, At: st.Pos}
				}
			}
			if handler && st.Wraps != nil && !caught(st) {
				// return withRateLimit(cfg)(async (req) => …)(req): the
				// request is the wrapped function's.
				p := e.wrappedProtection(mod, st.Wraps, depth)
				if p.Protected {
					return p
				}
				secret = secret || p.Secret
			}
			if !caught(st) && e.leadChecks(mod, st, depth) {
				continue // the branch checks before it returns; the rest is judged on
			}
			if st.Idle && handler && depth == 0 {
				// Input validation's fixed answer ends the request having done
				// and handed out nothing. (A helper's early return hands
				// control back to its caller, which goes on unchecked; a
				// helper is evaluated deeper, as if a handler, to learn
				// whether it is a check its caller tests.)
				continue
			}
			reason := "returns before any auth check"
			after := e.checkAfter(mod, fn, steps, i, bound, handler, depth)
			if !after {
				// Nothing the return skips could check: the function has
				// no check to return before.
				reason = "no auth check"
			}
			switch {
			case len(boundOrder) > 0 && after:
				reason = fmt.Sprintf("returns before checking %s", strings.Join(unchecked(), ", "))
			case len(boundOrder) > 0:
				// if (userId) { … } and on: a test that does not end a
				// signed-out request is no check the return comes before.
				reason = fmt.Sprintf("reads %s but never stops a request without it", strings.Join(unchecked(), ", "))
			}
			if swallowed.Line > 0 {
				reason = swallowedReason()
			} else if promised.Inline != nil && len(boundOrder) == 0 {
				reason = promisedReason()
			}
			return Protection{Reason: reason, At: st.Pos, Unchecked: unchecked(), Secret: secret, NeverStops: len(boundOrder) > 0 && !after && swallowed.Line == 0}
		}
	}
	if swallowed.Line > 0 {
		return Protection{Reason: swallowedReason(), Unchecked: unchecked(), Secret: secret}
	}
	if promised.Inline != nil && len(boundOrder) == 0 {
		return Protection{Reason: promisedReason(), Secret: secret}
	}
	if len(boundOrder) > 0 {
		return Protection{Reason: fmt.Sprintf("%s from %s is not checked with an exit", strings.Join(unchecked(), ", "), bound[boundOrder[0]]), Unchecked: unchecked(), Secret: secret}
	}
	return Protection{Reason: "no auth check", Secret: secret}
}

// checkAfter: something after steps[i] could check the session, so a
// return there comes before a check: a later step reads the request's auth
// state, tests a name bound from it or (a handler's last step or return)
// delegates to a helper that checks itself, or a call of a later statement,
// in a nested block or callback too, is one the evaluator classifies as a
// check or a guard.
func (e *evaluator) checkAfter(mod *Module, fn *Func, steps []Step, i int, bound map[string]string, handler bool, depth int) bool {
	if i+1 >= len(steps) {
		return false
	}
	for j, st := range steps[i+1:] {
		if st.Read.Valid() {
			if tg := e.m.resolveCallee(mod, st.Read, depth+1); tg.free != "" && e.spec.classifyRequest(tg.free).Kind == Check {
				return true
			}
		}
		for _, n := range slices.Concat(st.Names, st.From) {
			if _, ok := bound[n]; ok {
				return true
			}
		}
		if handler && (i+1+j == len(steps)-1 || st.Kind == StepReturn) && st.Kind != StepGuard {
			if _, ok := e.selfChecking(mod, st.Callee, depth); ok {
				return true
			}
		}
	}
	from := steps[i+1].Pos // where the statements after the return begin
	for _, cs := range fn.Calls {
		if cs.Pos.Line < from.Line || (cs.Pos.Line == from.Line && cs.Pos.Column < from.Column) {
			continue
		}
		if h := e.classifyTarget(e.m.resolveCallee(mod, cs.Callee, depth+1), depth+1); h.Kind != NotAuth {
			return true
		}
	}
	return false
}

// detached judges a body of calls made and forgotten (`void
// setQuantity(id, n)`): each guards its own work only, so it is protected
// when every one of them checks first.
func (e *evaluator) detached(mod *Module, steps []Step, handler bool, depth int) Protection {
	var first Protection
	for _, st := range steps {
		by := ""
		if h := e.classifyTarget(e.m.resolveCallee(mod, st.Callee, depth+1), depth+1); h.Kind == Protects && !st.Caught {
			by = h.By
		} else if b, ok := e.selfChecking(mod, st.Callee, depth); ok && handler {
			by = b
		}
		if by == "" {
			return Protection{Reason: "no auth check", At: st.Pos}
		}
		if !first.Protected {
			first = Protection{Protected: true, By: by, At: st.Pos}
		}
	}
	return first
}

// throws reports a call of a project function that always throws
// (Func.Throws). returned: the call's result is returned, so an async
// function's rejection reaches the caller too; a call statement throws only
// when the function is not async (its await is not recorded).
func (e *evaluator) throws(mod *Module, c Callee, depth int, returned bool) bool {
	if !c.Valid() {
		return false
	}
	tg := e.m.resolveCallee(mod, c, depth+1)
	return tg.fn != nil && len(tg.path) == 0 && tg.fn.Throws && (returned || !tg.fn.Async)
}

// signedOutNull: name is bound from a Clerk session reader's result that
// is null for a signed-out request (currentUser()'s user, auth()'s userId
// or sessionClaims; not the object auth() returns, which always is).
func (e *evaluator) signedOutNull(mod *Module, fn *Func, name string, depth int) bool {
	b, ok := fn.Binds[name]
	if !ok || b.Root == "" || b.Root == name {
		return false
	}
	tg := e.m.resolveCallee(mod, Callee{Root: b.Root}, depth+1)
	return strings.HasPrefix(tg.pkg, "@clerk/") && sessionReaders[tg.name] && signedInPath(tg.name, b.Path)
}

// quietBefore: every call fn makes before pos reads the session or is a
// built-in or framework helper with no effect, so a throw at pos comes
// before anything a signed-out request could cause.
func (e *evaluator) quietBefore(mod *Module, fn *Func, pos rules.Position, depth int) bool {
	for _, cs := range fn.Calls {
		if cs.Pos.Line > pos.Line || (cs.Pos.Line == pos.Line && cs.Pos.Column >= pos.Column) {
			break
		}
		if benignGlobal[cs.Callee.Root] {
			continue
		}
		tg := e.m.resolveCallee(mod, cs.Callee, depth+1)
		if tg.pkg != "" && benignPackage(tg.pkg) {
			continue
		}
		if h := e.classifyTarget(tg, depth+1); h.Kind != Check && h.Kind != Protects {
			return false
		}
	}
	return true
}

// navThrows reports a call of one of next/navigation's functions that
// throw to end the render or action (redirect, permanentRedirect,
// notFound, unauthorized, forbidden): `return redirect('/sign-in')` never
// returns, so a helper's caller does not go on. Other packages' redirect
// (React Router's, Express's res.redirect) returns, and is not one.
func (e *evaluator) navThrows(mod *Module, c Callee, depth int) bool {
	if !c.Valid() {
		return false
	}
	tg := e.m.resolveCallee(mod, c, depth+1)
	return tg.pkg == "next/navigation" && nextThrowers[tg.name]
}

var nextThrowers = set("redirect", "permanentRedirect", "notFound", "unauthorized", "forbidden")

// leadChecks reports that a branch opens with a call that protects (ends
// signed-out requests), so its return comes after a check.
func (e *evaluator) leadChecks(mod *Module, st Step, depth int) bool {
	return st.Lead.Valid() && e.classifyTarget(e.m.resolveCallee(mod, st.Lead, depth+1), depth+1).Kind == Protects
}

// memberOf is "req.auth" for the callee req.auth (a call of a request
// field), "" for any other.
func memberOf(c Callee) string {
	if len(c.Path) != 1 || c.Path[0] == "()" {
		return ""
	}
	return c.Root + "." + c.Path[0]
}

// Resolved is what a call's callee refers to: a package export (Pkg and
// Name with its member path, "requireAuth", "clerkClient.users.getUser"), or
// a function of a project module (Mod, Fn, and the member path left after
// it). Both empty when the analysis cannot tell (a parameter, a local
// value).
type Resolved struct {
	Pkg, Name string
	Mod       *Module
	Fn        *Func
	Path      []string
}

// ResolveCallee follows a call's callee in mod through imports (ES and
// CommonJS) and re-exports, as protection analysis does.
func (m *Model) ResolveCallee(mod *Module, c Callee) Resolved {
	tg := m.resolveCallee(mod, c, 0)
	return Resolved{Pkg: tg.pkg, Name: tg.name, Mod: tg.mod, Fn: tg.fn, Path: tg.path}
}

// selfChecking reports a call to a project function that, run as a handler,
// returns before its own work when signed out (`if (!userId) return {error}`).
// As a handler's last statement (or its return value) nothing of the caller
// runs after it, so the call is protected although the helper hands back a
// value instead of throwing: the shape of a server action that parses its
// form data and delegates to a checked helper.
func (e *evaluator) selfChecking(mod *Module, c Callee, depth int) (string, bool) {
	if !c.Valid() {
		return "", false
	}
	tg := e.m.resolveCallee(mod, c, depth+1)
	if tg.fn == nil || len(tg.path) > 0 || tg.fn.Wrapped != nil {
		return "", false
	}
	if p := e.eval(tg.mod, tg.fn, true, depth+1); p.Protected {
		return fmt.Sprintf("%s (%s), which checks %s first", tg.name, tg.mod.Path, p.By), true
	}
	return "", false
}

func (s *AuthSpec) isExit(c Callee) bool {
	if c.Root == "console" {
		return false // console.error logs and goes on
	}
	last := c.Root
	if n := len(c.Path); n > 0 && c.Path[n-1] != "()" {
		last = c.Path[n-1]
	}
	for _, e := range s.Exits {
		if e == last {
			return true
		}
	}
	return false
}

// target is what a callee resolves to: a package export (spec + name with
// member path) or a function of a project module.
type target struct {
	// free is a callee on a value the module neither imports nor declares
	// (a handler parameter: event.locals.auth), as written.
	free string
	pkg  string // import specifier of a package
	name string // export name plus member path ("auth.protect")
	mod  *Module
	fn   *Func
	// obj is an object, class or instance of mod (see Object) when the
	// callee names one rather than its method.
	obj  *Object
	path []string // member path left after a local function
}

func joinPath(name string, path []string) string {
	var b strings.Builder
	b.WriteString(name)
	for _, p := range path {
		if p != "()" {
			b.WriteByte('.')
		}
		b.WriteString(p)
	}
	return b.String()
}

// resolveCallee follows a callee's root identifier: a local function, or an
// import (namespace imports consume the first path element) through the
// exporting module's re-exports.
func (m *Model) resolveCallee(mod *Module, c Callee, depth int) target {
	if !c.Valid() || depth > maxDepth {
		return target{}
	}
	if fn := mod.Funcs[c.Root]; fn != nil {
		return target{mod: mod, fn: fn, path: c.Path, name: c.Root}
	}
	if tg, ok := m.objectTarget(mod, c.Root, depth); ok {
		// SessionService.requireUser(…): a method of a module object.
		tg.path = c.Path
		if tg, ok := m.member(tg, depth); ok && tg.obj == nil {
			return tg
		}
	}
	if cs := mod.Choices[c.Root]; cs != nil {
		// const getAuth = isDev ? stub : clerk.getAuth: Clerk's choice.
		for _, ch := range cs {
			tg := m.resolveCallee(mod, Callee{Root: ch.Root, Path: append(slices.Clone(ch.Path), c.Path...)}, depth+1)
			if IsClerkPackage(tg.pkg) {
				return tg
			}
		}
	}
	in := mod.Locals[c.Root]
	if in == nil {
		return target{free: joinPath(c.Root, c.Path)}
	}
	if in.TypeOnly {
		return target{}
	}
	name, rest := in.Imported, c.Path
	if name == "*" {
		if len(rest) == 0 {
			return target{}
		}
		name, rest = rest[0], rest[1:]
	}
	to := m.Resolve(mod.Path, in.Import.Spec)
	if to == "" {
		return target{pkg: in.Import.Spec, name: joinPath(name, rest)}
	}
	tg := m.lookupExport(to, name, nil, depth+1)
	tg.path = append(tg.path, rest...)
	if tg.pkg != "" {
		tg.name = joinPath(tg.name, rest)
	}
	if tg.obj != nil {
		tg, _ = m.member(tg, depth)
	}
	return tg
}

// lookupExport finds what module path exports as name.
func (m *Model) lookupExport(p, name string, seen map[string]bool, depth int) target {
	if depth > maxDepth {
		return target{}
	}
	if seen == nil {
		seen = map[string]bool{}
	}
	key := p + "\x00" + name
	if seen[key] {
		return target{}
	}
	seen[key] = true
	mod := m.Module(p)
	if mod == nil || mod.Err != nil {
		return target{}
	}
	if exp := mod.Exports[name]; exp != nil {
		if exp.From != nil {
			to := m.Resolve(p, exp.From.Spec)
			if to == "" {
				return target{pkg: exp.From.Spec, name: exp.FromName}
			}
			return m.lookupExport(to, exp.FromName, seen, depth+1)
		}
		if fn := mod.Funcs[exp.Local]; fn != nil {
			return target{mod: mod, fn: fn, name: name}
		}
		if tg, ok := m.objectTarget(mod, exp.Local, depth); ok {
			tg.name = name
			return tg
		}
		if mod.Locals[exp.Local] != nil || mod.Choices[exp.Local] != nil {
			return m.resolveCallee(mod, Callee{Root: exp.Local}, depth+1)
		}
		return target{}
	}
	if name == "default" {
		return target{}
	}
	for _, imp := range mod.StarExports {
		if to := m.Resolve(p, imp.Spec); to != "" {
			if tg := m.lookupExport(to, name, seen, depth+1); tg.fn != nil || tg.pkg != "" || tg.obj != nil {
				return tg
			}
		} else if imp.Spec != "" {
			// export * from a package: the name may come from there.
			continue
		}
	}
	return target{}
}

// classifyTarget decides what a resolved callee does.
func (e *evaluator) classifyTarget(tg target, depth int) Helper {
	return e.classifyIn(tg, depth, 0)
}

// workedBefore: a step before the one at pos calls a project function.
func (e *evaluator) workedBefore(mod *Module, steps []Step, pos rules.Position, depth int) bool {
	for _, st := range steps {
		if st.Pos == pos {
			return false
		}
		if e.projectCall(mod, st, depth) {
			return true
		}
	}
	return false
}

// projectCall: the step calls a function of the project (work of its
// own), outside a catch.
func (e *evaluator) projectCall(mod *Module, st Step, depth int) bool {
	return st.Callee.Valid() && !st.InCatch && e.m.resolveCallee(mod, st.Callee, depth+1).fn != nil
}

// argsAbsent are the parameters of the project function st calls (in a
// function fn, itself called without those in absent) that the call
// leaves out: past its arguments, with no computed default, or passed
// one of fn's own left-out parameters (createClient(req) in a
// createClient(req?) called without one).
func (e *evaluator) argsAbsent(fn *Func, st Step, absent uint64, mod *Module, depth int) uint64 {
	if st.CallSpread || !st.Callee.Valid() {
		return 0
	}
	tg := e.m.resolveCallee(mod, st.Callee, depth+1)
	if tg.fn == nil || len(tg.path) > 0 {
		return 0
	}
	var out uint64
	for i := range min(len(tg.fn.Params), 64) {
		switch {
		case i >= len(st.CallArgs):
			if i >= len(tg.fn.Computed) || !tg.fn.Computed[i] {
				out |= 1 << i
			}
		case st.CallArgs[i] == "undefined":
			out |= 1 << i
		case st.CallArgs[i] != "":
			if j := slices.Index(fn.Params, st.CallArgs[i]); j >= 0 && j < 64 && absent&(1<<j) != 0 {
				out |= 1 << i
			}
		}
	}
	return out
}

// classifyIn is classifyTarget of a call leaving out the callee's
// parameters in absent.
func (e *evaluator) classifyIn(tg target, depth int, absent uint64) Helper {
	m, spec := e.m, e.spec
	switch {
	case tg.free != "":
		return spec.classifyRequest(tg.free)
	case tg.pkg != "":
		return spec.classifyRef(tg.pkg, tg.name, "")
	case tg.fn == nil:
		return Helper{}
	}
	file := tg.mod.Path
	// A user's declaration wins over analysis.
	if h := spec.classifyRef("", joinPath(tg.name, tg.path), file); h.Kind != NotAuth {
		h.File, h.Pos = file, tg.fn.Pos
		return h
	}
	if len(tg.path) > 0 || depth > maxDepth {
		return Helper{}
	}
	by := fmt.Sprintf("%s (%s)", tg.name, file)
	if p := e.evalIn(tg.mod, tg.fn, false, depth+1, absent); p.Protected {
		return Helper{Kind: Protects, By: by, File: file, Pos: tg.fn.Pos, Left: p.Left}
	}
	if inner := tg.fn.Returns; inner != nil {
		var params []int
		if p := e.eval(tg.mod, inner, true, depth+1); p.Protected {
			before := map[int]bool{}
			called := map[int]bool{}
			protectedAt := p.At
			for _, st := range inner.Steps {
				after := st.Pos.Line > protectedAt.Line || (st.Pos.Line == protectedAt.Line && st.Pos.Column > protectedAt.Column)
				for _, i := range st.CallsParam {
					if after {
						called[i] = true
					} else {
						before[i] = true
					}
				}
			}
			for i := range tg.fn.Params {
				if called[i] && !before[i] {
					params = append(params, i)
				}
			}
		}
		if len(params) > 0 {
			return Helper{Kind: Wrapper, Params: params, By: fmt.Sprintf("%s wrapper (%s)", tg.name, file), File: file, Pos: tg.fn.Pos}
		}
	}
	// A helper whose check returns (instead of throwing) hands a falsy value
	// back: it is a check its caller must test, as is one returning auth().
	// (Not when the check's throw is caught by a catch that ends the
	// function: it then returns undefined either way.)
	if p := e.evalIn(tg.mod, tg.fn, true, depth+1, absent); p.Protected && !endsInCatch(tg.fn, p.At) {
		return Helper{Kind: Check, By: by, File: file, Pos: tg.fn.Pos, Left: p.Left}
	}
	// One returning a value read from the auth state (userId,
	// sessionClaims?.metadata.role === role, has({ role })) is falsy when
	// signed out: a check too (Clerk's checkRole). Only its first return
	// counts: an earlier `if (dev) return true` would make it lie.
	bound := map[string]bool{}
	firstReturn := true
	for _, st := range expandBranches(tg.fn.Steps, absent) {
		if st.InCatch && !st.Assign {
			continue
		}
		switch st.Kind {
		case StepBind:
			if st.Assign {
				for _, n := range st.Names {
					delete(bound, n) // id = …: whatever it held is gone
				}
			}
			derived := false // const role = sessionClaims?.metadata?.role
			for _, f := range st.From {
				derived = derived || bound[f]
			}
			if h := e.classifyTarget(m.resolveCallee(tg.mod, st.Callee, depth+1), depth+1); derived || h.Kind == Check {
				for _, n := range st.Names {
					if derived || h.Keys == nil || slices.Contains(h.Keys, n) {
						bound[n] = true
					}
				}
			}
		case StepGuard:
			if st.Exit.Kind == ExitReturn {
				firstReturn = false
			}
		case StepReturn:
			if st.Callee.Valid() {
				if h := e.classifyTarget(m.resolveCallee(tg.mod, st.Callee, depth+1), depth+1); h.Kind == Check || h.Kind == Protects {
					return Helper{Kind: h.Kind, By: by, File: file, Pos: tg.fn.Pos, Keys: h.Keys}
				}
			}
			if firstReturn {
				for _, n := range st.Names {
					if bound[n] {
						return Helper{Kind: Check, By: by, File: file, Pos: tg.fn.Pos}
					}
				}
				var keys []string
				for _, k := range st.Keys {
					if bound[k] {
						keys = append(keys, k)
					}
				}
				if len(keys) > 0 && len(st.Names) == 0 {
					return Helper{Kind: Check, By: by, File: file, Pos: tg.fn.Pos, Keys: keys}
				}
			}
			firstReturn = false
		}
	}
	return Helper{}
}

// failureKey: fn (a Check helper) returns an object with key set on an
// early exit (`if (!userId) return { error }`) and never sets it on another
// return, so the key's presence in its result means signed out.
func (e *evaluator) failureKey(mod *Module, fn *Func, key string, depth int) bool {
	fails := false
	// A name a guard tested and exited without (`if (!userId) return
	// NextResponse.json(…, 401); return userId`) is the success value, a
	// plain value, never the response an instanceof test looks for.
	tested := map[string]bool{}
	for _, st := range fn.Steps {
		if len(st.Present) > 0 && st.Exit.Kind == ExitReturn && (slices.Contains(st.Exit.Keys, key) || e.handsOn(mod, fn, st, key, depth)) {
			fails = true // it hands on a failure it was given: if (r instanceof NextResponse) return r
			continue
		}
		switch st.Kind {
		case StepGuard:
			if st.Exit.Kind == ExitReturn && slices.Contains(st.Exit.Keys, key) {
				fails = true
			}
			for _, n := range st.Names {
				tested[n] = true
			}
		case StepReturn:
			if st.Keys == nil && strings.HasPrefix(key, "instanceof ") && len(st.Names) == 1 && tested[st.Names[0]] && !st.Callee.Valid() {
				continue
			}
			if slices.Contains(st.EarlyKeys, key) {
				continue // if (expired) return { error }: another failure, answered the same
			}
			if st.Failure {
				// A catch's returns: the call failed, so they must set it.
				if !slices.Contains(st.Keys, key) {
					return false
				}
				continue
			}
			if st.Keys == nil || slices.Contains(st.Keys, key) {
				return false // a return the analysis cannot read, or one that sets it too
			}
		}
	}
	return fails
}

// handsOn: st (`if (r) return r`) returns r, bound from a call of a
// project function whose every return is absent (null) or carries key (a
// response built in place): the truthy r it hands on is that failure.
func (e *evaluator) handsOn(mod *Module, fn *Func, st Step, key string, depth int) bool {
	if st.Handed == "" || st.Exit.Keys != nil || depth > maxDepth {
		return false
	}
	var call Callee
	for _, b := range fn.Steps {
		if b.Pos == st.Pos {
			break
		}
		if b.Kind == StepBind && slices.Contains(b.Names, st.Handed) {
			call = b.Callee
		}
	}
	tg := e.m.resolveCallee(mod, call, depth+1)
	if tg.fn == nil || len(tg.path) > 0 {
		return false
	}
	carries := false
	for _, keys := range tg.fn.Results {
		switch {
		case slices.Contains(keys, key):
			carries = true
		case keys == nil || len(keys) > 0:
			return false // a return the analysis cannot read, or another value
		}
	}
	return carries
}

// endsInCatch: the step at pos is in a try whose catch falls through to the
// end of fn.
func endsInCatch(fn *Func, pos rules.Position) bool {
	for _, st := range fn.Steps {
		if st.Pos.Line == pos.Line && st.Pos.Column == pos.Column {
			return st.CatchEnds
		}
	}
	return false
}

// classifyRef matches a package export (pkg set) or a project function (file
// set) against the spec's lists.
func (s *AuthSpec) classifyRef(pkg, name, file string) Helper {
	match := func(r FuncRef) bool {
		if r.Name != name {
			return false
		}
		switch {
		case r.Module == "":
			return true
		case pkg != "":
			return r.Module == pkg || (strings.ContainsAny(r.Module, "*?[{") && globMatch(r.Module, pkg))
		default:
			return globMatch(r.Module, file)
		}
	}
	for _, r := range s.Protects {
		if match(r) {
			return Helper{Kind: Protects, By: name}
		}
	}
	for _, r := range s.Wrappers {
		if match(r) {
			return Helper{Kind: Wrapper, Params: []int{r.Param}, By: name + " wrapper"}
		}
	}
	for _, r := range s.Checks {
		if match(r) {
			return Helper{Kind: Check, By: name}
		}
	}
	return Helper{}
}

// classifyRequest matches a callee on a request value (event.locals.auth)
// against RequestChecks: a run of its members equal to an entry.
func (s *AuthSpec) classifyRequest(callee string) Helper {
	for _, name := range s.RequestChecks {
		// locals.auth, event.locals.auth, and a member of it read in a
		// guard (locals.auth.userId).
		c := "." + callee + "."
		if strings.Contains(c, "."+name+".") || strings.Contains(c, "."+name+"()") {
			return Helper{Kind: Check, By: callee}
		}
	}
	return Helper{}
}

func globMatch(pattern, s string) bool {
	ok, _ := doublestar.Match(pattern, s)
	return ok
}

// floating reports whether a statement calls a project async function
// without awaiting it (`sendReceipt(order)` on its own line): the caller
// goes on at once, and a throw in the callee rejects a promise no one
// waits for, so it guards nothing of the caller's, as with `void f()`.
func (e *evaluator) floating(mod *Module, st Step, depth int) bool {
	if st.Kind != StepCall || st.Awaited || !st.Callee.Valid() {
		return false
	}
	tg := e.m.resolveCallee(mod, st.Callee, depth+1)
	return tg.fn != nil && len(tg.path) == 0 && tg.fn.Async
}
