package js

import (
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// Role, permission and identity evidence of a function, read from its
// summary (for the handler and every project helper Effects follows, so a
// requireAdmin(req) in another file counts by what its body does):
//
//   - Clerk's role tests: has({ role | permission | feature | plan }) and
//     auth.protect({ … }) (req.auth.has, locals.auth().has, the has a
//     protect callback receives);
//   - a comparison of a role claim with a value: sessionClaims.metadata.role
//     === 'admin', orgRole !== 'org:admin', user.role === 'ADMIN',
//     ADMIN_ROLES.includes(role), roles.includes('coach'),
//     ['admin', 'support'].includes(role);
//   - identity: a request value compared with the session's user or org id
//     (params.userId !== userId), which makes the request's id the caller's.

// A role claim compared with a value is a role test when Clerk issued it
// (endpoint.ClerkRoleClaim), when it is read from metadata or the session
// claims, or when the value names a privileged role: message.role ===
// 'user' in a chat handler is no role test.
var (
	claimPath      = lazyregexp.New(`(?i)^(public_?metadata|private_?metadata|metadata|session_?claims|claims|auth)$`)
	roleList       = lazyregexp.New(`(?i)admin|role|staff|moderator|privileged|allowed|permission`)
	unsafeMetadata = lazyregexp.New(`(?i)^unsafe_?metadata$`)
)

// roleKeys are the options of Clerk's has() and auth.protect() that test
// a role or permission (feature and plan gate paid access the same way).
var roleKeys = map[string]endpoint.EvidenceKind{"role": endpoint.RoleCheck, "permission": endpoint.PermissionCheck,
	"feature": endpoint.PermissionCheck, "plan": endpoint.PermissionCheck}

// roleChecks lists the role, permission and identity evidence of one
// function.
func (m *Model) roleChecks(fr *frame) []endpoint.Evidence {
	var out []endpoint.Evidence
	at := func(line int) endpoint.Pos { return endpoint.Pos{File: fr.mod.Path, Line: line} }
	for _, cs := range fr.fn.Calls {
		if len(cs.InList) > 0 && len(cs.Args) == 1 && slices.ContainsFunc(cs.InList, func(l string) bool { return m.roleTest(fr, cs.Args[0], Value{Lit: l}) }) {
			// ['admin', 'support'].includes(user.publicMetadata.role)
			out = append(out, endpoint.Evidence{Kind: endpoint.RoleCheck, What: "[" + strings.Join(cs.InList, ", ") + "].includes(" + cs.Args[0].String() + ")", At: at(cs.Pos.Line)})
			continue
		}
		last := cs.Callee.Root
		if n := len(cs.Callee.Path); n > 0 {
			last = cs.Callee.Path[n-1]
		}
		switch last {
		case "has", "protect":
			for _, f := range cs.Fields {
				if k, ok := roleKeys[f.Name]; ok {
					out = append(out, endpoint.Evidence{Kind: k, What: cs.Callee.String() + "({ " + f.Name + " })", At: at(cs.Pos.Line)})
					break
				}
			}
		case "includes":
			recv := Value{Root: cs.Callee.Root, Path: cs.Callee.Path[:max(len(cs.Callee.Path)-1, 0)]}
			if len(cs.Args) == 1 && m.adminIdentity(fr, cs.Args[0], recv) {
				// process.env.ADMIN_EMAILS.split(',').includes(email)
				out = append(out, endpoint.Evidence{Kind: endpoint.RoleCheck, What: cs.Callee.String() + "(" + cs.Args[0].String() + ")", At: at(cs.Pos.Line)})
				break
			}
			written := recv.Root
			if n := len(recv.Path); n > 0 {
				written = recv.Path[n-1]
			}
			if len(cs.Args) == 1 && len(cs.Callee.Path) > 0 && !unsafe(recv) && (endpoint.RoleClaim.MatchString(written) || endpoint.RoleClaim.MatchString(m.claimName(fr, recv)) ||
				roleList.MatchString(cs.Callee.Root) && endpoint.RoleClaim.MatchString(m.claimName(fr, cs.Args[0]))) {
				out = append(out, endpoint.Evidence{Kind: endpoint.RoleCheck, What: cs.Callee.String() + "(" + cs.Args[0].String() + ")", At: at(cs.Pos.Line)})
			}
		}
	}
	for _, c := range fr.fn.Compares {
		v := c.Object
		if c.Field != "" {
			v.Path = append(append([]string(nil), v.Path...), c.Field)
		}
		if m.roleTest(fr, v, c.Other) || m.adminIdentity(fr, v, c.Other) || m.adminIdentity(fr, c.Other, v) {
			out = append(out, endpoint.Evidence{Kind: endpoint.RoleCheck, What: v.String() + " compared with " + c.Other.String(), At: at(fr.fn.Pos.Line)})
			continue
		}
		// Plain names are listed both ways round: judge one.
		if obj, other := m.resolve(fr, v), m.resolve(fr, c.Other); obj.from == endpoint.FromRequest && other.from == endpoint.FromSession ||
			c.Field != "" && obj.from == endpoint.FromSession && other.from == endpoint.FromRequest {
			ev := endpoint.Evidence{Kind: endpoint.IdentityCheck, What: v.String() + " compared with " + c.Other.String(), At: at(fr.fn.Pos.Line)}
			if c.Differs {
				// if (id !== userId) throw: the id is the caller's. (if
				// (targetId === userId) return 400 says it is not.)
				ev.Verifies = obj.name
				if obj.from != endpoint.FromRequest {
					ev.Verifies = other.name
				}
			}
			out = append(out, ev)
		}
	}
	return out
}

// roleTest: v is a role claim compared with other (see roleClaim).
func (m *Model) roleTest(fr *frame, v, other Value) bool {
	name := m.claimName(fr, v)
	if !endpoint.RoleClaim.MatchString(name) {
		return false
	}
	if unsafe(m.claimValue(fr, v)) {
		return false
	}
	if endpoint.ClerkRoleClaim.MatchString(name) || (other.Lit != "" && endpoint.PrivilegedRole.MatchString(other.Lit)) {
		return true
	}
	for _, p := range m.claimValue(fr, v).Path {
		if claimPath.MatchString(p) {
			return true
		}
	}
	return m.resolve(fr, v).from == endpoint.FromSession
}

// adminIdentity: v is the caller's e-mail address or user id compared with
// an admin's configured in the environment (user.primaryEmailAddress
// .emailAddress === process.env.ADMIN_EMAIL, ADMIN_USER_IDS.includes
// (userId)): an allowlist of privileged accounts, the role check of apps
// with one administrator.
func (m *Model) adminIdentity(fr *frame, v, env Value) bool {
	env = m.claimValue(fr, env)
	if env.Root != "process" || len(env.Path) < 2 || env.Path[0] != "env" || !roleList.MatchString(env.Path[1]) {
		return false
	}
	return identityClaim.MatchString(m.claimName(fr, v))
}

// identityClaim names an account's e-mail address or id.
var identityClaim = lazyregexp.New(`(?i)^(?:e?mail|email_?address|primary_?email(?:_?address)?|user_?id|sub|id|username)$`)

// claimValue follows a plain name to the member it was bound to (const {
// orgRole } = req.auth → req.auth.orgRole).
func (m *Model) claimValue(fr *frame, v Value) Value {
	for range maxBindHops {
		if len(v.Path) > 0 {
			return v
		}
		b, ok := fr.fn.Binds[v.Root]
		if !ok || b.Root == "" || b.Root == v.Root {
			return v
		}
		v = b
	}
	return v
}

// claimName is the name a value is known by: its last member, or the
// plain name.
func (m *Model) claimName(fr *frame, v Value) string {
	v = m.claimValue(fr, v)
	for i := len(v.Path) - 1; i >= 0; i-- {
		if p := v.Path[i]; p != "()" && !strings.HasPrefix(p, "$") {
			return p
		}
	}
	return v.Root
}

// unsafe: the value is read from unsafeMetadata, which the browser writes
// (Clerk's docs: never authorize on it).
func unsafe(v Value) bool {
	for _, p := range v.Path {
		if unsafeMetadata.MatchString(p) {
			return true
		}
	}
	return false
}
