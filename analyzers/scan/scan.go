// Package scan walks a project tree once, builds the project model every file engine
// reads (files and their git status, env values, Clerk SDK usage), and runs the
// file engines over the files in parallel. It never formats output.
package scan

import (
	"context"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/files/dotenv"
	"github.com/clerklint/clerklint/rules"
)

// Kind is what a file is, judged by its name alone.
type Kind uint8

// File kinds.
const (
	Other  Kind = iota
	Source      // program text in any language
	Env         // dotenv file (.env, .env.local, production.env, ...)
	Config      // YAML/JSON/TOML/INI, CI and container files
	Doc         // Markdown, text, reStructuredText
)

func (k Kind) String() string {
	return [...]string{"other", "source", "env", "config", "doc"}[k]
}

// File is one regular file under the scan root.
type File struct {
	Path string // slash-separated, relative to the root
	Abs  string
	Kind Kind
	Lang string // lower-case extension without the dot ("ts", "go", "py"), "" if none
	Size int64
	// Ignored: .gitignore (or .git/info/exclude) ignores the file.
	Ignored bool
	// Tracked: the file is in the git index (false when there is no repository).
	Tracked bool
	// Report: findings in this file are reported (false for project-context-only
	// files when the user passed explicit files, as pre-commit does).
	Report bool
}

// Committable reports whether the file is or could be committed: tracked, or not
// ignored. A key in a committable file is a leak; in an ignored .env.local it is the
// correct setup.
func (f *File) Committable() bool { return f.Tracked || !f.Ignored }

// Base is the file's base name.
func (f *File) Base() string { return path.Base(f.Path) }

// EnvFile is a parsed dotenv file of the project.
type EnvFile struct {
	File *File
	Vars []dotenv.Var
}

// Project is the model built once before the engines run and read by all of them.
type Project struct {
	Root  string // absolute, symlinks resolved
	Files []*File
	Env   []*EnvFile
	// ClerkSDKs lists the Clerk SDK packages the project's manifests depend on.
	ClerkSDKs []string
	// Git is true when the root is inside a git work tree whose index was read.
	Git bool

	mu   sync.Mutex
	gaps []FileError
}

// Gap records that an engine could not analyse a file it should have (a
// parser refused it, say). Run lists it with the scan's other problems, so the
// scan is incomplete: never a silent pass. Safe for concurrent use.
func (p *Project) Gap(path, msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.gaps = append(p.gaps, FileError{Path: path, Message: msg})
}

// Gaps returns the gaps recorded so far, for engine tests.
func (p *Project) Gaps() []FileError {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.gaps)
}

// UsesClerk reports whether any manifest depends on a Clerk SDK: context that lets
// a key of unusual length count as Clerk's rather than Stripe's.
func (p *Project) UsesClerk() bool { return len(p.ClerkSDKs) > 0 }

// EnvVars returns the assignments of env file f: the project's parse when
// it has one (loadProject parsed it), else a parse of src.
func (p *Project) EnvVars(f *File, src []byte) []dotenv.Var {
	for _, ef := range p.Env {
		if ef.File == f {
			return ef.Vars
		}
	}
	vars, _ := dotenv.Parse(src)
	return vars
}

// EnvValues returns every non-empty value assigned to a variable whose name
// satisfies keep, across the project's env files.
func (p *Project) EnvValues(keep func(name string) bool) []string {
	seen := map[string]bool{}
	var out []string
	for _, ef := range p.Env {
		for _, v := range ef.Vars {
			if v.Value != "" && keep(v.Name) && !seen[v.Value] {
				seen[v.Value] = true
				out = append(out, v.Value)
			}
		}
	}
	return out
}

// Checker is an engine instance configured with its rules. Check is called
// concurrently from several goroutines, one file at a time per call.
type Checker interface {
	// Wants says whether Check needs this file's content. Ignored files are only
	// read when a checker wants them.
	Wants(p *Project, f *File) bool
	// Check inspects one file and reports findings through emit.
	Check(p *Project, f *File, src []byte, emit func(rules.Finding))
}

// Finisher is a Checker whose rules compare files with each other (a
// publishable key in one, the JWKS URL the backend trusts in another): Check
// collects, Finish judges once every file was checked. Its findings take the
// path of an Engine.Project hook's.
type Finisher interface {
	Finish(p *Project, emit func(rules.Finding))
}

// EndpointSource is a Checker whose framework models produce endpoints (see
// analyzers/endpoint). Run asks for them once every file has been checked,
// for the endpoint inventory and for findings that name their endpoint.
type EndpointSource interface {
	Endpoints(p *Project) []endpoint.Endpoint
}

// EndpointChecker is a Checker with rules that judge endpoints rather than
// files (CLK203 over every producer's endpoints): Run hands it the scan's
// endpoints once they are all gathered, and its findings take the path
// every Checker's take.
type EndpointChecker interface {
	CheckEndpoints(p *Project, es []endpoint.Endpoint, emit func(rules.Finding))
}

// Engine builds a Checker from the rules declared with `engine: <Name>`.
type Engine struct {
	Name string
	// IDs are the rule ids the engine implements: every YAML rule listing
	// the engine must be among them, and the engine reports no other (the
	// contract test in analyzers/engines checks both directions).
	IDs []string
	// New builds the per-file Checker; nil for an engine without one.
	New func(rs []*rules.Rule, opts Options) (Checker, error)
	// Project, when set, runs once after the walk and the file checkers,
	// over the whole project (the Go engine loads the modules of the walked
	// go.mod files). Its findings take the same path as every Checker's:
	// selection, the rule's and the config's excludes, the files named on
	// the command line, inline directives.
	Project func(in ProjectInput) (*ProjectOutput, error)
}

