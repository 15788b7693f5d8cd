package review

import (
	"github.com/clerklint/clerklint/analyzers/js/plans"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// planRule is the rule whose findings and feature table make the plan check.
const planRule = ruleid.PaidPlanFeature

// PlanCheck is the pricing section of the review: every paid feature of
// CLK801's table, whether the code relies on it, and where.
type PlanCheck struct {
	// Ran is false when CLK801 is disabled: nothing below was looked for.
	Ran      bool          `json:"ran"`
	AsOf     string        `json:"asOf,omitempty"`
	Source   string        `json:"source,omitempty"`
	Features []PlanFeature `json:"features"`
}

// PlanFeature is one paid feature.
type PlanFeature struct {
	Name string `json:"name"`
	Plan string `json:"plan"`
	// Used is true when a CLK801 finding names the feature.
	Used bool `json:"used"`
	// Where lists the uses (file:line).
	Where []string `json:"where"`
	// Detected is false for features no code can show (Dashboard settings).
	Detected  bool   `json:"detected"`
	Dashboard string `json:"dashboard,omitempty"`
}

// buildPlan matches CLK801's findings to the table's features by the
// feature id their construct carries.
func buildPlan(t *plans.Table, findings []Finding, ran bool) PlanCheck {
	pc := PlanCheck{Ran: ran && t != nil, Features: []PlanFeature{}}
	if t == nil {
		return pc
	}
	pc.AsOf, pc.Source = t.AsOf, t.Source
	for _, f := range t.Features {
		pf := PlanFeature{Name: f.Name, Plan: f.Plan, Where: []string{}, Dashboard: f.Dashboard, Detected: f.Detectable()}
		for _, fd := range findings {
			if fd.Rule == planRule && plans.FeatureOf(fd.construct) == f.ID {
				pf.Used = true
				pf.Where = append(pf.Where, fd.Where())
			}
		}
		pc.Features = append(pc.Features, pf)
	}
	return pc
}
