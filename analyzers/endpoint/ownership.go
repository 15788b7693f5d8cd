package endpoint

import (
	"fmt"
	"regexp"
	"strings"
)

// Source is where a query's filter value comes from.
type Source string

// Filter value sources.
const (
	// FromSession: the verified session (userId, orgId, the token's sub), or
	// a row fetched by it (the caller's own user record).
	FromSession Source = "session"
	// FromRequest: a value the caller chooses (Binding.Input says which).
	FromRequest Source = "request"
	// FromConstant: a literal written in the code (published: true).
	FromConstant Source = "constant"
	// FromUnknown: anything the producer could not follow (a helper's
	// result, a value of another module).
	FromUnknown Source = "unknown"
)

// Binding is one field a query selects rows by, with the origin of the
// value it is compared with.
type Binding struct {
	Field string `json:"field"`
	From  Source `json:"from"`
	// Input is the request input (FromRequest).
	Input InputKind `json:"input,omitempty"`
	// Name is the value as the handler wrote it ("params.id", "slug"), or
	// the literal (FromConstant: "true", "'public'").
	Name string `json:"name,omitempty"`
	// Record is, for a value read from a record the endpoint fetched
	// (FromUnknown: board.workspaceId), the Name of the request value that
	// selected that record: a lookup of the parent by it and the session
	// ties the child to the caller.
	Record string `json:"record,omitempty"`
	// Guest is, for a session value (FromSession), the literal it falls
	// back to when missing (`creatorId: userId ?? "init"`): a signed-out
	// request selects the rows of that constant, a demo or guest user,
	// rather than by a null id.
	Guest string `json:"guest,omitempty"`
}

// Authorization evidence kinds beyond the role, permission and ownership
// checks declared with the other evidence kinds.
const (
	// MembershipCheck: a lookup of the caller in the resource's members.
	MembershipCheck EvidenceKind = "membership-check"
	// RowLevelSecurity: the database itself restricts a query's rows to
	// the caller (Supabase RLS policies on auth.jwt()->>'sub' with a client
	// carrying the user's Clerk token).
	RowLevelSecurity EvidenceKind = "row-level-security"
	// OwnershipFilter: a query's filter holds a session value (where: {
	// id, userId }). Like RowLevelSecurity it covers one query, not the
	// endpoint: the judgement reads it from the effect itself.
	OwnershipFilter EvidenceKind = "ownership-filter"
)

// QueryEvidence is the authorization evidence single queries carry, for
// the endpoint inventory: filters bound to the session and row-level
// security policies.
func QueryEvidence(e *Endpoint) []Evidence {
	var out []Evidence
	for _, f := range e.Effects {
		if f.RLS != "" {
			out = append(out, Evidence{Kind: RowLevelSecurity, What: f.Target + ": " + f.RLS, At: f.At})
		}
		if f.Kind != DBRead && f.Kind != DBWrite {
			continue // a Clerk call's arguments are no filter
		}
		for _, b := range f.Where {
			if b.From == FromSession {
				out = append(out, Evidence{Kind: OwnershipFilter, What: fmt.Sprintf("%s where %s = %s", f.Target, b.Field, b.Name), At: f.At})
				break
			}
		}
	}
	return out
}

// Ownership is the configuration of the ownership judgement: CLK203's
// params, compiled.
type Ownership struct {
	// ID matches filter fields that identify a record (id, slug, postId):
	// only a request value under one selects "any record" (a lookup of
	// shared reference data by name is no ownership question).
	ID *regexp.Regexp
	// Owner matches filter fields that name a record's owner or tenant
	// (userId, ownerId, orgId, tenantId…). A request value under such a
	// field is CLK202's mistake (a user or org id from the request), not
	// this one's.
	Owner *regexp.Regexp
	// Public are CLK101's public-data entries (shared with CLK203 through a
	// YAML anchor): a read whose filter compares a field with the constant
	// a field=value entry names (published=true, status=live) selects only
	// public records, and reads by id are fine (PublicFilter).
	Public []string
	// Members matches the model or table name of a membership relation
	// (members, memberships, collaborators): a read of it filtered by the
	// session is a membership check.
	Members *regexp.Regexp
	// Served are the models some public route of the app reads for anyone
	// (ServedByUse): any of their records is the app's to show, so a read
	// of one by a request value is no ownership question.
	Served map[string]bool
	// Declared are the models and tables the project's schema declares,
	// Owned those known to have an owner or tenant field (by ModelKey),
	// from the schema and from the project's own queries (OwnedByUse). A
	// declared model that is not owned holds shared data: who may change
	// it is a role question (CLK201's), not an ownership one. Models the
	// schema does not declare are judged.
	Declared, Owned map[string]bool
}

