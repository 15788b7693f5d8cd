// Package ownership is CLK203 for JavaScript and TypeScript: authenticated
// endpoints that read, change or delete a record selected by a request
// value with nothing tying it to the caller (broken object-level
// authorization). It judges every JS producer's endpoints (Next.js,
// Express, SvelteKit…) once they are gathered, with
// endpoint.Ownership.NeedsOwnership; the producers and js.Model.Effects
// supply where each filter value comes from.
package ownership

import (
	"fmt"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/endpoint/authzrule"
	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// Rule registers CLK203 with the js engine.
var Rule = js.Rule{IDs: []string{ruleid.MissingOwnershipCheck}, New: New}

type checker struct{ o *endpoint.Ownership }

// New builds the checker from the CLK203 entry's params.
func New(rs []*rules.Rule, _ scan.Options) (js.Checker, error) {
	o, err := authzrule.OwnershipParams(rs)
	if err != nil {
		return nil, err
	}
	return checker{o: o}, nil
}

// Wants no file: the rule judges endpoints, not files.
func (checker) Wants(*js.Model, *scan.File) bool { return false }

// Check is never called (Wants is false).
func (checker) Check(*js.Pass) {}

// CheckEndpoints reports the JS endpoints whose queries select a record by
// a request value with no ownership, membership or role evidence. An
// endpoint whose handler the model cannot find again (an inline server
// action) is skipped: its ownership checks are not known.
func (c checker) CheckEndpoints(m *js.Model, es []endpoint.Endpoint, report func(rules.Finding)) {
	o := *c.o
	o.SetSchema(m.ModelFields())
	o.OwnedByUse(es)
	o.ServedByUse(es)
	for i := range es {
		e := &es[i]
		if _, fn := m.HandlerOf(e); fn == nil {
			continue
		}
		// One finding per query and field (a chain lists its links); a
		// query in a helper other endpoints may call safely is reported on
		// the endpoint that passes it the id.
		for _, fd := range authzrule.OwnershipFindings(e, o.NeedsOwnership(e), func(is endpoint.OwnershipIssue) string { return Message(e, is) }) {
			report(fd)
		}
	}
}

// Message is CLK203's message for one issue.
func Message(e *endpoint.Endpoint, is endpoint.OwnershipIssue) string {
	what := e.String()
	// A Next.js server action has no URL of its own: name it. A React Router
	// or Remix action is a route's POST and reads best as its URL.
	if e.Kind == endpoint.Action && e.Name != "" && e.URL == "" {
		what = "server action " + e.Name
	}
	verb := "reads"
	if is.Effect.Kind == endpoint.DBWrite {
		verb = "changes or deletes"
	}
	return fmt.Sprintf("%s %s a record with %s selected by %s = `%s` from %s, and nothing ties the record to the signed-in user: %s; "+
		"add the owner to the query's filter (the session's userId or orgId: where: { id, userId }), or compare the fetched record's owner with the session and return 403 (check a role first for admin tools)",
		what, verb, is.Effect.Target, is.By.Field, is.By.Name, is.By.Input.Phrase(), is.Attack())
}
