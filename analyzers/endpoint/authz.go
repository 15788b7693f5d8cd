package endpoint

import (
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// IdentityCheck: a request value compared with the session's own user or
// organization id (params.userId !== userId): the request's id is then
// the caller's.
const IdentityCheck EvidenceKind = "identity-check"

// The vocabulary of role tests every producer reads the same way:
// RoleClaim names a role or permission claim or field (org_role, orgRole,
// metadata role, permissions, is_admin), ClerkRoleClaim the ones Clerk
// issues (a comparison of those is always a role test), PrivilegedRole a
// value that names a privileged role ('admin', 'org:admin', 'owner'), so
// that message.role == 'user' is no role test.
var (
	RoleClaim      = lazyregexp.New(`(?i)^(org_?role|org_?permissions|roles?|user_?role|permissions?|is_?admin|admin|is_?super_?admin)$`)
	ClerkRoleClaim = lazyregexp.New(`(?i)^org_?(role|permissions)$`)
	PrivilegedRole = lazyregexp.New(`(?i)admin|owner|staff|moderator|super|manager|org:|true`)
)

// SubjectField names the id a Clerk Backend API resource's methods take
// first: users.deleteUser(id) acts on a userId.
func SubjectField(resource string) string {
	switch resource {
	case "users":
		return "userId"
	case "organizations":
		return "organizationId"
	case "sessions":
		return "sessionId"
	case "invitations":
		return "invitationId"
	}
	return "id"
}

// Authz is the configuration of the role and user-id judgements (CLK201's
// and CLK202's params, compiled), for the producers that do not judge them
// themselves.
type Authz struct {
	// PrivilegedURL reports a URL that needs a role or permission check
	// (privileged-routes).
	PrivilegedURL func(url string) bool
	// APIs are the privileged Clerk Backend API methods as
	// "resource.method" (users.deleteUser, users.delete).
	APIs map[string]bool
	// UserAPIs and OrgAPIs are path.Match patterns over "resource.method"
	// of the calls that act on the user or organization their id names.
	UserAPIs, OrgAPIs []string
	// UserKeys and OrgKeys match argument and filter names that hold a
	// user or an organization id; RoleKeys metadata keys that grant access.
	UserKeys, OrgKeys, RoleKeys *regexp.Regexp
}

// RoleIssue is why an authenticated endpoint needs a role check: its URL,
// or a privileged Backend API call (Effect).
type RoleIssue struct {
	URL    bool
	Effect *Effect
}

// NeedsRole judges CLK201, once for every producer that leaves it to the
// shared judgement: an authenticated route or action (protected, or a
// checked session read) with no role or permission evidence, whose URL is
// privileged or which makes a privileged Clerk Backend API call on someone
// other than the caller: an id the request supplies or the analysis cannot
// follow, no id at all (users.createUser), or the caller's own metadata
// written with a role from the request (self-promotion).
func (a *Authz) NeedsRole(e *Endpoint) (RoleIssue, bool) {
	if e.Kind == Page || !checkedSession(e) || Has(e.Authz, RoleCheck, PermissionCheck) {
		return RoleIssue{}, false
	}
	if e.URL != "" && a.PrivilegedURL != nil && a.PrivilegedURL(e.URL) {
		return RoleIssue{URL: true}, true
	}
	for i := range e.Effects {
		if a.privileged(&e.Effects[i]) {
			return RoleIssue{Effect: &e.Effects[i]}, true
		}
	}
	return RoleIssue{}, false
}

// APIName is a Clerk call's "resource.method": clerkClient.users.deleteUser
// → users.deleteUser.
func APIName(target string) string {
	segs := strings.Split(target, ".")
	if len(segs) < 2 {
		return target
	}
	return segs[len(segs)-2] + "." + segs[len(segs)-1]
}

func (a *Authz) privileged(f *Effect) bool {
	if f.Kind != ClerkAPI || !a.APIs[APIName(f.Target)] || f.Where == nil {
		return false // Where nil: the producer did not read the arguments
	}
	role, promoted := a.writesRole(f)
	if strings.Contains(strings.ToLower(f.Target), "metadata") && !role {
		return false // metadata that grants nothing (preferences, onboarding)
	}
	if promoted {
		return true
	}
	subjects := 0
	for _, b := range f.Where {
		if a.subject(b.Field) {
			subjects++
			if b.From != FromSession {
				return true
			}
		}
	}
	return subjects == 0
}

// writesRole: the call writes a role-metadata key into public or private
// metadata (role), from a request value (promoted).
func (a *Authz) writesRole(f *Effect) (role, promoted bool) {
	for _, b := range f.Where {
		head, key, ok := strings.Cut(b.Field, ".")
		switch strings.ToLower(strings.ReplaceAll(head, "_", "")) {
		case "publicmetadata", "privatemetadata":
		default:
			continue
		}
		switch {
		case !ok && b.From == FromRequest:
			// publicMetadata: req.body.metadata: the request picks every key.
			role, promoted = true, true
		case ok && a.RoleKeys != nil && a.RoleKeys.MatchString(key[strings.LastIndexByte(key, '.')+1:]):
			role = true
			promoted = promoted || b.From == FromRequest
		}
	}
	return role, promoted
}

// subject: an argument naming whom the call acts on. A session id is one:
// sessions.revokeSession(sessionId) with the session's own id signs the
// caller out, with another's ends their session.
func (a *Authz) subject(field string) bool {
	if strings.Contains(field, ".") {
		return false
	}
	switch field {
	case "id", "userId", "organizationId", "sessionId", "session_id":
		return true
	}
	return (a.UserKeys != nil && a.UserKeys.MatchString(field)) || (a.OrgKeys != nil && a.OrgKeys.MatchString(field))
}

// IDIssue is a user or organization id the request supplies that an
// endpoint acts on.
type IDIssue struct {
	Effect *Effect
	By     Binding
	// Org: an organization id (instead of the session's orgId).
	Org bool
}

// ClientSuppliedIDs judges CLK202: an authenticated endpoint that passes a
// request value as the user or organization a Clerk Backend API call acts
// on (UserAPIs, OrgAPIs), or filters a query by it under a user or org id
// key, with no role, permission, membership or identity evidence (a
// comparison of the request's id with the session's), nor an ownership
// check (the caller owns the record; the id names a counterpart the owner
// picks: the freelancer a payment is released to). A privileged call
// CLK201 reports on the same endpoint is left to it. One issue per request
// value.
func (a *Authz) ClientSuppliedIDs(e *Endpoint) []IDIssue {
	if e.Kind == Page || !authenticated(e) || Has(e.Authz, RoleCheck, PermissionCheck, IdentityCheck, MembershipCheck, OwnershipCheck) {
		return nil
	}
	_, role := a.NeedsRole(e)
	var out []IDIssue
	seen := map[string]bool{}
	for i := range e.Effects {
		f := &e.Effects[i]
		var userCall, orgCall bool
		switch f.Kind {
		case ClerkAPI:
			if role && a.privileged(f) {
				continue
			}
			userCall, orgCall = matchAny(a.UserAPIs, APIName(f.Target)), matchAny(a.OrgAPIs, APIName(f.Target))
			if !userCall && !orgCall {
				continue
			}
		case DBRead, DBWrite:
		default:
			continue
		}
		if (f.Kind == DBRead || f.Kind == DBWrite) && slices.ContainsFunc(f.Where, func(b Binding) bool { return b.From == FromSession && a.userKey(b.Field) }) {
			// The caller is one party of the rows (followerId: the session's
			// user, followingId: the one they follow): the request's id names
			// the other, whom the caller may pick.
			continue
		}
		for _, b := range f.Where {
			if b.From != FromRequest || seen[b.Name] || strings.Contains(b.Field, ".") {
				continue
			}
			user := a.UserKeys != nil && a.UserKeys.MatchString(b.Field) || userCall && b.Field == "userId"
			org := a.OrgKeys != nil && a.OrgKeys.MatchString(b.Field) || orgCall && b.Field == "organizationId"
			if user || org {
				seen[b.Name] = true
				out = append(out, IDIssue{Effect: f, By: b, Org: org && !user})
			}
		}
	}
	return out
}

// userKey: a filter field naming a user's id (UserKeys), or one side of
// a relation between users (followedUserId, senderId), not an
// organization's.
func (a *Authz) userKey(field string) bool {
	if a.OrgKeys != nil && a.OrgKeys.MatchString(field) {
		return false
	}
	return (a.UserKeys != nil && a.UserKeys.MatchString(field)) || userParty.MatchString(field)
}

var userParty = lazyregexp.New(`(?i)(user|clerk|owner|author|creator|follower|following|sender|recipient)_?id$`)

func matchAny(patterns []string, name string) bool {
	for _, p := range patterns {
		if ok, _ := path.Match(p, name); ok {
			return true
		}
	}
	return false
}

// checkedSession: something rejects a request without a session, or the
// handler checks the session it reads.
func checkedSession(e *Endpoint) bool {
	if e.Protection.State == Protected {
		return true
	}
	for _, s := range e.Sessions {
		if s.Checked {
			return true
		}
	}
	return false
}
