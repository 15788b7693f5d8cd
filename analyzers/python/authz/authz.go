// Package authz is CLK201 and CLK202 on the python engine's endpoints
// (FastAPI, and every producer added beside it): authzrule judges them,
// once all are gathered, from the evidence the producers filled (role
// claims tested in the handler or its dependencies, Clerk Backend API calls
// with their arguments' origins, query filters).
package authz

import (
	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/endpoint/authzrule"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// Rule registers CLK201 and CLK202 with the python engine.
var Rule = python.Rule{IDs: authzrule.IDs, New: New}

type checker struct{ *authzrule.Checker }

// New builds the checker from the enabled rules' params.
func New(rs []*rules.Rule, opts scan.Options) (python.Checker, error) {
	c, err := authzrule.New(rs, opts)
	if err != nil {
		return nil, err
	}
	return checker{c}, nil
}

// CheckEndpoints judges every python endpoint.
func (c checker) CheckEndpoints(_ *python.Model, es []endpoint.Endpoint, report func(rules.Finding)) {
	for i := range es {
		c.Judge(&es[i], report)
	}
}
