package endpoint

import (
	"strings"
	"testing"
)

func TestNeedsSession(t *testing.T) {
	at := Pos{File: "app/api/x/route.ts", Line: 3}
	write := Effect{Kind: DBWrite, Target: "prisma.post.create", At: Pos{File: "app/api/x/route.ts", Line: 9}}
	read := Effect{Kind: DBRead, Target: "prisma.product.findMany", At: Pos{File: "app/api/x/route.ts", Line: 5}}
	anon := Effect{Kind: Outbound, Target: "axios.get", Anonymous: true, At: at}
	clerkRead := Effect{Kind: ClerkAPI, Target: "clerkClient.users.getUserList", At: at}
	clerkWrite := Effect{Kind: ClerkAPI, Target: "clerkClient.users.deleteUser", At: at}
	broad := Evidence{Kind: PublicMatcher, What: "'/api(.*)'", At: Pos{File: "middleware.ts", Line: 4}, Broad: true}
	narrow := Evidence{Kind: PublicMatcher, What: "'/api/products'", At: Pos{File: "middleware.ts", Line: 4}}
	tree := Evidence{Kind: PublicMatcher, What: "'/api/books/(.*)'", At: Pos{File: "middleware.ts", Line: 4}, Tree: true}
	unprot := Protection{State: Unprotected}
	tests := []struct {
		name   string
		e      Endpoint
		report bool
		reason string // substring of the reason
	}{
		{"protected", Endpoint{Kind: Route, Protection: Protection{State: Protected}, Effects: []Effect{write}}, false, ""},
		{"fail-open is CLK102's", Endpoint{Kind: Route, Protection: Protection{State: ReadsOnly}, Effects: []Effect{write}}, false, ""},
		{"not followed", Endpoint{Kind: Route, Protection: Protection{State: Unknown}}, false, ""},
		{"writes", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{read, write}, EffectsKnown: true}, true, "writes data (prisma.post.create at app/api/x/route.ts:9)"},
		{"reads only", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{read}, EffectsKnown: true}, true, "reads data"},
		{"effect-free", Endpoint{Kind: Route, Protection: unprot, EffectsKnown: true}, false, ""},
		{"effects unknown", Endpoint{Kind: Route, Protection: unprot}, true, "could not be determined"},
		{"anonymous outbound only", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{anon}, EffectsKnown: true}, false, ""},
		{"anonymous outbound, effects unknown", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{anon}}, true, "could not be determined"},
		{"anonymous outbound then a read", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{anon, read}, EffectsKnown: true}, true, "reads data (prisma.product.findMany"},
		{"narrow public read", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{narrow}, Effects: []Effect{read}, EffectsKnown: true}, false, ""},
		{"narrow public write (contact form)", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{narrow}, Effects: []Effect{write}, EffectsKnown: true}, false, ""},
		{"tree wildcard read", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{tree}, Effects: []Effect{read}, EffectsKnown: true}, false, ""},
		{"tree wildcard write", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{tree}, Effects: []Effect{write}, EffectsKnown: true}, true, "wildcard '/api/books/(.*)' (middleware.ts:4), which opens its URL tree for reading"},
		{"tree wildcard and exact name", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{tree, narrow}, Effects: []Effect{write}}, false, ""},
		{"broad public read", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad}, Effects: []Effect{read}, EffectsKnown: true}, false, ""},
		{"broad public write", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad}, Effects: []Effect{write}}, true, "broad pattern '/api(.*)' (middleware.ts:4), yet it writes data"},
		{"broad public Clerk read", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad}, Effects: []Effect{clerkRead}}, true, "calls the Clerk Backend API (clerkClient.users.getUserList"},
		{"broad public Clerk write", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad}, Effects: []Effect{clerkWrite}}, true, "calls the Clerk Backend API"},
		{"broad and health", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad, {Kind: HealthPath, What: "/healthz"}}, Effects: []Effect{write}}, false, ""},
		{"before global auth", Endpoint{Kind: Route, Protection: Protection{State: Unprotected, Gap: &Evidence{Kind: BeforeGlobalAuth, What: "app.Use(auth)", At: Pos{File: "main.go", Line: 20}}}}, true, "registered before app.Use(auth) (main.go:20)"},
		{"private page", Endpoint{Kind: Page, Protection: unprot, Public: []Evidence{{Kind: PrivateURL, What: "/dashboard/**"}}}, true, "private"},
		{"private page listed public", Endpoint{Kind: Page, Protection: unprot, Public: []Evidence{{Kind: PrivateURL}, narrow}}, false, ""},
		{"ordinary page", Endpoint{Kind: Page, Protection: unprot}, false, ""},
		{"private page under a broad pattern", Endpoint{Kind: Page, Protection: unprot, Public: []Evidence{{Kind: PrivateURL}, {Kind: PublicMatcher, What: "/(.*)", Broad: true}}}, true, "private"},
		{"route with only private-url evidence", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{{Kind: PrivateURL}}, Effects: []Effect{write}}, true, "writes data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := NeedsSession(&tt.e)
			if v.Report != tt.report {
				t.Fatalf("Report = %v, want %v (reason %q)", v.Report, tt.report, v.Reason)
			}
			if !strings.Contains(v.Reason, tt.reason) {
				t.Errorf("Reason = %q, want it to contain %q", v.Reason, tt.reason)
			}
		})
	}
}

