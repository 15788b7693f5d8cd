package authz

import (
	"fmt"
	"slices"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/endpoint/authzrule"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/python/web"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Ownership registers CLK203 with the python engine: authenticated
// endpoints of every python producer whose queries read, change or delete
// a record selected by a request value with nothing tying it to the caller,
// judged by endpoint.Ownership.NeedsOwnership over the filters
// python.Model.Queries reads.
var Ownership = python.Rule{IDs: []string{ruleid.MissingOwnershipCheck}, New: newOwnership}

type ownership struct{ o *endpoint.Ownership }

func newOwnership(rs []*rules.Rule, _ scan.Options) (python.Checker, error) {
	o, err := authzrule.OwnershipParams(rs)
	if err != nil {
		return nil, err
	}
	return ownership{o: o}, nil
}

// CheckEndpoints reports each query of an endpoint that selects a record by
// a request value with no ownership, membership or role evidence. Models
// the project declares without an owner field hold shared rows; an
// endpoint whose reads are all of CLK101's public-data models is not
// judged for its reads.
func (c ownership) CheckEndpoints(m *python.Model, es []endpoint.Endpoint, report func(rules.Finding)) {
	if !web.UsesClerk(m) {
		return // the signed-in user is Clerk's only where the project uses Clerk
	}
	o := *c.o
	o.SetSchema(m.ModelFields())
	o.OwnedByUse(es)
	for i := range es {
		e := &es[i]
		issues := o.NeedsOwnership(e)
		if endpoint.Has(e.Public, endpoint.PublicDataRead) {
			issues = slices.DeleteFunc(issues, func(is endpoint.OwnershipIssue) bool { return is.Effect.Kind == endpoint.DBRead })
		}
		for _, fd := range authzrule.OwnershipFindings(e, issues, func(is endpoint.OwnershipIssue) string { return ownershipMessage(e, is) }) {
			report(fd)
		}
	}
}

func ownershipMessage(e *endpoint.Endpoint, is endpoint.OwnershipIssue) string {
	verb := "reads"
	if is.Effect.Kind == endpoint.DBWrite {
		verb = "changes or deletes"
	}
	return fmt.Sprintf("%s (handler %s) %s a record with %s selected by %s = `%s` from %s, and nothing ties the record to the signed-in user: %s; "+
		"add the owner to the filter (.where(Note.id == note_id, Note.user_id == claims[\"sub\"]), .filter(pk=pk, owner=request.user), {\"_id\": id, \"user_id\": user_id}), "+
		"or compare the fetched record's owner with the session and raise 403 (check a role first for admin tools)",
		e.String(), e.Name, verb, is.Effect.Target, is.By.Field, is.By.Name, is.By.Input.Phrase(), is.Attack())
}
