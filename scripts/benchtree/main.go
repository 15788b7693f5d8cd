// Command benchtree writes a large synthetic monorepo for benchmarking clerklint
// against gitleaks and ripgrep (see scripts/bench.sh).
//
//	go run ./scripts/benchtree -dir /tmp/tree [-seed 1] [-files 20000] [-mb 200]
//
// The tree looks like a JS/TS monorepo with a Go and a Python service: apps/*/src,
// packages/*/src, services/*, docs, env files and .gitignore files, a root
// node_modules (skipped by clerklint and gitleaks; bench.sh excludes it from rg), and
// multi-MB single-line minified bundles under apps/*/dist/assets and
// apps/*/.next/static/chunks. Fake Clerk secret keys are planted at run time (never
// written in this source), plus near misses: Stripe-shaped keys, restricted keys,
// publishable keys and keys one character short.
//
// services/api is a Go module whose packages type-check against clerk-sdk-go
// v2.4.2; it has no go.sum (bench.sh makes one with `go build -mod=mod`). Each app
// has a clerkMiddleware src/middleware.ts, as a Next.js app using Clerk would.
//
// Output is deterministic for a given -seed/-files/-mb. A summary of what was
// planted is printed to stdout as "key value" lines.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

type gen struct {
	r    *rand.Rand
	dir  string
	stat map[string]int
	// bytes and files written
	bytes int64
	files int
	// Go files: the package clause of the file being built, whether it carries the
	// package's shared declarations, and a counter for unique identifiers.
	goPkg     string
	goHelpers bool
	uniq      int
}

func (g *gen) next() int { g.uniq++; return g.uniq }

func main() {
	dir := flag.String("dir", "", "output `directory` (created; must be empty or absent)")
	seed := flag.Uint64("seed", 1, "random seed")
	nfiles := flag.Int("files", 20000, "approximate number of files")
	mb := flag.Int("mb", 200, "approximate total size in MB")
	flag.Parse()
	if *dir == "" || *nfiles < 50 || *mb < 1 {
		fmt.Fprintln(os.Stderr, "usage: benchtree -dir DIR [-seed N] [-files N>=50] [-mb N>=1]")
		os.Exit(2)
	}
	if ents, err := os.ReadDir(*dir); err == nil && len(ents) > 0 {
		fmt.Fprintf(os.Stderr, "benchtree: %s is not empty\n", *dir)
		os.Exit(2)
	}
	g := &gen{r: rand.New(rand.NewPCG(*seed, 0x636c65726b6c696e)), dir: *dir, stat: map[string]int{}}
	if err := g.run(*nfiles, int64(*mb)<<20); err != nil {
		fmt.Fprintln(os.Stderr, "benchtree:", err)
		os.Exit(1)
	}
	keys := make([]string, 0, len(g.stat))
	for k := range g.stat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("files %d\nbytes %d\n", g.files, g.bytes)
	for _, k := range keys {
		fmt.Printf("%s %d\n", k, g.stat[k])
	}
}

// ---------------------------------------------------------------- keys

func (g *gen) alnum(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alnum[g.r.IntN(len(alnum))]
	}
	return string(b)
}

// clerkKey is a fake Clerk secret key: sk_test_/sk_live_ + 42 alphanumerics.
func (g *gen) clerkKey() string {
	env := "test_"
	if g.r.IntN(3) == 0 {
		env = "live_"
	}
	return "sk_" + env + g.alnum(42)
}

// nearMiss returns a key-like string that is not a Clerk secret key, and its kind.
func (g *gen) nearMiss() (string, string) {
	switch g.r.IntN(5) {
	case 0: // classic Stripe secret key: 24 characters
		return "sk_" + "live_" + g.alnum(24), "stripe24"
	case 1: // modern Stripe secret key: 99 characters (the Clerk regex without a
		// right boundary matches its first 42)
		return "sk_" + "live_51" + g.alnum(97), "stripe99"
	case 2: // Stripe restricted key
		return "rk_" + "live_" + g.alnum(24), "stripe_restricted"
	case 3: // one character short of a Clerk key
		return "sk_" + "test_" + g.alnum(41), "short41"
	default: // Clerk publishable key (public by design)
		return "pk_" + "test_" + g.alnum(38) + "JA", "publishable"
	}
}

// ---------------------------------------------------------------- words

