package authzrule

import (
	"fmt"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// OwnershipParams compiles CLK203's entry, the one rule among rs, into the
// ownership judgement's configuration, for every engine that reports it.
func OwnershipParams(rs []*rules.Rule) (*endpoint.Ownership, error) {
	if len(rs) != 1 || rs[0].ID != ruleid.MissingOwnershipCheck {
		return nil, fmt.Errorf("ownership: want the %s rule, got %d rules", ruleid.MissingOwnershipCheck, len(rs))
	}
	var p endpoint.OwnershipParams
	if err := rs[0].DecodeParams(&p); err != nil {
		return nil, err
	}
	o, err := p.Compile()
	if err != nil {
		return nil, fmt.Errorf("rule %s: %w", ruleid.MissingOwnershipCheck, err)
	}
	return o, nil
}

// OwnershipFindings turns an endpoint's ownership issues into CLK203
// findings with the engine's message: one per query and field (a chain
// lists its links), writes as errors and reads as warnings, on the query's
// line, or on the endpoint's registration when the query sits in a helper
// other endpoints may call safely.
func OwnershipFindings(e *endpoint.Endpoint, issues []endpoint.OwnershipIssue, message func(endpoint.OwnershipIssue) string) []rules.Finding {
	var out []rules.Finding
	seen := map[string]bool{}
	for _, is := range issues {
		key := is.Effect.Target + "\x00" + is.By.Field
		if seen[key] {
			continue
		}
		seen[key] = true
		sev := rules.Error
		if is.Effect.Kind == endpoint.DBRead {
			sev = rules.Warning
		}
		at := rules.Position{File: is.Effect.At.File, Line: is.Effect.At.Line, Column: is.Effect.At.Col}
		fd := rules.Finding{RuleID: ruleid.MissingOwnershipCheck, Severity: sev, Position: at,
			Construct: "ownership:" + e.Name + ":" + is.Effect.Target + ":" + is.By.Field,
			Message:   message(is)}
		if is.Effect.At.File != e.Handler.File {
			fd.Position = rules.Position{File: e.Registration.File, Line: e.Registration.Line, Column: e.Registration.Col}
			fd.Related = []rules.Related{{Position: at, Message: "the query"}}
		}
		out = append(out, fd)
	}
	return out
}
