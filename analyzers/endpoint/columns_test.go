package endpoint

import "testing"

func TestMarkPublicColumns(t *testing.T) {
	fields := []string{"id", "username", "avatar_url", "display_name", "_count", "*_count"}
	for _, c := range []struct {
		cols []string
		kind EffectKind
		want bool
	}{
		{[]string{"id", "username", "avatarUrl"}, DBRead, true},
		{[]string{"follower.displayName", "follower.id", "_count"}, DBRead, true},
		{[]string{"followersCount", "posts_count"}, DBRead, true},
		{[]string{"username", "email"}, DBRead, false},
		{[]string{"username", "clerkId"}, DBRead, false},
		{[]string{"account"}, DBRead, false}, // *_count is no suffix match of account
		{nil, DBRead, false},                 // whole rows
		{[]string{"username"}, DBWrite, false},
	} {
		e := Endpoint{Effects: []Effect{{Kind: c.kind, Model: "user", Columns: c.cols}}}
		MarkPublicColumns(&e, fields)
		if got := e.Effects[0].PublicColumns; got != c.want {
			t.Errorf("%v %v: PublicColumns = %v, want %v", c.kind, c.cols, got, c.want)
		}
	}
}

func TestPublicColumnsMakeReadsPublic(t *testing.T) {
	e := Endpoint{Kind: Action, EffectsKnown: true, Protection: Protection{State: Unprotected},
		Effects: []Effect{{Kind: DBRead, Target: "db.user.findUnique", Model: "user", Columns: []string{"username", "bio"}}}}
	MarkPublicColumns(&e, []string{"username", "bio"})
	AddPublicReads(&e, nil, false)
	if !Has(e.Public, PublicDataRead) {
		t.Fatalf("a read of public profile fields only: no public-data evidence in %+v", e.Public)
	}
	e.Effects = append(e.Effects, Effect{Kind: DBRead, Target: "db.user.findMany", Model: "user"})
	e.Public = nil
	MarkPublicColumns(&e, []string{"username", "bio"})
	AddPublicReads(&e, nil, false)
	if Has(e.Public, PublicDataRead) {
		t.Fatalf("a second read of whole user rows still made it public: %+v", e.Public)
	}
}