var (
	verbs  = []string{"get", "load", "fetch", "create", "update", "delete", "sync", "build", "resolve", "parse", "format", "validate", "handle", "render", "compute", "list", "find", "ensure", "merge", "track"}
	nouns  = []string{"user", "session", "org", "invoice", "account", "member", "project", "team", "profile", "token", "webhook", "role", "plan", "payment", "order", "report", "event", "widget", "setting", "invite", "subscription", "dashboard", "audit", "message", "file"}
	adjs   = []string{"active", "pending", "current", "cached", "remote", "local", "default", "primary", "recent", "public", "private", "shared", "signed", "verified", "archived"}
	apps   = []string{"web", "admin", "dashboard", "marketing", "docs", "portal", "mobile-web", "console"}
	pkgs   = []string{"ui", "auth", "db", "config", "utils", "sdk", "analytics", "emails", "billing", "i18n", "logger", "feature-flags"}
	npmPkg = []string{"react", "react-dom", "next", "@clerk/nextjs", "@clerk/backend", "zod", "swr", "clsx", "date-fns", "lodash", "axios", "stripe", "svix", "@tanstack/react-query", "tailwind-merge", "framer-motion", "jose", "uuid"}
	words  = strings.Fields("the a user session request returns value when with for and list of organization member role token is to in from data auth sign out page route server client middleware handler cache invalidates each after before update settings billing plan webhook event")
)

func cap1(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *gen) ident() string { return g.pick(verbs) + cap1(g.pick(adjs)) + cap1(g.pick(nouns)) }
func (g *gen) typeName() string {
	return cap1(g.pick(adjs)) + cap1(g.pick(nouns)) + g.pick([]string{"", "Props", "State", "Input", "Result", "Options"})
}
func (g *gen) noun() string { return g.pick(nouns) }
func (g *gen) sentence(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g.pick(words))
	}
	return cap1(b.String()) + "."
}

// ---------------------------------------------------------------- templates

// block appends one plausible chunk of code in the given language.
func (g *gen) block(b *bytes.Buffer, lang string) {
	switch lang {
	case "ts", "js":
		g.tsBlock(b, lang == "ts")
	case "tsx":
		g.tsxBlock(b)
	case "go":
		g.goBlock(b)
	case "py":
		g.pyBlock(b)
	case "json":
		g.jsonBlock(b)
	case "md":
		g.mdBlock(b)
	case "css":
		fmt.Fprintf(b, ".%s-%s {\n  display: flex;\n  padding: %dpx %dpx;\n  color: var(--color-%s);\n}\n\n", g.noun(), g.pick(adjs), g.r.IntN(32), g.r.IntN(32), g.pick(adjs))
	case "yaml":
		fmt.Fprintf(b, "%s:\n  enabled: %v\n  retries: %d\n  url: https://%s.example.com/%s\n", g.ident(), g.r.IntN(2) == 0, g.r.IntN(9), g.noun(), g.noun())
	}
}

func (g *gen) tsBlock(b *bytes.Buffer, typed bool) {
	fn, n, t := g.ident(), g.noun(), g.typeName()
	ann := func(s string) string {
		if typed {
			return s
		}
		return ""
	}
	switch g.r.IntN(7) {
	case 0:
		fmt.Fprintf(b, "export async function %s(id%s)%s {\n  const { userId, orgId } = await auth();\n  if (!userId) {\n    throw new Error(\"unauthorized\");\n  }\n  const res = await fetch(`${API_URL}/%ss/${id}?org=${orgId}`, { cache: \"no-store\" });\n  if (!res.ok) throw new Error(`%s ${id}: ${res.status}`);\n  return (await res.json())%s;\n}\n\n",
			fn, ann(": string"), ann(": Promise<"+t+">"), n, fn, ann(" as "+t))
	case 1:
		if typed {
			fmt.Fprintf(b, "export interface %s {\n  id: string;\n  %sId: string;\n  createdAt: number;\n  status: \"%s\" | \"%s\";\n  metadata?: Record<string, unknown>;\n}\n\n", t, n, g.pick(adjs), g.pick(adjs))
		} else {
			fmt.Fprintf(b, "/** @typedef {{ id: string, %sId: string }} %s */\n\n", n, t)
		}
	case 2:
		fmt.Fprintf(b, "const %s = new Map%s();\n\nexport function %s(key%s) {\n  const hit = %s.get(key);\n  if (hit && hit.expires > Date.now()) return hit.value;\n  %s.delete(key);\n  return undefined;\n}\n\n",
			fn+"Cache", ann("<string, { value: "+t+"; expires: number }>"), fn, ann(": string"), fn+"Cache", fn+"Cache")
	case 3:
		fmt.Fprintf(b, "export const %sSchema = z.object({\n  id: z.string().min(1),\n  %s: z.string().email(),\n  role: z.enum([\"admin\", \"member\", \"%s\"]),\n  count: z.number().int().nonnegative(),\n});\n\n", n, g.noun(), g.pick(adjs))
	case 4:
		fmt.Fprintf(b, "export async function POST(req%s) {\n  const { userId } = await auth();\n  if (!userId) return new Response(\"Unauthorized\", { status: 401 });\n  const body = await req.json();\n  const %s = await %s(body.id);\n  return Response.json({ ok: true, %s });\n}\n\n", ann(": Request"), n, fn, n)
	case 5:
		fmt.Fprintf(b, "export async function %s(userId%s) {\n  const user = await (await clerkClient()).users.getUser(userId);\n  return user.publicMetadata?.%s ?? null;\n}\n\n", fn, ann(": string"), n)
	default:
		fmt.Fprintf(b, "// %s\nexport function %s(items%s) {\n  return items\n    .filter((x) => x.%s !== undefined)\n    .map((x) => ({ ...x, label: `${x.%s}`.trim() }))\n    .sort((a, b) => a.label.localeCompare(b.label));\n}\n\n", g.sentence(8), fn, ann(": "+t+"[]"), n, n)
	}
}

