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

// TRPCCaller knows a caller object by its factory, through bindings,
// barrels and imports; a call of another package's function, a function
// export and a self-referencing binding are no caller.
func TestTRPCCaller(t *testing.T) {
	m := newTestModel(t, map[string]string{
		"trpc.ts": `import { initTRPC } from '@trpc/server'
const t = initTRPC.create()
export const router = t.router
export const makeCaller = t.createCallerFactory
`,
		"index.ts": `import { makeCaller } from './trpc'
import { router } from './trpc'
export const appRouter = router({})
export { makeCaller }
`,
		"server.ts": `'use server'
import { createCallerFactory } from '@trpc/server'
import { makeCaller, appRouter } from './index'
import { wrap } from 'some-kit'
const forApp = makeCaller(appRouter)
export const viaBarrel = forApp(createContext)
export const direct = createCallerFactory(appRouter)(createContext)
export const method = appRouter.createCaller(createContext)
export const other = wrap(createContext)
export const spin = spin(createContext)
export async function createContext() { return {} }
`,
	})
	mod := m.Module("server.ts")
	for name, want := range map[string]bool{"viaBarrel": true, "direct": true, "method": true, "other": false, "spin": false, "createContext": false, "missing": false} {
		if got := m.TRPCCaller(mod, name); got != want {
			t.Errorf("TRPCCaller(%s) = %v, want %v", name, got, want)
		}
	}
}
