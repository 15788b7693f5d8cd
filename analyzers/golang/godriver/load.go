package godriver

import (
	"bufio"
	"context"
	"fmt"
	"go/token"
	"go/types"
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

// exportData reads dependencies' types from their export data, each once, into
// one view shared by every source package, so that a type reached through two
// imports is one types.Package.
type exportData struct {
	mu    sync.Mutex
	fset  *token.FileSet
	files map[string]string
	// view holds every package read so far (complete) or referenced by one
	// (incomplete), by path; the module's own checked packages are added too,
	// so that a dependency's export data refers to them (add).
	view map[string]*types.Package
}

func (x *exportData) load(path string) (*types.Package, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if p := x.view[path]; p != nil && p.Complete() {
		return p, nil
	}
	file := x.files[path]
	if file == "" {
		return nil, fmt.Errorf("no export data for %q", path)
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("reading export data for %q: %v", path, err)
	}
	return gcexportdata.Read(r, x.fset, x.view, path)
}

// add makes a package type-checked from source known to later export data reads.
func (x *exportData) add(p *types.Package) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if old := x.view[p.Path()]; old == nil || !old.Complete() {
		x.view[p.Path()] = p
	}
}
