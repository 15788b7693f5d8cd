// Package godriver runs clerklint's Go analysis passes (analyzers/golang/gopasses) over
// every Go module under a scan root for `clerklint scan`, and turns their
// diagnostics into rules.Finding values positioned like every other engine's.
//
// It is the third driver of the same analyzers, next to the golangci-lint module
// plugin (analyzers/golang/golangci) and the vet tool (cmd/clerklint-vet). Unlike
// those it is handed a project, not packages: Engine is the scan's go engine,
// whose whole-project hook takes the modules of the walked go.mod files, lists
// each with the go command and runs the passes package by package (unit.go);
// the scan then selects, filters and suppresses its findings like every
// engine's.
//
// Decisions, each for a reason:
//   - Modules: every walked go.mod (so skip-dirs, excludes and
//     scan.DefaultSkipDirs apply as for every engine), except gitignored
//     untracked ones and those below directories named testdata or starting
//     with "." or "_" (what `go build ./...` skips); at the root always
//     (ProjectModules; FindModules for Run on a bare directory). Nested modules
//     are separate loads, as for the go command, so nothing is analysed twice.
//   - Relevance: with the registered passes, a module none of whose files
//     imports a package the passes act on or names a Clerk secret
//     (gopasses.Relevance) is not loaded at all, and is no gap: reading its
//     files is all it costs.
//   - Environment: the user's, except what could edit the scanned tree,
//     reach the network or run a program (hardenedEnv: -mod=readonly,
//     GOPROXY=off, GOTOOLCHAIN=local, CGO_ENABLED=0, GOENV=off, …): a scan
//     reads code, it never fetches, edits or cgo-builds it. The module cache
//     is the user's, so a module whose dependencies were downloaded loads
//     offline as the user's own `go vet` loads it. GOWORK is decided per
//     module (workspaceEnv).
//   - Time: each module's load runs under LoadTimeout and the caller's
//     Context; go/packages runs the go command in its own process group and
//     interrupts, then kills, the whole group (the compiler included) when
//     either ends, and the module is listed as not analysed.
//   - Tests: true, like go vet; a package and its test variant report the same
//     diagnostics, which are deduplicated by position, rule and message.
//   - Test-only code: a route registered in a function that only tests reach
//     (every reference to it, across the scan's modules, is in a _test.go
//     file or in another such function) is never served: the findings of the
//     passes built on the route model in such functions are dropped and the
//     endpoints marked TestOnly, once every module is analysed (testonly.go).
//     The golangci-lint plugin and the vet tool see one package at a time,
//     not the tests of its importers, and keep reporting those routes.
//   - Load mode: the module's packages (and those of local modules it uses: a
//     workspace, a replacement by a directory) are parsed and type-checked
//     by clerklint, one package at a time in dependency order, and dropped
//     once analysed: memory holds one package's syntax, as under go vet, not
//     the module's. Other dependencies come from export data (compiled and
//     cached by the go command, as for go vet); the go command never compiles
//     the scanned module's own code. Facts flow between the source packages.
//   - Failure: a module that does not load completely is listed as a
//     scan.FileError on its go.mod with the first error, never passed
//     silently: when the Clerk SDK's import does not resolve, a type-aware pass
//     finds nothing, and "no findings" would be a lie. Packages that did load are
//     still analysed. A panicking pass is an Internal error, never a crash.
package godriver

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/packages"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
	"github.com/clerklint/clerklint/analyzers/golang/gopasses"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// Options configure one Run. The zero value analyses every module under the root
