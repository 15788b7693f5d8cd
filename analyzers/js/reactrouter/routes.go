package reactrouter

// The route table: which module serves which URL. React Router v7's
// framework mode declares it in app/routes.ts (route, index, layout, prefix,
// and flatRoutes() from @react-router/fs-routes); Remix v2, and React Router
// without a routes.ts, use the flat file convention under app/routes.

import (
	"path"
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// route is one route module at one URL.
type route struct {
	file string // project path of the module
	url  string // React Router pattern: "/users/:id", "/docs/*", "/:lang?/about"
	// parents are the modules of the layout routes above it, root first
	// (app/root included).
	parents []string
	// config: declared by route() in routes.ts rather than by a file name.
	config bool
}

// splat reports whether the route serves every URL below it ("*" last).
func (r route) splat() bool { return strings.HasSuffix(r.url, "*") }

// table is an app's route table. Entries routes.ts builds with code the
// analysis cannot read (a project function, remixRoutesOptionAdapter) are
// left out, and the modules they name are not judged.
type table struct {
	root   string // app/root.tsx (or .jsx/.ts/.js), "" when there is none
	routes map[string][]route
}

var moduleExts = []string{".tsx", ".ts", ".jsx", ".js"}

// appDirSetting reads appDirectory from react-router.config or the Vite
// config ("app" by default).
var appDirSetting = lazyregexp.New(`appDirectory\s*:\s*['"]([^'"]+)['"]`)

// appDir is the app's route-module directory, relative to the project root.
func appDir(m *js.Model, a *js.App) string {
	for _, c := range []string{"react-router.config.ts", "react-router.config.js", "vite.config.ts", "vite.config.js", "vite.config.mts", "remix.config.js"} {
		if src := m.ReadSmall(path.Join(a.Dir, c)); src != nil {
			if s := appDirSetting.FindSubmatch(src); s != nil {
				return path.Join(a.Dir, path.Clean(strings.TrimPrefix(string(s[1]), "./")))
			}
		}
	}
	return path.Join(a.Dir, "app")
}

// firstFile is the first of base+ext that the walk listed.
func firstFile(m *js.Model, base string) string {
	for _, ext := range moduleExts {
		if m.File(base+ext) != nil {
			return base + ext
		}
	}
	return ""
}

// buildTable reads an app's routes.
func buildTable(m *js.Model, a *js.App) *table {
	dir := appDir(m, a)
	t := &table{root: firstFile(m, path.Join(dir, "root")), routes: map[string][]route{}}
	var top []string
	if t.root != "" {
		top = []string{t.root}
		t.add(route{file: t.root, url: "/"})
	}
	if cfg := firstFile(m, path.Join(dir, "routes")); cfg != "" {
		t.config(m, dir, cfg, top)
		return t
	}
	t.flat(m, path.Join(dir, "routes"), "/", top)
	return t
}

func (t *table) add(r route) {
	t.routes[r.file] = append(t.routes[r.file], r)
}

// joinURL joins a parent pattern and a relative route path.
func joinURL(parent, p string) string {
	j := strings.Trim(strings.TrimSuffix(parent, "/")+"/"+strings.Trim(p, "/"), "/")
	return "/" + j
}

// config reads app/routes.ts: its default export, an array of route(),
// index(), layout() and prefix() entries (spread or nested), and
// flatRoutes().
func (t *table) config(m *js.Model, dir, file string, parents []string) {
	pf, err := m.ParseSmall(file)
	defer pf.Close()
	if err != nil {
		return
	}
	tree := pf.Tree
	r := &configReader{m: m, t: tree, tbl: t, dir: dir, decls: map[string]*sitter.Node{}}
	root := tree.Root()
	var def *sitter.Node
	for i := 0; i < int(root.NamedChildCount()); i++ {
		s := root.NamedChild(i)
		switch s.Type() {
		case "export_statement":
			if v := s.ChildByFieldName("value"); v != nil {
				def = v
			} else if d := s.ChildByFieldName("declaration"); d != nil {
				r.collect(d)
			}
		case "lexical_declaration", "variable_declaration":
			r.collect(s)
		}
	}
	if def == nil {
		return
	}
	r.entries(def, "/", parents, 0)
}

type configReader struct {
	m     *js.Model
	t     *js.Tree
	tbl   *table
	dir   string
	decls map[string]*sitter.Node
}

func (r *configReader) collect(d *sitter.Node) {
	for j := 0; j < int(d.NamedChildCount()); j++ {
		v := d.NamedChild(j)
		if n, val := v.ChildByFieldName("name"), v.ChildByFieldName("value"); v.Type() == "variable_declarator" && n != nil && val != nil && n.Type() == "identifier" {
			r.decls[r.t.Text(n)] = val
		}
	}
}

// unwrap strips a spread (`...prefix('api', …)`), then parentheses, await
// and TypeScript wrappers (js.Unwrap).
func unwrap(n *sitter.Node) *sitter.Node {
	if n != nil && n.Type() == "spread_element" && n.NamedChildCount() > 0 {
		n = n.NamedChild(0)
	}
	if n == nil {
		return nil
	}
	return js.Unwrap(n)
}

// entries reads a route config value under a URL prefix and parent layouts.
func (r *configReader) entries(n *sitter.Node, prefix string, parents []string, depth int) {
	n = unwrap(n)
	if n == nil || depth > 16 {
		return
	}
	t := r.t
	switch n.Type() {
	case "array":
		for i := 0; i < int(n.NamedChildCount()); i++ {
			if c := n.NamedChild(i); c.Type() != "comment" {
				r.entries(c, prefix, parents, depth+1)
			}
		}
	case "identifier":
		if d := r.decls[t.Text(n)]; d != nil {
			r.entries(d, prefix, parents, depth+1)
			return
		}
	case "call_expression":
		r.call(n, prefix, parents, depth)
	case "object":
		// a RouteConfigEntry written out: { path, file, children }
		var p, file string
		var children *sitter.Node
		for i := 0; i < int(n.NamedChildCount()); i++ {
			pr := n.NamedChild(i)
			k, v := pr.ChildByFieldName("key"), unwrap(pr.ChildByFieldName("value"))
			if pr.Type() != "pair" || k == nil || v == nil {
				continue
			}
			switch js.Unquote(t, k) {
			case "path":
				p = js.Unquote(t, v)
			case "file":
				file = js.Unquote(t, v)
			case "children":
				children = v
			}
		}
		r.route(file, joinURL(prefix, p), parents, children, depth)
	default:
	}
}

// call reads route(), index(), layout(), prefix() and flatRoutes().
func (r *configReader) call(n *sitter.Node, prefix string, parents []string, depth int) {
	t := r.t
	c := js.CalleeOf(t, n)
	name := c.Root
	if len(c.Path) > 0 {
		name = c.Path[len(c.Path)-1]
	}
	var args []*sitter.Node
	if a := n.ChildByFieldName("arguments"); a != nil {
		for i := 0; i < int(a.NamedChildCount()); i++ {
			if x := a.NamedChild(i); x.Type() != "comment" {
				args = append(args, unwrap(x))
			}
		}
	}
	str := func(i int) (string, bool) {
		if i >= len(args) || args[i] == nil || (args[i].Type() != "string" && !(args[i].Type() == "template_string" && args[i].NamedChildCount() == 0)) {
			return "", false
		}
		return js.Unquote(t, args[i]), true
	}
	// children are the last argument when it is an array.
	var children *sitter.Node
	if len(args) > 1 && args[len(args)-1] != nil && (args[len(args)-1].Type() == "array" || args[len(args)-1].Type() == "identifier") {
		children = args[len(args)-1]
	}
	switch name {
	case "route":
		p, ok1 := str(0)
		file, ok2 := str(1)
		if !ok1 || !ok2 {
			return
		}
		r.route(file, joinURL(prefix, p), parents, children, depth)
	case "index":
		file, ok := str(0)
		if !ok {
			return
		}
		r.route(file, prefix, parents, nil, depth)
	case "layout":
		file, ok := str(0)
		if !ok {
			return
		}
		r.route(file, prefix, parents, children, depth)
	case "prefix":
		p, ok := str(0)
		if !ok || len(args) < 2 {
			return
		}
		r.entries(args[1], joinURL(prefix, p), parents, depth+1)
	case "flatRoutes":
		dir := "routes"
		if len(args) > 0 && args[0] != nil && args[0].Type() == "object" {
			for i := 0; i < int(args[0].NamedChildCount()); i++ {
				pr := args[0].NamedChild(i)
				if k, v := pr.ChildByFieldName("key"), unwrap(pr.ChildByFieldName("value")); pr.Type() == "pair" && k != nil && v != nil && js.Unquote(t, k) == "rootDirectory" {
					if v.Type() != "string" {
						return
					}
					dir = js.Unquote(t, v)
				}
			}
		}
		r.tbl.flat(r.m, path.Join(r.dir, dir), prefix, parents)
	default:
		// remixRoutesOptionAdapter(…), a project's route builder
	}
}

// route adds one module and reads its children below it.
func (r *configReader) route(file, url string, parents []string, children *sitter.Node, depth int) {
	if file == "" {
		return
	}
	p := path.Join(r.dir, strings.TrimPrefix(file, "./"))
	r.tbl.add(route{file: p, url: url, parents: parents, config: true})
	if children != nil {
		r.entries(children, url, append(parents[:len(parents):len(parents)], p), depth+1)
	}
}

// flat adds the routes of a flat-routes directory: every module directly in
// it, and every folder's route module, named by dot-separated segments.
func (t *table) flat(m *js.Model, dir, prefix string, parents []string) {
	ids := map[string]string{} // route id → file
	for _, f := range m.Sources(dir) {
		rel := strings.TrimPrefix(f.Path, dir+"/")
		ext := path.Ext(rel)
		if !isModuleExt(ext) || strings.HasSuffix(rel, ".d.ts") {
			continue
		}
		id := strings.TrimSuffix(rel, ext)
		if i := strings.IndexByte(id, '/'); i >= 0 {
			if id[i+1:] != "route" {
				continue // a folder route's other modules are not routes
			}
			id = id[:i]
		}
		ids[id] = f.Path
	}
	keys := make([]string, 0, len(ids))
	for id := range ids {
		keys = append(keys, id)
	}
	sort.Strings(keys)
	for _, id := range keys {
		segs := flatSegments(id)
		var ps []string
		ps = append(ps, parents...)
		for i := 1; i < len(segs); i++ {
			if f, ok := ids[strings.Join(segs[:i], ".")]; ok {
				ps = append(ps, f)
			}
		}
		t.add(route{file: ids[id], url: joinURL(prefix, FlatURL(id)), parents: ps})
	}
}

func isModuleExt(ext string) bool {
	for _, e := range moduleExts {
		if e == ext {
			return true
		}
	}
	return false
}

// flatSegments splits a flat route id on the dots outside [] escapes.
func flatSegments(id string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(id); i++ {
		switch id[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '.':
			if depth == 0 {
				out = append(out, id[start:i])
				start = i + 1
			}
		}
	}
	return append(out, id[start:])
}

// FlatURL is the URL pattern of a flat route id: "." separates segments,
// "_index" is the index route, a leading "_" a pathless layout, a trailing
// "_" opts out of the parent layout, "$name" a parameter, "$" a splat,
// "($name)" and "(name)" optional segments, [x] an escaped literal.
func FlatURL(id string) string {
	var out []string
	for _, s := range flatSegments(id) {
		switch {
		case s == "_index" || s == "":
			continue
		case strings.HasPrefix(s, "_") && !strings.HasPrefix(s, "_["):
			continue // pathless layout
		}
		s = strings.TrimSuffix(s, "_")
		optional := strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")
		if optional {
			s = s[1 : len(s)-1]
		}
		switch {
		case s == "$":
			s = "*"
		case strings.HasPrefix(s, "$"):
			s = ":" + s[1:]
		default:
			s = strings.NewReplacer("[", "", "]", "").Replace(s)
		}
		if optional {
			s += "?"
		}
		out = append(out, s)
	}
	return "/" + strings.Join(out, "/")
}

// Samples are concrete URLs a pattern serves (js.SampleURLs): a parameter
// becomes a placeholder, a splat both nothing and one segment, an optional
// segment absent and present.
func Samples(pattern string) []string {
	return js.SampleURLs(pattern, func(s string) []string {
		switch {
		case s == "*", strings.HasPrefix(s, ":") && strings.HasSuffix(s, "?"):
			return []string{"", "/x"}
		case strings.HasPrefix(s, ":"):
			return []string{"/x"}
		case strings.HasSuffix(s, "?"):
			return []string{"", "/" + strings.TrimSuffix(s, "?")}
		}
		return []string{"/" + s}
	})
}
