package authzrule

import (
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// A query in a helper is reported on the endpoint that passes it the id,
// with the query as related; a chain's links are one finding; reads warn
// and writes are errors.
func TestOwnershipFindings(t *testing.T) {
	e := &endpoint.Endpoint{Name: "delete_note", Registration: endpoint.Pos{File: "app/main.py", Line: 10}, Handler: endpoint.Pos{File: "app/main.py", Line: 11}}
	by := endpoint.Binding{Field: "id", From: endpoint.FromRequest, Input: endpoint.PathParam, Name: "note_id"}
	helper := &endpoint.Effect{Kind: endpoint.DBRead, Target: "db.get", Model: "Note", At: endpoint.Pos{File: "app/crud.py", Line: 4}}
	write := &endpoint.Effect{Kind: endpoint.DBWrite, Target: "db.delete", Model: "Note", At: endpoint.Pos{File: "app/main.py", Line: 12}}
	got := OwnershipFindings(e, []endpoint.OwnershipIssue{{Effect: helper, By: by}, {Effect: write, By: by}, {Effect: write, By: by}},
		func(is endpoint.OwnershipIssue) string { return is.Effect.Target })
	if len(got) != 2 {
		t.Fatalf("got %d findings, want 2: %+v", len(got), got)
	}
	if f := got[0]; f.Position.File != "app/main.py" || f.Position.Line != 10 || f.Severity != rules.Warning || len(f.Related) != 1 || f.Related[0].Position.File != "app/crud.py" {
		t.Errorf("helper query: got %+v, want a warning at the registration with the query related", f)
	}
	if f := got[1]; f.Position.Line != 12 || f.Severity != rules.Error || f.RuleID != ruleid.MissingOwnershipCheck || f.Message != "db.delete" {
		t.Errorf("write: got %+v, want an error on the query's line", f)
	}
}

// The params are CLK203's only: another rule is a wiring mistake.
func TestOwnershipParamsWantsCLK203(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OwnershipParams([]*rules.Rule{set.Get(ruleid.MissingAuthorization)}); err == nil {
		t.Error("CLK201 accepted as CLK203's params")
	}
	o, err := OwnershipParams([]*rules.Rule{set.Get(ruleid.MissingOwnershipCheck)})
	if err != nil || o.ID == nil || !o.ID.MatchString("note_id") {
		t.Errorf("CLK203's params: got %+v, %v", o, err)
	}
}
