package js

import (
	"slices"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/rules"
)

// PublicClient finds the action client an exported server action is
// built on, or runs its work through, when the project's own name for
// that client holds one of words (endpoint.NameWord: unauthenticatedAction,
// publicActionClient): next-safe-action's and zsa's
// `export const act = publicAction.schema(s).action(async (…) => …)`, or
// a plain action calling a local helper that builds one
// (`const find = () => unauthenticatedAction.createServerAction().handler(…)`,
// `await find()({ id })`), one call deep. It returns the client's name
// and where the action uses it. A client is only a name here: what the
// action may do on it is endpoint.NeedsSession's to judge.
func (m *Model) PublicClient(mod *Module, name string, words []string) (string, rules.Position, bool) {
	if len(words) == 0 {
		return "", rules.Position{}, false
	}
	tg := m.lookupExport(mod.Path, name, nil, 0)
	if tg.fn == nil {
		return "", rules.Position{}, false
	}
	if w := tg.fn.Wrapped; w != nil {
		if registers(w.Callee) && endpoint.NameWord(w.Callee.Root, words) != "" {
			return w.Callee.Root, w.Pos, true
		}
		return "", rules.Position{}, false
	}
	if c, ok := buildsOn(tg.fn, words); ok {
		return c.Callee.Root, c.Pos, true
	}
	for _, c := range tg.fn.Calls {
		if len(c.Callee.Path) > 1 || (len(c.Callee.Path) == 1 && c.Callee.Path[0] != "()") {
			continue // a method call: no helper of the project's own
		}
		h := m.resolveCallee(tg.mod, Callee{Root: c.Callee.Root}, 1)
		if h.fn == nil || h.fn == tg.fn {
			continue
		}
		if b, ok := buildsOn(h.fn, words); ok {
			return b.Callee.Root, c.Pos, true
		}
	}
	return "", rules.Position{}, false
}

// registers: a method chain ending in the method that registers an
// action's handler: next-safe-action's action and stateAction, zsa's
// handler (not guestList.map(fn)).
func registers(c Callee) bool {
	n := len(c.Path)
	return n > 0 && slices.Contains([]string{"action", "stateAction", "handler"}, c.Path[n-1])
}

// buildsOn finds a call in fn registering a handler on a client named
// public: a method chain on it (client.input(s).handler(…)) passed an
// inline function.
func buildsOn(fn *Func, words []string) (CallSite, bool) {
	for _, c := range fn.Calls {
		if registers(c.Callee) && endpoint.NameWord(c.Callee.Root, words) != "" &&
			slices.ContainsFunc(c.Args, func(v Value) bool { return v.Lit == inlineFunc }) {
			return c, true
		}
	}
	return CallSite{}, false
}
