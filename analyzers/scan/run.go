package scan

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/files/dotenv"
	"github.com/clerklint/clerklint/rules"
)

// Request is one scan of one project root.
type Request struct {
	Root string // absolute, symlinks resolved (see FindRoot)
	// Only, when non-empty, limits reporting to these absolute file paths; the
	// rest of the tree is still read for project context.
	Only      map[string]bool
	Selection *rules.Selection
	Config    *rules.Config
	Engines   []Engine
	Options   Options
}

// Result is everything a scan found, before suppression and formatting.
type Result struct {
	Project    *Project
	Findings   []rules.Finding
	Directives []Directive
	Errors     []FileError
	// Endpoints are the entry points the framework models found, sorted by
	// registration.
	Endpoints []endpoint.Endpoint
}

// send hands f to a worker unless done is closed first; done is checked
// before waiting, so an ended context reads no further file.
func send(done <-chan struct{}, jobs chan<- *File, f *File) bool {
	select {
	case <-done:
		return false
	default:
	}
	select {
	case jobs <- f:
		return true
	case <-done:
		return false
	}
}

// Internal reports whether any engine crashed: such a scan must never pass.
func (r *Result) Internal() bool {
	for _, e := range r.Errors {
		if e.Internal {
			return true
		}
	}
	return false
}

// Run walks the root, builds the project model and runs every engine named by the
// selected rules. An error is returned only when the scan cannot start at all.
func Run(req Request) (*Result, error) {
	if c := req.Config; c != nil {
		req.Options.SkipDirs = append(req.Options.SkipDirs, c.SkipDirs...)
		req.Options.Exclude = append(req.Options.Exclude, c.Exclude...)
		req.Options.AllSecrets = req.Options.AllSecrets || c.AllSecrets
		req.Options.PublicRoutes = append(req.Options.PublicRoutes, c.PublicRoutes...)
		req.Options.PrivilegedRoutes = append(req.Options.PrivilegedRoutes, c.PrivilegedRoutes...)
		if req.Options.MaxTokenLifetime == "" {
			req.Options.MaxTokenLifetime = c.MaxTokenLifetime
		}
		if req.Options.MaxFileSize == 0 {
			req.Options.MaxFileSize = c.MaxFileSize
		}
	}
	// The engines' checkers are built while the tree is walked: building
	// them (decoding params, compiling patterns) is a large part of a short
	// scan, and needs nothing from the walk.
	built := make(chan builtCheckers, 1)
	go func() { built <- buildCheckers(req) }()
	opts := req.Options
	w, werr := walk(req.Root, opts)
	b := <-built
	checkers, hooks := b.checkers, b.hooks
	if b.err != nil {
		return nil, b.err
	}
	if werr != nil {
		closeCheckers(checkers)
		return nil, fmt.Errorf("walk %s: %w", req.Root, werr)
	}
	if len(req.Only) > 0 {
		for _, f := range w.files {
			f.Report = req.Only[f.Abs]
		}
	}
	p := &Project{Root: req.Root, Files: w.files, Git: w.git}
	res := &Result{Project: p, Errors: w.errs}
	w.loadProject(p, res)

	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var mu sync.Mutex
	progress := func(string, int, int) {}
	if opts.Progress != nil {
		progress = opts.Progress
	}
	checked := 0
	progress("checking files", 0, len(p.Files))
	// read lists the files whose directives were parsed while checking them.
	read := map[string]bool{}
	jobs := make(chan *File)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				findings, dirs, parsed, ferr := w.checkFile(req, checkers, p, f)
				mu.Lock()
				res.Findings = append(res.Findings, findings...)
				res.Directives = append(res.Directives, dirs...)
				if parsed {
					read[f.Path] = true
				}
				if ferr != nil {
					res.Errors = append(res.Errors, *ferr)
				}
				checked++
				progress("checking files", checked, len(p.Files))
				mu.Unlock()
			}
		}()
	}
	var done <-chan struct{}
	if opts.Context != nil {
		done = opts.Context.Done()
	}
	for _, f := range p.Files {
		if !send(done, jobs, f) {
			// The caller is stopping: leave the rest unread, and say so.
			mu.Lock()
			res.Errors = append(res.Errors, FileError{Path: ".", Message: "scan interrupted before every file was read"})
			mu.Unlock()
			break
		}
	}
	close(jobs)
	wg.Wait()
	progress("analysing the project", 0, 0)
	w.runFinishers(req, checkers, p, res, read)
	if err := w.runHooks(req, hooks, p, res, read); err != nil {
		return nil, err
	}
	for _, c := range checkers {
		if es, ok := c.Checker.(EndpointSource); ok {
			res.Endpoints = append(res.Endpoints, es.Endpoints(p)...)
		}
	}
	endpoint.Sort(res.Endpoints)
	w.checkEndpoints(req, checkers, p, res, read)
	for _, g := range p.gaps {
		if p.reports(g.Path) {
			res.Errors = append(res.Errors, g)
		}
	}
	closeCheckers(checkers)
	// A file read twice (a manifest for the project model, then by an engine)
	// is listed once, as a gap if either read made it one.
	slices.SortStableFunc(res.Errors, func(a, b FileError) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Message, b.Message), cmpBool(a.Benign, b.Benign))
	})
	res.Errors = slices.CompactFunc(res.Errors, func(a, b FileError) bool { return a.Path == b.Path && a.Message == b.Message })
	return res, nil
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

