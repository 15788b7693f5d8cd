package engines

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// FuzzJSEngine runs the whole scan (the JS engine with every JS rule, the
// Next.js model, the file engines) over a Clerk Next.js app whose route
// handler, middleware and client page are the fuzzer's bytes. No input may
// crash an engine (a recovered panic is an Internal error, which a scan must
// never have) and every finding must point into the file it names.
// `go test` runs the seeds; `go test -fuzz FuzzJSEngine ./analyzers/engines`
// explores further.
func FuzzJSEngine(f *testing.F) {
	for _, seed := range []string{
		"",
		"import { auth } from '@clerk/nextjs/server'\nexport async function GET() { const { userId } = await auth(); if (!userId) return new Response(null, { status: 401 }); return Response.json(await db.order.findMany()) }\n",
		"import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server'\nconst isPublic = createRouteMatcher(['/((?!api).*)', '/api/(.*)'])\nexport default clerkMiddleware(async (auth, req) => { if (!isPublic(req)) await auth.protect() })\nexport const config = { matcher: ['/((?!_next).*)'] }\n",
		"'use server'\nexport async function del(id) { await prisma.user.delete({ where: { id } }) }\n",
		"'use client'\nconst k = process.env.CLERK_SECRET_KEY; console.log(`${k}`)\nexport default function P() { return <SignedIn><a href={k}/></SignedIn> }\n",
		"export const GET = withAuth(async (req) => ((((((((((((x))))))))))))\n",
		"\xff\xfe\x00import {",
		"/* unterminated",
		"export async function POST(req) { const evt = await verifyWebhook(req); if (evt.type === 'user.created') await db.user.create({ data: evt.data }) }\n",
	} {
		f.Add([]byte(seed))
	}
	set, err := rules.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	sel, err := rules.Select(set, &rules.Config{}, nil, nil)
	if err != nil {
		f.Fatal(err)
	}
	targets := []string{"app/api/orders/route.ts", "middleware.ts", "app/dashboard/page.tsx"}
	f.Fuzz(func(t *testing.T, src []byte) {
		root := t.TempDir()
		files := map[string][]byte{
			"package.json": []byte(`{"dependencies":{"next":"15.0.0","@clerk/nextjs":"^6.0.0"}}`),
		}
		for _, p := range targets {
			files[p] = src
		}
		for p, data := range files {
			abs := filepath.Join(root, filepath.FromSlash(p))
			if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(abs, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		res, err := scan.Run(scan.Request{Root: root, Selection: sel, Config: &rules.Config{}, Engines: All(), Options: scan.Options{NoGo: true, Workers: 1}})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Errors {
			if e.Internal {
				t.Fatalf("engine crash: %s", e.Error())
			}
		}
		lines := strings.Count(string(src), "\n") + 1
		for _, fd := range res.Findings {
			n := lines
			if fd.File == "package.json" {
				n = strings.Count(string(files["package.json"]), "\n") + 1
			} else if _, ok := files[fd.File]; !ok {
				continue // project-level findings name other places
			}
			if fd.Line < 1 || fd.Line > n {
				t.Errorf("%s at %s:%d, outside its %d lines", fd.RuleID, fd.File, fd.Line, n)
			}
		}
	})
}