func (g *gen) tsxBlock(b *bytes.Buffer) {
	comp, n, t := cap1(g.pick(adjs))+cap1(g.noun())+g.pick([]string{"Card", "List", "Panel", "Button", "Form", "Table", "Header"}), g.noun(), g.typeName()
	switch g.r.IntN(4) {
	case 0:
		fmt.Fprintf(b, "export function %s({ %s, onSelect }: { %s: %s; onSelect?: (id: string) => void }) {\n  const { isSignedIn, user } = useUser();\n  if (!isSignedIn) return <SignInButton />;\n  return (\n    <div className=\"rounded-lg border p-4\">\n      <h2 className=\"text-lg font-semibold\">{%s.id}</h2>\n      <p>{user?.firstName}</p>\n      <button onClick={() => onSelect?.(%s.id)}>Open</button>\n    </div>\n  );\n}\n\n", comp, n, n, t, n, n)
	case 1:
		fmt.Fprintf(b, "export default async function %sPage({ params }: { params: { id: string } }) {\n  const { userId } = await auth();\n  if (!userId) redirect(\"/sign-in\");\n  const data = await %s(params.id);\n  return (\n    <main className=\"container mx-auto\">\n      <%s %s={data} />\n    </main>\n  );\n}\n\n", comp, g.ident(), comp, n)
	case 2:
		fmt.Fprintf(b, "function %s() {\n  const [state, setState] = useState<%s | null>(null);\n  useEffect(() => {\n    let cancelled = false;\n    %s().then((v) => !cancelled && setState(v));\n    return () => { cancelled = true; };\n  }, []);\n  return state ? <pre>{JSON.stringify(state, null, 2)}</pre> : <Spinner />;\n}\n\n", comp, t, g.ident())
	default:
		g.tsBlock(b, true)
	}
}

// goBlock writes declarations that type-check against the package's shared
// declarations (goHelpers) and clerk-sdk-go v2; identifiers are numbered so the
// files of one package never collide.
func (g *gen) goBlock(b *bytes.Buffer) {
	n := g.next()
	fn, t := fmt.Sprintf("%s%d", cap1(g.ident()), n), fmt.Sprintf("%s%d", g.typeName(), n)
	switch g.r.IntN(4) {
	case 0:
		fmt.Fprintf(b, "// %s %s\ntype %s struct {\n\tID        string    `json:\"id\"`\n\tOwnerID   string    `json:\"owner_id\"`\n\tCreatedAt time.Time `json:\"created_at\"`\n\tCount     int       `json:\"count\"`\n}\n\n", t, g.sentence(6), t)
	case 1:
		fmt.Fprintf(b, "func %s(w http.ResponseWriter, r *http.Request) {\n\tclaims, ok := clerk.SessionClaimsFromContext(r.Context())\n\tif !ok {\n\t\thttp.Error(w, \"unauthorized\", http.StatusUnauthorized)\n\t\treturn\n\t}\n\tv, err := store.Lookup(r.Context(), claims.Subject)\n\tif err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusInternalServerError)\n\t\treturn\n\t}\n\t_ = json.NewEncoder(w).Encode(v)\n}\n\n", fn)
	case 2:
		fmt.Fprintf(b, "type %s struct {\n\tID, OwnerID string\n\tCreatedAt   time.Time\n}\n\nfunc (s *Store) %s(ctx context.Context, id string) (*%s, error) {\n\trow := s.db.QueryRowContext(ctx, `SELECT id, owner_id, created_at FROM %ss WHERE id = $1`, id)\n\tvar v %s\n\tif err := row.Scan(&v.ID, &v.OwnerID, &v.CreatedAt); err != nil {\n\t\treturn nil, fmt.Errorf(\"%s %%s: %%w\", id, err)\n\t}\n\treturn &v, nil\n}\n\n", t, fn, t, g.noun(), t, strings.ToLower(fn))
	default:
		fmt.Fprintf(b, "func init() {\n\tregistry[%q] = %d\n}\n\n", strings.ToLower(fn), g.r.IntN(1000))
	}
}

