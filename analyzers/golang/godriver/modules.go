package godriver

import (
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"

	"github.com/clerklint/clerklint/analyzers/golang/gopasses"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// Module is one go.mod found under the scan root.
type Module struct {
	// Dir is the module directory, slash-separated and relative to the scan root
	// ("." for the root itself).
	Dir string
	// Path is the module path from the go.mod ("" when the go.mod has none).
	Path string
}

// FindModules returns every Go module under root, sorted by directory.
//
// It skips what the go command skips for "./..." (directories named testdata or
// starting with "." or "_"), what the file scanner never enters
// (scan.DefaultSkipDirs: vendor, node_modules, …) and the caller's skip globs
// (matched against slash paths relative to root, as the scan walker does). The
// root itself is never skipped, so `clerklint scan testdata/gomod/seeded` analyses
// a fixture module while scanning the repository around it does not: testdata
// modules are fixtures, often deliberately broken or full of seeded mistakes.
func FindModules(root string, skipDirs []rules.Glob) ([]Module, error) {
	var mods []Module
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			return nil // an unreadable directory is the file scanner's to report
		}
		rel := relSlash(root, p)
		if d.IsDir() {
			if rel != "." && skipDir(rel, d.Name(), skipDirs) {
				return fs.SkipDir
			}
			return nil
		}
		if d.Name() != "go.mod" || !d.Type().IsRegular() {
			return nil
		}
		m := Module{Dir: relSlash(root, filepath.Dir(p))}
		if data, err := regular.Read(p, maxGoModSize); err == nil {
			m.Path = modfile.ModulePath(data)
		}
		mods = append(mods, m)
		return nil
	})
	slices.SortFunc(mods, func(a, b Module) int { return strings.Compare(a.Dir, b.Dir) })
	return mods, err
}

// maxGoModSize caps go.mod and go.work reads (never a symlink or FIFO either).
const maxGoModSize = 16 << 20

// goSkips reports whether the go command's "./..." leaves out a directory
// of this name.
func goSkips(name string) bool {
	return name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

func skipDir(rel, name string, globs []rules.Glob) bool {
	if goSkips(name) {
		return true
	}
	if slices.Contains(scan.DefaultSkipDirs, name) {
		return true
	}
	for _, g := range globs {
		if g.Match(rel) {
			return true
		}
	}
	return false
}

// relSlash is p relative to root with forward slashes, or p itself (slash
// form) when it lies outside root.
func relSlash(root, p string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}

// workspaceEnv decides GOWORK for one module and reports whether the module is
// loaded as part of a workspace. An explicit GOWORK in env is the user's choice
// and is kept. Otherwise the module is loaded in the workspace the go command
// would pick (the nearest go.work above it) only when that workspace uses the
// module; a go.work that does not list it (a stray ~/go.work, a fixture module
// inside a workspace repository) would make `go list ./...` fail, so such
// modules are loaded on their own with GOWORK=off, as `cd mod && GOWORK=off go
// vet ./...` would.
func workspaceEnv(env []string, modDir string) ([]string, bool) {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GOWORK="); ok && v != "" {
			return env, v != "off"
		}
	}
	for d := modDir; ; {
		work := filepath.Join(d, "go.work")
		if data, err := regular.Read(work, maxGoModSize); err == nil {
			if usesModule(work, data, modDir) {
				return env, true
			}
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	return append(slices.Clip(env), "GOWORK=off"), false
}

// parseGoMod reads a module's go.mod once for the relevance gate; nil when it
// cannot be read or parsed (the go command reports that when it loads).
func parseGoMod(modDir string) *modfile.File {
	data, err := regular.Read(filepath.Join(modDir, "go.mod"), maxGoModSize)
	if err != nil {
		return nil
	}
	mf, err := modfile.ParseLax("go.mod", data, nil)
	if err != nil {
		return nil
	}
	return mf
}

// hasLocalReplace reports whether the module replaces a dependency with a
// directory: a monorepo whose other modules may hold middleware the passes must
// learn about through facts.
func hasLocalReplace(mf *modfile.File) bool {
	if mf == nil {
		return false
	}
	for _, r := range mf.Replace {
		if r.New.Version == "" {
			return true
		}
	}
	return false
}

func usesModule(work string, data []byte, modDir string) bool {
	wf, err := modfile.ParseWork(work, data, nil)
	if err != nil {
		return false // the go command would fail on it too; load the module alone
	}
	for _, u := range wf.Use {
		dir := u.Path
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(filepath.Dir(work), dir)
		}
		if filepath.Clean(dir) == filepath.Clean(modDir) {
			return true
		}
	}
	return false
}

// maxGateFile caps the read of one .go file by the relevance gate; a larger
// file counts as relevant (the type checker reads it whole anyway).
const maxGateFile = 8 << 20

// matters reports whether a module could hold anything the passes report:
// its go.mod requires a module rel accepts, or one of the .go files of its
// packages ("./...": not below testdata, vendor, a directory starting with
// "." or "_", or a nested module) is relevant (gopasses.Relevance.File). A
// file that cannot be read counts, so that the go command reports it.
func matters(dir string, mf *modfile.File, rel *gopasses.Relevance) bool {
	if mf != nil {
		for _, r := range mf.Require {
			if rel.Import(r.Mod.Path) {
				return true
			}
		}
	}
	found := false
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if found {
			return fs.SkipAll
		}
		if err != nil {
			found = p != dir // an unreadable directory: let the go command say
			return nil
		}
		if d.IsDir() {
			if p == dir {
				return nil
			}
			name := d.Name()
			if goSkips(name) || name == "vendor" || isRegularFile(filepath.Join(p, "go.mod")) {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(d.Name(), ".go") {
			return nil
		}
		src, err := regular.Read(p, maxGateFile)
		found = err != nil || rel.File(src)
		return nil
	})
	return found
}
