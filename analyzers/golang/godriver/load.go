package godriver

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"go/token"
	"go/types"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// Loading is two go commands and no compiler run on the scanned code:
//
//  1. `go list -deps -test -compiled` of "./..." (listMode): every package's
//     files and imports, nothing built. The module's packages, their test
//     variants and the packages of other local modules (a workspace, a
//     replacement by a directory) are the source packages: clerklint parses and
//     type-checks them itself, one at a time (unit.go), so only the package
//     being analysed has syntax and types.Info in memory, as under go vet.
//  2. `go list -export` of the other packages the source packages import
//     directly (exportMode): the go command compiles them (dependencies, from
//     the module cache or GOROOT) into the build cache, and their types come
//     from that export data.
const (
	listMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
		packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes
	exportMode = packages.NeedName | packages.NeedExportFile
)

// graph is a module's packages as the go command listed them.
type graph struct {
	// roots are the packages of "./..." and their test variants, by ID.
	roots []*packages.Package
	// units are the source packages in dependency order (unit.go).
	units []*unit
	// listed is every package the go command listed (for its errors).
	listed []*packages.Package
	// exports are the dependencies' export data files, by package path.
	exports map[string]string
	// exportErrs are the errors of the export listing.
	exportErrs []packages.Error
}

// list runs both go commands for the module in dir.
func list(ctx context.Context, dir string, env []string) (*graph, error) {
	cfg := &packages.Config{Context: ctx, Mode: listMode, Dir: dir, Env: env, Tests: true}
	roots, err := packages.Load(cfg, "./...")
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, err
	}
	// Drop the generated test mains (p.test): their only file lives in the build
	// cache and holds no user code.
	roots = slices.DeleteFunc(roots, func(p *packages.Package) bool { return strings.HasSuffix(p.ID, ".test") })
	slices.SortFunc(roots, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	g := &graph{roots: roots, exports: map[string]string{}}
	isRoot := map[*packages.Package]bool{}
	for _, p := range roots {
		isRoot[p] = true
	}
	packages.Visit(roots, nil, func(p *packages.Package) { g.listed = append(g.listed, p) })
	source := func(p *packages.Package) bool {
		return isRoot[p] || strings.Contains(p.ID, " [") || localModule(p.Module)
	}
	g.units = newUnits(g.listed, isRoot, source)

	var paths []string
	for _, u := range g.units {
		for _, imp := range u.pkg.Imports {
			if !source(imp) && imp.PkgPath != "unsafe" && len(imp.Errors) == 0 && !slices.Contains(paths, imp.PkgPath) {
				paths = append(paths, imp.PkgPath)
			}
		}
	}
	if len(paths) == 0 {
		return g, nil
	}
	slices.Sort(paths)
	deps, err := packages.Load(&packages.Config{Context: ctx, Mode: exportMode, Dir: dir, Env: env}, paths...)
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return nil, err
	}
	for _, p := range deps {
		if p.ExportFile != "" {
			g.exports[p.PkgPath] = p.ExportFile
		}
		g.exportErrs = append(g.exportErrs, p.Errors...)
	}
	return g, nil
}

// localModule reports whether a module's code is the user's rather than a
// downloaded dependency: a main module (the scanned one, or one of its
// workspace) or a replacement by a directory. Its packages are analysed from
// source, so that facts (a middleware in a sibling module) reach the module.
func localModule(m *packages.Module) bool {
	return m != nil && (m.Main || m.Replace != nil && m.Replace.Version == "")
}

// exportData reads types from export data: the dependencies' (files the go
// command compiled), each once, into one view shared by every source package,
// so that a type reached through two imports is one types.Package; and the
// source packages' own (written by unit.check), once per importer, into a
// copy of that view. Reads are serialised: a read may add objects to a
// package of the shared view.
type exportData struct {
	mu    sync.Mutex
	fset  *token.FileSet
	files map[string]string
	// view holds every dependency read so far (complete) or referenced by one
	// (incomplete), by path.
	view map[string]*types.Package
	errs map[string]error
}

// imports returns the view a unit type-checks against: its dependencies'
// packages from their export files and its source imports' from theirs, or
// the error each failed with.
func (x *exportData) imports(deps []string, sources map[string][]byte) (map[string]*types.Package, map[string]error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	errs := map[string]error{}
	for _, path := range deps {
		if err := x.load(path); err != nil {
			errs[path] = err
		}
	}
	view := maps.Clone(x.view)
	paths := slices.Sorted(maps.Keys(sources))
	for _, path := range paths {
		if _, err := gcexportdata.Read(bytes.NewReader(sources[path]), x.fset, view, path); err != nil {
			errs[path] = fmt.Errorf("reading types of %q: %v", path, err)
		}
	}
	return view, errs
}

func (x *exportData) load(path string) error {
	if p := x.view[path]; p != nil && p.Complete() {
		return nil
	}
	if err, ok := x.errs[path]; ok {
		return err
	}
	err := x.read(path)
	if err != nil {
		x.errs[path] = err
	}
	return err
}

func (x *exportData) read(path string) error {
	file := x.files[path]
	if file == "" {
		return fmt.Errorf("no export data for %q", path)
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return fmt.Errorf("reading export data for %q: %v", path, err)
	}
	_, err = gcexportdata.Read(r, x.fset, x.view, path)
	return err
}