func (g *gen) pyBlock(b *bytes.Buffer) {
	fn := strings.ToLower(g.pick(verbs) + "_" + g.pick(adjs) + "_" + g.noun())
	switch g.r.IntN(3) {
	case 0:
		fmt.Fprintf(b, "def %s(request, %s_id: str) -> dict:\n    \"\"\"%s\"\"\"\n    state = clerk.authenticate_request(request, AuthenticateRequestOptions())\n    if not state.is_signed_in:\n        raise PermissionError(\"unauthorized\")\n    return {\"id\": %s_id, \"user\": state.payload[\"sub\"]}\n\n\n", fn, g.noun(), g.sentence(7), g.noun())
	case 1:
		t := g.typeName()
		fmt.Fprintf(b, "@dataclass\nclass %s:\n    id: str\n    owner_id: str\n    count: int = 0\n\n    def bump(self) -> None:\n        self.count += %d\n\n\n", t, 1+g.r.IntN(5))
	default:
		fmt.Fprintf(b, "def %s(items):\n    out = []\n    for item in items:\n        if item.get(\"%s\") is None:\n            continue\n        out.append({**item, \"label\": str(item[\"%s\"]).strip()})\n    return sorted(out, key=lambda x: x[\"label\"])\n\n\n", fn, g.noun(), g.noun())
	}
}

func (g *gen) jsonBlock(b *bytes.Buffer) {
	fmt.Fprintf(b, "  \"%s\": {\n    \"id\": \"%s_%s\",\n    \"enabled\": %v,\n    \"limit\": %d,\n    \"tags\": [\"%s\", \"%s\"],\n    \"description\": \"%s\"\n  },\n", g.ident()+fmt.Sprint(g.r.IntN(1e6)), g.noun(), g.alnum(10), g.r.IntN(2) == 0, g.r.IntN(10000), g.pick(adjs), g.noun(), g.sentence(6))
}

func (g *gen) mdBlock(b *bytes.Buffer) {
	fmt.Fprintf(b, "## %s %s\n\n%s %s %s\n\n```ts\nconst %s = await %s(\"%s\");\n```\n\n", cap1(g.pick(verbs)), g.noun(), g.sentence(12), g.sentence(9), g.sentence(14), g.noun(), g.ident(), g.alnum(8))
}

const goHeader = `

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/clerk/clerk-sdk-go/v2"
)

var (
	_ = context.Background
	_ = sql.ErrNoRows
	_ = json.Marshal
	_ = fmt.Errorf
	_ = http.StatusOK
	_ = os.Getenv
	_ = time.Now
	_ = clerk.SetKey
)

`

// goHelpers are the declarations every file of a package may use; they go in the
// package's first non-test file.
const goHelpers = `// Store reads and writes this package's rows.
type Store struct{ db *sql.DB }

var store = &Store{}

var registry = map[string]int{}

// Lookup loads one row as a JSON object.
func (s *Store) Lookup(ctx context.Context, id string) (map[string]any, error) {
	var raw []byte
	if err := s.db.QueryRowContext(ctx, "SELECT data FROM items WHERE id = $1", id).Scan(&raw); err != nil {
		return nil, err
	}
	var v map[string]any
	return v, json.Unmarshal(raw, &v)
}

`

// nextMiddleware is the clerkMiddleware file every Next.js app with Clerk has.
const nextMiddleware = `import { clerkMiddleware } from "@clerk/nextjs/server";

export default clerkMiddleware();

export const config = {
  matcher: [
    "/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)",
    "/(api|trpc)(.*)",
  ],
};
`

// ---------------------------------------------------------------- planting

// plantKey appends a line holding a fake Clerk secret key in a language-shaped context.
func (g *gen) plantKey(b *bytes.Buffer, lang, key string) {
	switch lang {
	case "go":
		fmt.Fprintf(b, "func init() { clerk.SetKey(\"%s\") }\n\n", key)
	case "py":
		fmt.Fprintf(b, "CLERK_SECRET_KEY = \"%s\"\n\n", key)
	case "json":
		fmt.Fprintf(b, "  \"clerkSecretKey\": \"%s\",\n", key)
	case "md":
		fmt.Fprintf(b, "Set the key before running locally:\n\n```sh\nexport CLERK_SECRET_KEY=%s\n```\n\n", key)
	case "yaml":
		fmt.Fprintf(b, "clerk:\n  secret_key: %s\n", key)
	case "css":
		fmt.Fprintf(b, "/* %s */\n", key)
	default:
		if g.r.IntN(2) == 0 {
			fmt.Fprintf(b, "const clerk = createClerkClient({ secretKey: \"%s\" });\n\n", key)
		} else {
			fmt.Fprintf(b, "export const CLERK_SECRET_KEY = '%s';\n\n", key)
		}
	}
}

