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
	anyOrigin := Evidence{Kind: AnyOrigin, What: "Access-Control-Allow-Origin: *", At: Pos{File: "app/api/x/route.ts", Line: 2}}
	create := Effect{Kind: DBWrite, Target: "prisma.order.create", Model: "order", Creates: true, At: at}
	productRead := Effect{Kind: DBRead, Target: "prisma.product.findMany", Model: "product", At: at}
	env := Effect{Kind: EnvValue, Target: "process.env.OPENAI_API_KEY", Model: "OPENAI_API_KEY", At: at}
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
		{"reads a named model", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{{Kind: DBRead, Target: "prisma.prompts.findMany", Model: "prompts", At: at}}, EffectsKnown: true}, true, "(if prompts rows are public by design, list prompts in CLK101's public-data param)"},
		{"reads users: no public-data hint", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{{Kind: DBRead, Target: "prisma.user.findMany", Model: "users", At: at}}, EffectsKnown: true}, true, "reads data (prisma.user.findMany at app/api/x/route.ts:3)"},
		{"reads a named model and calls out", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{{Kind: DBRead, Target: "prisma.prompts.findMany", Model: "prompts", At: at}, {Kind: Outbound, Target: "openai.x", At: at}}, EffectsKnown: true}, true, "reads data (prisma.prompts.findMany at app/api/x/route.ts:3)"},
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
		{"Clerk read of the session's own user", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{{Kind: ClerkAPI, Target: "clerkClient.users.getUser", Where: []Binding{{Field: "userId", From: FromSession, Name: "userId"}}, At: at}}, EffectsKnown: true}, false, ""},
		{"Clerk read of a requested user", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{{Kind: ClerkAPI, Target: "clerkClient.users.getUser", Where: []Binding{{Field: "userId", From: FromRequest, Input: PathParam, Name: "id"}}, At: at}}, EffectsKnown: true}, true, "calls the Clerk Backend API"},
		{"Clerk call on the session's user with a requested field", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{{Kind: ClerkAPI, Target: "clerkClient.organizations.createOrganizationMembership", Where: []Binding{{Field: "userId", From: FromSession}, {Field: "organizationId", From: FromRequest}}, At: at}}, EffectsKnown: true}, true, "calls the Clerk Backend API"},
		{"Clerk list with no arguments", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{clerkRead}, EffectsKnown: true}, true, "calls the Clerk Backend API"},
		{"broad public Clerk read", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad}, Effects: []Effect{clerkRead}}, true, "calls the Clerk Backend API (clerkClient.users.getUserList"},
		{"broad public Clerk read of the session's own user", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad}, Effects: []Effect{{Kind: ClerkAPI, Target: "clerkClient.users.getUser", Where: []Binding{{Field: "userId", From: FromSession}}}}}, false, ""},
		{"broad public Clerk write", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad}, Effects: []Effect{clerkWrite}}, true, "calls the Clerk Backend API"},
		{"broad and health", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad, {Kind: HealthPath, What: "/healthz"}}, Effects: []Effect{write}}, false, ""},
		{"before global auth", Endpoint{Kind: Route, Protection: Protection{State: Unprotected, Gap: &Evidence{Kind: BeforeGlobalAuth, What: "app.Use(auth)", At: Pos{File: "main.go", Line: 20}}}}, true, "registered before app.Use(auth) (main.go:20)"},
		{"private page", Endpoint{Kind: Page, Protection: unprot, Public: []Evidence{{Kind: PrivateURL, What: "/dashboard/**"}}}, true, "private"},
		{"private page listed public", Endpoint{Kind: Page, Protection: unprot, Public: []Evidence{{Kind: PrivateURL}, narrow}}, false, ""},
		{"ordinary page", Endpoint{Kind: Page, Protection: unprot}, false, ""},
		{"private page under a broad pattern", Endpoint{Kind: Page, Protection: unprot, Public: []Evidence{{Kind: PrivateURL}, {Kind: PublicMatcher, What: "/(.*)", Broad: true}}}, true, "private"},
		{"page data carries a server secret", Endpoint{Kind: Page, Protection: unprot, Effects: []Effect{env}}, true, "returns the server-only environment value OPENAI_API_KEY"},
		{"page named public carries a server secret", Endpoint{Kind: Page, Protection: unprot, Public: []Evidence{narrow}, Effects: []Effect{env}}, false, ""},
		{"returns a server secret", Endpoint{Kind: Route, Protection: unprot, Effects: []Effect{env}, EffectsKnown: true}, true, "returns the server-only environment value OPENAI_API_KEY (process.env.OPENAI_API_KEY at app/api/x/route.ts:3)"},
		{"broad public, returns a server secret", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad}, Effects: []Effect{env}, EffectsKnown: true}, true, "broad pattern '/api(.*)' (middleware.ts:4), yet it returns the server-only environment value"},
		{"catalogue URL reasoning does not cover a server secret", Endpoint{Kind: Route, Protection: unprot, URL: "/api/config", Methods: []string{"GET"}, Effects: []Effect{env}, EffectsKnown: true}, true, "OPENAI_API_KEY"},
		{"any origin, creates and calls out", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{anyOrigin}, Effects: []Effect{productRead, create, {Kind: Outbound, Target: "stripe.checkout.sessions.create", At: at}}, EffectsKnown: true}, false, ""},
		{"any origin under a broad pattern, creates", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad, anyOrigin}, Effects: []Effect{create}, EffectsKnown: true}, false, ""},
		{"any origin, effects unknown", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{anyOrigin}, Effects: []Effect{create}}, true, "writes data"},
		{"any origin, updates", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{anyOrigin}, Effects: []Effect{create, {Kind: DBWrite, Target: "prisma.order.update", Model: "order", At: at}}, EffectsKnown: true}, true, "it answers any origin (Access-Control-Allow-Origin: * at app/api/x/route.ts:2), which opens creates, outbound calls and reads of public rows to callers without a session, not this: it writes data (prisma.order.update"},
		{"any origin, reads orders", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{anyOrigin}, Effects: []Effect{{Kind: DBRead, Target: "prisma.order.findMany", Model: "order", At: at}}, EffectsKnown: true}, true, "not this: it reads data (prisma.order.findMany"},
		{"any origin, Clerk read", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{anyOrigin}, Effects: []Effect{clerkRead}, EffectsKnown: true}, true, "not this: it calls the Clerk Backend API"},
		{"any origin, server secret", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{anyOrigin}, Effects: []Effect{env}, EffectsKnown: true}, true, "not this: it returns the server-only environment value"},
		{"any origin under a broad pattern, updates", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{broad, anyOrigin}, Effects: []Effect{{Kind: DBWrite, Target: "prisma.order.update", Model: "order", At: at}}, EffectsKnown: true}, true, "broad pattern"},
		{"route with only private-url evidence", Endpoint{Kind: Route, Protection: unprot, Public: []Evidence{{Kind: PrivateURL}}, Effects: []Effect{write}}, true, "writes data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			AddPublicReads(&tt.e, nil, true)
			v := NeedsSession(&tt.e)
			if v.Report != tt.report {
				t.Fatalf("Report = %v, want %v (reason %q)", v.Report, tt.report, v.Reason)
			}
			if !strings.Contains(v.Reason, tt.reason) {
				t.Errorf("Reason = %q, want it to contain %q", v.Reason, tt.reason)
			}
			if strings.Contains(tt.name, "no public-data hint") && strings.Contains(v.Reason, "public-data") {
				t.Errorf("Reason = %q offers to list a private model as public data", v.Reason)
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

func TestAddPublicReads(t *testing.T) {
	models := []string{"products", "ProductCategory", "status=live", "is_public=true"}
	catalogue := Effect{Kind: DBRead, Target: "prisma.product.findMany", Model: "Product"}
	categories := Effect{Kind: DBRead, Target: "db.select", Model: "product_categories"}
	orders := Effect{Kind: DBRead, Target: "prisma.order.findMany", Model: "orders"}
	write := Effect{Kind: DBWrite, Target: "prisma.product.update", Model: "product"}
	streams := Effect{Kind: DBRead, Target: "db.select", Model: "streams"}
	anon := Effect{Kind: Outbound, Target: "fetch", Anonymous: true}
	live := Effect{Kind: DBRead, Target: "prisma.prompts.findMany", Model: "prompts", Where: []Binding{{Field: "status", From: FromConstant, Name: `"Live"`}}}
	listed := Effect{Kind: DBRead, Target: "db.select", Model: "rooms", Where: []Binding{{Field: "id", From: FromRequest, Name: "id"}, {Field: "isPublic", From: FromConstant, Name: "true"}}}
	drafts := Effect{Kind: DBRead, Target: "prisma.prompts.findMany", Model: "prompts", Where: []Binding{{Field: "status", From: FromConstant, Name: "'Draft'"}}}
	chosen := Effect{Kind: DBRead, Target: "prisma.prompts.findMany", Model: "prompts", Where: []Binding{{Field: "status", From: FromRequest, Input: Argument, Name: "status"}}}
	const catalogURL = "a catalog URL naming no user or private resource"
	tests := []struct {
		name string
		e    Endpoint
		want []string // the evidence added, in order
	}{
		{"catalogue reads", Endpoint{Kind: Action, Effects: []Effect{catalogue, categories, catalogue}, EffectsKnown: true}, []string{"reads only public data: Product, product_categories"}},
		{"public-status filters", Endpoint{Kind: Action, Effects: []Effect{live, catalogue, listed}, EffectsKnown: true}, []string{"reads only public data: prisma.prompts.findMany where status = \"Live\", Product, db.select where isPublic = true"}},
		{"a lookup table", Endpoint{Kind: Action, Effects: []Effect{{Kind: DBRead, Target: "db.query.subCategories.findMany", Model: "subCategories", Unowned: true}}, EffectsKnown: true}, []string{"reads only public data: all of subCategories (declared without an owner)"}},
		{"one row of a lookup table, by the caller's id", Endpoint{Kind: Action, Effects: []Effect{{Kind: DBRead, Target: "db.query.lessons.findFirst", Model: "lessons", Unowned: true, Filter: []string{"id"}, Where: []Binding{{Field: "id", From: FromRequest, Name: "id"}}}}, EffectsKnown: true}, nil},
		{"a filter not followed", Endpoint{Kind: Action, Effects: []Effect{{Kind: DBRead, Target: "db.query.lessons.findFirst", Model: "lessons", Unowned: true, Filter: []string{"id"}}}, EffectsKnown: true}, nil},
		{"an unowned table named private", Endpoint{Kind: Action, Effects: []Effect{{Kind: DBRead, Target: "db.select", Model: "invoices", Unowned: true}}, EffectsKnown: true}, nil},
		{"another status", Endpoint{Kind: Action, Effects: []Effect{live, drafts}, EffectsKnown: true}, nil},
		{"a status the caller chooses", Endpoint{Kind: Action, Effects: []Effect{chosen}, EffectsKnown: true}, nil},
		{"and a user-data read", Endpoint{Kind: Action, Effects: []Effect{catalogue, orders}, EffectsKnown: true}, nil},
		{"and a write", Endpoint{Kind: Action, Effects: []Effect{catalogue, write}, EffectsKnown: true}, nil},
		{"effects not all known", Endpoint{Kind: Action, Effects: []Effect{catalogue}}, nil},
		{"read of an unknown table", Endpoint{Kind: Action, Effects: []Effect{{Kind: DBRead, Target: "db.Query"}}, EffectsKnown: true}, nil},
		{"effect-free", Endpoint{Kind: Action, EffectsKnown: true}, nil},
		{"catalog URL", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Unprotected}, Effects: []Effect{streams, anon}, EffectsKnown: true}, []string{catalogURL}},
		{"catalog URL, GET of unknown effects", Endpoint{Kind: Route, Methods: []string{"GET"}, URL: "/api/streams", Protection: Protection{State: Unprotected}, Effects: []Effect{streams}}, []string{catalogURL}},
		{"catalog URL, POST of unknown effects", Endpoint{Kind: Route, Methods: []string{"POST"}, URL: "/api/streams", Protection: Protection{State: Unprotected}, Effects: []Effect{streams}}, nil},
		{"catalog URL, any method, unknown effects", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Unprotected}}, nil},
		{"catalog URL, effect-free", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Unprotected}, EffectsKnown: true}, []string{catalogURL}},
		{"catalog URL, reads users", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Unprotected}, Effects: []Effect{streams, {Kind: DBRead, Target: "prisma.user.findMany", Model: "User"}}, EffectsKnown: true}, nil},
		{"catalog URL, reads an unnamed table", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Unprotected}, Effects: []Effect{{Kind: DBRead, Target: "db.prepare"}}, EffectsKnown: true}, []string{catalogURL}},
		{"catalog URL, paid API", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Unprotected}, Effects: []Effect{streams, {Kind: Outbound, Target: "openai.chat.completions.create"}}, EffectsKnown: true}, nil},
		{"catalog URL, writes", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Unprotected}, Effects: []Effect{streams, write}, EffectsKnown: true}, nil},
		{"catalog URL, public-data reads", Endpoint{Kind: Route, URL: "/api/shop", Protection: Protection{State: Unprotected}, Effects: []Effect{catalogue}, EffectsKnown: true}, []string{"reads only public data: Product", catalogURL}},
		{"fail-open catalog URL (reads the session)", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: ReadsOnly}, Effects: []Effect{streams}, EffectsKnown: true}, nil},
		{"catalog URL, rows selected by the session", Endpoint{Kind: Route, URL: "/api/todos", Protection: Protection{State: Unprotected}, Effects: []Effect{{Kind: DBRead, Target: "db.todo.findMany", Model: "todo", Where: []Binding{{Field: "userId", From: FromSession, Name: "userId"}}}}, EffectsKnown: true}, nil},
		{"catalog URL, rows of the user the request names", Endpoint{Kind: Route, URL: "/api/pools", Protection: Protection{State: Unprotected}, Effects: []Effect{{Kind: DBRead, Target: "Member.findOne", Model: "Member", Where: []Binding{{Field: "clerkId", From: FromRequest, Name: "query.clerkId"}}}}, EffectsKnown: true}, nil},
		{"catalog URL, rows by a request id", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Unprotected}, Effects: []Effect{{Kind: DBRead, Target: "db.stream.findUnique", Model: "stream", Where: []Binding{{Field: "id", From: FromRequest, Name: "query.id"}}}}, EffectsKnown: true}, []string{catalogURL}},
		{"protected catalog URL", Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Protected}, Effects: []Effect{streams}, EffectsKnown: true}, nil},
		{"user id parameter (Next.js)", Endpoint{Kind: Route, URL: "/api/users/[userId]/posts", Protection: Protection{State: Unprotected}, Effects: []Effect{streams}, EffectsKnown: true}, nil},
		{"user id parameter (Express)", Endpoint{Kind: Route, URL: "/posts/:ownerId", Protection: Protection{State: Unprotected}, Effects: []Effect{streams}, EffectsKnown: true}, nil},
		{"user id parameter (Go)", Endpoint{Kind: Route, URL: "/accounts/{id}", Protection: Protection{State: Unprotected}, Effects: []Effect{streams}, EffectsKnown: true}, nil},
		{"private resource", Endpoint{Kind: Route, URL: "/api/orders", Protection: Protection{State: Unprotected}, Effects: []Effect{streams}, EffectsKnown: true}, nil},
		{"the signed-in user", Endpoint{Kind: Route, URL: "/api/me", Protection: Protection{State: Unprotected}, Effects: []Effect{streams}, EffectsKnown: true}, nil},
		{"dynamic URL", Endpoint{Kind: Route, Protection: Protection{State: Unprotected}, Effects: []Effect{streams}, EffectsKnown: true}, nil},
		{"page", Endpoint{Kind: Page, URL: "/streams", Protection: Protection{State: Unprotected}, Effects: []Effect{streams}, EffectsKnown: true}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			AddPublicReads(&tt.e, models, true)
			var got []string
			for _, ev := range tt.e.Public {
				got = append(got, ev.What)
				if ev.What == catalogURL && (!ev.Broad || ev.Kind != PublicMatcher) {
					t.Errorf("catalog evidence %+v: want broad public-matcher evidence", ev)
				}
				if ev.What != catalogURL && ev.Kind != PublicDataRead {
					t.Errorf("kind %s", ev.Kind)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("evidence %q, want %q", got, tt.want)
			}
		})
	}
	e := Endpoint{Kind: Action, Effects: []Effect{catalogue}, EffectsKnown: true}
	if AddPublicReads(&e, nil, true); len(e.Public) != 0 {
		t.Fatal("no models configured, yet evidence")
	}
	e = Endpoint{Kind: Route, URL: "/api/streams", Protection: Protection{State: Unprotected}, EffectsKnown: true}
	if AddPublicReads(&e, nil, false); len(e.Public) != 0 {
		t.Fatal("no models configured, yet evidence")
	}
}

