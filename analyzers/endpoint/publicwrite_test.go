package endpoint

import (
	"slices"
	"testing"
)

func TestAddPublicWrites(t *testing.T) {
	intake := []string{"contact", "newsletter", "subscribe", "waitlist", "feedback", "inquiry", "enquiry", "support", "public"}
	at := Pos{File: "app/api/x/route.ts", Line: 4}
	create := Effect{Kind: DBWrite, Target: "prisma.subscriber.create", Model: "subscriber", Creates: true, At: at}
	dupCheck := Effect{Kind: DBRead, Target: "prisma.subscriber.findUnique", Model: "subscriber", Where: []Binding{{Field: "email", From: FromRequest, Input: Body, Name: "email"}}, At: at}
	otherRead := Effect{Kind: DBRead, Target: "prisma.order.findMany", Model: "order", At: at}
	update := Effect{Kind: DBWrite, Target: "prisma.subscriber.update", Model: "subscriber", At: at}
	mailTeam := Effect{Kind: Outbound, Target: "resend.emails.send", Notify: true, At: at}
	mailAnyone := Effect{Kind: Outbound, Target: "resend.emails.send", At: at}
	llm := Effect{Kind: Outbound, Target: "openai.chat.completions.create", At: at}
	clerk := Effect{Kind: ClerkAPI, Target: "clerkClient.users.createUser", At: at}
	byToken := func(kind EffectKind, name string) Effect {
		return Effect{Kind: kind, Target: "db.invite.x", Model: "invite", Where: []Binding{{Field: "token", From: FromRequest, Input: PathParam, Name: name}}, At: at}
	}
	byRecord := Effect{Kind: DBWrite, Target: "db.member.update", Model: "member", Where: []Binding{{Field: "id", From: FromUnknown, Name: "invite.memberId", Record: "params.token"}}, At: at}
	byBody := Effect{Kind: DBWrite, Target: "db.member.update", Model: "member", Where: []Binding{{Field: "id", From: FromRequest, Input: Body, Name: "body.id"}}, At: at}

	tests := []struct {
		name    string
		url     string
		effects []Effect
		known   bool
		public  bool
	}{
		{"newsletter signup", "/v1/newsletter/subscribe", []Effect{create}, true, true},
		{"signup with a duplicate check", "/api/newsletter", []Effect{dupCheck, create}, true, true},
		{"contact form mailing the team", "/api/contact", []Effect{mailTeam}, true, true},
		{"support ticket, words of a segment", "/api/tickets/add-ticket-public", []Effect{create}, true, true},
		{"camel-case segment", "/api/joinWaitlist", []Effect{create, mailTeam}, true, true},
		{"mail to the app's inbox at any URL", "/api/receive-email", []Effect{mailTeam}, true, true},
		{"mail to the visitor's address at any URL", "/api/send-email", []Effect{mailAnyone}, true, false},
		{"mail to the app's inbox after a read", "/api/receive-email", []Effect{otherRead, mailTeam}, true, false},
		{"contact form mailing an address the visitor names", "/api/contact", []Effect{mailAnyone}, true, false},
		{"intake URL updating a row", "/api/newsletter/subscribe", []Effect{create, update}, true, false},
		{"intake URL reading private rows", "/api/contact", []Effect{create, otherRead}, true, false},
		{"intake URL calling Clerk", "/api/waitlist", []Effect{clerk}, true, false},
		{"intake URL paying an LLM", "/api/feedback", []Effect{create, llm}, true, false},
		{"intake URL, effects unknown", "/api/contact", []Effect{create}, false, false},
		{"intake URL naming a user", "/api/users/[userId]/contact", []Effect{create}, true, false},
		{"plural contacts are a CRM's", "/api/contacts", []Effect{create}, true, false},
		{"intake word before the last two static segments", "/api/public/posts/new", []Effect{create}, true, false},
		{"no intake word", "/api/posts", []Effect{create}, true, false},
		{"unsubscribe link", "/unsubscribe/{token}", []Effect{byToken(DBWrite, "token")}, true, true},
		{"invite accepted by its code and record", "/api/invite/[code]/accept", []Effect{byToken(DBRead, "params.code"), {Kind: DBWrite, Target: "db.invite.update", Where: []Binding{{Field: "id", From: FromUnknown, Name: "invite.id", Record: "params.code"}}, At: at}}, true, true},
		{"verification confirmed, express param", "/v1/verifications/:token/confirm", []Effect{byToken(DBRead, "req.params.token"), byRecord}, true, true},
		{"one chain's links share its filter", "/invitations/[code]", []Effect{byToken(DBWrite, "code"), {Kind: DBWrite, Target: "db.invite.x", At: at}}, true, true},
		{"another query without the filter", "/invitations/[code]", []Effect{byToken(DBWrite, "code"), {Kind: DBWrite, Target: "db.invite.x", At: Pos{File: at.File, Line: 9}}}, true, false},
		{"a row selected by the body too", "/api/invite/[token]/accept", []Effect{byToken(DBRead, "token"), byBody}, true, false},
		{"an id is no capability", "/api/invite/[inviteId]/accept", []Effect{byToken(DBWrite, "inviteId")}, true, false},
		{"a code naming data", "/api/countries/{countryCode}", []Effect{byToken(DBWrite, "countryCode")}, true, false},
		{"a bare code of no link", "/api/languages/:code", []Effect{byToken(DBWrite, "code")}, true, false},
		{"a capability link creating a row", "/api/invite/[token]/accept", []Effect{byToken(DBRead, "token"), {Kind: DBWrite, Target: "db.member.create", Creates: true, At: at}}, true, false},
		{"a capability link calling Clerk", "/api/invite/[token]/accept", []Effect{byToken(DBRead, "token"), clerk}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Endpoint{Kind: Route, Methods: []string{"POST"}, URL: tt.url, Protection: Protection{State: Unprotected}, Effects: tt.effects, EffectsKnown: tt.known}
			AddPublicWrites(&e, intake)
			if got := Has(e.Public, PublicWrite); got != tt.public {
				t.Fatalf("public write = %v, want %v (%+v)", got, tt.public, e.Public)
			}
			if v := NeedsSession(&e); v.Report == tt.public {
				t.Errorf("NeedsSession reports %v with public write %v", v.Report, tt.public)
			}
		})
	}
}

