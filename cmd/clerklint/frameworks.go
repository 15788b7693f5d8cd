package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/lazyregexp"
	"github.com/clerklint/clerklint/internal/regular"
)

// Limits of detectFrameworks: a monorepo's apps/* and packages/*/* are
// within reach, a huge tree is not walked whole.
const (
	maxDetectDepth   = 4
	maxDetectEntries = 20000
	maxManifestBytes = 1 << 20
)

// detectFrameworks returns the frameworks (rules.Frameworks keys) the project
// at path uses, from its manifests only: package.json dependencies, go.mod,
// and Python manifests naming fastapi. It reads the manifests in path and
// its subdirectories down to maxDetectDepth levels (skipping dependencies and
// caches, as the scan does), and those of its parents up to the repository
// root, so `clerklint explain` run anywhere inside a project sees it. No
// source file is read: explain must stay instant.
func detectFrameworks(path string) (map[string]bool, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		abs = filepath.Dir(abs)
	}
	found := map[string]bool{}
	entries := 0
	err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable directories are not the project's manifests
		}
		if entries++; entries > maxDetectEntries {
			return fs.SkipAll
		}
		if d.IsDir() {
			rel, _ := filepath.Rel(abs, p)
			if p != abs && (strings.HasPrefix(d.Name(), ".") || slices.Contains(scan.DefaultSkipDirs, d.Name()) ||
				strings.Count(filepath.ToSlash(rel), "/") >= maxDetectDepth) {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			readManifest(p, found)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for dir := abs; ; {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
		names, _ := os.ReadDir(dir)
		for _, n := range names {
			if n.Type().IsRegular() {
				readManifest(filepath.Join(dir, n.Name()), found)
			}
		}
	}
	return found, nil
}

var (
	fastapiDep = lazyregexp.New(`(?i)\bfastapi\b`)
	flaskDep   = lazyregexp.New(`(?i)(^|["'\s])flask\b`)
	djangoDep  = lazyregexp.New(`(?i)(^|["'\s])django\b`)
	// frameworkDeps maps package.json dependencies to frameworks; react is
	// added only for packages that are not Next apps (see readManifest).
	frameworkDeps = map[string]string{
		"next": "nextjs", "@clerk/nextjs": "nextjs",
		"react": "react", "vite": "react", "react-scripts": "react", "@clerk/clerk-react": "react", "@clerk/react": "react",
		"express": "express", "@clerk/express": "express", "@clerk/clerk-sdk-node": "express",
		"fastify": "express", "@clerk/fastify": "express", "hono": "express", "@hono/clerk-auth": "express",
		"@sveltejs/kit": "sveltekit", "svelte-clerk": "sveltekit",
		// React Router's framework mode (its Vite plugin) and Remix; a
		// declarative-mode SPA on @clerk/react-router is a React SPA.
		"@react-router/dev": "react-router", "@remix-run/react": "react-router", "@clerk/remix": "react-router",
	}
)

// readManifest adds the frameworks named by one manifest file to found.
func readManifest(p string, found map[string]bool) {
	base := filepath.Base(p)
	python := base == "pyproject.toml" || base == "Pipfile" || base == "setup.py" || base == "setup.cfg" ||
		(strings.HasPrefix(base, "requirements") && strings.HasSuffix(base, ".txt"))
	if base != "package.json" && base != "go.mod" && !python {
		return
	}
	if base == "go.mod" {
		found["go"] = true
		return
	}
	data, err := readSmall(p)
	if err != nil {
		return
	}
	if python {
		found["python"] = true
		if fastapiDep.Match(data) {
			found["fastapi"] = true
		}
		if flaskDep.Match(data) {
			found["flask"] = true
		}
		if djangoDep.Match(data) {
			found["django"] = true
		}
		return
	}
	found["javascript"] = true
	var pj struct {
		Dependencies    map[string]string `json:"dependencies"`
		DevDependencies map[string]string `json:"devDependencies"`
		PeerDeps        map[string]string `json:"peerDependencies"`
	}
	if json.Unmarshal(data, &pj) != nil {
		return
	}
	here := map[string]bool{}
	for _, deps := range []map[string]string{pj.Dependencies, pj.DevDependencies, pj.PeerDeps} {
		for dep := range deps {
			if fw, ok := frameworkDeps[dep]; ok {
				here[fw] = true
			}
		}
	}
	// A Next or React Router framework-mode app depends on react too; React
	// notes are about single-page apps.
	if here["nextjs"] || here["react-router"] {
		delete(here, "react")
	}
	for fw := range here {
		found[fw] = true
	}
}

func readSmall(p string) ([]byte, error) {
	return regular.Read(p, maxManifestBytes) // never a symlink, FIFO or device
}
