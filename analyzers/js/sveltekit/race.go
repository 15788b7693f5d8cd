package sveltekit

import (
	"fmt"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// The seed's SvelteKit race (CLK502): svelte-clerk loads Clerk in the
// browser after the component mounts, so in an onMount callback the
// context's session, user and clerk.session are still empty. A token read
// there is undefined and the API call that should carry it goes out
// unauthenticated (or throws). $effect re-runs once Clerk has loaded;
// onMount runs once.

// clerkState are the members of useClerkContext()'s result that are empty
// until Clerk has loaded.
var clerkState = map[string]bool{"session": true, "user": true, "organization": true, "client": true, "auth": true}

// loadedTest marks a callback that waits for Clerk (ctx.isLoaded,
// clerk.loaded, await clerk.load()).
var loadedTest = lazyregexp.New(`\b(isLoaded|loaded|load\(\)|addListener)\b`)

// checkRace reports Clerk state read in onMount before Clerk has loaded.
func (c *checker) checkRace(pass *js.Pass, mod *js.Module) {
	var onMount string
	ctxFn := map[string]bool{}
	for local, n := range mod.Locals {
		switch {
		case n.Import == nil || n.TypeOnly:
		case n.Import.Spec == "svelte" && n.Imported == "onMount":
			onMount = local
		case (n.Import.Spec == SDK || n.Import.Spec == SDK+"/client") && n.Imported == "useClerkContext":
			ctxFn[local] = true
		}
	}
	if onMount == "" || len(ctxFn) == 0 {
		return
	}
	t, err := pass.Tree()
	if err != nil {
		return
	}
	// ctx names bound from useClerkContext() anywhere in the scripts.
	ctx := map[string]bool{}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() != "variable_declarator" {
			return true
		}
		name, v := n.ChildByFieldName("name"), js.Unwrap(n.ChildByFieldName("value"))
		if name != nil && name.Type() == "identifier" && v != nil && v.Type() == "call_expression" {
			if c := js.CalleeOf(t, v); len(c.Path) == 0 && ctxFn[c.Root] {
				ctx[t.Text(name)] = true
			}
		}
		return true
	})
	if len(ctx) == 0 {
		return
	}
	js.Walk(t.Root(), func(n *sitter.Node) bool {
		if n.Type() != "call_expression" {
			return true
		}
		if c := js.CalleeOf(t, n); len(c.Path) != 0 || c.Root != onMount {
			return true
		}
		args := n.ChildByFieldName("arguments")
		if args == nil || args.NamedChildCount() == 0 {
			return false
		}
		fn := js.Unwrap(args.NamedChild(0))
		if !js.IsFunc(fn) || loadedTest.MatchString(t.Text(fn)) {
			return false
		}
		if read := clerkRead(t, fn, ctx); read != nil {
			pos := t.Pos(read)
			pass.Report(rules.Finding{RuleID: ruleid.ClerkNotLoadedRace, Position: pos, Construct: "sveltekit:onMount:" + t.Text(read),
				Message: fmt.Sprintf("%s is read in onMount, which runs before Clerk has loaded in the browser: it is still empty on first mount, so the token or user it should give is missing and the request goes out unauthenticated; read it in $effect(() => { if (ctx.isLoaded) … }), which runs again once Clerk is loaded", t.Text(read))})
		}
		return false
	})
}

// clerkRead finds the first read of a not-yet-loaded member of a Clerk
// context (ctx.session, ctx.user, ctx.clerk.session) in fn.
func clerkRead(t *js.Tree, fn *sitter.Node, ctx map[string]bool) *sitter.Node {
	var found *sitter.Node
	js.Walk(fn, func(n *sitter.Node) bool {
		if found != nil {
			return false
		}
		if n.Type() != "member_expression" {
			return true
		}
		obj, prop := js.Unwrap(n.ChildByFieldName("object")), n.ChildByFieldName("property")
		if obj == nil || prop == nil {
			return true
		}
		p := t.Text(prop)
		switch {
		case obj.Type() == "identifier" && ctx[t.Text(obj)] && clerkState[p]:
			found = n
		case obj.Type() == "member_expression" && p == "session":
			// ctx.clerk.session
			o2, p2 := js.Unwrap(obj.ChildByFieldName("object")), obj.ChildByFieldName("property")
			if o2 != nil && p2 != nil && o2.Type() == "identifier" && ctx[t.Text(o2)] && t.Text(p2) == "clerk" {
				found = n
			}
		}
		return found == nil
	})
	return found
}
