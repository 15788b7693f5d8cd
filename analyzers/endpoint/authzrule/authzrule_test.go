package authzrule

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// A user-apis or org-apis pattern path.Match cannot read is a load error at
// its rule, as in the Next.js model, not a pattern that silently matches
// nothing on the other engines.
func TestParamsRejectBadPattern(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ids := []*rules.Rule{set.Get(ruleid.MissingAuthorization), set.Get(ruleid.ClientSuppliedUserID)}
	if _, err := Params(ids, scan.Options{}); err != nil {
		t.Fatalf("built-in params: %v", err)
	}
	over, err := set.WithData("user-rules.yaml", []byte(`rules:
  - id: CLK202
    slug: client-supplied-user-id
    title: Authenticated endpoint acts on a user id taken from the request
    severity: warning
    checklist: security-authz
    cwe: CWE-639
    engines: [js, python]
    rationale: x
    fix: x
    examples: {bad: x, good: y}
    params:
      org-apis: ["organizations.[bad"]
`))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Params([]*rules.Rule{over.Get(ruleid.ClientSuppliedUserID)}, scan.Options{})
	if err == nil || !strings.Contains(err.Error(), "params.org-apis.0") || !strings.Contains(err.Error(), "invalid pattern") {
		t.Fatalf("bad org-apis pattern: err = %v, want a load error naming params.org-apis.0", err)
	}
}
