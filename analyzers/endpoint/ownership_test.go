package endpoint

import (
	"strings"
	"testing"
)

func TestNeedsOwnership(t *testing.T) {
	o, err := OwnershipParams{
		IDFields:         `^(_?id|slug)$|[a-z](Id|_id)$`,
		OwnerFields:      `^(userId|ownerId|orgId)$`,
		PublicData:       []string{"post", "published=true", "status=live"},
		MembershipModels: `member`,
	}.Compile()
	if err != nil {
		t.Fatal(err)
	}
	at := Pos{File: "app/api/x/route.ts", Line: 9}
	byID := Binding{Field: "id", From: FromRequest, Input: PathParam, Name: "id"}
	mine := Binding{Field: "userId", From: FromSession, Name: "userId"}
	del := Effect{Kind: DBWrite, Target: "prisma.order.delete", Model: "order", Where: []Binding{byID}, At: at}
	read := Effect{Kind: DBRead, Target: "prisma.order.findUnique", Model: "order", Where: []Binding{byID}, At: at}
	signedIn := Protection{State: Protected}
	tests := []struct {
		name string
		e    Endpoint
		want string // the reported effect's target, "" for none
	}{
		{"delete by request id", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{del}}, "prisma.order.delete"},
		{"the write wins over the read of the same id", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{read, del}}, "prisma.order.delete"},
		{"not authenticated: CLK101's", Endpoint{Kind: Route, Protection: Protection{State: Unprotected}, Effects: []Effect{del}}, ""},
		{"reads the session without middleware", Endpoint{Kind: Action, Protection: Protection{State: Unprotected}, Sessions: []SessionRead{{What: "auth()"}}, Effects: []Effect{del}}, "prisma.order.delete"},
		{"owner in the filter", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBWrite, Target: "prisma.order.updateMany", Model: "order", Where: []Binding{byID, mine}}}}, ""},
		{"unfollowed value in the filter", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBWrite, Target: "t", Model: "order", Where: []Binding{byID, {Field: "authorId", From: FromUnknown}}}}}, ""},
		{"public records", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "t", Model: "post", Where: []Binding{byID, {Field: "published", From: FromConstant, Name: "true"}}}}}, ""},
		{"a status entry of public-data (CLK101's list)", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "t", Model: "prompt", Where: []Binding{byID, {Field: "status", From: FromConstant, Name: "'Live'"}}}}}, ""},
		{"a model entry is no filter", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "t", Model: "order", Where: []Binding{byID, {Field: "post", From: FromConstant, Name: "true"}}}}}, "t"},
		{"a public filter does not open writes", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBWrite, Target: "t", Model: "post", Where: []Binding{byID, {Field: "published", From: FromConstant, Name: "true"}}}}}, "t"},
		{"owner from the request is CLK202's", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBWrite, Target: "t", Model: "order", Where: []Binding{byID, {Field: "ownerId", From: FromRequest, Input: Body, Name: "ownerId"}}}}}, ""},
		{"not an identifier", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "t", Model: "industry", Where: []Binding{{Field: "industry", From: FromRequest, Input: Body, Name: "industry"}}}}}, ""},
		{"checked after the fetch", Endpoint{Kind: Route, Protection: signedIn, Authz: []Evidence{{Kind: OwnershipCheck, What: "post.authorId compared with userId"}}, Effects: []Effect{del}}, ""},
		{"the id compared with the session's", Endpoint{Kind: Route, Protection: signedIn, Authz: []Evidence{{Kind: IdentityCheck, What: "id compared with userId", Verifies: "id"}}, Effects: []Effect{del}}, ""},
		{"another value compared with the session's", Endpoint{Kind: Route, Protection: signedIn, Authz: []Evidence{{Kind: IdentityCheck, What: "authorId compared with userId", Verifies: "authorId"}}, Effects: []Effect{del}}, "prisma.order.delete"},
		{"admin role", Endpoint{Kind: Route, Protection: signedIn, Authz: []Evidence{{Kind: RoleCheck}}, Effects: []Effect{del}}, ""},
		{"membership lookup", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "prisma.projectMember.findFirst", Model: "projectMember", Where: []Binding{{Field: "projectId", From: FromRequest, Name: "id"}, mine}}, del}}, ""},
		{"an earlier lookup with the owner verifies the id", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "prisma.order.findFirst", Model: "order", Where: []Binding{byID, mine}}, del}}, ""},
		{"the privileged branch of a role test", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{del, {Kind: DBWrite, Target: "prisma.order.delete", Model: "order", Where: []Binding{byID, mine}}}}, ""},
		{"a later write with the owner verifies nothing of another model", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{del, {Kind: DBWrite, Target: "sql", Model: "guestbook", Where: []Binding{byID, mine}}}}, "prisma.order.delete"},
		{"row-level security", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBWrite, Target: "supabase.from().delete", Model: "notes", RLS: "policy p", Where: []Binding{byID}}}}, ""},
		{"a table chosen at run time", Endpoint{Kind: Route, Protection: signedIn, Effects: []Effect{{Kind: DBRead, Target: "db.select", Model: "", Where: []Binding{byID}}}}, ""},
		{"pages are not judged", Endpoint{Kind: Page, Protection: signedIn, Effects: []Effect{del}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := o.NeedsOwnership(&tt.e)
			switch {
			case tt.want == "" && len(got) > 0:
				t.Fatalf("reported %s", got[0].Effect.Target)
			case tt.want != "" && len(got) != 1:
				t.Fatalf("want one issue on %s, got %d", tt.want, len(got))
			case tt.want != "" && got[0].Effect.Target != tt.want:
				t.Fatalf("reported %s, want %s", got[0].Effect.Target, tt.want)
			}
		})
	}
}

