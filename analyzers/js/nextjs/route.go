package nextjs

import (
	"path"
	"strings"
)

// RouteKind is what a file under app/ or pages/ serves.
type RouteKind uint8

// Route kinds.
const (
	NotRoute   RouteKind = iota
	AppHandler           // app/**/route.ts: one endpoint per exported HTTP method
	PagesAPI             // pages/api/**: the default export handles every method
	AppPage              // app/**/page.tsx (a page: judged by CLK101 when private, see pages.go)
)

// Route is the URL a file serves.
type Route struct {
	Kind RouteKind
	// Dir is the router directory the file lies in, relative to the app
	// ("app", "src/app", "pages", "src/pages").
	Dir string
	// Pattern is the URL with Next's dynamic segments kept ("/api/users/[id]").
	Pattern string
	// Samples are concrete URLs the route answers, used to evaluate matchers:
	// [id] → one segment, [...x] → two segments, [[...x]] → none and one.
	Samples []string
}

// routeExts are the page extensions Next.js accepts by default.
var routeExts = map[string]bool{".ts": true, ".tsx": true, ".js": true, ".jsx": true, ".mjs": true, ".mts": true}

// unroutedView reports an App Router view file (page, layout, template,
// default) under a private folder _x: Next renders none of them, so a
// server action declared inline in one is never given an id. Other files
// there are colocated components, rendered wherever a routed page imports
// them.
func unroutedView(rel string) bool {
	ext := path.Ext(rel)
	if !routeExts[ext] {
		return false
	}
	parts := strings.Split(strings.TrimPrefix(strings.TrimSuffix(rel, ext), "src/"), "/")
	if len(parts) < 3 || parts[0] != "app" {
		return false
	}
	switch parts[len(parts)-1] {
	case "page", "layout", "template", "default":
	default:
		return false
	}
	for _, d := range parts[1 : len(parts)-1] {
		if strings.HasPrefix(d, "_") {
			return true
		}
	}
	return false
}

// RouteOf derives the route a file serves from its path relative to the app
// directory, following Next's folder conventions: route groups (x) and
// parallel slots @x add no segment, private folders _x (and everything
// below) are not routed, %5F escapes a leading underscore, [id], [...x] and
// [[...x]] are dynamic.
func RouteOf(rel string) (Route, bool) {
	ext := path.Ext(rel)
	if !routeExts[ext] {
		return Route{}, false
	}
	parts := strings.Split(strings.TrimSuffix(rel, ext), "/")
	start := 0
	if parts[0] == "src" {
		start = 1
	}
	if len(parts) <= start+1 {
		return Route{}, false
	}
	r := Route{Dir: strings.Join(parts[:start+1], "/")}
	segs := parts[start+1:]
	base := segs[len(segs)-1]
	dirs := segs[:len(segs)-1]
	switch parts[start] {
	case "app":
		switch base {
		case "route":
			r.Kind = AppHandler
		case "page":
			r.Kind = AppPage
		default:
			return Route{}, false
		}
	case "pages":
		if len(segs) < 2 || segs[0] != "api" {
			return Route{}, false
		}
		r.Kind = PagesAPI
		if base != "index" {
			dirs = segs
		}
		if strings.HasPrefix(base, "_") {
			return Route{}, false
		}
	default:
		return Route{}, false
	}
	var pattern []string
	samples := []string{""}
	for i, d := range dirs {
		switch {
		case strings.HasPrefix(d, "_"):
			return Route{}, false // private folder: not routed
		case strings.HasPrefix(d, "[...") || strings.HasPrefix(d, "[[..."):
			// A catch-all must be the last segment (Next refuses to build
			// otherwise); treating later ones as routed would also double
			// the samples per optional catch-all, exponentially.
			for _, later := range dirs[i+1:] {
				if !(strings.HasPrefix(later, "(") && strings.HasSuffix(later, ")")) && !strings.HasPrefix(later, "@") {
					return Route{}, false
				}
			}
		case strings.HasPrefix(d, "(") && strings.HasSuffix(d, ")"), strings.HasPrefix(d, "@"):
			continue // route group or parallel slot
		}
		d = strings.ReplaceAll(d, "%5F", "_")
		pattern = append(pattern, d)
		var add []string
		switch {
		case strings.HasPrefix(d, "[[...") && strings.HasSuffix(d, "]]"):
			add = []string{"", "/x1"}
		case strings.HasPrefix(d, "[...") && strings.HasSuffix(d, "]"):
			add = []string{"/x1/x2"}
		case strings.HasPrefix(d, "[") && strings.HasSuffix(d, "]"):
			add = []string{"/x1"}
		default:
			add = []string{"/" + d}
		}
		var next []string
		for _, s := range samples {
			for _, a := range add {
				next = append(next, s+a)
			}
		}
		samples = next
	}
	r.Pattern = "/" + strings.Join(pattern, "/")
	for i, s := range samples {
		if s == "" {
			samples[i] = "/"
		}
	}
	r.Samples = samples
	return r, true
}
