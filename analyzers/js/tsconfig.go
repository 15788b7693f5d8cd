package js

import (
	"path"
	"sort"
	"strings"

	"github.com/clerklint/clerklint/internal/regular"
)

// pathConfig is the module-resolution part of one tsconfig.json/jsconfig.json:
// baseUrl and paths, with extends followed one level.
type pathConfig struct {
	file    string // project path of the config
	baseURL string // project-relative directory; valid when hasBase
	hasBase bool
	rules   []pathRule
}

// pathRule is one "paths" entry: "@/*": ["./src/*"].
type pathRule struct {
	prefix, suffix string // around the '*'; the whole pattern when !wildcard
	wildcard       bool
	targets        []string // project-relative, may hold one '*'
}

type tsconfigJSON struct {
	Extends         any `json:"extends"`
	CompilerOptions struct {
		BaseURL *string             `json:"baseUrl"`
		Paths   map[string][]string `json:"paths"`
	} `json:"compilerOptions"`
}

// loadPathConfig reads a config and, one level deep, the config it extends:
// the child's paths replace the parent's, and each baseUrl is relative to the
// file that sets it, as TypeScript does. Targets of paths are relative to
// baseUrl when one is set, otherwise to the config that declares paths.
func (m *Model) loadPathConfig(file string) *pathConfig {
	own, ok := m.readTSConfig(file)
	if !ok {
		return nil
	}
	pc := &pathConfig{file: file}
	dir := dirOf(file)
	var parent *tsconfigJSON
	var parentDir string
	if ext := extendsTarget(own.Extends); ext != "" {
		if pf := m.resolveExtends(dir, ext); pf != "" {
			if p, ok := m.readTSConfig(pf); ok {
				parent, parentDir = &p, dirOf(pf)
			}
		}
	}
	pathsDir := dir
	paths := own.CompilerOptions.Paths
	switch {
	case own.CompilerOptions.BaseURL != nil:
		pc.baseURL, pc.hasBase = joinRel(dir, *own.CompilerOptions.BaseURL), true
	case parent != nil && parent.CompilerOptions.BaseURL != nil:
		pc.baseURL, pc.hasBase = joinRel(parentDir, *parent.CompilerOptions.BaseURL), true
	}
	if paths == nil && parent != nil {
		paths, pathsDir = parent.CompilerOptions.Paths, parentDir
	}
	if pc.hasBase {
		pathsDir = pc.baseURL
	}
	for pat, targets := range paths {
		r := pathRule{}
		if i := strings.IndexByte(pat, '*'); i >= 0 {
			r.prefix, r.suffix, r.wildcard = pat[:i], pat[i+1:], true
		} else {
			r.prefix = pat
		}
		for _, t := range targets {
			r.targets = append(r.targets, joinRel(pathsDir, t))
		}
		pc.rules = append(pc.rules, r)
	}
	// TypeScript prefers the longest matching prefix; sort once.
	sort.Slice(pc.rules, func(i, j int) bool {
		if len(pc.rules[i].prefix) != len(pc.rules[j].prefix) {
			return len(pc.rules[i].prefix) > len(pc.rules[j].prefix)
		}
		return pc.rules[i].prefix < pc.rules[j].prefix
	})
	return pc
}

func (m *Model) readTSConfig(file string) (tsconfigJSON, bool) {
	var tc tsconfigJSON
	f := m.files[file]
	if f == nil || f.Size > maxManifestSize {
		return tc, false
	}
	data, err := regular.Read(f.Abs, maxManifestSize)
	if err != nil {
		return tc, false
	}
	if unmarshalJSONC(data, &tc) != nil {
		return tc, false
	}
	return tc, true
}

func extendsTarget(v any) string {
	switch e := v.(type) {
	case string:
		return e
	case []any: // TypeScript 5: the last one wins for paths
		for i := len(e) - 1; i >= 0; i-- {
			if s, ok := e[i].(string); ok {
				return s
			}
		}
	}
	return ""
}

// resolveExtends finds the file an "extends" names: a relative path (with or
// without .json) or a workspace package's file. Published packages
// (@tsconfig/next) are not in the tree and set no paths worth following.
func (m *Model) resolveExtends(dir, ext string) string {
	var cands []string
	if strings.HasPrefix(ext, ".") || strings.HasPrefix(ext, "/") {
		p := joinRel(dir, ext)
		cands = append(cands, p, p+".json", p+"/tsconfig.json")
	} else if app, sub := m.workspacePackage(ext); app != nil {
		p := joinRel(app.Dir, sub)
		cands = append(cands, p, p+".json", joinRel(app.Dir, "tsconfig.json"))
	}
	for _, c := range cands {
		if m.files[c] != nil {
			return c
		}
	}
	return ""
}

// pathConfigFor returns the config governing a file: the nearest
// tsconfig.json, else jsconfig.json, in its directory or above.
func (m *Model) pathConfigFor(file string) *pathConfig {
	dir := dirOf(file)
	var visited []string
	var found *pathConfig
	for {
		m.mu.Lock()
		pc, ok := m.configs[dir]
		m.mu.Unlock()
		if ok {
			found = pc
			break
		}
		visited = append(visited, dir)
		var cfg string
		for _, name := range []string{"tsconfig.json", "jsconfig.json"} {
			if p := joinRel(dir, name); m.files[p] != nil {
				cfg = p
				break
			}
		}
		if cfg != "" {
			found = m.loadPathConfig(cfg)
			break
		}
		if dir == "" {
			break
		}
		dir = dirOf(dir)
	}
	m.mu.Lock()
	for _, d := range visited {
		m.configs[d] = found
	}
	m.mu.Unlock()
	return found
}

// dirOf is path.Dir for project paths, with "" for the root.
func dirOf(p string) string {
	d := path.Dir(p)
	if d == "." || d == "/" {
		return ""
	}
	return d
}

// joinRel joins a project directory and a relative path; results outside the
// project start with "../" and match no file.
func joinRel(dir, rel string) string {
	if strings.HasPrefix(rel, "/") {
		rel = "." + rel // a rooted tsconfig path is taken as project-rooted
	}
	p := path.Join(dir, rel)
	if p == "." {
		return ""
	}
	return p
}
