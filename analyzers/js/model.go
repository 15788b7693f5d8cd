package js

import (
	"fmt"
	"os"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// Model is the JavaScript view of one scanned project, built once per
// project and shared by every worker. Construction reads only package.json
// files; tsconfigs are read and modules parsed on first use, each once.
type Model struct {
	Project *scan.Project
	// Apps are every package.json's app, deepest directory first (so the
	// first containing app is the nearest).
	Apps []*App

	files   map[string]*scan.File
	byName  map[string]*App // workspace packages by name
	parsers *Parsers
	cq      *coreQueries

	mu      sync.Mutex
	configs map[string]*pathConfig // directory → governing tsconfig (nil: none)
	mods    map[string]*modEntry
	prot    map[protKey]Protection
	heads   map[string][]string // prologue cache
}

type modEntry struct {
	once sync.Once
	mod  *Module
}

// generated are folders of build output and caches: never parsed, never a
// resolution target, whatever .gitignore says.
var generated = rules.MustGlobs(
	"**/.next/**", "**/.nuxt/**", "**/.output/**", "**/.svelte-kit/**", "**/.vercel/**",
	"**/.netlify/**", "**/.expo/**", "**/.turbo/**", "**/dist/**", "**/build/**", "**/out/**",
	"**/coverage/**", "**/storybook-static/**", "**/*.min.js", "**/*.bundle.js",
)

// NewModel builds the model of a project. parsers and the core queries are
// the engine's, shared across projects.
func newModel(p *scan.Project, parsers *Parsers, cq *coreQueries) *Model {
	m := &Model{
		Project: p,
		files:   make(map[string]*scan.File, len(p.Files)),
		byName:  map[string]*App{},
		parsers: parsers,
		cq:      cq,
		configs: map[string]*pathConfig{},
		mods:    map[string]*modEntry{},
		prot:    map[protKey]Protection{},
		heads:   map[string][]string{},
	}
	for _, f := range p.Files {
		m.files[f.Path] = f
	}
	for _, f := range p.Files {
		if f.Base() != "package.json" || f.Ignored || isGenerated(f.Path) {
			continue
		}
		if a := loadApp(f); a != nil {
			m.Apps = append(m.Apps, a)
			if a.Name != "" {
				m.byName[a.Name] = a
			}
		}
	}
	sort.SliceStable(m.Apps, func(i, j int) bool {
		di, dj := strings.Count(m.Apps[i].Dir, "/"), strings.Count(m.Apps[j].Dir, "/")
		if m.Apps[i].Dir == "" {
			di = -1
		}
		if m.Apps[j].Dir == "" {
			dj = -1
		}
		if di != dj {
			return di > dj
		}
		return m.Apps[i].Dir < m.Apps[j].Dir
	})
	return m
}

func isGenerated(p string) bool {
	for _, g := range generated {
		if g.Match(p) {
			return true
		}
	}
	return false
}

// File returns the scanned file at a project path.
func (m *Model) File(p string) *scan.File { return m.files[p] }

// Source reports whether a file is JavaScript/TypeScript the engine analyses:
// a parseable extension, not gitignored, not build output.
func (m *Model) Source(f *scan.File) bool {
	return f != nil && f.Kind == scan.Source && LangOf(f.Path) != NoLang && !f.Ignored && !isGenerated(f.Path)
}

// App returns the nearest app containing a project path, nil if none.
func (m *Model) App(p string) *App {
	for _, a := range m.Apps {
		if a.Contains(p) {
			return a
		}
	}
	return nil
}

// workspacePackage splits a bare specifier into a workspace package of the
// project and the subpath ("" for the package itself).
func (m *Model) workspacePackage(spec string) (*App, string) {
	parts := strings.SplitN(spec, "/", 3)
	name, sub := parts[0], ""
	if strings.HasPrefix(spec, "@") && len(parts) >= 2 {
		name = parts[0] + "/" + parts[1]
		if len(parts) == 3 {
			sub = parts[2]
		}
	} else if len(parts) >= 2 {
		sub = strings.Join(parts[1:], "/")
	}
	a := m.byName[name]
	return a, sub
}

// Resolve returns the project file an import specifier in file from refers
// to, or "" for a package outside the project (or an unresolvable path).
// Order: relative paths; tsconfig/jsconfig "paths" (longest prefix first),
// then baseUrl; then workspace packages by name (exports/main, then the
// subpath under the package and its src/).
func (m *Model) Resolve(from, spec string) string {
	if spec == "" {
		return ""
	}
	if strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || spec == "." || spec == ".." {
		return m.tryFile(joinRel(dirOf(from), spec))
	}
	if strings.HasPrefix(spec, "/") || strings.Contains(spec, ":") {
		return "" // URLs, node:fs, virtual:… modules
	}
	if pc := m.pathConfigFor(from); pc != nil {
		for _, r := range pc.rules {
			var star string
			switch {
			case !r.wildcard && spec == r.prefix:
			case r.wildcard && strings.HasPrefix(spec, r.prefix) && strings.HasSuffix(spec, r.suffix) && len(spec) >= len(r.prefix)+len(r.suffix):
				star = spec[len(r.prefix) : len(spec)-len(r.suffix)]
			default:
				continue
			}
			for _, target := range r.targets {
				if got := m.tryFile(strings.Replace(target, "*", star, 1)); got != "" {
					return got
				}
			}
		}
		if pc.hasBase {
			if got := m.tryFile(joinRel(pc.baseURL, spec)); got != "" {
				return got
			}
		}
	}
	if a, sub := m.workspacePackage(spec); a != nil {
		key := "."
		if sub != "" {
			key = "./" + sub
		}
		if e, ok := a.entry[key]; ok {
			if got := m.tryFile(joinRel(a.Dir, e)); got != "" {
				return got
			}
		}
		for _, base := range []string{joinRel(a.Dir, sub), joinRel(a.Dir, path.Join("src", sub))} {
			if got := m.tryFile(base); got != "" {
				return got
			}
		}
	}
	return ""
}

// tryFile resolves a project path the way bundlers do: the file itself, a
// .js specifier naming a .ts source, added extensions, then index files.
func (m *Model) tryFile(p string) string {
	if p == "" || strings.HasPrefix(p, "../") {
		return ""
	}
	ok := func(c string) bool {
		f := m.files[c]
		return f != nil && LangOf(c) != NoLang && !f.Ignored && !isGenerated(c)
	}
	if ok(p) {
		return p
	}
	ext := path.Ext(p)
	stem := strings.TrimSuffix(p, ext)
	switch ext {
	case ".js", ".jsx":
		for _, e := range []string{".ts", ".tsx"} {
			if ok(stem + e) {
				return stem + e
			}
		}
	case ".mjs":
		if ok(stem + ".mts") {
			return stem + ".mts"
		}
	case ".cjs":
		if ok(stem + ".cts") {
			return stem + ".cts"
		}
	}
	for _, e := range sourceExts {
		if ok(p + e) {
			return p + e
		}
	}
	for _, e := range sourceExts {
		if c := joinRel(p, "index"+e); ok(c) {
			return c
		}
	}
	return ""
}

// Head returns a file's prologue directives from its first 4 KiB, without
// parsing (cached): enough to find every 'use client' module cheaply.
func (m *Model) Head(p string) []string {
	m.mu.Lock()
	d, ok := m.heads[p]
	m.mu.Unlock()
	if ok {
		return d
	}
	f := m.files[p]
	if f != nil {
		if fh, err := os.Open(f.Abs); err == nil {
			buf := make([]byte, 4096)
			n, _ := fh.Read(buf)
			fh.Close()
			d = Prologue(buf[:n])
		}
	}
	m.mu.Lock()
	m.heads[p] = d
	m.mu.Unlock()
	return d
}

// Module returns the summary of a project file, parsing it on first use (once,
// whichever goroutine asks first). nil when the file is not JavaScript or
// TypeScript the engine analyses; a Module with Err when it was not parsed.
func (m *Model) Module(p string) *Module {
	f := m.files[p]
	if !m.Source(f) {
		return nil
	}
	m.mu.Lock()
	e := m.mods[p]
	if e == nil {
		e = &modEntry{}
		m.mods[p] = e
	}
	m.mu.Unlock()
	e.once.Do(func() { e.mod = m.load(f) })
	return e.mod
}

func (m *Model) load(f *scan.File) (mod *Module) {
	lang := LangOf(f.Path)
	defer func() {
		// A bug in a summary must cost one file, not the process: load may run
		// on a Closure worker, outside the scanner's per-file recover.
		if r := recover(); r != nil {
			mod = &Module{Path: f.Path, Lang: lang, Err: fmt.Errorf("internal error summarising: %v", r)}
		}
	}()
	if f.Size > int64(m.parsers.limits.maxSize()) {
		return &Module{Path: f.Path, Lang: lang, Err: ErrTooLarge}
	}
	src, err := os.ReadFile(f.Abs)
	if err != nil {
		return &Module{Path: f.Path, Lang: lang, Err: err}
	}
	t, err := m.parsers.Parse(src, lang)
	if err != nil {
		return &Module{Path: f.Path, Lang: lang, Directives: Prologue(src), Err: err}
	}
	defer t.Close()
	return summarize(t, f.Path, m.cq)
}

// Edge is a resolved import: Target is a project file, "" for a package.
type Edge struct {
	From   *Module
	Import *Import
	Target string
}

// Edges returns a module's imports with their resolved targets.
func (m *Model) Edges(mod *Module) []Edge {
	out := make([]Edge, 0, len(mod.Imports))
	for _, imp := range mod.Imports {
		out = append(out, Edge{From: mod, Import: imp, Target: m.Resolve(mod.Path, imp.Spec)})
	}
	return out
}

// Reach says how a module was reached from a root of a Closure.
type Reach struct {
	Root  string // the root it was reached from
	Via   *Edge  // the edge that reached it; nil for a root
	Depth int
}

// Chain lists the edges from the root down to path p (empty for a root).
func Chain(reach map[string]*Reach, p string) []*Edge {
	var out []*Edge
	for r := reach[p]; r != nil && r.Via != nil && len(out) < 64; r = reach[r.Via.From.Path] {
		out = append(out, r.Via)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Closure walks the import graph breadth-first from roots, following the
// edges follow accepts (nil: every edge to a project file), and returns how
// each reached module was first (shortest) reached. Modules of one level are
// parsed in parallel.
func (m *Model) Closure(roots []string, follow func(e *Edge, to *Module) bool) map[string]*Reach {
	reach := map[string]*Reach{}
	var level []string
	for _, r := range roots {
		if _, ok := reach[r]; !ok && m.Source(m.files[r]) {
			reach[r] = &Reach{Root: r}
			level = append(level, r)
		}
	}
	for depth := 1; len(level) > 0; depth++ {
		mods := m.modules(level)
		edges := make([][]Edge, len(level))
		var targets []string
		queued := map[string]bool{}
		for i, mod := range mods {
			if mod == nil || mod.Err != nil {
				continue
			}
			edges[i] = m.Edges(mod)
			for _, e := range edges[i] {
				if e.Target != "" && reach[e.Target] == nil && !queued[e.Target] {
					queued[e.Target] = true
					targets = append(targets, e.Target)
				}
			}
		}
		// The whole next level is parsed in parallel before the follow
		// callbacks look at it.
		tmods := m.modules(targets)
		byPath := make(map[string]*Module, len(targets))
		for j, t := range targets {
			byPath[t] = tmods[j]
		}
		var next []string
		for i, p := range level {
			for j := range edges[i] {
				e := &edges[i][j]
				if e.Target == "" || reach[e.Target] != nil {
					continue
				}
				to := byPath[e.Target]
				if to == nil || (follow != nil && !follow(e, to)) {
					continue
				}
				reach[e.Target] = &Reach{Root: reach[p].Root, Via: e, Depth: depth}
				next = append(next, e.Target)
			}
		}
		level = next
	}
	return reach
}

// modules summarises paths in parallel (GOMAXPROCS workers).
func (m *Model) modules(paths []string) []*Module {
	out := make([]*Module, len(paths))
	workers := min(runtime.GOMAXPROCS(0), len(paths))
	if workers <= 1 {
		for i, p := range paths {
			out[i] = m.Module(p)
		}
		return out
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = m.Module(paths[i])
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// Sources lists the project's analysable JS/TS files under an app directory
// ("" for all), in walk order.
func (m *Model) Sources(dir string) []*scan.File {
	var out []*scan.File
	for _, f := range m.Project.Files {
		if (dir == "" || strings.HasPrefix(f.Path, dir+"/")) && m.Source(f) {
			out = append(out, f)
		}
	}
	return out
}