func (g *gen) plantNearMiss(b *bytes.Buffer, lang string) {
	k, kind := g.nearMiss()
	g.stat["near_miss_"+kind]++
	switch lang {
	case "go":
		fmt.Fprintf(b, "var %s%d = %q\n\n", g.pick([]string{"stripeKey", "publishableKey", "exampleKey"}), g.next(), k)
	case "py", "md", "yaml", "css", "json":
		fmt.Fprintf(b, "%s: %q\n", g.pick([]string{"stripe_key", "publishable", "example"}), k)
	default:
		fmt.Fprintf(b, "const %s = \"%s\";\n\n", g.pick([]string{"stripeKey", "publishableKey", "restrictedKey"}), k)
	}
}

// ---------------------------------------------------------------- files

func (g *gen) write(rel string, data []byte) error {
	p := filepath.Join(g.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return err
	}
	g.files++
	g.bytes += int64(len(data))
	return nil
}

// source builds a file of about size bytes in lang; keys/nearMisses lines are
// planted at random block boundaries.
func (g *gen) source(lang string, size int, keys []string, nearMisses int) []byte {
	var b bytes.Buffer
	b.Grow(size + 1024)
	switch lang {
	case "ts", "tsx":
		fmt.Fprintf(&b, "import { auth, currentUser } from \"@clerk/nextjs/server\";\nimport { z } from \"zod\";\nimport type { %s } from \"@acme/types\";\n\nconst API_URL = process.env.NEXT_PUBLIC_API_URL ?? \"https://api.example.com\";\n\n", g.typeName())
		if lang == "tsx" {
			b.WriteString("import { useEffect, useState } from \"react\";\nimport { SignInButton, useUser } from \"@clerk/nextjs\";\n\n")
		}
	case "js":
		b.WriteString("\"use strict\";\nconst { createClerkClient } = require(\"@clerk/backend\");\nconst API_URL = process.env.API_URL;\n\n")
	case "go":
		b.WriteString("package " + g.goPkg + goHeader)
		if g.goHelpers {
			b.WriteString(goHelpers)
		}
	case "py":
		b.WriteString("from dataclasses import dataclass\n\nfrom clerk_backend_api import AuthenticateRequestOptions\n\nfrom app.clerk import clerk\n\n\n")
	case "json":
		b.WriteString("{\n")
	case "md":
		fmt.Fprintf(&b, "# %s\n\n%s\n\n", cap1(g.noun())+" "+g.noun(), g.sentence(15))
	}
	// A few files set up the Clerk client from the environment (the right way).
	if g.r.IntN(40) == 0 {
		g.stat["env_refs_secret_key"]++
		switch lang {
		case "ts", "tsx", "js":
			b.WriteString("export const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY });\n\n")
		case "go":
			b.WriteString("func init() { clerk.SetKey(os.Getenv(\"CLERK_SECRET_KEY\")) }\n\n")
		case "py":
			b.WriteString("clerk = Clerk(bearer_auth=os.environ[\"CLERK_SECRET_KEY\"])\n\n\n")
		case "md":
			b.WriteString("Set `CLERK_SECRET_KEY` in `.env.local`; never commit it.\n\n")
		default:
			g.stat["env_refs_secret_key"]--
		}
	}
	// Decide at which blocks the planted lines go.
	nblocks := max(1, size/400)
	plant := map[int][]func(){}
	for _, k := range keys {
		at := g.r.IntN(nblocks)
		plant[at] = append(plant[at], func() { g.plantKey(&b, lang, k) })
	}
	for i := 0; i < nearMisses; i++ {
		at := g.r.IntN(nblocks)
		plant[at] = append(plant[at], func() { g.plantNearMiss(&b, lang) })
	}
	for i := 0; b.Len() < size || i < nblocks; i++ {
		for _, f := range plant[i] {
			f()
		}
		delete(plant, i)
		if b.Len() >= size && len(plant) == 0 {
			break
		}
		g.block(&b, lang)
	}
	if lang == "json" {
		b.WriteString("  \"$schema\": \"https://example.com/schema.json\"\n}\n")
	}
	return b.Bytes()
}