func TestSharedModelsAreNotJudged(t *testing.T) {
	o, _ := OwnershipParams{OwnerFields: `^userId$`}.Compile()
	o.Declared = map[string]bool{"category": true, "order": true}
	o.Owned = map[string]bool{}
	cat := Endpoint{Kind: Route, Protection: Protection{State: Protected}, Effects: []Effect{{Kind: DBWrite, Target: "prisma.category.update", Model: "Category",
		Where: []Binding{{Field: "id", From: FromRequest, Name: "id"}}}}}
	if got := o.NeedsOwnership(&cat); len(got) != 0 {
		t.Fatalf("a declared model without an owner field was judged: %v", got)
	}
	// A query elsewhere filtering orders by their owner makes orders owned.
	o.OwnedByUse([]Endpoint{{Effects: []Effect{{Model: "orders", Where: []Binding{{Field: "userId", From: FromSession}}}}}})
	ord := Endpoint{Kind: Route, Protection: Protection{State: Protected}, Effects: []Effect{{Kind: DBWrite, Target: "prisma.order.delete", Model: "order",
		Where: []Binding{{Field: "id", From: FromRequest, Input: PathParam, Name: "id"}}}}}
	got := o.NeedsOwnership(&ord)
	if len(got) != 1 {
		t.Fatalf("orders are owned (filtered by userId elsewhere): want one issue, got %d", len(got))
	}
	if a := got[0].Attack(); !strings.Contains(a, "any signed-in user can change or delete any order by changing `id`") {
		t.Fatalf("attack: %s", a)
	}
}

func TestOwnershipParamsNameTheBadParam(t *testing.T) {
	_, err := OwnershipParams{OwnerFields: "("}.Compile()
	if err == nil || !strings.Contains(err.Error(), "owner-fields") {
		t.Fatalf("want an error naming owner-fields, got %v", err)
	}
}

// TestPublicFilterOneMatcher: CLK101's public reads and CLK203's public
// filters are one test over one list (they used to be a case-folded list
// and a regexp that disagreed on status=live and access=public).
func TestPublicFilterOneMatcher(t *testing.T) {
	entries := []string{"product", "is_public=true", "status=live", "access=public"}
	o, err := OwnershipParams{IDFields: `^id$`, PublicData: entries}.Compile()
	if err != nil {
		t.Fatal(err)
	}
	byID := Binding{Field: "id", From: FromRequest, Input: PathParam, Name: "id"}
	for _, tc := range []struct {
		b    Binding
		want bool
	}{
		{Binding{Field: "isPublic", From: FromConstant, Name: "TRUE"}, true},
		{Binding{Field: "status", From: FromConstant, Name: `"Live"`}, true},
		{Binding{Field: "access", From: FromConstant, Name: "'public'"}, true},
		{Binding{Field: "status", From: FromConstant, Name: "'draft'"}, false},
		{Binding{Field: "status", From: FromRequest, Name: "live"}, false},
		{Binding{Field: "product", From: FromConstant, Name: "true"}, false},
	} {
		if got := PublicFilter(tc.b, entries); got != tc.want {
			t.Errorf("PublicFilter(%+v) = %v, want %v", tc.b, got, tc.want)
		}
		read := Effect{Kind: DBRead, Target: "t", Model: "doc", Where: []Binding{byID, tc.b}, Filter: []string{"id", tc.b.Field}, At: Pos{File: "a.ts", Line: 1}}
		e := Endpoint{Kind: Route, Protection: Protection{State: Protected}, Effects: []Effect{read}, EffectsKnown: true}
		if clk203 := len(o.NeedsOwnership(&e)) == 0; clk203 != tc.want {
			t.Errorf("CLK203 quiet for %+v = %v, want %v", tc.b, clk203, tc.want)
		}
		u := Endpoint{Kind: Route, Protection: Protection{State: Unprotected}, Effects: []Effect{read}, EffectsKnown: true}
		AddPublicReads(&u, entries, false)
		if clk101 := Has(u.Public, PublicDataRead); clk101 != tc.want {
			t.Errorf("CLK101 public read for %+v = %v, want %v", tc.b, clk101, tc.want)
		}
	}
}

func TestSetSchema(t *testing.T) {
	o, err := OwnershipParams{OwnerFields: `^(userId|user_id)$`}.Compile()
	if err != nil {
		t.Fatal(err)
	}
	o.SetSchema(map[string][]string{"Orders": {"id", "user_id"}, "categories": {"id", "name"}})
	if !o.Declared["order"] || !o.Owned["order"] || !o.Declared["category"] || o.Owned["category"] {
		t.Fatalf("declared %v, owned %v", o.Declared, o.Owned)
	}
	if !o.shared("Category") || o.shared("order") || o.shared("invoice") {
		t.Fatal("shared: want only the declared model without an owner")
	}
}
