package js

import "testing"

// trpcCall follows a caller to the procedure it reaches and judges its
// builder's middleware; shapes it cannot follow, self-referencing
// bindings and broken files are no protection and no crash.
func TestTRPCCall(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"trpc.ts": `import { auth } from '@clerk/nextjs/server'
import { initTRPC, TRPCError } from '@trpc/server'
export const createContext = async () => ({ userId: (await auth()).userId })
const t = initTRPC.context().create()
export const router = t.router
export const authed = t.procedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: 'UNAUTHORIZED' })
  return next()
})
export const open = t.procedure
export const loop = loop.use(loop)
`,
		"root.ts": `import { authed, open, router, loop, createContext } from './trpc'
const self = router({ again: self })
export const appRouter = router({
  a: router({ mine: authed.query(() => 1), all: open.query(() => 2), spin: loop.query(() => 3) }),
  self,
})
export const api = appRouter.createCaller(createContext)
`,
		"broken.ts": "export const api = createCaller(((( {",
		"use.ts": `import { api } from './root'
import { api as bad } from './broken'
export async function f() {
  await api.a.mine()
  await api.a.all()
  await api.a.spin()
  await api.self.again.x()
  await bad.a.mine()
}
`,
	})
	mod := m.Module("use.ts")
	cases := map[string]bool{"api.a.mine": true, "api.a.all": false, "api.a.spin": false, "api.self.again.x": false, "bad.a.mine": false}
	for _, c := range mod.Funcs["f"].Calls {
		want, ok := cases[c.Callee.String()]
		if !ok {
			continue
		}
		delete(cases, c.Callee.String())
		if got := m.trpcCall(mod, c.Callee) != ""; got != want {
			t.Errorf("%s: protected = %v, want %v", c.Callee, got, want)
		}
	}
	if len(cases) > 0 {
		t.Errorf("calls not summarised: %v", cases)
	}
}