// ProjectInput is what an Engine.Project hook is given.
type ProjectInput struct {
	// Project holds the walked files (skip-dirs, excludes and the
	// gitignore already applied) and the project model.
	Project *Project
	// Rules are the selected rules declaring the engine.
	Rules []*rules.Rule
	// Set is the whole selected rule set (after --rules, the config and
	// --enable/--disable), for parameters one rule owns and others share.
	Set     *rules.Set
	Options Options
}

// ProjectOutput is what an Engine.Project hook found. Findings are
// positioned with root-relative slash paths, like a Checker's.
type ProjectOutput struct {
	Findings  []rules.Finding
	Errors    []FileError
	Endpoints []endpoint.Endpoint
}

// Options are scan-wide settings that engines and the walker read.
type Options struct {
	// AllSecrets adds gitleaks' default rule set to the secrets engine.
	AllSecrets bool
	// SkipDirs are directory globs never entered (in addition to DefaultSkipDirs).
	SkipDirs []rules.Glob
	// Exclude are path globs never read.
	Exclude []rules.Glob
	// MaxFileSize in bytes; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// PublicRoutes are the config's public-routes globs (URL paths that need no
	// session), for engines that judge endpoints.
	PublicRoutes []rules.Glob
	// PrivilegedRoutes are the config's privileged-routes globs (URL paths
	// that need a role or permission check, so a session too): engines that
	// judge pages treat them as private, engines that judge authorization
	// use them instead of a rule's defaults.
	PrivilegedRoutes []rules.Glob
	// MaxTokenLifetime is the config's max-token-lifetime (a Go duration,
	// "" for the rule's default), for engines that judge token templates.
	MaxTokenLifetime string
	// NoGo skips the Go engine's module analysis (--no-go): it needs the go
	// command and the modules' dependencies.
	NoGo bool
	// GoTimeout bounds the loading of each Go module; 0 means the Go engine's
	// default.
	GoTimeout time.Duration
	// Context, when it ends (clerklint interrupted), stops the project hooks'
	// subprocesses (the go command and its children) and their modules are
	// listed as not analysed. nil means never.
	Context context.Context
	// Workers is the number of parallel file workers; 0 means GOMAXPROCS.
	Workers int
	// Progress, when set, is told how the scan advances: the phase and, while
	// files are checked, how many of total are done. Calls come one at a
	// time, from the scan's goroutines.
	Progress func(phase string, done, total int)
}

// DefaultMaxFileSize keeps one pathological file from dominating memory while
// still reading multi-MB minified bundles.
const DefaultMaxFileSize = 64 << 20

// DefaultSkipDirs are directory names never entered: dependencies, VCS metadata,
// virtualenvs and caches. Build output is not here: bundles are scanned.
var DefaultSkipDirs = []string{
	"node_modules", ".git", ".hg", ".svn", "vendor", ".venv", "venv", "__pycache__",
	".mypy_cache", ".pytest_cache", ".ruff_cache", ".tox", ".cache", ".turbo", ".parcel-cache",
	".yarn", ".pnpm-store", ".gradle", ".idea", ".terraform",
}

// skipNestedDirs are cache folders inside build output.
var skipNestedDirs = []string{".next/cache", ".svelte-kit/generated", ".nuxt/cache"}

func classify(rel string) (Kind, string) {
	base := path.Base(rel)
	lower := strings.ToLower(base)
	if dotenv.IsEnvFileName(lower) {
		return Env, "env"
	}
	ext := strings.TrimPrefix(path.Ext(lower), ".")
	switch ext {
	case "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "svelte", "vue", "astro", "go", "py",
		"rb", "php", "java", "kt", "kts", "cs", "rs", "swift", "scala", "sh", "bash", "zsh", "ps1",
		"html", "htm", "ex", "exs", "dart", "lua", "pl", "r", "sql", "tf", "hcl", "map", "css", "scss":
		return Source, ext
	case "yml", "yaml", "json", "jsonc", "json5", "toml", "ini", "cfg", "conf", "properties", "xml", "plist", "gradle", "lock":
		return Config, ext
	case "md", "mdx", "markdown", "txt", "rst", "adoc":
		return Doc, ext
	}
	switch lower {
	case "dockerfile", "makefile", "procfile", "jenkinsfile", ".npmrc", ".envrc", ".netrc", ".pypirc", "docker-compose":
		return Config, ""
	}
	if strings.HasPrefix(lower, "dockerfile") {
		return Config, ""
	}
	return Other, ext
}

// binaryExts are skipped without reading: their bytes are not program text.
var binaryExts = map[string]bool{
	"png": true, "jpg": true, "jpeg": true, "gif": true, "webp": true, "avif": true, "ico": true, "bmp": true,
	"tif": true, "tiff": true, "psd": true, "woff": true, "woff2": true, "ttf": true, "otf": true, "eot": true,
	"mp3": true, "mp4": true, "mov": true, "webm": true, "wav": true, "ogg": true, "flac": true, "pdf": true,
	"zip": true, "gz": true, "tgz": true, "bz2": true, "xz": true, "zst": true, "7z": true, "rar": true, "jar": true,
	"exe": true, "dll": true, "so": true, "dylib": true, "a": true, "o": true, "class": true, "pyc": true,
	"wasm": true, "node": true, "bin": true, "dat": true, "db": true, "sqlite": true, "sqlite3": true,
	"heic": true, "jfif": true, "glb": true,
}
