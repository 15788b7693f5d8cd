package sveltekit

// CLK402 for SvelteKit: a sign-in, sign-up or redirect URL (svelte-clerk's
// PUBLIC_CLERK_* env variables, a svelte-clerk component's URL props,
// withClerkHandler's or handleClerk's options) that no route under
// src/routes serves. Routes are matched the way SvelteKit routes them:
// groups "(name)" dropped, [param], [...rest] and the optional [[param]].
//
// Out of reach, and so not judged: apps that change where routes are
// served (a reroute hook in src/hooks, paths.base in svelte.config), URLs a
// handle of the hooks spells (it may redirect them), URLs built at run time
// and absolute URLs (the Account Portal).

import (
	"bytes"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// routeIndex is what an app's router serves, for judging URLs.
type routeIndex struct {
	routes [][]string // the segments of each served route's URL pattern
	// mounts are the pages rendering a path-routed svelte-clerk component,
	// by component ("SignIn" → "/sign-in").
	mounts map[string]string
	// skip says why URLs cannot be judged in this app ("" when they can).
	skip string
	// hooksSrc are the hooks sources: a path they spell may be redirected.
	hooksSrc [][]byte
}

// routeIndex builds the app's index on first use.
func (c *checker) routeIndex(m *js.Model, as *appState) *routeIndex {
	as.urlOnce.Do(func() {
		idx := &routeIndex{mounts: map[string]string{}}
		as.urls = idx
		var pages []string
		for _, f := range m.Project.Files {
			if !as.app.Contains(f.Path) || m.App(f.Path) != as.app {
				continue
			}
			switch kind, dir := RouteFile(as.app.Rel(f.Path)); kind {
			case Server, PageServer, PageUniversal, PageComponent:
				idx.routes = append(idx.routes, routeSegs(dir))
				if kind == PageComponent {
					pages = append(pages, f.Path)
				}
			}
		}
		for _, name := range []string{"svelte.config.js", "svelte.config.ts", "svelte.config.mjs"} {
			if src := m.ReadSmall(path.Join(as.app.Dir, name)); src != nil && bytes.Contains(src, []byte("base:")) {
				idx.skip = name + " sets paths.base"
			}
		}
		for _, name := range []string{"src/hooks.ts", "src/hooks.js", "src/hooks.server.ts", "src/hooks.server.js"} {
			src := m.ReadSmall(path.Join(as.app.Dir, name))
			if src == nil {
				continue
			}
			if bytes.Contains(src, []byte("reroute")) {
				idx.skip = name + " reroutes URLs"
			}
			idx.hooksSrc = append(idx.hooksSrc, src)
		}
		if len(pages) == 0 {
			idx.skip = "the app has no pages"
		}
		if idx.skip != "" {
			return
		}
		sort.Strings(pages)
		for _, p := range pages {
			src := m.ReadSmall(p)
			mod := m.Module(p)
			if src == nil || mod == nil || mod.Err != nil || !bytes.Contains(src, []byte(SDK)) {
				continue
			}
			_, dir := RouteFile(as.app.Rel(p))
			for _, tag := range js.SvelteTags(src) {
				if name := sdkImport(mod, tag.Name); c.PathRouted[name] && idx.mounts[name] == "" {
					idx.mounts[name] = URLOf(dir)
					if Rest(dir) {
						idx.mounts[name] = path.Dir(idx.mounts[name]) // "/sign-in/[...rest]" → "/sign-in"
					}
				}
			}
		}
	})
	return as.urls
}

// routeSegs are the segments of a route directory's URL pattern, for
// js.ServesURL: SvelteKit's rest parameter also matches no segment at all
// (src/routes/sign-in/[...rest] serves /sign-in), as Next.js's optional
// catch-all [[...rest]] does.
func routeSegs(dir string) []string {
	segs := js.URLSegs(URLOf(dir))
	for i, s := range segs {
		if strings.HasPrefix(s, "[...") {
			segs[i] = "[" + s + "]"
		}
	}
	return segs
}

// urlProblem judges one configured URL: "" when a route serves it or it
// cannot be judged. own is 1 when the URL is an option of the hooks
// themselves, which then spell it once without redirecting it.
func (idx *routeIndex) urlProblem(what, raw string, kind js.AuthURLKind, own int) string {
	u, ok := js.JudgeableURL(raw)
	if idx.skip != "" || !ok {
		return ""
	}
	segs := js.URLSegs(u)
	for _, r := range idx.routes {
		if js.ServesURL(r, segs) {
			return ""
		}
	}
	n := 0
	for _, src := range idx.hooksSrc {
		for _, q := range []string{"'", `"`, "`"} {
			n += bytes.Count(src, []byte(q+u+q))
		}
	}
	if n > own {
		return "" // a handle may redirect it
	}
	fix := "create that route or point it at one that exists"
	switch comp := kind.Component(); {
	case idx.mounts[comp] != "":
		fix = fmt.Sprintf("set it to %s, where <%s> is mounted", idx.mounts[comp], comp)
	case comp != "":
		fix = fmt.Sprintf("create src/routes%s/[...rest]/+page.svelte rendering <%s>, or point it at the route that does", trimSlash(u), comp)
	}
	return fmt.Sprintf("%s is %s but no route under src/routes serves that path: %s; %s", what, raw, js.NoPageWhy(what, kind), fix)
}

// checkEnvURLs judges, once per app, the svelte-clerk URL variables of its
// env files and their templates (js.EnvURLs).
func (c *checker) checkEnvURLs(pass *js.Pass, as *appState) {
	// svelte-clerk reads the PUBLIC_ names; the NEXT_PUBLIC_ ones are
	// Next.js's.
	for _, u := range js.EnvURLs(pass.Model, as.app.Dir, c.urlEnv, "PUBLIC_") {
		if msg := c.routeIndex(pass.Model, as).urlProblem(u.Name, u.Value, js.EnvURLKind(u.Name), 0); msg != "" {
			pass.ReportIn(rules.Finding{RuleID: ruleid.AuthURLNoRoute, Construct: "env:" + u.Name, Message: msg, Position: u.At})
		}
	}
}

// checkComponentURLs judges the literal URL props of the svelte-clerk
// components of a .svelte file (<SignIn signUpUrl="/register" />,
// <ClerkProvider signInUrl="/login">).
func (c *checker) checkComponentURLs(pass *js.Pass, as *appState) {
	if !bytes.Contains(pass.Src, []byte(SDK)) || !mentionsProp(pass.Src, c.urlProp) {
		return
	}
	mod := pass.Module()
	if mod == nil || mod.Err != nil {
		return
	}
	for _, tag := range js.SvelteTags(pass.Src) {
		comp := sdkImport(mod, tag.Name)
		if comp == "" {
			continue
		}
		for _, a := range tag.Attrs {
			if !c.urlProp[a.Name] || !a.Static {
				continue
			}
			if msg := c.routeIndex(pass.Model, as).urlProblem(fmt.Sprintf("<%s %s>", comp, a.Name), a.Value, js.PropURLKind(a.Name), 0); msg != "" {
				pos := a.Pos
				pos.File = ""
				pass.Report(rules.Finding{RuleID: ruleid.AuthURLNoRoute, Position: pos, Construct: "sveltekit:prop:" + comp + "." + a.Name, Message: msg})
			}
		}
	}
}

// checkHookURLs judges the literal URL options of the Clerk handler in the
// hooks (withClerkHandler({ signInUrl }), handleClerk(key, { signInUrl })).
func (c *checker) checkHookURLs(pass *js.Pass, as *appState) {
	h := as.hooks
	if h == nil || h.file != pass.File.Path {
		return
	}
	for _, o := range h.options {
		if !c.urlProp[o.name] {
			continue
		}
		if msg := c.routeIndex(pass.Model, as).urlProblem(strings.TrimSuffix(h.clerk, ")")+"{ "+o.name+" })", o.value, js.PropURLKind(o.name), 1); msg != "" {
			pos := o.at
			pos.File = ""
			pass.Report(rules.Finding{RuleID: ruleid.AuthURLNoRoute, Position: pos, Construct: "sveltekit:option:" + o.name, Message: msg})
		}
	}
}

// mentionsProp reports whether src spells one of the props as an attribute.
func mentionsProp(src []byte, props map[string]bool) bool {
	for p := range props {
		if bytes.Contains(src, []byte(p+"=")) {
			return true
		}
	}
	return false
}