func TestWrites(t *testing.T) {
	for target, want := range map[string]bool{
		"clerkClient.users.getUser": false, "user.Get": false, "users.list": false, "ListOrganizations": false,
		"clerkClient.users.updateUserMetadata": true, "user.Delete": true, "organizations.createOrganization": true,
	} {
		if got := (Effect{Kind: ClerkAPI, Target: target}).Writes(); got != want {
			t.Errorf("Writes(%s) = %v, want %v", target, got, want)
		}
	}
}

func TestContains(t *testing.T) {
	e := Endpoint{Registration: Pos{File: "main.go", Line: 10}, Handler: Pos{File: "h.go", Line: 20}, HandlerEnd: 30}
	for _, c := range []struct {
		file string
		line int
		want bool
	}{{"main.go", 10, true}, {"main.go", 11, false}, {"h.go", 20, true}, {"h.go", 30, true}, {"h.go", 31, false}, {"h.go", 19, false}} {
		if got := e.Contains(c.file, c.line); got != c.want {
			t.Errorf("Contains(%s:%d) = %v, want %v", c.file, c.line, got, c.want)
		}
	}
}

func TestSQLKind(t *testing.T) {
	for stmt, want := range map[string]EffectKind{
		"INSERT INTO orders VALUES (?)": DBWrite, "  update users set x = 1": DBWrite, "`DELETE FROM t`": DBWrite,
		"(SELECT 1)": DBRead, "with x as (select 1) select * from x": DBRead, "SHOW TABLES": DBRead,
		"VACUUM": "", "": "",
	} {
		if got, _ := SQLKind(stmt); got != want {
			t.Errorf("SQLKind(%q) = %q, want %q", stmt, got, want)
		}
	}
}

func TestPublicData(t *testing.T) {
	models := []string{"products", "ProductCategory"}
	catalogue := Effect{Kind: DBRead, Target: "prisma.product.findMany", Model: "Product"}
	categories := Effect{Kind: DBRead, Target: "db.select", Model: "product_categories"}
	orders := Effect{Kind: DBRead, Target: "prisma.order.findMany", Model: "orders"}
	write := Effect{Kind: DBWrite, Target: "prisma.product.update", Model: "product"}
	tests := []struct {
		name string
		e    Endpoint
		want string // "" for no evidence
	}{
		{"catalogue reads", Endpoint{Effects: []Effect{catalogue, categories, catalogue}, EffectsKnown: true}, "reads only public-data models: Product, product_categories"},
		{"and a user-data read", Endpoint{Effects: []Effect{catalogue, orders}, EffectsKnown: true}, ""},
		{"and a write", Endpoint{Effects: []Effect{catalogue, write}, EffectsKnown: true}, ""},
		{"effects not all known", Endpoint{Effects: []Effect{catalogue}}, ""},
		{"read of an unknown table", Endpoint{Effects: []Effect{{Kind: DBRead, Target: "db.Query"}}, EffectsKnown: true}, ""},
		{"effect-free", Endpoint{EffectsKnown: true}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, ok := PublicData(&tt.e, models)
			if ok != (tt.want != "") || ev.What != tt.want {
				t.Fatalf("PublicData = %q, %v; want %q", ev.What, ok, tt.want)
			}
			if ok && ev.Kind != PublicDataRead {
				t.Fatalf("kind %s", ev.Kind)
			}
		})
	}
	if _, ok := PublicData(&tests[0].e, nil); ok {
		t.Fatal("no models configured, yet evidence")
	}
}