// with the default settings.
type Options struct {
	// Settings configure the passes (public routes, thresholds, disabled rules).
	Settings gorules.Settings
	// Analyzers replaces gopasses.Analyzers(Settings) when non-nil (tests, or a
	// caller that already built the list).
	Analyzers []*analysis.Analyzer
	// Rules, when non-nil, keeps only the passes whose rule is in the set (the
	// scan's selection after --enable/--disable and the config); with none left,
	// Run loads nothing.
	Rules *rules.Set
	// Modules are the module directories to analyse, relative to the root (slash
	// or OS separators) or absolute; nil means FindModules(root, SkipDirs).
	Modules []string
	// SkipDirs are extra directory globs, relative to the root, not searched for
	// go.mod files (the config's skip-dirs).
	SkipDirs []rules.Glob
	// Env is the go command's environment; nil means os.Environ(). GOWORK is
	// decided per module unless Env sets it (see workspaceEnv).
	Env []string
	// Context cancels loading (clerklint interrupted): the go command's process
	// group is killed and the module listed as not analysed. nil means
	// context.Background().
	Context context.Context
	// LoadTimeout bounds each module's loading (the go command and type
	// checking); 0 means DefaultLoadTimeout.
	LoadTimeout time.Duration
}

// DefaultLoadTimeout is long enough for a cold build cache on a large module
// (the go command compiles every dependency's export data once) and short
// enough that a wedged go command does not hold a CI job until its own limit.
const DefaultLoadTimeout = 10 * time.Minute

// Result is what a Run found.
type Result struct {
	Findings []rules.Finding
	// Errors lists modules that did not load completely (their first error, with
	// the go.mod as the path) and analyzer failures (Internal).
	Errors []scan.FileError
	// Modules are the modules analysed, in order, with the time each took.
	Modules []ModuleStats
	// Endpoints are the endpoints the passes' results list (passEndpoints),
	// positioned relative to the root.
	Endpoints []endpoint.Endpoint
}

// ModuleStats describes one analysed module.
type ModuleStats struct {
	Module
	Packages int
	Duration time.Duration
	// Skipped: nothing in the module could matter to the registered passes
	// (gopasses.Relevance), so it was not loaded; the file engines still read
	// its files. Never a gap: nothing was missed.
	Skipped bool
}

// Run analyses the Go modules under root. The error is reserved for problems that
// stop the run before any module is loaded (invalid settings, unreadable root);
// everything else is listed in Result.Errors.
func Run(root string, opts Options) (*Result, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	analyzers := opts.Analyzers
	var rel *gopasses.Relevance
	if analyzers == nil {
		if analyzers, err = gopasses.Analyzers(opts.Settings); err != nil {
			return nil, fmt.Errorf("go analyzers: %w", err)
		}
		if rel, err = gopasses.NewRelevance(opts.Settings); err != nil {
			return nil, fmt.Errorf("go analyzers: %w", err)
		}
	}
	if opts.Rules != nil {
		analyzers = slices.DeleteFunc(slices.Clone(analyzers), func(a *analysis.Analyzer) bool { return opts.Rules.Get(a.Name) == nil })
	}
	if err := analysis.Validate(analyzers); err != nil {
		return nil, fmt.Errorf("go analyzers: %w", err)
	}
	res := &Result{}
	if len(analyzers) == 0 {
		return res, nil // nothing would be reported: do not pay for loading
	}
	var mods []Module
	if opts.Modules == nil {
		if mods, err = FindModules(root, opts.SkipDirs); err != nil {
			return nil, fmt.Errorf("find go modules: %w", err)
		}
	} else {
		for _, m := range opts.Modules {
			dir := filepath.FromSlash(m)
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(root, dir)
			}
			mod := Module{Dir: relSlash(root, dir)}
			if data, err := regular.Read(filepath.Join(dir, "go.mod"), maxGoModSize); err == nil {
				mod.Path = modfile.ModulePath(data)
			}
			mods = append(mods, mod)
		}
	}
	env := opts.Env
	if env == nil {
		env = os.Environ()
	}
	ctx := opts.Context
	if ctx == nil {
		ctx = context.Background()
	}
	timeout := opts.LoadTimeout
	if timeout <= 0 {
		timeout = DefaultLoadTimeout
	}
	dirs := userDirs(ctx, env)
	p := newPlan(analyzers)
	reach := newTestReach()
	for _, m := range mods {
		start := time.Now()
		r := &moduleRun{root: root, mod: m, dirs: dirs, ctx: ctx, timeout: timeout, reach: reach}
		r.env, r.inWorkspace = workspaceEnv(env, r.dir())
		if rel != nil && !r.matters(rel) {
			res.Modules = append(res.Modules, ModuleStats{Module: m, Skipped: true, Duration: time.Since(start)})
			continue
		}
		n := r.run(p)
		res.Findings = append(res.Findings, r.findings...)
		res.Endpoints = append(res.Endpoints, r.endpoints...)
		res.Errors = append(res.Errors, r.errs...)
		res.Modules = append(res.Modules, ModuleStats{Module: m, Packages: n, Duration: time.Since(start)})
	}
	reach.dropTestOnly(res, analyzers)
	res.Findings = dedupe(res.Findings)
	res.Endpoints = dedupeEndpoints(res.Endpoints)
	return res, nil
}

