package nextjs

import (
	"bytes"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/clerklint/clerklint/analyzers/js"
)

// Server actions Next.js never exposes (CLK101). An export of a
// 'use server' module is a server action a browser can call only when the
// app hands it one: a page, a server component or a client component
// imports it. A module nothing imports is in no build at all. From
// Next.js 15 on, an action's id is salted per build and sent only to
// the client code that refers to the action ("secure action ids", "dead
// code elimination"), so an export that only route handlers, the
// middleware or other 'use server' modules import (a webhook's or an API
// route's helpers, an action's database helpers, which hand no function
// to a browser), or that no module imports while its
// module's other exports are actions, has no id anyone can learn.
//
// Before 15 the ids were derived from the file and export name, and every
// export of a module a page's server graph or client code reaches was
// registered, so there a module counts as exposed as soon as a page, a
// component, a plain module or another action module imports it. A module
// only route handlers and the middleware import is not: the middleware is
// built apart from the app, and the actions a route handler's imports
// register belong to that handler's worker, which runs no actions (a page
// asked for an action it lacks forwards the request to the worker that
// has it, and the route handler answers it with its own method).
//
// The index errs towards exposure: an import the model cannot resolve
// whose last path segment names the module counts as an importer of every
// export, and so do namespace imports, dynamic imports and re-exports.

// importer is one module importing a 'use server' module.
type importer struct {
	file  string
	names []string // imported names; "*" for all of them
	// entry: a route handler or the middleware, which runs on the server
	// only and hands no function to a browser.
	entry bool
	// server: a 'use server' module, whose code only calls what it
	// imports (its own exports are the actions).
	server bool
}

// actionIndex maps every module path the app imports to its importers,
// and the stems of import specifiers the model could not resolve;
// unread are the app's files with no summary (too large, minified, timed
// out), whose imports are not known.
type actionIndex struct {
	by         map[string][]importer
	unresolved map[string]bool
	unread     []string
	// named memoises unreadNames per module stem: every export of a
	// module asks, and each answer reads every unread file.
	named sync.Map
}

// unreadNames reports whether a file the model could not summarise may
// import the module of that stem: it is too large to read, or its text
// names the stem.
func (ix *actionIndex) unreadNames(m *js.Model, stem string) bool {
	if v, ok := ix.named.Load(stem); ok {
		return v.(bool)
	}
	named := false
	for _, p := range ix.unread {
		if src := m.ReadSmall(p); src == nil || bytes.Contains(src, []byte(stem)) {
			named = true
			break
		}
	}
	ix.named.Store(stem, named)
	return named
}

// actionImports builds the app's import index once.
func (as *appState) actionImports(m *js.Model) *actionIndex {
	as.importsOnce.Do(func() {
		ix := &actionIndex{by: map[string][]importer{}, unresolved: map[string]bool{}}
		as.imports = ix
		for _, f := range as.srcs {
			rm := m.Module(f.Path)
			if rm == nil || rm.Err != nil {
				if routeExts[path.Ext(f.Path)] || strings.HasSuffix(f.Path, ".cjs") {
					ix.unread = append(ix.unread, f.Path)
				}
				continue
			}
			entry := as.files[f.Path] != nil
			if r, ok := RouteOf(as.app.Rel(f.Path)); ok && (r.Kind == AppHandler || r.Kind == PagesAPI) {
				entry = true
			}
			server := rm.UseServer()
			add := func(imp *js.Import, names []string, reexport bool) {
				if imp == nil || imp.TypeOnly {
					return
				}
				to := m.Resolve(f.Path, imp.Spec)
				if to == "" {
					if localSpec(imp.Spec) {
						ix.unresolved[specStem(imp.Spec)] = true
					}
					return
				}
				ix.by[to] = append(ix.by[to], importer{file: f.Path, names: names, entry: entry, server: server && !reexport})
			}
			for _, imp := range rm.Imports {
				var names []string
				for _, n := range imp.Names {
					if !n.TypeOnly {
						names = append(names, n.Imported)
					}
				}
				if imp.Kind != js.ImportStatic || len(imp.Names) == 0 {
					names = []string{"*"} // import('x'), require('x'), a side-effect import
				}
				add(imp, names, false)
			}
			for _, ex := range rm.Exports {
				if ex.From != nil {
					add(ex.From, []string{"*"}, true) // a barrel hands it on to importers the index does not follow
				}
			}
			for _, imp := range rm.StarExports {
				add(imp, []string{"*"}, true)
			}
		}
	})
	return as.imports
}

