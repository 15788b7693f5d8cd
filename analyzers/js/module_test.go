package js

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSummaryImportsExports(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"a.tsx": `'use client'
import type { User } from '@clerk/backend'
import { type X, clerkClient } from '@clerk/nextjs/server'
import { type Y } from '@clerk/types'
import * as ns from './x'
import def, { a as b } from '../y'
import './side'
export * from './star'
export * as nsx from './nsx'
export { q as r, s } from './re'
export type { T } from './types'
export { local, l2 as l3 }
export default function Page() { return <div>{process.env.CLERK_SECRET_KEY}</div> }
const k = import.meta.env.VITE_CLERK_SECRET_KEY
const { CLERK_SECRET_KEY: sk, OTHER = 'x' } = process.env
const w = process.env['CLERK_WEBHOOK_SECRET']
const r2 = require('@clerk/backend')
const d = await import('./dyn')
const { Webhook, verify: v2 } = require('svix')
`,
	})
	mod := m.Module("a.tsx")
	if mod == nil || mod.Err != nil {
		t.Fatalf("module: %+v", mod)
	}
	if !mod.UseClient() || mod.UseServer() {
		t.Errorf("directives = %v", mod.Directives)
	}
	var got []string
	for _, imp := range mod.Imports {
		s := imp.Spec
		if imp.TypeOnly {
			s += " (type)"
		}
		s += " " + []string{"static", "side-effect", "re-export", "dynamic", "require"}[imp.Kind]
		got = append(got, s)
	}
	want := []string{
		"@clerk/backend (type) static", "@clerk/nextjs/server static", "@clerk/types (type) static",
		"./x static", "../y static", "./side side-effect", "./star re-export", "./nsx re-export",
		"./re re-export", "./types (type) re-export", "@clerk/backend require", "./dyn dynamic", "svix require",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("imports:\n got %q\nwant %q", got, want)
	}
	// require() bindings are import names too.
	var reqs []string
	for _, imp := range mod.Imports {
		for _, n := range imp.Names {
			if imp.Kind == ImportRequire {
				reqs = append(reqs, imp.Spec+":"+n.Imported+"="+n.Local)
			}
		}
	}
	if want := "@clerk/backend:*=r2 svix:Webhook=Webhook svix:verify=v2"; strings.Join(reqs, " ") != want {
		t.Errorf("require names = %q, want %q", strings.Join(reqs, " "), want)
	}
	for name, want := range map[string]string{"r": "./re:q", "s": "./re:s", "nsx": "./nsx:*", "local": "local", "l3": "l2", "default": "Page"} {
		e := mod.Exports[name]
		if e == nil {
			t.Errorf("export %s missing", name)
			continue
		}
		g := e.Local
		if e.From != nil {
			g = e.From.Spec + ":" + e.FromName
		}
		if g != want {
			t.Errorf("export %s = %s, want %s", name, g, want)
		}
	}
	if mod.Exports["T"] != nil {
		t.Errorf("type-only re-export recorded as a value export")
	}
	var reads []string
	for _, r := range mod.EnvReads {
		reads = append(reads, r.Object+"."+r.Name)
	}
	wantReads := []string{"process.env.CLERK_SECRET_KEY", "import.meta.env.VITE_CLERK_SECRET_KEY", "process.env.CLERK_WEBHOOK_SECRET", "process.env.CLERK_SECRET_KEY", "process.env.OTHER"}
	if strings.Join(sorted(reads), ",") != strings.Join(sorted(wantReads), ",") {
		t.Errorf("env reads = %q, want %q", reads, wantReads)
	}
	if mod.Locals["clerkClient"] == nil || mod.Locals["X"] == nil || !mod.Locals["X"].TypeOnly || mod.Locals["ns"].Imported != "*" || mod.Locals["b"].Imported != "a" {
		t.Errorf("locals wrong: %+v", mod.Locals)
	}
}