type namedChecker struct {
	name string
	Checker
}

// builtCheckers is what buildCheckers made.
type builtCheckers struct {
	checkers []namedChecker
	hooks    []Engine
	err      error
}

// buildCheckers builds the Checkers of the engines the selected rules name,
// each engine's in its own goroutine, and lists the engines with a
// whole-project hook. The error is the first engine's, in name order, as
// when they were built one after the other; a panic in an engine's New is an
// error, not a crash of the goroutine.
func buildCheckers(req Request) builtCheckers {
	byName := map[string]Engine{}
	for _, e := range req.Engines {
		byName[e.Name] = e
	}
	names := req.Selection.Set.Engines()
	var hooks []Engine
	for _, name := range names {
		e, ok := byName[name]
		if !ok {
			r := req.Selection.Set.ByEngine(name)[0]
			return builtCheckers{err: fmt.Errorf("%s: rule %s: unknown engine %q", r.Pos, r.ID, name)}
		}
		if e.Project != nil {
			hooks = append(hooks, e)
		}
	}
	made := make([]namedChecker, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		e := byName[name]
		if e.New == nil {
			continue // no per-file work (the report layer's suppress, a project hook)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					errs[i] = fmt.Errorf("%s engine: internal error: %v", name, r)
				}
			}()
			c, err := e.New(req.Selection.Set.ByEngine(name), req.Options)
			made[i], errs[i] = namedChecker{name, c}, err
		}()
	}
	wg.Wait()
	var out []namedChecker
	for i, c := range made {
		if errs[i] == nil && c.Checker != nil {
			out = append(out, c)
		}
	}
	for _, err := range errs {
		if err != nil {
			closeCheckers(out)
			return builtCheckers{err: err}
		}
	}
	return builtCheckers{checkers: out, hooks: hooks}
}

// closeCheckers lets the engines holding C memory (tree-sitter parsers)
// release it now rather than whenever finalizers run.
func closeCheckers(checkers []namedChecker) {
	for _, c := range checkers {
		if cl, ok := c.Checker.(interface{ Close() }); ok {
			cl.Close()
		}
	}
}

// runHooks runs the engines' whole-project hooks and passes their findings
// through the path every Checker's take (accept). Directives of a file with
// a finding that no Checker read are parsed here, so an inline ignore works
// whichever engine reports in the file. An error is a hook that could not
// start (invalid parameters); a panic is an internal error.
func (w *walker) runHooks(req Request, hooks []Engine, p *Project, res *Result, read map[string]bool) error {
	if len(hooks) == 0 {
		return nil
	}
	files := projectFiles(p)
	for _, e := range hooks {
		out, err := runHook(e, ProjectInput{Project: p, Rules: req.Selection.Set.ByEngine(e.Name), Set: req.Selection.Set, Options: req.Options})
		if err != nil {
			var ferr *FileError
			if errors.As(err, &ferr) {
				res.Errors = append(res.Errors, *ferr)
				continue
			}
			return fmt.Errorf("%s engine: %w", e.Name, err)
		}
		if out == nil {
			continue
		}
		res.Errors = append(res.Errors, out.Errors...)
		res.Endpoints = append(res.Endpoints, out.Endpoints...)
		w.acceptProjectFindings(req, e.Name, out.Findings, files, res, read)
	}
	return nil
}