// unexposedAction reports why an export of a module-level 'use server'
// module is no server action Next.js exposes ("" when it may be one).
func (c *checker) unexposedAction(m *js.Model, as *appState, mod *js.Module, name string) string {
	if !as.app.Contains(mod.Path) {
		return "" // a shared package's module: its importers may live in other apps
	}
	if _, ok := RouteOf(as.app.Rel(mod.Path)); ok {
		return "" // a page or route module is an entry point of its own
	}
	ix := as.actionImports(m)
	stem := specStem(mod.Path)
	if ix.unresolved[stem] {
		return ""
	}
	if ix.unreadNames(m, stem) {
		return "" // a file the model could not summarise may import it
	}
	var entries []string
	imported := false
	for _, im := range ix.by[mod.Path] {
		if im.server && !im.entry && as.next >= 15 && im.file != mod.Path {
			// Another action module calls it on the server; from 15 on no
			// client learns its id through that.
			entries = append(entries, as.app.Rel(im.file))
			continue
		}
		if !im.entry && !ix.rendered(m, as, im.file) {
			// Only route handlers, the middleware or nothing at all reach
			// the importer: no page's graph holds the module.
			entries = append(entries, as.app.Rel(im.file))
			continue
		}
		if !im.entry {
			if as.next < 15 {
				return "" // before Next.js 15 every export of a module the pages import is registered
			}
			for _, n := range im.names {
				if n == "*" || n == name {
					return ""
				}
			}
			imported = true
			continue
		}
		entries = append(entries, as.app.Rel(im.file))
	}
	switch {
	case len(entries) > 0 && as.next < 15:
		return "only route handlers, the middleware or modules no page renders import its module (" + entries[0] + "), and none of them runs server actions: the ids registered through a route handler's imports belong to that handler, which answers an action request with its own method"
	case len(entries) > 0 && !imported:
		return "only route handlers, the middleware or other 'use server' modules import its module (" + entries[0] + "), which hand no action to a browser, and " + as.nextName() + " gives out no id for an action it was not handed"
	case imported:
		return "no page or component imports it (its module's other exports are the actions the pages use), and " + as.nextName() + " gives out no id for an action no client code refers to"
	}
	return "nothing in the app imports its module, so no build of the app holds it as a server action"
}

// nextName names the Next.js version the judgement assumes: "Next.js 15",
// or "Next.js 16 (next "latest")" when a dist-tag stood for the newest.
func (as *appState) nextName() string {
	name := "Next.js " + strconv.Itoa(as.next)
	if rng := as.nextRange; js.MajorOf(rng) == 0 {
		name += " (next " + strconv.Quote(rng) + ")"
	}
	return name
}

// rendered reports whether a page can reach file: some chain of importers
// leads from a view Next renders (a page, a layout, a Pages Router page)
// to it without passing through a route handler or the middleware. Only
// such a file puts the 'use server' modules it imports in a page's build.
// Like the index, it errs towards yes: a 'use client' module counts as
// rendered (client code is written for pages), and so does a file whose
// stem an unresolved import or an unsummarised file names.
func (ix *actionIndex) rendered(m *js.Model, as *appState, file string) bool {
	seen := map[string]bool{file: true}
	queue := []string{file}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		if viewRoot(as.app.Rel(f)) {
			return true
		}
		if rm := m.Module(f); rm != nil && rm.UseClient() {
			return true // client code: held to be in some page's bundle
		}
		if stem := specStem(f); ix.unresolved[stem] || ix.unreadNames(m, stem) {
			return true
		}
		for _, im := range ix.by[f] {
			if !im.entry && !seen[im.file] {
				seen[im.file] = true
				queue = append(queue, im.file)
			}
		}
	}
	return false
}

// viewRoot: a file Next.js renders for a URL of its own, relative to the
// app: an App Router page or one of the views it nests in (layout,
// template, default, loading, error and the like; not under a private
// folder), or a Pages Router file outside pages/api.
func viewRoot(rel string) bool {
	ext := path.Ext(rel)
	if !routeExts[ext] {
		return false
	}
	parts := strings.Split(strings.TrimPrefix(strings.TrimSuffix(rel, ext), "src/"), "/")
	if len(parts) < 2 {
		return false
	}
	switch parts[0] {
	case "pages":
		return parts[1] != "api"
	case "app":
		switch parts[len(parts)-1] {
		case "page", "layout", "template", "default", "loading", "error", "global-error", "not-found", "forbidden", "unauthorized":
			return !unroutedView(rel)
		}
	}
	return false
}

// localSpec: an import specifier naming a project file (relative, or one
// of the usual path aliases) rather than a package.
func localSpec(spec string) bool {
	return strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "@/") || strings.HasPrefix(spec, "~/") || strings.HasPrefix(spec, "#")
}

// specStem is the last path segment of a specifier or file without its
// extension; an index file is named by its directory.
func specStem(p string) string {
	p = strings.TrimSuffix(p, "/")
	base := path.Base(p)
	if ext := path.Ext(base); routeExts[ext] {
		base = strings.TrimSuffix(base, ext)
	}
	if base == "index" {
		return path.Base(path.Dir(p))
	}
	return base
}
