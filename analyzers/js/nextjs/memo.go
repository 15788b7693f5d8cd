package nextjs

import (
	"strings"

	"github.com/clerklint/clerklint/analyzers/js"
)

// memoWrappers are the request-memo wrappers of React and Next.js: what
// they return calls the function they are given with the same arguments
// (once per request or per cache key), so an action exported as one does
// what that function does.
var memoWrappers = map[string]bool{"react cache": true, "next/cache unstable_cache": true}

// memoTarget follows a 'use server' export built by a memo wrapper
// (`export const getPlans = cache(loadPlans)`, unstable_cache(async () =>
// …, keys)) to the function it runs, through imports: the action is
// judged by that function's body. nil when the export is no such call or
// the function is not one of the project's.
func memoTarget(m *js.Model, mod *js.Module, name string) (*js.Module, *js.Func) {
	exp := mod.Exports[name]
	if exp == nil || exp.From != nil {
		return nil, nil
	}
	fn := mod.Funcs[exp.Local]
	if fn == nil || fn.Wrapped == nil || len(fn.Wrapped.Args) == 0 {
		return nil, nil
	}
	r := m.ResolveCallee(mod, fn.Wrapped.Callee)
	if len(r.Path) > 0 || !memoWrappers[r.Pkg+" "+strings.TrimPrefix(r.Name, "default.")] {
		return nil, nil
	}
	a := fn.Wrapped.Args[0]
	switch {
	case a.Func != nil:
		return mod, a.Func
	case a.Local == "":
		return nil, nil
	case mod.Funcs[a.Local] != nil:
		return mod, mod.Funcs[a.Local]
	}
	t := m.ResolveCallee(mod, js.Callee{Root: a.Local})
	if t.Fn == nil || len(t.Path) > 0 || t.Fn.Wrapped != nil {
		return nil, nil
	}
	return t.Mod, t.Fn
}
