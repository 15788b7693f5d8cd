package sveltekit

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// checkComponent runs the component rules on a .svelte file: CLK401 on a
// page's path-routed svelte-clerk components, CLK701 on the root layout
// (or, without one, on the first component using Clerk).
func (c *checker) checkComponent(pass *js.Pass, as *appState, kind FileKind, dir string) {
	if as.legacy || !bytes.Contains(pass.Src, []byte(SDK)) && pass.File.Path != as.rootLayout {
		return
	}
	mod := pass.Module()
	if mod == nil || mod.Err != nil {
		return
	}
	if kind == PageComponent && c.Enabled[ruleid.SignInNotCatchAll] && !Rest(dir) {
		c.checkRouted(pass, mod, dir, pathByDefault(as.app))
	}
	if c.Enabled[ruleid.ClerkProviderMissing] {
		c.checkProvider(pass, as)
	}
	if c.Enabled[ruleid.ClerkNotLoadedRace] {
		c.checkRace(pass, mod)
	}
}

// sdkImport is the svelte-clerk export a local name is imported as, "" if
// it is not one.
func sdkImport(mod *js.Module, local string) string {
	n := mod.Locals[local]
	if n == nil || n.TypeOnly || n.Import == nil || n.Import.TypeOnly {
		return ""
	}
	if n.Import.Spec != SDK && n.Import.Spec != SDK+"/client" {
		return ""
	}
	return n.Imported
}

// checkRouted reports a path-routed component on a page that is not a rest
// route: svelte-clerk routes <SignIn>, <SignUp>, <UserProfile>, … by path
// unless routing="hash" (or "virtual") is passed, and their later steps
// (/sign-in/factor-one, /sign-in/sso-callback) need [...rest] to exist.
func (c *checker) checkRouted(pass *js.Pass, mod *js.Module, dir string, byDefault bool) {
	for _, tag := range js.SvelteTags(pass.Src) {
		name := sdkImport(mod, tag.Name)
		if !c.PathRouted[name] {
			continue
		}
		if _, spread := tag.Attr("..."); spread {
			continue
		}
		r, ok := tag.Attr("routing")
		switch {
		case ok && (!r.Static || r.Value != "path"):
			continue // hash, virtual, or decided at run time
		case !ok && !byDefault:
			continue // hash routing by default before svelte-clerk 0.20
		}
		url := URLOf(dir)
		pos := tag.Pos
		pass.Report(rules.Finding{RuleID: ruleid.SignInNotCatchAll, Position: pos, Construct: "sveltekit:" + name,
			Message: fmt.Sprintf("<%s> routes by path, but this page serves %s only: its later steps (%s/factor-one, %s/sso-callback) have no route and 404; move the page to src/routes%s/[...rest]/+page.svelte or pass routing=\"hash\"",
				tag.Name, url, trimSlash(url), trimSlash(url), trimSlash(url))})
	}
}

// version reads the lowest major.minor a dependency range admits.
var version = lazyregexp.New(`(\d+)\.(\d+)`)

// pathByDefault: svelte-clerk 0.20 made path routing its components'
// default (before, they routed by hash unless routing="path" was passed).
// An unreadable range (latest, workspace:*) is taken as a current release.
func pathByDefault(a *js.App) bool {
	sdk, ok := a.SDK(SDK)
	if !ok {
		return false
	}
	m := version.FindStringSubmatch(sdk.Range)
	if m == nil {
		return true
	}
	major, _ := strconv.Atoi(m[1])
	minor, _ := strconv.Atoi(m[2])
	return major > 0 || minor >= 20
}

func trimSlash(u string) string {
	if u == "/" {
		return ""
	}
	return u
}

// checkProvider reports CLK701 once per app: svelte-clerk components or
// hooks are used, and the root layout renders no <ClerkProvider>, directly
// or through a component it imports.
func (c *checker) checkProvider(pass *js.Pass, as *appState) {
	m := pass.Model
	as.uiOnce.Do(func() { as.uiUse, as.uiFile = c.firstUI(m, as) })
	if as.uiUse == "" {
		return
	}
	report := as.rootLayout
	if report == "" {
		report = as.uiFile
	}
	if pass.File.Path != report {
		return
	}
	as.providerOnce.Do(func() { as.provider = as.rootLayout != "" && providerReached(m, as.rootLayout) })
	if as.provider {
		return
	}
	where := "src/routes/+layout.svelte renders no <ClerkProvider>, directly or through a component it imports"
	if as.rootLayout == "" {
		where = "the app has no src/routes/+layout.svelte rendering <ClerkProvider>"
	}
	pass.Report(rules.Finding{RuleID: ruleid.ClerkProviderMissing, Position: rules.Position{Line: 1, Column: 1}, Construct: "sveltekit:no-provider",
		Related: []rules.Related{{Position: rules.Position{File: as.uiFile, Line: 1, Column: 1}, Message: "uses " + as.uiUse}},
		Message: fmt.Sprintf("the app uses %s from svelte-clerk (%s) but %s: svelte-clerk's components and useClerkContext() read the Clerk instance the provider creates and fail without it; wrap the root layout's content in <ClerkProvider {...data}> with data from buildClerkProps(locals.auth()) in +layout.server.ts",
			as.uiUse, as.uiFile, where)})
}

// firstUI is the first svelte-clerk component or hook a component or
// module of the app imports, in path order.
func (c *checker) firstUI(m *js.Model, as *appState) (string, string) {
	files := m.Sources(as.app.Dir)
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	for _, f := range files {
		if m.App(f.Path) != as.app {
			continue
		}
		src := m.ReadSmall(f.Path)
		if src == nil || !bytes.Contains(src, []byte(SDK)) {
			continue
		}
		mod := m.Module(f.Path)
		if mod == nil || mod.Err != nil {
			continue
		}
		for _, imp := range mod.Imports {
			if imp.TypeOnly || (imp.Spec != SDK && imp.Spec != SDK+"/client") {
				continue
			}
			for _, n := range imp.Names {
				if !n.TypeOnly && c.UINames[n.Imported] {
					return n.Imported, f.Path
				}
			}
		}
	}
	return "", ""
}

// providerReached reports whether the root layout or a module it imports
// imports svelte-clerk's ClerkProvider.
func providerReached(m *js.Model, root string) bool {
	reach := m.Closure([]string{root}, func(e *js.Edge, _ *js.Module) bool { return !e.Import.TypeOnly })
	for p := range reach {
		mod := m.Module(p)
		if mod == nil || mod.Err != nil {
			continue
		}
		for _, imp := range mod.Imports {
			if imp.Spec != SDK && imp.Spec != SDK+"/client" {
				continue
			}
			for _, n := range imp.Names {
				if n.Imported == "ClerkProvider" {
					return true
				}
			}
		}
	}
	return false
}