// ModelKey folds a model or table name, one folding for every comparison
// of model names (public-data, the ownership judgement, the schema's
// fields): lower case, letters and digits only, a Table or Model suffix
// and a plural ending dropped (Order, orders, order_items, ordersTable,
// orderModel → order, orderitem; categories → category; addresses →
// address). The suffixes are Drizzle's usersTable and the Mongoose habit
// `const songModel = mongoose.model('song', schema)`.
func ModelKey(name string) string {
	k := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return -1
	}, name)
	if len(k) > len("table") && (strings.HasSuffix(name, "Table") || strings.HasSuffix(name, "_table")) {
		k = strings.TrimSuffix(k, "table") // Drizzle's usersTable, not timetable
	}
	if len(k) >= len("xxxmodel") && (strings.HasSuffix(name, "Model") || strings.HasSuffix(name, "_model")) {
		k = strings.TrimSuffix(k, "model") // songModel, not AIModel or remodel
	}
	switch {
	case strings.HasSuffix(k, "ies") && len(k) > 4:
		return k[:len(k)-3] + "y"
	case strings.HasSuffix(k, "sses") || strings.HasSuffix(k, "xes"):
		return k[:len(k)-2]
	case strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && len(k) > 3:
		return k[:len(k)-1]
	}
	return k
}

// shared: the schema declares the model without an owner or tenant field
// and no query of the project filters it by one.
func (o *Ownership) shared(model string) bool {
	k := ModelKey(model)
	return o.Declared[k] && !o.Owned[k]
}

// SetSchema fills Declared and Owned from a project's schema: its models
// and tables with their fields (any spelling; folded by ModelKey). A model
// with a field Owner matches is owned.
func (o *Ownership) SetSchema(models map[string][]string) {
	o.Declared, o.Owned = map[string]bool{}, map[string]bool{}
	for model, fields := range models {
		k := ModelKey(model)
		o.Declared[k] = true
		for _, f := range fields {
			if o.Owner != nil && o.Owner.MatchString(f) {
				o.Owned[k] = true
			}
		}
	}
}

// OwnedByUse adds the models some query of the endpoints filters by an
// owner or tenant field: the application itself treats them as owned.
func (o *Ownership) OwnedByUse(es []Endpoint) {
	if o.Owner == nil {
		return
	}
	if o.Owned == nil {
		o.Owned = map[string]bool{}
	}
	for _, e := range es {
		for _, f := range e.Effects {
			for _, b := range f.Where {
				if f.Model != "" && o.Owner.MatchString(b.Field) {
					o.Owned[ModelKey(f.Model)] = true
				}
			}
		}
	}
}

// ServedByUse records the models the endpoints' public routes read for
// anyone (ServesAnyone, ServedRead).
func (o *Ownership) ServedByUse(es []Endpoint) {
	o.Served = map[string]bool{}
	for i := range es {
		if !ServesAnyone(&es[i]) {
			continue
		}
		for _, f := range es[i].Effects {
			if ServedRead(f) {
				o.Served[ModelKey(f.Model)] = true
			}
		}
	}
}

// OwnershipIssue is one query that selects a record by a request value and
// nothing ties it to the caller.
type OwnershipIssue struct {
	Effect *Effect
	// By is the request-bound filter field.
	By Binding
}