type moduleRun struct {
	root        string
	mod         Module
	env         []string // GOWORK decided for this module (workspaceEnv)
	inWorkspace bool
	dirs        []string // the user's cache directories (userDirs)
	ctx         context.Context
	timeout     time.Duration
	findings    []rules.Finding
	endpoints   []endpoint.Endpoint
	errs        []scan.FileError
	// reach gathers the references of every module (testonly.go); hasMain
	// and sources describe this module's load for it.
	reach   *testReach
	hasMain bool
	sources map[string]bool
}

func (r *moduleRun) goMod() string {
	if r.mod.Dir == "." {
		return "go.mod"
	}
	return r.mod.Dir + "/go.mod"
}

func (r *moduleRun) name() string {
	if r.mod.Path != "" {
		return "module " + r.mod.Path
	}
	return "module in " + r.mod.Dir
}

func (r *moduleRun) fail(internal bool, format string, args ...any) {
	r.errs = append(r.errs, scan.FileError{Path: r.goMod(), Message: fmt.Sprintf(format, args...), Internal: internal})
}

func (r *moduleRun) dir() string {
	dir := filepath.FromSlash(r.mod.Dir)
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(r.root, dir)
	}
	return dir
}

// matters is the relevance gate: a module in a workspace or replacing a
// dependency by a directory always matters (the other modules' code is
// analysed with it, for its facts).
func (r *moduleRun) matters(rel *gopasses.Relevance) bool {
	if r.inWorkspace {
		return true
	}
	mf := parseGoMod(r.dir())
	return hasLocalReplace(mf) || matters(r.dir(), mf, rel)
}

func (r *moduleRun) run(p *plan) int {
	dir := r.dir()
	env := hardenedEnv(r.env, r.dirs, dir, r.inWorkspace)
	ctx, cancel := context.WithTimeout(r.ctx, r.timeout)
	defer cancel()
	g, err := list(ctx, dir, env)
	if err == nil {
		r.analyse(ctx, g, p)
		err = ctx.Err() // packages left unchecked: what was analysed is partial
	}
	if err != nil {
		switch {
		case errors.Is(r.ctx.Err(), context.Canceled):
			r.fail(false, "%s not analysed: the scan was interrupted", r.name())
		case errors.Is(ctx.Err(), context.DeadlineExceeded):
			r.fail(false, "%s not analysed: loading took longer than %s (the go command was stopped; see --go-timeout)", r.name(), r.timeout)
		default:
			r.fail(false, "%s not analysed: %s%s", r.name(), oneLine(err.Error()), offlineHint(err.Error()))
		}
		if g == nil {
			return 0
		}
	}
	r.loadErrors(dir, g)
	if len(r.errs) > 0 {
		r.reach.incompleteModule(r.mod.Dir)
	}
	for _, u := range g.units {
		if !u.root {
			continue
		}
		r.findings = append(r.findings, u.findings...)
		r.endpoints = append(r.endpoints, u.endpoints...)
		for _, f := range u.failures {
			r.fail(true, "%s: %s", r.name(), f)
		}
	}
	return len(g.roots)
}