// bundle builds one minified single-line JS bundle of about size bytes.
func (g *gen) bundle(size int, keys []string) []byte {
	var b bytes.Buffer
	b.Grow(size + 4096)
	b.WriteString("(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[" + fmt.Sprint(g.r.IntN(999)) + "],{")
	short := func() string {
		n := 1 + g.r.IntN(2)
		s := make([]byte, n)
		for i := range s {
			s[i] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$"[g.r.IntN(54)]
		}
		return string(s)
	}
	pk := "pk_" + "live_" + g.alnum(40)
	keyAt := map[int]string{}
	for _, k := range keys {
		keyAt[g.r.IntN(max(1, size/300))] = k
	}
	for i := 0; b.Len() < size; i++ {
		if k, ok := keyAt[i]; ok {
			fmt.Fprintf(&b, "%d:function(e,t,n){\"use strict\";n.d(t,{c:function(){return %s}});let %s={secretKey:\"%s\",apiUrl:\"https://api.clerk.com\"};var %s=%s},", g.r.IntN(99999), short(), short(), k, short(), short())
			delete(keyAt, i)
			continue
		}
		a, c, d := short(), short(), short()
		switch g.r.IntN(5) {
		case 0:
			fmt.Fprintf(&b, "%d:function(%s,%s,%s){\"use strict\";%s.r(%s),%s.d(%s,{default:function(){return %s}});var %s=%s(%d);function %s(e){let{%s:t,%s:n}=e;return(0,%s.jsx)(\"div\",{className:\"%s-%s\",children:t?n:null})}},",
				g.r.IntN(99999), a, c, d, d, c, d, c, short(), short(), d, g.r.IntN(99999), short(), g.noun(), g.noun(), short(), g.noun(), g.pick(adjs))
		case 1:
			fmt.Fprintf(&b, "%s=async(%s,%s)=>{let %s=await fetch(\"/api/%s/\"+%s,{method:\"POST\",headers:{\"content-type\":\"application/json\"},body:JSON.stringify(%s)});if(!%s.ok)throw Error(\"%s failed: \"+%s.status);return %s.json()},",
				a, c, d, short(), g.noun(), c, d, short(), g.ident(), short(), short())
		case 2:
			if g.r.IntN(2000) == 0 { // the app's one publishable key, inlined a few times
				fmt.Fprintf(&b, "%s={publishableKey:\"%s\",signInUrl:\"/sign-in\",afterSignOutUrl:\"/\"},", a, pk)
			} else {
				fmt.Fprintf(&b, "%s={signInUrl:\"/%s\",afterSignOutUrl:\"/\",appearance:{variables:{colorPrimary:\"#%06x\"}}},", a, g.noun(), g.r.IntN(1<<24))
			}
		case 3:
			fmt.Fprintf(&b, "%s=function(%s){for(var %s=1;%s<arguments.length;%s++){var %s=arguments[%s];for(var k in %s)Object.prototype.hasOwnProperty.call(%s,k)&&(%s[k]=%s[k])}return %s},",
				a, c, d, d, d, a, d, a, a, c, a, c)
		default:
			fmt.Fprintf(&b, "%s=\"%s\",%s=[%d,%d,%d],", a, g.sentence(6), c, g.r.IntN(1e5), g.r.IntN(1e5), g.r.IntN(1e5))
		}
	}
	b.WriteString("}]);")
	return b.Bytes()
}

// goPackageName turns a directory name such as "session-3" into "session3".
func goPackageName(dir string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(dir) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	if b.Len() == 0 || b.String()[0] <= '9' {
		return "pkg" + b.String()
	}
	return b.String()
}

type planned struct {
	rel  string
	lang string
}

// normalSize draws a file size around mean with a log-normal spread.
func (g *gen) normalSize(mean float64) int {
	const sigma = 0.7
	mean = math.Max(mean, 400) // the budget can run out on tiny trees
	f := math.Exp(sigma*g.r.NormFloat64() - sigma*sigma/2)
	return int(math.Min(math.Max(mean*f, 200), mean*12))
}