// NeedsOwnership judges broken object-level authorization, once for every
// producer: an authenticated route or server action (protected, or reading
// the session) whose query selects a record for read, update or delete by
// a request value, where
//
//   - no filter field of the same query is bound to the session or to a
//     value the producer could not follow (quiet rather than guess),
//   - the query names its model or table (a table chosen at run time is
//     not judged),
//   - the query does not select only public records, nor records of a
//     model the app's public routes serve to anyone (reads),
//   - the database does not enforce row-level security for it,
//   - no query of the same model ties the same request value to the
//     session (then this one is the privileged branch of a role test),
//   - no earlier read of the endpoint selects by the same request value
//     together with the session (the lookup that proves the record is the
//     caller's before the other queries act on it; effects are listed in
//     source order), and no read selects the record's parent by a field of
//     the record together with the session (a task fetched by id whose
//     project is then looked up by task.projectId and ownerId),
//   - and the endpoint has no role, permission, ownership (a fetched
//     record's owner compared with the session), membership or row-level
//     security evidence.
//
// Request values under owner or tenant fields are CLK202's. One issue per
// request value: its first write, else its first read.
func (o *Ownership) NeedsOwnership(e *Endpoint) []OwnershipIssue {
	if e.Kind == Page || !authenticated(e) || len(o.Authorized(e)) > 0 {
		return nil
	}
	var issues []OwnershipIssue
	verified := map[string]bool{}
	for _, ev := range e.Authz {
		if ev.Kind == IdentityCheck && ev.Verifies != "" {
			verified[ev.Verifies] = true // if (userId !== session.userId) throw
		}
	}
	// branches are model and request value pairs some query ties to the
	// session: an untied query of the same pair is the other branch of
	// `if (admin) … else …` (the role test the analysis does not see).
	branches := map[string]bool{}
	for _, f := range e.Effects {
		if tiedToSession(f.Where) {
			for _, b := range f.Where {
				switch {
				case b.From == FromRequest:
					branches[ModelKey(f.Model)+"\x00"+b.Name] = true
				case b.Record != "" && f.Kind == DBRead:
					// The parent looked up by the child's key and the
					// session: the child selected by that value is the
					// caller's, before and after the lookup.
					verified[b.Record] = true
				}
			}
		}
	}
	for i := range e.Effects {
		f := &e.Effects[i]
		if (f.Kind != DBRead && f.Kind != DBWrite) || f.RLS != "" || ModelKey(f.Model) == "" || o.shared(f.Model) || (f.Kind == DBRead && o.Served[ModelKey(f.Model)]) {
			continue
		}
		var by *Binding
		tied, bound := false, false // bound: to the caller, not only public or CLK202's
		for j, b := range f.Where {
			switch b.From {
			case FromSession, FromUnknown:
				tied, bound = true, true
			case FromConstant:
				if f.Kind == DBRead && PublicFilter(b, o.Public) {
					tied = true
				}
			case FromRequest:
				switch {
				case o.Owner != nil && o.Owner.MatchString(b.Field):
					tied = true // an owner from the request: CLK202's question
				case by == nil && (o.ID == nil || o.ID.MatchString(b.Field)):
					by = &f.Where[j]
				}
			}
		}
		switch {
		case tied:
			// A read that ties request values to the caller (a membership
			// row by orgId and userId) verifies each of them.
			if f.Kind == DBRead && bound {
				for _, b := range f.Where {
					if b.From == FromRequest {
						verified[b.Name] = true
					}
				}
			}
		case by == nil:
		case !verified[by.Name] && !branches[ModelKey(f.Model)+"\x00"+by.Name]:
			issues = append(issues, OwnershipIssue{Effect: f, By: *by})
		}
	}
	var out []OwnershipIssue
	at := map[string]int{}
	for _, is := range issues {
		i, ok := at[is.By.Name]
		switch {
		case !ok:
			at[is.By.Name] = len(out)
			out = append(out, is)
		case out[i].Effect.Kind == DBRead && is.Effect.Kind == DBWrite:
			out[i] = is
		}
	}
	return out
}

func tiedToSession(where []Binding) bool {
	for _, b := range where {
		if b.From == FromSession {
			return true
		}
	}
	return false
}

// Authorized lists the endpoint's authorization evidence: what the producer
// recorded (role, permission, ownership checks, row-level security) and the
// membership lookups among its effects (a read of a members relation
// filtered by the session).
func (o *Ownership) Authorized(e *Endpoint) []Evidence {
	var out []Evidence
	for _, ev := range e.Authz {
		switch ev.Kind {
		case RoleCheck, PermissionCheck, OwnershipCheck, MembershipCheck:
			out = append(out, ev)
		}
	}
	for _, f := range e.Effects {
		if f.Kind != DBRead || o.Members == nil || !o.Members.MatchString(f.Model) {
			continue
		}
		for _, b := range f.Where {
			if b.From == FromSession {
				out = append(out, Evidence{Kind: MembershipCheck, What: fmt.Sprintf("%s by %s", f.Target, b.Field), At: f.At})
				break
			}
		}
	}
	return out
}

// authenticated: something rejects a request without a session, or the
// handler reads the session (an unauthenticated endpoint is CLK101's).
func authenticated(e *Endpoint) bool {
	return e.Protection.State == Protected || len(e.Sessions) > 0
}

// Attack says what a caller could do through an issue, for messages: "any
// signed-in user can delete any order by changing `id`".
func (is OwnershipIssue) Attack() string {
	verb := "read"
	if is.Effect.Kind == DBWrite {
		verb = "change or delete"
	}
	what := "record"
	if is.Effect.Model != "" {
		what = is.Effect.Model
	}
	return fmt.Sprintf("any signed-in user can %s any %s by changing `%s`", verb, what, is.By.Name)
}

// OwnershipParams are CLK203's YAML params, shared by every engine that
// reports it: regular expressions, and CLK101's public-data list (a YAML
// alias of it).
type OwnershipParams struct {
	IDFields         string   `yaml:"id-fields"`
	OwnerFields      string   `yaml:"owner-fields"`
	PublicData       []string `yaml:"public-data"`
	MembershipModels string   `yaml:"membership-models"`
}

// Compile builds the judgement's configuration; an error names the param.
func (p OwnershipParams) Compile() (*Ownership, error) {
	o := &Ownership{Public: p.PublicData}
	for _, c := range []struct {
		name, src string
		into      **regexp.Regexp
	}{{"id-fields", p.IDFields, &o.ID}, {"owner-fields", p.OwnerFields, &o.Owner}, {"membership-models", p.MembershipModels, &o.Members}} {
		if c.src == "" {
			continue
		}
		re, err := regexp.Compile(c.src)
		if err != nil {
			return nil, fmt.Errorf("param %s: %w", c.name, err)
		}
		*c.into = re
	}
	return o, nil
}
