package python

import (
	"bytes"
	"io"
	"maps"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// File is one parsed Python module of the project.
type File struct {
	Path string // project path, slash-separated
	Src  []byte
	tree *sitter.Tree
	// Imports maps a name bound at module level by an import to what it
	// names: {Module: "app.deps", Name: "get_user"} for `from app.deps
	// import get_user`, {Module: "app.db"} for `import app.db as db`.
	// Relative modules are resolved to absolute dotted names here.
	Imports map[string]Import
	// Defs are the module-level definitions by name: function and class
	// definitions (the definition node) and assignments (the right side).
	Defs map[string]*sitter.Node
	// bound memoises bindings per function.
	bound map[*sitter.Node]map[string][]*sitter.Node
	// defAt indexes Defs by their node's start (DefName).
	defAt map[uint32]string
}

// DefName is the module-level name whose definition is n (Defs[name] is
// n, or starts where n does), "" when none is. The index is built once per
// file: routers are looked up per decorator, and a scan of Defs each time
// would cost a module of thousands of routes the square of their number.
func (f *File) DefName(n *sitter.Node) string {
	if n == nil {
		return ""
	}
	if f.defAt == nil {
		f.defAt = make(map[uint32]string, len(f.Defs))
		for _, name := range slices.Sorted(maps.Keys(f.Defs)) {
			if d := f.Defs[name]; d != nil {
				if _, dup := f.defAt[d.StartByte()]; !dup {
					f.defAt[d.StartByte()] = name
				}
			}
		}
	}
	return f.defAt[n.StartByte()]
}

// Import is what an imported name refers to.
type Import struct {
	Module string
	Name   string // "" when the name is the module itself
	At     *sitter.Node
}

// Root is the module node.
func (f *File) Root() *sitter.Node { return f.tree.RootNode() }

// Text is the source text of a node.
func (f *File) Text(n *sitter.Node) string {
	if n == nil {
		return ""
	}
	return n.Content(f.Src)
}

// Pos is the position of a node as a finding position.
func (f *File) Pos(n *sitter.Node) rules.Position {
	s, e := n.StartPoint(), n.EndPoint()
	return rules.Position{File: f.Path, Line: int(s.Row) + 1, Column: int(s.Column) + 1, EndLine: int(e.Row) + 1, EndColumn: int(e.Column) + 1}
}

// Line is the 1-based line of a node.
func (f *File) Line(n *sitter.Node) int { return int(n.StartPoint().Row) + 1 }

// ImportsFrom reports whether the module imports anything from a package
// (the package itself or a submodule).
func (f *File) ImportsFrom(pkg string) bool {
	for _, im := range f.Imports {
		if im.Module == pkg || strings.HasPrefix(im.Module, pkg+".") {
			return true
		}
	}
	return false
}

// ImportedFrom returns the module a name was imported from and its original
// name ("fastapi", "Depends"), or ok false for a name the module defines or
// does not import.
func (f *File) ImportedFrom(name string) (module, orig string, ok bool) {
	im, ok := f.Imports[name]
	if !ok {
		return "", "", false
	}
	return im.Module, im.Name, true
}

// Model is the project's Python code: every module the engine parsed, and
// the Clerk-related packages its manifests depend on.
type Model struct {
	Project *scan.Project
	// Files are the parsed modules with a live tree, by project path: those
	// the project phase reads (Retained), those imports led to, and the one
	// Stream is on.
	Files map[string]*File
	// Packages are the Python distributions the manifests name, lower-case
	// with '-' for '_' ("fastapi-clerk-auth", "clerk-backend-api", "svix").
	Packages map[string]bool

	// order lists modules' paths once each for deterministic output: the
	// marked modules in walk order, then others as imports lead to them.
	order   []string
	ordered map[string]bool
	// marked are the modules that mention a marker, in walk order, with
	// their sources: what Stream parses; markedSrc the same sources by path.
	marked    []source
	markedSrc map[string][]byte

	byPath map[string]*scan.File
	// byName indexes byPath by module name, the last dotted segment
	// ("users" for app/users.py and app/users/__init__.py), so an import
	// lookup visits the few files it can name, not every file.
	byName map[string][]*scan.File
	failed map[string]bool
}

type source struct {
	file *scan.File
	src  []byte
}

// relevant are byte markers of a module the rules must read: web framework
// code, Clerk, webhooks, tokens, cached settings.
var relevant = [][]byte{[]byte("fastapi"), []byte("starlette"), []byte("flask"), []byte("urlpatterns"), []byte("MIDDLEWARE"), []byte("lerk"), []byte("LERK"), []byte("svix"), []byte("jwt"), []byte("lru_cache"), []byte("functools")}

// Open indexes the project's Python modules and reads those that mention a
// marker; it parses nothing: Stream parses the marked modules, Module what
// an import leads to.
func Open(p *scan.Project) *Model {
	m := &Model{Project: p, Files: map[string]*File{}, Packages: map[string]bool{}, ordered: map[string]bool{}, markedSrc: map[string][]byte{},
		byPath: map[string]*scan.File{}, byName: map[string][]*scan.File{}, failed: map[string]bool{}}
	for _, f := range p.Files {
		if f.Lang == "py" && f.Kind == scan.Source && f.Committable() {
			m.byPath[f.Path] = f
			name := strings.TrimSuffix(path.Base(f.Path), ".py")
			if name == "__init__" {
				name = path.Base(path.Dir(f.Path))
			}
			m.byName[name] = append(m.byName[name], f)
		}
		if isManifest(f.Base()) {
			if src, ok := m.read(f); ok {
				for _, name := range manifestPackages(f.Base(), src) {
					m.Packages[name] = true
				}
			}
		}
	}
	for _, f := range p.Files {
		if m.byPath[f.Path] == nil || !m.marks(f) {
			continue
		}
		if src, ok := m.read(f); ok {
			m.marked = append(m.marked, source{f, src})
			m.markedSrc[f.Path] = src
			m.ordered[f.Path] = true
			m.order = append(m.order, f.Path)
		}
	}
	return m
}

// Load is Open followed by parsing every marked module and keeping every
// tree: for small projects and tests.
func Load(p *scan.Project) *Model {
	m := Open(p)
	m.stream(func(*File) {}, func([]byte) bool { return true })
	return m
}

// projectMarks are byte markers of a module the project phase reads with
// Each: framework code (apps, routers, blueprints, Django settings and URL
// confs). Every Each callback of the project phase ignores a module without
// one of them or an ORM base class (ModelFields), so Stream frees the other
// modules' trees once they are checked.
var projectMarks = [][]byte{[]byte("fastapi"), []byte("starlette"), []byte("flask"), []byte("django"), []byte("rest_framework"),
	[]byte("MIDDLEWARE"), []byte("REST_FRAMEWORK"), []byte("ROOT_URLCONF"), []byte("urlpatterns")}

// Retained reports whether Stream keeps a module's tree for the project
// phase.
func Retained(src []byte) bool {
	return slices.ContainsFunc(projectMarks, func(mark []byte) bool { return bytes.Contains(src, mark) }) || ormBase.Match(src)
}

// Stream parses the marked modules, a few ahead on every core, and calls fn
// on each in walk order; then it frees the tree of every module the project
// phase does not read (Retained), so memory follows the framework code, not
// the size of the project. A module fn reaches through an import stays
// parsed until its own turn. With a nil fn only the Retained modules are
// parsed.
func (m *Model) Stream(fn func(*File)) { m.stream(fn, Retained) }

func (m *Model) stream(fn func(*File), keep func([]byte) bool) {
	type parsed struct {
		tree *sitter.Tree
		err  error
	}
	var todo []source // a module only fn would read is not parsed without fn
	for _, s := range m.marked {
		if fn != nil || keep(s.src) {
			todo = append(todo, s)
		}
	}
	n := len(todo)
	results := make([]chan parsed, n)
	for i := range results {
		results[i] = make(chan parsed, 1)
	}
	workers := min(runtime.GOMAXPROCS(0), n)
	slots := make(chan struct{}, 2*workers) // parsed trees not yet checked
	jobs := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	go func() {
		defer close(jobs)
		for i := range n {
			select {
			case slots <- struct{}{}:
			case <-done:
				return
			}
			select {
			case jobs <- i:
			case <-done:
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				t, err := parse(todo[i].src)
				results[i] <- parsed{t, err}
			}
		}()
	}
	next := 0
	defer func() { // also on a panic in fn: stop the workers, free what they parsed
		close(done)
		wg.Wait()
		for _, ch := range results[next:] {
			select {
			case r := <-ch:
				if r.tree != nil {
					r.tree.Close()
				}
			default:
			}
		}
	}()
	for ; next < n; next++ {
		r := <-results[next]
		<-slots
		s := todo[next]
		f := m.adopt(s.file, s.src, r.tree, r.err, true)
		if f == nil || fn == nil {
			continue
		}
		fn(f)
		if !keep(s.src) && f.tree != nil {
			f.tree.Close()
			f.tree = nil
			delete(m.Files, f.Path)
		}
	}
}

// Sources calls fn with every marked module's path and source, in walk
// order, until fn returns false: project-wide facts a module-phase check
// needs before the modules are parsed.
func (m *Model) Sources(fn func(path string, src []byte) bool) {
	for _, s := range m.marked {
		if !fn(s.file.Path, s.src) {
			return
		}
	}
}

// markerHead is how much of a module the marker test reads: imports and
// the settings the rules look for are at the top of hand-written modules.
const markerHead = 64 << 10

// marks reports whether a module's head mentions a marker. A module too
// large to parse that has one is a gap of the scan, without reading it all.
func (m *Model) marks(f *scan.File) bool {
	r, _, err := regular.Open(f.Abs, maxParseSize*4) // never a symlink, FIFO or device
	if err != nil {
		return false
	}
	head, err := io.ReadAll(io.LimitReader(r, markerHead))
	r.Close()
	if err != nil || !slices.ContainsFunc(relevant, func(mark []byte) bool { return bytes.Contains(head, mark) }) {
		return false
	}
	if f.Size > maxParseSize {
		m.failed[f.Path] = true
		m.Project.Gap(f.Path, "not parsed ("+ErrTooLarge.Error()+"): the Clerk rules could not read it")
		return false
	}
	return true
}

// read reads a project file, within the walker's size cap; a file that
// cannot be read is the walker's business (it reports it).
func (m *Model) read(f *scan.File) ([]byte, bool) {
	if f.Size > maxParseSize*4 {
		return nil, false
	}
	src, err := regular.Read(f.Abs, maxParseSize*4) // never a symlink, FIFO or device
	return src, err == nil
}

// load parses a module an import leads to, once while its tree lives.
func (m *Model) load(f *scan.File, src []byte) *File {
	if pf, ok := m.Files[f.Path]; ok {
		return pf
	}
	if m.failed[f.Path] {
		return nil
	}
	t, err := parse(src)
	_, marked := m.markedSrc[f.Path]
	return m.adopt(f, src, t, err, marked)
}

// adopt makes a parsed tree the module's File, unless the module is parsed
// already (then the new tree is freed) or failed. A parse failure of a
// marked module is a gap of the scan.
func (m *Model) adopt(f *scan.File, src []byte, t *sitter.Tree, err error, relevant bool) *File {
	if pf, ok := m.Files[f.Path]; ok || m.failed[f.Path] {
		if t != nil {
			t.Close()
		}
		return pf
	}
	if err != nil {
		m.failed[f.Path] = true
		if relevant {
			m.Project.Gap(f.Path, "not parsed ("+err.Error()+"): the Clerk rules could not read it")
		}
		return nil
	}
	pf := &File{Path: f.Path, Src: src, tree: t, Imports: map[string]Import{}, Defs: map[string]*sitter.Node{}}
	pf.index(m.moduleName(f.Path))
	m.Files[f.Path] = pf
	if !m.ordered[f.Path] {
		m.ordered[f.Path] = true
		m.order = append(m.order, f.Path)
	}
	return pf
}

// Close frees the syntax trees.
func (m *Model) Close() {
	for _, f := range m.Files {
		if f.tree != nil {
			f.tree.Close()
			f.tree = nil
		}
	}
}

// Each calls fn for every module with a live tree: the marked modules in
// walk order, then those imports led to (also during Each). After Stream that is the Retained modules and those imports
// led to.
func (m *Model) Each(fn func(*File)) {
	for i := 0; i < len(m.order); i++ {
		if f := m.Files[m.order[i]]; f != nil {
			fn(f)
		}
	}
}

// moduleName is the dotted name of a module at a project path, relative to
// its directory: "app/routes/users.py" is "app.routes.users"; a package's
// __init__.py is the package.
func (m *Model) moduleName(p string) string {
	p = strings.TrimSuffix(p, ".py")
	p = strings.TrimSuffix(p, "/__init__")
	return strings.ReplaceAll(p, "/", ".")
}

// index records the module-level imports and definitions.
func (f *File) index(self string) {
	pkg := self
	if !strings.HasSuffix(f.Path, "__init__.py") {
		if i := strings.LastIndexByte(self, '.'); i >= 0 {
			pkg = self[:i]
		} else {
			pkg = ""
		}
	}
	var visit func(block *sitter.Node)
	visit = func(block *sitter.Node) {
		for _, st := range Children(block) {
			switch st.Type() {
			case "import_statement":
				for _, n := range Children(st) {
					name, alias := n, n
					if n.Type() == "aliased_import" {
						name, alias = n.ChildByFieldName("name"), n.ChildByFieldName("alias")
						f.Imports[f.Text(alias)] = Import{Module: f.Text(name), At: st}
						continue
					}
					// `import a.b` binds a; the submodule is reached by attribute.
					full := f.Text(name)
					f.Imports[strings.Split(full, ".")[0]] = Import{Module: strings.Split(full, ".")[0], At: st}
					if strings.Contains(full, ".") {
						f.Imports[full] = Import{Module: full, At: st}
					}
				}
			case "import_from_statement":
				modNode := st.ChildByFieldName("module_name")
				mod := f.Text(modNode)
				if modNode != nil && modNode.Type() == "relative_import" {
					mod = resolveRelative(pkg, mod)
				}
				for _, n := range Children(st) {
					if n == modNode || n.Type() == "wildcard_import" {
						continue
					}
					name, alias := n, n
					if n.Type() == "aliased_import" {
						name, alias = n.ChildByFieldName("name"), n.ChildByFieldName("alias")
					}
					f.Imports[f.Text(alias)] = Import{Module: mod, Name: f.Text(name), At: st}
				}
			case "function_definition", "class_definition":
				if name := st.ChildByFieldName("name"); name != nil {
					f.Defs[f.Text(name)] = st
				}
			case "decorated_definition":
				if d := st.ChildByFieldName("definition"); d != nil {
					if name := d.ChildByFieldName("name"); name != nil {
						f.Defs[f.Text(name)] = st
					}
				}
			case "expression_statement":
				for _, a := range Children(st) {
					if a.Type() == "assignment" {
						if l, r := a.ChildByFieldName("left"), a.ChildByFieldName("right"); l != nil && r != nil && l.Type() == "identifier" {
							f.Defs[f.Text(l)] = r
						}
					}
				}
			case "if_statement", "try_statement":
				// Conditional imports and definitions (try: import x except ...).
				for _, c := range Children(st) {
					switch c.Type() {
					case "block":
						visit(c)
					case "else_clause", "except_clause", "finally_clause", "elif_clause":
						for _, b := range Children(c) {
							if b.Type() == "block" {
								visit(b)
							}
						}
					}
				}
			}
		}
	}
	visit(f.Root())
}

// resolveRelative turns ".deps" or "..core.auth" imported from package pkg
// into an absolute dotted name.
func resolveRelative(pkg, rel string) string {
	dots := len(rel) - len(strings.TrimLeft(rel, "."))
	parts := []string{}
	if pkg != "" {
		parts = strings.Split(pkg, ".")
	}
	up := dots - 1
	if up > len(parts) {
		up = len(parts)
	}
	parts = parts[:len(parts)-up]
	if rest := rel[dots:]; rest != "" {
		parts = append(parts, rest)
	}
	return strings.Join(parts, ".")
}

// Module returns the parsed project module a dotted name refers to, parsing
// it on first use, or nil when it is not part of the project (a package from
// site-packages, say). Names are matched against project paths by suffix,
// since the import root (the directory Python runs from) is not known;
// among several candidates the one nearest to from wins.
func (m *Model) Module(from *File, dotted string) *File {
	if dotted == "" {
		return nil
	}
	rel := strings.ReplaceAll(dotted, ".", "/")
	var best *scan.File
	bestScore := -1
	for _, cand := range []string{rel + ".py", rel + "/__init__.py"} {
		for _, sf := range m.byName[dotted[strings.LastIndexByte(dotted, '.')+1:]] {
			p := sf.Path
			if p != cand && !strings.HasSuffix(p, "/"+cand) {
				continue
			}
			if s := commonPrefix(path.Dir(from.Path), path.Dir(p)); s > bestScore || (s == bestScore && best != nil && p < best.Path) {
				best, bestScore = sf, s
			}
		}
		if best != nil {
			break
		}
	}
	if best == nil {
		return nil
	}
	if f, ok := m.Files[best.Path]; ok {
		return f
	}
	src, ok := m.markedSrc[best.Path] // read once by Open
	if !ok {
		if src, ok = m.read(best); !ok {
			return nil
		}
	}
	return m.load(best, src)
}

func commonPrefix(a, b string) int {
	n := 0
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for n < len(as) && n < len(bs) && as[n] == bs[n] {
		n++
	}
	return n
}

// Symbol is a definition found by Resolve: the module holding it and the
// node (a function or class definition, or an assignment's right side).
type Symbol struct {
	File *File
	Node *sitter.Node
	// Module is set instead when the name is a project module.
	Module *File
	// External is the dotted origin of a name from outside the project
	// ("fastapi.Depends", "fastapi_clerk_auth.ClerkHTTPBearer").
	External string
}

// Resolve follows a name used in f (a plain or dotted identifier such as
// "get_user", "deps.get_user") through module-level definitions, imports and
// package re-exports to its definition.
func (m *Model) Resolve(f *File, name string) Symbol {
	return m.resolve(f, name, 0)
}

func (m *Model) resolve(f *File, name string, depth int) Symbol {
	if f == nil || depth > 8 {
		return Symbol{}
	}
	if !strings.Contains(name, ".") {
		if d, ok := f.Defs[name]; ok {
			return Symbol{File: f, Node: d}
		}
	}
	// The longest imported prefix: `import app.deps` binds "app.deps".
	parts := strings.Split(name, ".")
	for i := len(parts); i >= 1; i-- {
		prefix := strings.Join(parts[:i], ".")
		im, ok := f.Imports[prefix]
		if !ok {
			continue
		}
		tail := strings.Join(parts[i:], ".")
		if im.Name == "" {
			mod := m.Module(f, im.Module)
			if mod == nil {
				return Symbol{External: joinDot(im.Module, tail)}
			}
			if tail == "" {
				return Symbol{Module: mod}
			}
			return m.resolve(mod, tail, depth+1)
		}
		mod := m.Module(f, im.Module)
		if mod == nil {
			// A namespace package (no __init__.py): `from routes import users`.
			if sub := m.Module(f, im.Module+"."+im.Name); sub != nil {
				if tail == "" {
					return Symbol{Module: sub}
				}
				return m.resolve(sub, tail, depth+1)
			}
			return Symbol{External: joinDot(im.Module+"."+im.Name, tail)}
		}
		// `from pkg import sub` may name a submodule (also when pkg's
		// __init__ imports it: `from . import sub`).
		if _, defined := mod.Defs[im.Name]; !defined {
			if sub := m.Module(mod, im.Module+"."+im.Name); sub != nil && sub != mod {
				if tail == "" {
					return Symbol{Module: sub}
				}
				return m.resolve(sub, tail, depth+1)
			}
		}
		return m.resolve(mod, joinDot(im.Name, tail), depth+1)
	}
	return Symbol{}
}

func joinDot(a, b string) string {
	if b == "" {
		return a
	}
	return a + "." + b
}