func TestAddPublicWritesOnlyUnprotectedRoutes(t *testing.T) {
	effects := []Effect{{Kind: DBWrite, Target: "db.lead.create", Creates: true}}
	for _, e := range []Endpoint{
		{Kind: Action, URL: "", Protection: Protection{State: Unprotected}, Effects: effects, EffectsKnown: true},
		{Kind: Route, URL: "/api/contact", Protection: Protection{State: Protected}, Effects: effects, EffectsKnown: true},
		{Kind: Page, URL: "/contact", Protection: Protection{State: Unprotected}, Effects: effects, EffectsKnown: true},
	} {
		AddPublicWrites(&e, []string{"contact"})
		if len(e.Public) > 0 {
			t.Errorf("%s %s (%s): %+v", e.Kind, e.URL, e.Protection.State, e.Public)
		}
	}
}

func TestInsertOnly(t *testing.T) {
	for stmt, want := range map[string]bool{
		"INSERT INTO leads (email) VALUES ($1)":                                      true,
		"insert into leads(email) values (?) returning id":                           true,
		"INSERT INTO subs (email) VALUES ($1) ON CONFLICT (email) DO NOTHING":        true,
		"INSERT INTO subs (email) VALUES ($1) ON CONFLICT (email) DO UPDATE SET n=1": false,
		"INSERT INTO subs (email) VALUES (?) ON DUPLICATE KEY UPDATE n = n + 1":      false,
		"INSERT OR REPLACE INTO subs (email) VALUES (?)":                             false,
		"UPDATE subs SET confirmed = true":                                           false,
		"SELECT 1":                                                                   false,
	} {
		if got := InsertOnly(stmt); got != want {
			t.Errorf("InsertOnly(%q) = %v, want %v", stmt, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"add-ticket-public": {"add", "ticket", "public"},
		"joinWaitlist":      {"join", "waitlist"},
		"mail_from_v2Form":  {"mail", "from", "v2", "form"},
		"route.ts":          {"route", "ts"},
	} {
		if got := words(in); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
}