func TestUncheckedSession(t *testing.T) {
	read := SessionRead{What: "getAuth()", At: Pos{File: "src/r.js", Line: 4}}
	checked := SessionRead{What: "getAuth()", At: Pos{File: "src/r.js", Line: 4}, Checked: true}
	write := Effect{Kind: DBWrite, Target: "prisma.note.update"}
	byUser := Effect{Kind: DBRead, Target: "db.select", Where: []Binding{{Field: "owner", From: FromSession, Name: "userId"}}}
	catalog := Effect{Kind: DBRead, Target: "db.select"}
	failOpen := Protection{State: ReadsOnly}
	tests := []struct {
		name   string
		e      Endpoint
		report bool
		effect string
	}{
		{"write with an unchecked read", Endpoint{Kind: Route, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{write}, EffectsKnown: true}, true, "prisma.note.update"},
		{"rows selected by the session", Endpoint{Kind: Page, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{catalog, byUser}, EffectsKnown: true}, true, "db.select"},
		{"route with unknown effects", Endpoint{Kind: Route, Protection: failOpen, Sessions: []SessionRead{read}}, true, ""},
		{"page with unknown effects", Endpoint{Kind: Page, Protection: failOpen, Sessions: []SessionRead{read}}, false, ""},
		{"session passed on, catalog read", Endpoint{Kind: Page, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{catalog}, EffectsKnown: true}, false, ""},
		{"echo only", Endpoint{Kind: Route, Protection: failOpen, Sessions: []SessionRead{read}, EffectsKnown: true}, false, ""},
		{"every read checked", Endpoint{Kind: Route, Protection: failOpen, Sessions: []SessionRead{checked}, Effects: []Effect{write}}, false, ""},
		{"protected", Endpoint{Kind: Route, Protection: Protection{State: Protected}, Sessions: []SessionRead{read}, Effects: []Effect{write}}, false, ""},
		{"unprotected is CLK101's", Endpoint{Kind: Route, Protection: Protection{State: Unprotected}, Sessions: []SessionRead{read}, Effects: []Effect{write}}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, f, ok := UncheckedSession(&tt.e)
			if ok != tt.report {
				t.Fatalf("report = %v, want %v", ok, tt.report)
			}
			if !ok {
				return
			}
			if r != read {
				t.Errorf("read = %+v, want %+v", r, read)
			}
			got := ""
			if f != nil {
				got = f.Target
			}
			if got != tt.effect {
				t.Errorf("effect = %q, want %q", got, tt.effect)
			}
		})
	}
}

