package js

import (
	"slices"
	"testing"
)

// TestParamResults: a helper running callbacks is read for what it hands
// back of their results (ResultOf) and what it hands one of another's
// (Relays), through locals assigned in nested callbacks.
func TestParamResults(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"package.json": `{"dependencies":{"next":"15","@clerk/nextjs":"^6"}}`,
		"lib/tx.ts": `import { db } from './db'
export async function inTx<T>(work: (tx: unknown) => Promise<T>): Promise<T> {
  let out: T
  await db.transaction(async (tx) => { out = await work(tx) })
  return out!
}
export async function direct(work) { return await work(1) }
export const arrow = async (work) => work(1)
export async function thenAfter(work, after) {
  let done
  await db.transaction(async (tx) => { done = await work(tx) })
  const r = await after(
    // the first's result
    done,
  )
  return { done, r }
}
export async function inline(work, after) { return after(await work(1)) }
export async function sometimesNull(work) { if (Math.random()) return null; return work(1) }
export async function reassigned(work) { let r = await work(1); r = await other(); return r }
export async function fresh(work, after) { await work(1); return { x: await after(await other()) } }
async function other() { return 1 }
`,
	})
	mod := m.Module("lib/tx.ts")
	for name, want := range map[string]struct {
		of     int
		relays []Relay
	}{
		"inTx":          {of: 1},
		"direct":        {of: 1},
		"arrow":         {of: 1},
		"thenAfter":     {relays: []Relay{{From: 0, To: 1, Arg: 0}}},
		"inline":        {of: 2, relays: []Relay{{From: 0, To: 1, Arg: 0}}},
		"sometimesNull": {},
		"reassigned":    {},
		"fresh":         {},
	} {
		f := mod.Funcs[name]
		if f == nil {
			t.Fatalf("%s: not summarised", name)
		}
		if f.ResultOf != want.of || !slices.Equal(f.Relays, want.relays) {
			t.Errorf("%s: ResultOf %d, Relays %v; want %d, %v", name, f.ResultOf, f.Relays, want.of, want.relays)
		}
	}
}
