package endpoint

import "testing"

func TestAddOAuthCallback(t *testing.T) {
	at := Pos{File: "app/api/auth/callback/github/route.ts", Line: 7}
	exchange := Effect{Kind: Outbound, Target: "fetch", At: at}
	write := Effect{Kind: DBWrite, Target: "db.connection.create", Model: "connection", At: at}
	read := Effect{Kind: DBRead, Target: "db.user.findFirst", Model: "user", At: at}
	tests := []struct {
		name    string
		url     string
		state   State
		code    Pos
		only    bool
		effects []Effect
		known   bool
		public  bool
	}{
		{"code exchanged, nothing else read", "/api/auth/callback/github", Unprotected, at, true, []Effect{exchange}, false, true},
		{"only the code read, a write keyed by the provider's answer", "/api/oauth/google", Unprotected, at, true, []Effect{exchange, write}, true, true},
		{"other request values read, known effects, no write", "/api/auth/callback/linear", Unprotected, at, false, []Effect{exchange, read}, true, true},
		{"other request values read and a write", "/api/integrations/callback/slack", Unprotected, at, false, []Effect{exchange, write}, true, false},
		{"other request values read, effects unknown", "/api/auth/callback/jira", Unprotected, at, false, []Effect{exchange}, false, false},
		{"no exchange", "/api/auth/callback/redeem", Unprotected, at, true, []Effect{write}, true, false},
		{"no code read", "/api/auth/callback/github", Unprotected, Pos{}, true, []Effect{exchange}, true, false},
		{"not a sign-in path", "/api/connect/dropbox", Unprotected, at, true, []Effect{exchange}, true, false},
		{"fail-open: the session is read", "/api/auth/callback/github", ReadsOnly, at, true, []Effect{exchange}, true, false},
	}
	for _, tt := range tests {
		e := Endpoint{Kind: Route, URL: tt.url, Protection: Protection{State: tt.state}, Effects: tt.effects, EffectsKnown: tt.known}
		AddOAuthCallback(&e, tt.code, tt.only)
		if got := Has(e.Public, OAuthCallback); got != tt.public {
			t.Errorf("%s: public = %v, want %v", tt.name, got, tt.public)
		}
		if tt.public && tt.state == Unprotected && NeedsSession(&e).Report {
			t.Errorf("%s: still reported", tt.name)
		}
	}
}