func TestModelKey(t *testing.T) {
	for _, names := range [][]string{
		{"Order", "orders", "order", "ordersTable", "orderModel", "order_model"},
		{"song", "songModel", "Song", "songs"},
		{"OrderItem", "order_items", "orderItems"},
		{"Category", "categories", "category"},
		{"Address", "addresses", "address"},
		{"Box", "boxes"},
		{"Course", "courses"},
		{"timetable", "timetables"},
	} {
		for _, n := range names[1:] {
			if ModelKey(n) != ModelKey(names[0]) {
				t.Errorf("ModelKey(%q) = %q, ModelKey(%q) = %q: want them equal", n, ModelKey(n), names[0], ModelKey(names[0]))
			}
		}
	}
	if ModelKey("timetable") == ModelKey("time") {
		t.Error("a name ending in table lost it without a Table suffix")
	}
	for _, n := range []string{"remodel", "AIModel"} {
		if k := ModelKey(n); !strings.HasSuffix(k, "model") {
			t.Errorf("ModelKey(%q) = %q: a short name (or a word ending in model) lost its model", n, k)
		}
	}
}

func TestSampleURL(t *testing.T) {
	for in, want := range map[string]string{
		"/api/users/:id":         "/api/users/x",
		"/api/users/:id?":        "/api/users/x",
		"/api/users/[id]/orders": "/api/users/x/orders",
		"/items/{id}":            "/items/x",
		"/files/*":               "/files/x",
		"/files/*splat":          "/files/x",
		"/api/(.*)":              "/api/x",
		"/admin?/promote":        "/admin",
		"/admin/stats":           "/admin/stats",
	} {
		if got := SampleURL(in); got != want {
			t.Errorf("SampleURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSecretEnvName(t *testing.T) {
	for name, want := range map[string]bool{
		"CLERK_SECRET_KEY":                  true,
		"OPENAI_API_KEY":                    true,
		"STRIPE_WEBHOOK_SECRET":             true,
		"GITHUB_TOKEN":                      true,
		"DB_PASSWORD":                       true,
		"DATABASE_URL":                      true,
		"MONGODB_URI":                       true,
		"SENTRY_DSN":                        true,
		"NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY": false,
		"NEXT_PUBLIC_STRIPE_KEY":            false,
		"VITE_API_KEY":                      false,
		"CLERK_PUBLISHABLE_KEY":             false,
		"NODE_ENV":                          false,
		"APP_URL":                           false,
		"FRONTEND_STORE_URL":                false,
		"RPC_URL":                           false,
		"KEYCLOAK_REALM":                    false,
		"USERPWD":                           true,
		"OPENAI_APIKEY":                     true,
		"PWD":                               false,
		"RAZORPAY_KEY_ID":                   false,
		"AWS_ACCESS_KEY_ID":                 false,
		"AWS_SECRET_ACCESS_KEY":             true,
		"SIGNING_SECRET_KEY_ID":             true,
		"RAZORPAY_KEY_SECRET":               true,
	} {
		if got := SecretEnvName(name); got != want {
			t.Errorf("SecretEnvName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestAddServedReads(t *testing.T) {
	at := Pos{File: "app/actions.ts", Line: 4}
	read := func(model string, where ...Binding) Effect {
		return Effect{Kind: DBRead, Target: "prisma." + model + ".findMany", Model: model, Where: where, At: at}
	}
	served := map[string]string{ModelKey("recipe"): "GET /api/recipes/[slug]", ModelKey("user"): "GET /api/recipes/[slug]"}
	unprot := Protection{State: Unprotected}
	tests := []struct {
		name string
		e    Endpoint
		what string // "" when no evidence is added
	}{
		{"served reads", Endpoint{Kind: Action, Protection: unprot, EffectsKnown: true, Effects: []Effect{read("recipe", Binding{Field: "id", From: FromRequest})}}, "reads only rows the app serves to anyone: recipe (GET /api/recipes/[slug])"},
		{"a route is judged by its URL instead", Endpoint{Kind: Route, Protection: unprot, EffectsKnown: true, Effects: []Effect{read("recipe")}}, ""},
		{"a model no public endpoint reads", Endpoint{Kind: Action, Protection: unprot, EffectsKnown: true, Effects: []Effect{read("recipe"), read("note")}}, ""},
		{"users are never a catalogue", Endpoint{Kind: Action, Protection: unprot, EffectsKnown: true, Effects: []Effect{read("user")}}, ""},
		{"rows the session selects", Endpoint{Kind: Action, Protection: unprot, EffectsKnown: true, Effects: []Effect{read("recipe", Binding{Field: "authorId", From: FromSession})}}, ""},
		{"a write", Endpoint{Kind: Action, Protection: unprot, EffectsKnown: true, Effects: []Effect{read("recipe"), {Kind: DBWrite, Target: "prisma.recipe.update", Model: "recipe", At: at}}}, ""},
		{"effects unknown", Endpoint{Kind: Action, Protection: unprot, Effects: []Effect{read("recipe")}}, ""},
		{"fail-open is CLK102's", Endpoint{Kind: Action, Protection: Protection{State: ReadsOnly}, EffectsKnown: true, Effects: []Effect{read("recipe")}}, ""},
	}
	for _, tt := range tests {
		e := tt.e
		asked := false
		AddServedReads(&e, func() map[string]string { asked = true; return served })
		got := ""
		if len(e.Public) > 0 {
			got = e.Public[0].What
			if e.Public[0].Kind != PublicDataRead || e.Public[0].Broad || e.Public[0].Tree {
				t.Errorf("%s: evidence %+v, want narrow public-data", tt.name, e.Public[0])
			}
		}
		if got != tt.what {
			t.Errorf("%s: evidence %q, want %q", tt.name, got, tt.what)
		}
		if tt.e.Kind != Action && asked {
			t.Errorf("%s: served rows computed for a %s", tt.name, tt.e.Kind)
		}
	}
}

func TestServedRead(t *testing.T) {
	tests := []struct {
		name string
		f    Effect
		want bool
	}{
		{"by a route parameter", Effect{Kind: DBRead, Model: "team", Where: []Binding{{Field: "abbreviation", From: FromRequest, Name: "abbr"}}}, true},
		{"the whole table", Effect{Kind: DBRead, Model: "chef"}, true},
		{"a write", Effect{Kind: DBWrite, Model: "team"}, false},
		{"users", Effect{Kind: DBRead, Model: "users"}, false},
		{"only shared rows", Effect{Kind: DBRead, Model: "collection", Where: []Binding{{Field: "shared", From: FromConstant, Name: "true"}}}, false},
		{"the caller's rows", Effect{Kind: DBRead, Model: "pantry", Where: []Binding{{Field: "ownerId", From: FromSession}}}, false},
		{"by a share token", Effect{Kind: DBRead, Model: "plan", Where: []Binding{{Field: "shareToken", From: FromRequest, Name: "t"}}}, false},
		{"by an invite's value", Effect{Kind: DBRead, Model: "plan", Where: []Binding{{Field: "id", From: FromRequest, Name: "params.inviteId"}}}, false},
	}
	for _, tt := range tests {
		if got := ServedRead(tt.f); got != tt.want {
			t.Errorf("%s: ServedRead = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestServesAnyone(t *testing.T) {
	open := Evidence{Kind: PublicMatcher, What: "isOpen ['/api/venues/(.*)']", Tree: true}
	unprot := Protection{State: Unprotected}
	tests := []struct {
		name string
		e    Endpoint
		want bool
	}{
		{"opened by a tree pattern", Endpoint{Kind: Route, URL: "/api/venues/[id]", Methods: []string{"GET"}, Protection: unprot, Public: []Evidence{open}}, true},
		{"named in public-routes", Endpoint{Kind: Route, URL: "/api/venues", Methods: []string{"GET"}, Protection: unprot, Public: []Evidence{{Kind: PublicConfig}}}, true},
		{"only a broad pattern", Endpoint{Kind: Route, URL: "/api/venues", Methods: []string{"GET"}, Protection: unprot, Public: []Evidence{{Kind: PublicMatcher, Broad: true}}}, false},
		{"a cron route's secret", Endpoint{Kind: Route, URL: "/api/venues/sync", Methods: []string{"GET"}, Protection: unprot, Public: []Evidence{{Kind: SharedSecret}}}, false},
		{"not public at all", Endpoint{Kind: Route, URL: "/api/venues", Methods: []string{"GET"}, Protection: unprot}, false},
		{"protected", Endpoint{Kind: Route, URL: "/api/venues", Methods: []string{"GET"}, Protection: Protection{State: Protected}, Public: []Evidence{open}}, false},
		{"no GET", Endpoint{Kind: Route, URL: "/api/venues", Methods: []string{"POST"}, Protection: unprot, Public: []Evidence{open}}, false},
		{"a private resource's URL", Endpoint{Kind: Route, URL: "/api/orders/[id]", Methods: []string{"GET"}, Protection: unprot, Public: []Evidence{open}}, false},
		{"a share link", Endpoint{Kind: Route, URL: "/api/share/[token]", Methods: []string{"GET"}, Protection: unprot, Public: []Evidence{open}}, false},
		{"a server action", Endpoint{Kind: Action, Methods: []string{"POST"}, Protection: unprot, Public: []Evidence{open}}, false},
	}
	for _, tt := range tests {
		if got := ServesAnyone(&tt.e); got != tt.want {
			t.Errorf("%s: ServesAnyone = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSignInPath(t *testing.T) {
	for url, want := range map[string]bool{
		"/v1/auth/register": true, "/login": true, "/api/auth/sign-up/": true, "/oauth/github/callback": true,
		"/register-device": false, "/api/loginattempts": false, "/users/{id}": false,
	} {
		if got := SignInPath(url); got != want {
			t.Errorf("SignInPath(%q) = %v, want %v", url, got, want)
		}
	}
}

// TestGuestRows: a signed-out request reading the rows of the literal its
// session value falls back to is a guest view (neither CLK101 nor
// CLK102), unless it writes, reads by the bare session value or by what
// the request names, or its unknown effects are not a GET's.
func TestGuestRows(t *testing.T) {
	at := Pos{File: "app/api/boards/route.ts", Line: 6}
	read := SessionRead{What: "auth()", At: at}
	guest := Effect{Kind: DBRead, Target: "db.board.findMany", Model: "board", Where: []Binding{{Field: "ownerId", From: FromSession, Name: "userId", Guest: "'demo'"}}, At: at}
	fixed := Effect{Kind: DBRead, Target: "db.column.findMany", Model: "column", Where: []Binding{{Field: "kind", From: FromConstant, Name: "'default'"}}, At: at}
	members := Effect{Kind: ClerkAPI, Target: "clerkClient.users.getUserList", Where: []Binding{{Field: "userId", From: FromUnknown}}, At: at}
	bare := Effect{Kind: DBRead, Target: "db.pref.findFirst", Where: []Binding{{Field: "userId", From: FromSession, Name: "userId"}}, At: at}
	named := Effect{Kind: DBRead, Target: "db.board.findUnique", Where: []Binding{{Field: "id", From: FromRequest, Input: PathParam, Name: "id"}}, At: at}
	guestNamed := Effect{Kind: DBRead, Target: "db.card.findMany", Where: []Binding{{Field: "ownerId", From: FromSession, Guest: "'demo'"}, {Field: "boardId", From: FromRequest, Input: PathParam}}, At: at}
	write := Effect{Kind: DBWrite, Target: "db.pin.create", At: at}
	signedInWrite := Effect{Kind: DBWrite, Target: "db.pin.create", SignedIn: true, At: at}
	failOpen := Protection{State: ReadsOnly}
	for _, tc := range []struct {
		name  string
		e     Endpoint
		guest bool
	}{
		{"guest reads", Endpoint{Kind: Route, Methods: []string{"GET"}, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{guest, fixed, members}, EffectsKnown: true}, true},
		{"guest and route parameter in one query", Endpoint{Kind: Route, Methods: []string{"GET"}, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{guestNamed}, EffectsKnown: true}, true},
		{"a write only signed in", Endpoint{Kind: Action, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{guest, signedInWrite}, EffectsKnown: true}, true},
		{"GET with unknown effects", Endpoint{Kind: Route, Methods: []string{"GET"}, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{guest}}, true},
		{"POST with unknown effects", Endpoint{Kind: Route, Methods: []string{"POST"}, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{guest}}, false},
		{"a write", Endpoint{Kind: Route, Methods: []string{"POST"}, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{guest, write}, EffectsKnown: true}, false},
		{"the bare session too", Endpoint{Kind: Route, Methods: []string{"GET"}, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{guest, bare}, EffectsKnown: true}, false},
		{"a row the request names", Endpoint{Kind: Route, Methods: []string{"GET"}, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{guest, named}, EffectsKnown: true}, false},
		{"no guest", Endpoint{Kind: Route, Methods: []string{"GET"}, Protection: failOpen, Sessions: []SessionRead{read}, Effects: []Effect{fixed, bare}, EffectsKnown: true}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			AddPublicReads(&tc.e, nil, true)
			if got := Has(tc.e.Public, GuestRows); got != tc.guest {
				t.Fatalf("guest rows = %v, want %v (%+v)", got, tc.guest, tc.e.Public)
			}
			if _, _, unchecked := UncheckedSession(&tc.e); unchecked == tc.guest {
				t.Errorf("CLK102 reports = %v, want %v", unchecked, !tc.guest)
			}
			tc.e.Protection.State = Unprotected // CLK102 did not apply: CLK101 judges
			if v := NeedsSession(&tc.e); v.Report == tc.guest {
				t.Errorf("CLK101 reports = %v, want %v (%s)", v.Report, !tc.guest, v.Reason)
			}
		})
	}
}
