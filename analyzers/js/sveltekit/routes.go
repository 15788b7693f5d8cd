package sveltekit

import (
	"path"
	"strings"
)

// FileKind is what a file is to SvelteKit's router.
type FileKind uint8

// Route files (src/routes/**) and the server hooks.
const (
	NotRoute        FileKind = iota
	Server                   // +server.ts: exported HTTP verbs
	PageServer               // +page.server.ts: load and form actions
	LayoutServer             // +layout.server.ts: load, run before the page loads below it
	PageUniversal            // +page.ts: load, run on the server and in the browser
	LayoutUniversal          // +layout.ts
	PageComponent            // +page.svelte
	LayoutComponent          // +layout.svelte
	Hooks                    // src/hooks.server.ts
)

// RouteFile classifies a path relative to its app and returns the route
// directory relative to src/routes ("" for the root route). Layout resets
// (+page@.svelte, +layout@(app).svelte) are the same kinds.
func RouteFile(rel string) (FileKind, string) {
	switch rel {
	case "src/hooks.server.ts", "src/hooks.server.js", "src/hooks.server/index.ts", "src/hooks.server/index.js":
		return Hooks, ""
	}
	if !strings.HasPrefix(rel, "src/routes/") {
		return NotRoute, ""
	}
	dir, base := path.Split(strings.TrimPrefix(rel, "src/routes/"))
	dir = strings.TrimSuffix(dir, "/")
	if !strings.HasPrefix(base, "+") {
		return NotRoute, ""
	}
	name, ext := base, path.Ext(base)
	name = strings.TrimSuffix(name, ext)
	server := strings.HasSuffix(name, ".server")
	name = strings.TrimSuffix(name, ".server")
	if i := strings.IndexByte(name, '@'); i >= 0 {
		name = name[:i]
	}
	script := ext == ".ts" || ext == ".js"
	switch {
	case name == "+server" && script && !server:
		return Server, dir
	case name == "+page" && script && server:
		return PageServer, dir
	case name == "+layout" && script && server:
		return LayoutServer, dir
	case name == "+page" && script:
		return PageUniversal, dir
	case name == "+layout" && script:
		return LayoutUniversal, dir
	case name == "+page" && ext == ".svelte":
		return PageComponent, dir
	case name == "+layout" && ext == ".svelte":
		return LayoutComponent, dir
	}
	return NotRoute, ""
}

// URLOf is the URL pattern of a route directory as SvelteKit writes route
// ids: groups "(name)" are dropped, parameters kept ("/blog/[slug]",
// "/files/[...path]", "/[[lang]]/about").
func URLOf(dir string) string {
	var segs []string
	for _, s := range strings.Split(dir, "/") {
		if s == "" || (strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")) {
			continue
		}
		segs = append(segs, s)
	}
	return "/" + strings.Join(segs, "/")
}

// Rest reports whether a route directory ends in a rest parameter
// ([...rest] or [[...rest]]), so it serves every URL below it.
func Rest(dir string) bool {
	segs := strings.Split(URLOf(dir), "/")
	last := segs[len(segs)-1]
	return strings.HasPrefix(last, "[...") || strings.HasPrefix(last, "[[...")
}

// Samples are concrete URLs a route pattern serves, for evaluating path
// guards: a parameter becomes a placeholder value, a rest parameter both
// nothing and one segment, an optional parameter absent and present. Capped
// at 16 samples.
func Samples(pattern string) []string {
	out := []string{""}
	for _, s := range strings.Split(strings.TrimPrefix(pattern, "/"), "/") {
		if s == "" {
			continue
		}
		var alts []string
		switch {
		case strings.HasPrefix(s, "[[...") || strings.HasPrefix(s, "[..."):
			alts = []string{"", "/x"}
		case strings.HasPrefix(s, "[["):
			alts = []string{"", "/x"}
		case strings.HasPrefix(s, "["):
			alts = []string{"/x"}
		default:
			alts = []string{"/" + s}
		}
		var next []string
		for _, o := range out {
			for _, a := range alts {
				if len(next) < 16 {
					next = append(next, o+a)
				}
			}
		}
		out = next
	}
	for i, o := range out {
		if o == "" {
			out[i] = "/"
		}
	}
	return out
}

// routeDirs are the route directory and its ancestors, root last.
func routeDirs(dir string) []string {
	out := []string{dir}
	for dir != "" {
		if i := strings.LastIndexByte(dir, '/'); i >= 0 {
			dir = dir[:i]
		} else {
			dir = ""
		}
		out = append(out, dir)
	}
	return out
}