func sorted(xs []string) []string {
	out := append([]string(nil), xs...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestSummaryTolerantOfErrors(t *testing.T) {
	m := newTestModel(t, map[string]string{
		// JSX in a .ts file and garbage: ERROR nodes, but a summary all the same.
		"broken.ts": "'use client'\nimport { x } from './y'\nconst a = <div>{process.env.CLERK_SECRET_KEY}</div>\n)))}}} function (\nexport const z = 1\n",
		"empty.js":  "",
	})
	mod := m.Module("broken.ts")
	if mod == nil || mod.Err != nil {
		t.Fatalf("broken.ts: %+v", mod)
	}
	if !mod.UseClient() || len(mod.Imports) == 0 {
		t.Errorf("broken.ts summary lost the prologue or imports: %+v", mod)
	}
	if mod := m.Module("empty.js"); mod == nil || mod.Err != nil {
		t.Errorf("empty.js: %+v", mod)
	}
}

func TestPrologue(t *testing.T) {
	for src, want := range map[string]string{
		"'use client'\nimport x":                          "use client",
		"\ufeff// c\n/* x */ \"use server\";\n":           "use server",
		"#!/usr/bin/env node\n'use strict'\n'use client'": "use strict,use client",
		"'use client'.length":                             "",
		"import x from 'y'\n'use client'":                 "",
		"'use client' // trailing comment\n":              "use client",
		"`use client`":                                    "",
	} {
		if got := strings.Join(Prologue([]byte(src)), ","); got != want {
			t.Errorf("Prologue(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestMinified(t *testing.T) {
	normal := strings.Repeat("const a = 1;\n", 2000)
	mini := strings.Repeat("var a=1,b=2;", 2000)
	if Minified([]byte(normal)) || !Minified([]byte(mini)) || Minified([]byte("x")) {
		t.Errorf("Minified misjudged")
	}
}

func TestLangOf(t *testing.T) {
	for name, want := range map[string]Lang{
		"a.js": JavaScript, "a.jsx": JavaScript, "a.mjs": JavaScript, "a.cjs": JavaScript,
		"a.ts": TypeScript, "a.mts": TypeScript, "a.cts": TypeScript, "a.tsx": TSX,
		"a.d.ts": NoLang, "x/env.d.mts": NoLang, "a.json": NoLang, "A.TSX": TSX,
	} {
		if got := LangOf(name); got != want {
			t.Errorf("LangOf(%s) = %v, want %v", name, got, want)
		}
	}
}

func TestKitEnvReads(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"src/lib/keys.ts": `import { env as pub } from '$env/dynamic/public'
import { env } from '$env/dynamic/private'
import type { env as typed } from '$env/dynamic/public'
const env2 = { CLERK_SECRET_KEY: 'not an env object' }
export const a = pub.PUBLIC_CLERK_SECRET_KEY
export const b = pub['PUBLIC_CLERK_SIGN_IN_URL']
export const c = env.CLERK_SECRET_KEY
export const d = env2.CLERK_SECRET_KEY
export const e = typed
`,
	})
	mod := m.Module("src/lib/keys.ts")
	if mod == nil || mod.Err != nil {
		t.Fatalf("module: %+v", mod)
	}
	var reads []string
	for _, r := range mod.EnvReads {
		reads = append(reads, r.Object+"."+r.Name)
	}
	if want := "env.CLERK_SECRET_KEY,pub.PUBLIC_CLERK_SECRET_KEY,pub.PUBLIC_CLERK_SIGN_IN_URL"; strings.Join(sorted(reads), ",") != want {
		t.Errorf("env reads = %q, want %s", reads, want)
	}
}

// TestHeaderMatchesModule: a header (Pass.Header) must read the prologue,
// imports and exports exactly as the full summary does, on every JS/TS
// fixture of the repository.
func TestHeaderMatchesModule(t *testing.T) {
	ps, cq := summarizers(t)
	files := 0
	err := filepath.WalkDir(filepath.Join("..", "..", "testdata"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || LangOf(p) == NoLang || LangOf(p) == Svelte {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		tr, err := ps.Parse(src, LangOf(p))
		if err != nil {
			return nil // refused (size, minified): neither summary exists
		}
		defer tr.Close()
		full, head := headerView(summarize(tr, p, cq)), headerView(summarizeHeader(tr, p, cq))
		if !reflect.DeepEqual(full, head) {
			t.Errorf("%s: header differs from the summary:\n full %v\n head %v", p, full, head)
		}
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Fatalf("compared %d fixture files, want the repository's JS/TS fixtures", files)
	}
}

// headerView is what a header promises: directives, imports with their
// names, exports, locals and the names of the module's functions.
func headerView(m *Module) []string {
	out := append([]string{"directives"}, m.Directives...)
	imp := func(kind string, i *Import) {
		s := fmt.Sprintf("%s %s %d %v %v", kind, i.Spec, i.Kind, i.TypeOnly, i.Pos)
		for _, n := range i.Names {
			s += fmt.Sprintf(" %s=%s/%v", n.Local, n.Imported, n.TypeOnly)
		}
		out = append(out, s)
	}
	for _, i := range m.Imports {
		imp("import", i)
	}
	for _, i := range m.StarExports {
		imp("star", i)
	}
	for _, k := range slices.Sorted(maps.Keys(m.Exports)) {
		e := m.Exports[k]
		from := ""
		if e.From != nil {
			from = e.From.Spec
		}
		out = append(out, fmt.Sprintf("export %s %s %s %s %v", k, e.Local, from, e.FromName, e.Pos))
	}
	for _, k := range slices.Sorted(maps.Keys(m.Locals)) {
		out = append(out, "local "+k+" "+m.Locals[k].Import.Spec)
	}
	for _, k := range slices.Sorted(maps.Keys(m.Funcs)) {
		out = append(out, "func "+k)
	}
	return out
}

// TestRenders: Func.Renders lists the capitalised components a function
// renders, once each and in order, not host elements or members, and a
// TypeScript file (no JSX) renders nothing. A const choosing the element
// stands for the names among its choices; one bound twice, or to a plain
// name, stands for itself.
func TestRenders(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"page.tsx": `export default async function Page() {
  const a = 1 < 2
  return <main><Feed a={<Card />} /><div /><Tabs.List /><Card>x</Card><Footer /></main>
}`,
		"page.jsx": `export default function Page() { return <><Hero /></> }`,
		"lib.ts":   `export function f<T>(x: T) { return x < 1 }`,
		"button.tsx": `export default function Button({ asChild, as, live }) {
  const Comp = asChild ? Slot.Root : live ? Live : "button"
  const Tag = as ?? "span"
  const Own = Card
  return <Comp><Tag /><Own /></Comp>
}`,
		"twice.jsx": `export default function Twice({ a }) {
  const Comp = a ? Slot : "a"
  const inner = () => { const Comp = Loader; return <Comp /> }
  return <Comp />
}`,
	})
	for p, want := range map[string][]string{"page.tsx": {"Feed", "Card", "Footer"}, "page.jsx": {"Hero"}, "lib.ts": nil,
		"button.tsx": {"Slot.Root", "Live", "as", "Own"}, "twice.jsx": {"Comp"}} {
		mod := m.Module(p)
		if mod == nil || mod.Err != nil {
			t.Fatalf("%s: %+v", p, mod)
		}
		name := "f"
		if e := mod.Exports["default"]; e != nil {
			name = e.Local
		}
		if got := mod.Funcs[name].Renders; !slices.Equal(got, want) {
			t.Errorf("%s: Renders = %q, want %q", p, got, want)
		}
	}
}