func projectFiles(p *Project) map[string]*File {
	files := make(map[string]*File, len(p.Files))
	for _, f := range p.Files {
		files[f.Path] = f
	}
	return files
}

// acceptProjectFindings passes whole-project findings (a hook's, a
// Finisher's, an EndpointChecker's) through the path every Checker's take:
// the file must be walked and reported, the rule selected (an undeclared id
// is an internal error), and the directives of a file no Checker read are
// parsed here, so an inline ignore works whichever engine reports in it.
func (w *walker) acceptProjectFindings(req Request, engine string, findings []rules.Finding, files map[string]*File, res *Result, read map[string]bool) {
	for _, fd := range findings {
		f := files[fd.File]
		if f == nil || !f.Report {
			continue // outside the walked files (generated, skipped) or not named
		}
		if req.Selection.Set.Get(fd.RuleID) == nil {
			res.Errors = append(res.Errors, FileError{Path: fd.File, Message: fmt.Sprintf("internal error in %s engine: reported rule %q that the rule set does not select", engine, fd.RuleID), Internal: true})
			continue
		}
		fd, ok := accept(req, fd)
		if !ok {
			continue
		}
		res.Findings = append(res.Findings, fd)
		if !read[f.Path] && f.Kind != Env {
			read[f.Path] = true
			if src, rerr := w.readFile(f); rerr == nil {
				res.Directives = append(res.Directives, parseDirectives(f.Path, src)...)
			}
		}
	}
}

// runFinishers gives every Finisher the whole project once all files were
// checked.
func (w *walker) runFinishers(req Request, checkers []namedChecker, p *Project, res *Result, read map[string]bool) {
	w.runWhole(req, checkers, p, res, read, func(c Checker) func(func(rules.Finding)) {
		if fin, ok := c.(Finisher); ok {
			return func(emit func(rules.Finding)) { fin.Finish(p, emit) }
		}
		return nil
	})
}

// checkEndpoints runs the endpoint checkers over the gathered endpoints.
func (w *walker) checkEndpoints(req Request, checkers []namedChecker, p *Project, res *Result, read map[string]bool) {
	w.runWhole(req, checkers, p, res, read, func(c Checker) func(func(rules.Finding)) {
		if ec, ok := c.(EndpointChecker); ok {
			return func(emit func(rules.Finding)) { ec.CheckEndpoints(p, res.Endpoints, emit) }
		}
		return nil
	})
}

// runWhole runs the whole-project step (step returns nil for a checker
// without one) of every checker and accepts its findings. A panic is an
// internal error, never a silent pass.
func (w *walker) runWhole(req Request, checkers []namedChecker, p *Project, res *Result, read map[string]bool, step func(Checker) func(func(rules.Finding))) {
	var files map[string]*File
	for _, c := range checkers {
		run := step(c.Checker)
		if run == nil {
			continue
		}
		if files == nil {
			files = projectFiles(p)
		}
		var found []rules.Finding
		func() {
			defer func() {
				if r := recover(); r != nil {
					res.Errors = append(res.Errors, FileError{Path: ".", Message: fmt.Sprintf("internal error in %s engine: %v\n%s", c.name, r, debug.Stack()), Internal: true})
				}
			}()
			run(func(fd rules.Finding) { found = append(found, fd) })
		}()
		w.acceptProjectFindings(req, c.name, found, files, res, read)
	}
}

func runHook(e Engine, in ProjectInput) (out *ProjectOutput, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &FileError{Path: ".", Message: fmt.Sprintf("internal error in %s engine: %v\n%s", e.Name, r, debug.Stack()), Internal: true}
		}
	}()
	return e.Project(in)
}

// accept applies the selection to one finding: the rule must be selected
// (an undeclared id is an engine bug), the rule's paths and the config's
// excludes must let it through; the severity is the selected rule's, or the
// finding's own when it is lower (CLK203 reports reads a step below writes).
func accept(req Request, fd rules.Finding) (rules.Finding, bool) {
	r := req.Selection.Set.Get(fd.RuleID)
	if r == nil {
		panic(fmt.Sprintf("engine reported rule %q that the rule set does not declare", fd.RuleID))
	}
	if !req.Selection.Reports(r, req.Config, fd.File) {
		return fd, false
	}
	if fd.Severity == 0 || fd.Severity > r.Severity {
		fd.Severity = r.Severity
	}
	return fd, true
}