// loadErrors lists the module once with its first load error and how many more
// there were: go list failures, missing go.sum entries, unresolved imports,
// dependencies that did not compile, parse and type errors. Packages that did
// load are still analysed.
func (r *moduleRun) loadErrors(dir string, g *graph) {
	var msgs []string
	seen := map[string]bool{}
	add := func(msg string) {
		msg = oneLine(msg)
		if !seen[msg] { // test variants repeat their package's errors
			seen[msg] = true
			msgs = append(msgs, msg)
		}
	}
	listed := func(e packages.Error) {
		msg := e.Msg
		// The compiler's report for export data repeats the type checker's
		// errors under a "# pkg" header, with paths relative to the module.
		if head, rest, ok := strings.Cut(msg, "\n"); ok && strings.HasPrefix(head, "# ") {
			msg = rest
			if file, tail, ok := strings.Cut(msg, ":"); ok && strings.HasSuffix(file, ".go") {
				msg = r.relPos(dir, file) + ":" + tail
			}
		} else if e.Pos != "" && e.Pos != "-" {
			msg = r.relPos(dir, e.Pos) + ": " + msg
		}
		add(msg)
	}
	for _, p := range g.listed {
		for _, e := range p.Errors {
			listed(e)
		}
	}
	for _, e := range g.exportErrs {
		listed(e)
	}
	for _, u := range g.units {
		for _, msg := range u.loadErrs {
			add(msg)
		}
	}
	if len(msgs) == 0 {
		return
	}
	more := ""
	if len(msgs) > 1 {
		more = fmt.Sprintf(" (and %d more)", len(msgs)-1)
	}
	r.fail(false, "%s did not load completely, Go findings may be missing: %s%s%s", r.name(), msgs[0], more, offlineHint(strings.Join(msgs, "\n")))
}

// offlineHint explains a load error caused by the scan's GOPROXY=off: the
// dependency is not in the module cache, and clerklint does not download it.
func offlineHint(msg string) string {
	if strings.Contains(msg, "GOPROXY=off") {
		return " (clerklint loads modules offline and never edits go.mod: run `go mod download` in the module first)"
	}
	if strings.Contains(msg, "missing go.sum entry") || strings.Contains(msg, "updates to go.mod needed") {
		return " (clerklint loads modules with -mod=readonly and never edits go.mod or go.sum: run `go mod tidy` in the module first)"
	}
	return ""
}

// relPos rewrites the file part of a "file:line:col" position relative to the
// root; relative files are relative to the module directory.
func (r *moduleRun) relPos(dir, pos string) string {
	file, rest := pos, ""
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 {
			break
		}
		if _, err := strconv.Atoi(file[i+1:]); err != nil {
			break
		}
		file, rest = file[:i], file[i:]+rest
	}
	if !filepath.IsAbs(file) {
		file = filepath.Join(dir, file)
	}
	return relSlash(r.root, file) + rest
}

func (r *moduleRun) finding(src *source, rule string, d analysis.Diagnostic) rules.Finding {
	fset := src.fset
	end := d.End
	if !end.IsValid() || end < d.Pos {
		end = src.nodeEnd(d.Pos)
	}
	f := rules.Finding{
		RuleID:   rule,
		Position: r.position(fset, d.Pos, end),
		Message:  d.Message,
	}
	text := src.srcs[fset.Position(d.Pos).Filename]
	if start, stop := fset.Position(d.Pos).Offset, fset.Position(end).Offset; text != nil && start <= stop && stop <= len(text) {
		line, _, _ := strings.Cut(string(text[start:stop]), "\n")
		f.Construct = keys.RedactAll(strings.Join(strings.Fields(line), " "))
		if len(f.Construct) > 200 {
			f.Construct = f.Construct[:200]
		}
	}
	// With a secret the fingerprint hashes it and the construct is unused; do not
	// carry source text that holds pieces of it.
	if f.Secret = src.secretIn(d.Pos, end); f.Secret != "" {
		f.Construct = ""
	}
	for _, rel := range d.Related {
		rend := rel.End
		if !rend.IsValid() || rend < rel.Pos {
			rend = src.nodeEnd(rel.Pos)
		}
		f.Related = append(f.Related, rules.Related{Position: r.position(fset, rel.Pos, rend), Message: rel.Message})
	}
	return f
}

