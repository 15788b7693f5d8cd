package js

import (
	"fmt"
	"slices"
	"strings"
)

// Clerk's Backend SDK fails closed on the session's own user id:
// UserAPI.getUser(userId) calls requireId(userId), which throws 'A valid
// resource ID is required.' for an empty id, and a "null" or "undefined" id
// (`${auth().userId}`) gets a 404 that its request wrapper turns into a
// thrown ClerkAPIResponseError (clerk/javascript,
// packages/backend/src/api/endpoints/UserApi.ts and AbstractApi.ts, and
// api/request.ts withLegacyRequestReturn). So awaiting
// clerkClient.users.getUser(userId), with userId the session's, throws for
// every signed-out request: the check `if (!userId) throw` makes, done by
// the SDK. Only getUser: a list, or an organization looked up by the
// session's org id, answers a signed-out request without throwing.

// sessionFetch reports that step st of fn awaits Clerk's
// users.getUser on the session's user id, read from a name bound from an
// auth function (bound, as evalSteps keeps it) or from an auth function's
// result in place (auth().userId, `${auth().userId}`, req.auth.userId).
// by names the check for messages.
func (e *evaluator) sessionFetch(mod *Module, fn *Func, st Step, bound map[string]string, depth int) (by string, ok bool) {
	c := st.Callee
	if !st.Awaited || !c.Valid() || len(c.Path) < 2 || c.Path[len(c.Path)-2] != "users" || c.Path[len(c.Path)-1] != "getUser" {
		return "", false
	}
	if !e.clerkClient(mod, fn, c, depth) {
		return "", false
	}
	from, ok := e.sessionUserID(mod, fn, st.Arg, bound, depth)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("clerkClient.users.getUser(%s), which throws signed out (the user id from %s)", st.Arg, from), true
}

// clerkClient: the chain before .users.getUser is Clerk's Backend API
// client from a @clerk/ package: clerkClient, (await clerkClient()),
// createClerkClient(…), a local bound to one of them (`const client =
// await clerkClient()`), or a module-level const built by one (`export
// const clerk = createClerkClient(…)` in lib/clerk.ts). A client of the
// project's own (api.users.getUser) may answer null instead of throwing.
func (e *evaluator) clerkClient(mod *Module, fn *Func, c Callee, depth int) bool {
	return e.m.clerkRoot(mod, fn, c, depth)
}

// clerkRoot: c's root, through fn's locals and a module-level builder, is
// an export of a @clerk/ package.
func (m *Model) clerkRoot(mod *Module, fn *Func, c Callee, depth int) bool {
	v, _, done := follow(fn, Value{Root: c.Root, Path: c.Path})
	if done || v.Root == "" {
		return false
	}
	if tg := m.resolveCallee(mod, Callee{Root: v.Root, Path: v.Path}, depth+1); tg.pkg != "" {
		return strings.HasPrefix(tg.pkg, "@clerk/")
	}
	bm, bc, ok := m.builder(mod, v.Root, depth+1)
	return ok && strings.HasPrefix(m.resolveCallee(bm, bc, depth+1).pkg, "@clerk/")
}

// sessionUserID reports that v is read from the session: a name bound from
// an auth function or a request's auth state (bound), or a member of an
// auth function's result called in place (auth().userId, (await
// auth()).userId, getAuth(req).userId), through the function's locals.
// from names the auth function.
func (e *evaluator) sessionUserID(mod *Module, fn *Func, v Value, bound map[string]string, depth int) (from string, ok bool) {
	for range 2 {
		if v.Root == "" {
			return "", false
		}
		if by, ok := bound[v.Root]; ok {
			return by, true
		}
		if len(v.Path) > 0 {
			if by, ok := bound[v.Root+"."+v.Path[0]]; ok {
				return by, true // req.auth.userId, req.auth().userId
			}
		}
		if i := slices.Index(v.Path, "()"); i >= 0 && i+1 < len(v.Path) {
			h := e.classifyTarget(e.m.resolveCallee(mod, Callee{Root: v.Root, Path: v.Path[:i]}, depth+1), depth+1)
			if h.Kind == Check && h.Keys == nil {
				return h.By, true
			}
		}
		next, _, done := follow(fn, v)
		if done || (next.Root == v.Root && slices.Equal(next.Path, v.Path)) {
			return "", false
		}
		v = next
	}
	return "", false
}