// checkFile reads one file (if any checker wants it) and runs the checkers over it.
// A panic in a checker becomes an internal error for that file, never a silent pass.
func (w *walker) checkFile(req Request, checkers []namedChecker, p *Project, f *File) (out []rules.Finding, dirs []Directive, parsed bool, ferr *FileError) {
	var want []namedChecker
	for _, c := range checkers {
		if !contextOnly(c.Checker, f) && c.Wants(p, f) {
			want = append(want, c)
		}
	}
	if len(want) == 0 {
		return nil, nil, false, nil
	}
	src, rerr := w.readFile(f)
	if rerr != nil {
		if !f.Report {
			return nil, nil, false, nil
		}
		return nil, nil, true, rerr // the hooks' findings in it need no second attempt
	}
	if f.Report && f.Kind != Env {
		dirs = parseDirectives(f.Path, src) // env files: loadProject
		parsed = true
	}
	emit := func(fd rules.Finding) {
		if fd.File == "" {
			fd.File = f.Path
		}
		report := f.Report
		if fd.File != f.Path {
			// A finding located in another file (an env file judged while
			// visiting source) is reported when that file is.
			report = p.reports(fd.File)
		}
		if !report {
			return
		}
		if fd, ok := accept(req, fd); ok {
			out = append(out, fd)
		}
	}
	for _, c := range want {
		if err := runChecker(c, p, f, src, emit); err != nil {
			return out, dirs, parsed, &FileError{Path: f.Path, Message: err.Error(), Internal: true}
		}
	}
	return out, dirs, parsed, nil
}

// reports says whether findings in the project file at path p are reported.
func (p *Project) reports(path string) bool {
	for _, f := range p.Files {
		if f.Path == path {
			return f.Report
		}
	}
	return false
}

func runChecker(c namedChecker, p *Project, f *File, src []byte, emit func(rules.Finding)) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in %s engine: %v\n%s", c.name, r, debug.Stack())
		}
	}()
	c.Check(p, f, src, emit)
	return nil
}

// clerkManifestMarkers are dependency names that mean "this project uses Clerk".
var clerkManifestMarkers = [][]byte{
	[]byte(`"@clerk/`), []byte(`"svelte-clerk"`), []byte(`"clerk-sveltekit"`), []byte(`"vue-clerk"`),
	[]byte("github.com/clerk/clerk-sdk-go"), []byte("github.com/clerkinc/clerk-sdk-go"),
	[]byte("clerk-backend-api"), []byte("fastapi-clerk-auth"), []byte("clerk-sdk-python"), []byte("django-clerk"),
}

func isManifest(base string) bool {
	switch base {
	case "package.json", "go.mod", "pyproject.toml", "Pipfile", "setup.py", "setup.cfg", "Gemfile", "composer.json":
		return true
	}
	ok, _ := filepath.Match("requirements*.txt", base)
	return ok
}

// loadProject reads env files and manifests: small files whose content every engine
// may need before any file is checked.
func (w *walker) loadProject(p *Project, res *Result) {
	seen := map[string]bool{}
	for _, f := range p.Files {
		switch {
		case f.Kind == Env:
			src, ferr := w.readFile(f)
			if ferr != nil {
				if f.Report {
					res.Errors = append(res.Errors, *ferr)
				}
				continue
			}
			vars, _ := dotenv.Parse(src)
			p.Env = append(p.Env, &EnvFile{File: f, Vars: vars})
			// Directives are read here, whichever engine reports in the
			// file: a js rule judges env files without visiting them.
			if f.Report {
				res.Directives = append(res.Directives, parseDirectives(f.Path, src)...)
			}
		case isManifest(f.Base()):
			src, ferr := w.readFile(f)
			if ferr != nil {
				// Which Clerk SDKs the project uses is unknown without it,
				// binary or not.
				ferr.Benign = !f.Committable()
				res.Errors = append(res.Errors, *ferr)
				continue
			}
			for _, m := range clerkManifestMarkers {
				if name := string(bytes.Trim(m, `"`)); bytes.Contains(src, m) && !seen[name] {
					seen[name] = true
					p.ClerkSDKs = append(p.ClerkSDKs, name)
				}
			}
		}
	}
	sort.Strings(p.ClerkSDKs)
}