// position converts a token range to a rules.Position: 1-based lines and byte
// columns, EndColumn exclusive (token.Pos End is the position after the span).
func (r *moduleRun) position(fset *token.FileSet, pos, end token.Pos) rules.Position {
	p := fset.Position(pos)
	e := fset.Position(end)
	out := rules.Position{File: relSlash(r.root, p.Filename), Line: p.Line, Column: p.Column, EndLine: p.Line, EndColumn: p.Column}
	if end.IsValid() && e.Filename == p.Filename && (e.Line > p.Line || e.Line == p.Line && e.Column >= p.Column) {
		out.EndLine, out.EndColumn = e.Line, e.Column
	}
	return out
}

// fileAt returns the syntax tree holding pos.
func (s *source) fileAt(pos token.Pos) *ast.File {
	for _, f := range s.files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// nodeEnd is the end of the innermost node starting at pos, for diagnostics
// reported with Reportf (no End): the finding then spans the construct, not a
// single point.
func (s *source) nodeEnd(pos token.Pos) token.Pos {
	f := s.fileAt(pos)
	if f == nil || !pos.IsValid() {
		return pos
	}
	path, _ := astutil.PathEnclosingInterval(f, pos, pos)
	for _, n := range path {
		if n.Pos() == pos {
			return n.End()
		}
	}
	return pos
}

// secretIn returns the first Clerk secret key or webhook signing secret that a
// constant string expression within [pos, end) evaluates to, so the report layer
// can redact and fingerprint it even when the source splits it ("sk_live_" + …).
func (s *source) secretIn(pos, end token.Pos) string {
	f := s.fileAt(pos)
	if f == nil {
		return ""
	}
	var secret string
	ast.Inspect(f, func(n ast.Node) bool {
		if secret != "" || n == nil || n.End() <= pos || n.Pos() >= end {
			return false
		}
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := s.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				v := constant.StringVal(tv.Value)
				if _, ok := keys.ParseSecretKey(v); ok || keys.IsWebhookSecret(v) {
					secret = v
					return false
				}
			}
		}
		return true
	})
	return secret
}

// dedupe drops repeated findings (a package and its test variant report the same
// diagnostics) and sorts the rest by position.
func dedupe(fs []rules.Finding) []rules.Finding {
	slices.SortFunc(fs, rules.CompareFindings)
	return slices.CompactFunc(fs, func(a, b rules.Finding) bool {
		return a.RuleID == b.RuleID && a.Position == b.Position && a.Message == b.Message
	})
}

// dedupeEndpoints drops the endpoints a package's test variant repeats, and
// a registrar's own view of a route (its router a parameter: Unknown) when a
// caller judged the same registration with its router's middleware; it
// sorts the rest by registration.
func dedupeEndpoints(es []endpoint.Endpoint) []endpoint.Endpoint {
	judged := map[endpoint.Pos]int{}
	for _, e := range es {
		judged[e.Registration]++
	}
	es = slices.DeleteFunc(es, func(e endpoint.Endpoint) bool {
		return e.Protection.State == endpoint.Unknown && e.Protection.Why == gomodel.UnknownRouter && judged[e.Registration] > 1
	})
	endpoint.Sort(es)
	return slices.CompactFunc(es, func(a, b endpoint.Endpoint) bool {
		return a.Registration == b.Registration && a.URL == b.URL && a.Framework == b.Framework && slices.Equal(a.Methods, b.Methods)
	})
}

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}