func (g *gen) run(nfiles int, total int64) error {
	nApps := min(len(apps), max(2, nfiles/2500))
	nPkgs := min(len(pkgs), max(2, nfiles/1600))
	appNames, pkgNames := apps[:nApps], pkgs[:nPkgs]

	// ---- fixed files: manifests, configs, env files, .gitignore
	root := map[string]string{
		"package.json": "{\n  \"name\": \"acme\",\n  \"private\": true,\n  \"workspaces\": [\"apps/*\", \"packages/*\"],\n  \"scripts\": { \"build\": \"turbo run build\", \"dev\": \"turbo run dev\" }\n}\n",
		"turbo.json":   "{\n  \"$schema\": \"https://turbo.build/schema.json\",\n  \"tasks\": { \"build\": { \"outputs\": [\"dist/**\", \".next/**\", \"!.next/cache/**\"] } }\n}\n",
		".gitignore":   "node_modules/\n.env*.local\n.env\ndist/\n.next/\n.turbo/\ncoverage/\n*.log\n",
		".env.example": "CLERK_SECRET_KEY=sk_test_...\nNEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_...\nDATABASE_URL=postgres://localhost:5432/acme\n",
		"README.md":    "# acme monorepo\n\nCopy `.env.example` to `.env.local` and fill in your Clerk keys.\n",
		// go.sum is left to bench.sh (`go build -mod=mod` from the module cache).
		"services/api/go.mod": "module github.com/acme/api\n\ngo 1.23\n\nrequire (\n\tgithub.com/clerk/clerk-sdk-go/v2 v2.4.2\n\tgolang.org/x/crypto v0.58.0\n)\n",
	}
	names := make([]string, 0, len(root))
	for k := range root {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if err := g.write(k, []byte(root[k])); err != nil {
			return err
		}
	}
	for _, a := range appNames {
		if err := g.write("apps/"+a+"/package.json", fmt.Appendf(nil, "{\n  \"name\": \"@acme/%s\",\n  \"private\": true,\n  \"dependencies\": { \"@clerk/nextjs\": \"^6.0.0\", \"next\": \"15.0.0\", \"react\": \"19.0.0\" }\n}\n", a)); err != nil {
			return err
		}
		if err := g.write("apps/"+a+"/.gitignore", []byte(".next/\ndist/\n.env*.local\n")); err != nil {
			return err
		}
		if err := g.write("apps/"+a+"/src/middleware.ts", []byte(nextMiddleware)); err != nil {
			return err
		}
		if err := g.write("apps/"+a+"/.env.example", []byte("CLERK_SECRET_KEY=\nNEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=\n")); err != nil {
			return err
		}
		// Developers' local env files: gitignored, half with a real-shaped key.
		env := "NEXT_PUBLIC_CLERK_SIGN_IN_URL=/sign-in\n"
		if g.r.IntN(2) == 0 {
			env += "CLERK_SECRET_KEY=" + g.clerkKey() + "\n"
			g.stat["clerk_keys_env_local_gitignored"]++
		}
		if err := g.write("apps/"+a+"/.env.local", []byte(env)); err != nil {
			return err
		}
	}
	// One committed .env.production with a key (a real mistake) in the first app.
	if err := g.write("apps/"+appNames[0]+"/.env.production", []byte("NODE_ENV=production\nCLERK_SECRET_KEY="+g.clerkKey()+"\n")); err != nil {
		return err
	}
	g.stat["clerk_keys_env_committed"]++
	for _, p := range pkgNames {
		if err := g.write("packages/"+p+"/package.json", fmt.Appendf(nil, "{\n  \"name\": \"@acme/%s\",\n  \"version\": \"0.0.0\",\n  \"main\": \"src/index.ts\"\n}\n", p)); err != nil {
			return err
		}
	}

	// ---- budget
	bundleBytes := total * 15 / 100
	nmFiles := nfiles * 8 / 100
	nmBytes := total * 6 / 100
	nBundles := int(min(12, max(4, total/(20<<20))))
	normalFiles := nfiles - g.files - nmFiles - nBundles
	if normalFiles < 10 || total-g.bytes-bundleBytes-nmBytes < int64(normalFiles)*200 {
		return fmt.Errorf("-files/-mb too small")
	}

	// ---- bundles: vite apps get dist/assets, next apps get .next/static/chunks
	for i := 0; i < nBundles; i++ {
		a := appNames[i%len(appNames)]
		var rel string
		if i%2 == 0 {
			rel = fmt.Sprintf("apps/%s/dist/assets/index-%s.js", a, strings.ToLower(g.alnum(8)))
		} else {
			rel = fmt.Sprintf("apps/%s/.next/static/chunks/%d-%s.js", a, 100+g.r.IntN(900), strings.ToLower(g.alnum(16)))
		}
		size := int(bundleBytes/int64(nBundles)) * (50 + g.r.IntN(101)) / 100
		var keys []string
		if i%3 == 0 { // every third bundle leaks a key (server code imported into a client component)
			keys = append(keys, g.clerkKey())
			g.stat["clerk_keys_bundle"]++
		}
		if err := g.write(rel, g.bundle(size, keys)); err != nil {
			return err
		}
	}

	// ---- node_modules (clerklint and gitleaks skip it; bench.sh excludes it from rg)
	nmLeft, nmBytesLeft := nmFiles, nmBytes
	for i := 0; nmLeft > 0; i++ {
		pkg := npmPkg[i%len(npmPkg)]
		for j := 0; j < 40 && nmLeft > 0; j++ {
			size := g.normalSize(float64(nmBytesLeft) / float64(nmLeft))
			var keys []string
			if i == 3 && j == 0 { // a test fixture inside a dependency
				keys = append(keys, g.clerkKey())
				g.stat["clerk_keys_node_modules"]++
			}
			rel := fmt.Sprintf("node_modules/%s/dist/%s/%s.js", pkg, g.pick([]string{"cjs", "esm", "chunks"}), g.ident())
			data := g.source("js", size, keys, 0)
			if err := g.write(rel, data); err != nil {
				return err
			}
			nmLeft--
			nmBytesLeft -= int64(len(data))
		}
	}

	// ---- normal source files
	type area struct {
		prefix string
		langs  []string // weighted by repetition
		dirs   []string
	}
	tsMix := []string{"ts", "ts", "ts", "ts", "tsx", "tsx", "tsx", "tsx", "js", "json", "md", "css"}
	var areas []area
	for _, a := range appNames {
		areas = append(areas, area{"apps/" + a + "/src", tsMix, []string{"app", "app/(dashboard)", "app/api", "components", "components/ui", "lib", "hooks", "server", "utils", "features"}})
	}
	for _, p := range pkgNames {
		areas = append(areas, area{"packages/" + p + "/src", []string{"ts", "ts", "ts", "tsx", "js", "json", "md"}, []string{"", "internal", "client", "server", "__tests__"}})
	}
	areas = append(areas,
		area{"services/api", []string{"go"}, []string{"cmd/api", "internal/auth", "internal/store", "internal/http", "internal/billing", "pkg/clerkutil"}},
		area{"services/ml", []string{"py"}, []string{"app", "app/routes", "app/models", "app/workers", "tests"}},
		area{"docs", []string{"md", "md", "md", "yaml"}, []string{"guides", "reference", "adr", "runbooks"}},
	)
	// Weights: apps 55 %, packages 25 %, go 8 %, py 7 %, docs 5 %.
	weight := func(i int) float64 {
		switch {
		case i < len(appNames):
			return 0.55 / float64(len(appNames))
		case i < len(appNames)+len(pkgNames):
			return 0.25 / float64(len(pkgNames))
		}
		return []float64{0.08, 0.07, 0.05}[i-len(appNames)-len(pkgNames)]
	}
	var plan []planned
	extOf := map[string]string{"yaml": "yml"}
	for i, ar := range areas {
		n := int(math.Round(weight(i) * float64(normalFiles)))
		if i == len(areas)-1 {
			n = normalFiles - len(plan)
		}
		for j := 0; j < n; j++ {
			lang := g.pick(ar.langs)
			ext := lang
			if e, ok := extOf[lang]; ok {
				ext = e
			}
			// 20 consecutive files share a leaf directory (a Go package, a feature folder).
			chunk := j / 20
			d := ar.dirs[chunk%len(ar.dirs)]
			sub := fmt.Sprintf("%s-%d", nouns[chunk%len(nouns)], chunk)
			rel := strings.TrimSuffix(ar.prefix+"/"+d, "/") + "/" + sub + "/" + g.ident() + fmt.Sprintf("%d.%s", j, ext)
			if lang == "go" && strings.HasSuffix(rel, "0.go") && g.r.IntN(4) == 0 {
				rel = strings.TrimSuffix(rel, ".go") + "_test.go"
			}
			plan = append(plan, planned{rel, lang})
		}
	}
	// Whatever the bundles and node_modules left of the budget goes to sources.
	leftFiles, leftBytes := int64(len(plan)), total-g.bytes
	// Each Go directory is one package; its first non-test file (or its first file
	// when all are tests) carries the shared declarations.
	helperFile := map[string]string{}
	for _, p := range plan {
		if p.lang != "go" {
			continue
		}
		d := path.Dir(p.rel)
		if cur, ok := helperFile[d]; !ok || (strings.HasSuffix(cur, "_test.go") && !strings.HasSuffix(p.rel, "_test.go")) {
			helperFile[d] = p.rel
		}
	}
	for _, p := range plan {
		if p.lang == "go" {
			g.goPkg, g.goHelpers = goPackageName(path.Base(path.Dir(p.rel))), helperFile[path.Dir(p.rel)] == p.rel
		}
		size := g.normalSize(float64(leftBytes) / float64(leftFiles))
		var keys []string
		nearMisses := 0
		if g.r.IntN(500) == 0 { // ~0.2 % of files hold a committed secret key
			keys = append(keys, g.clerkKey())
			g.stat["clerk_keys_source_"+p.lang]++
		}
		if g.r.IntN(250) == 0 {
			nearMisses = 1
		}
		data := g.source(p.lang, size, keys, nearMisses)
		if err := g.write(p.rel, data); err != nil {
			return err
		}
		leftFiles--
		leftBytes -= int64(len(data))
	}
	total0 := 0
	for k, v := range g.stat {
		if strings.HasPrefix(k, "clerk_keys_") {
			total0 += v
		}
	}
	g.stat["clerk_keys_total"] = total0
	return nil
}
