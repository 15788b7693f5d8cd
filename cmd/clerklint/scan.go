package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	filesecrets "github.com/clerklint/clerklint/analyzers/files/secrets"
	"github.com/clerklint/clerklint/analyzers/golang/godriver"
	"github.com/clerklint/clerklint/analyzers/history"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// listFlag collects a repeatable, comma-separated flag such as --disable CLK005,CLK009.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, strings.ToUpper(s))
		}
	}
	return nil
}

type scanFlags struct {
	format, output, config, userRules, failOn string
	baseline, writeBaseline                   string
	cpuProfile                                string
	enable, disable                           listFlag
	noColor, allSecrets, noGo                 bool
	goTimeout                                 time.Duration
	allowIncomplete                           bool
	history                                   bool
	since                                     string
	quiet                                     bool
	// progress, when set, shows a long scan's progress on stderr.
	progress *progressLine
}

func newScanFlags(stderr io.Writer) (*flag.FlagSet, *scanFlags) {
	fs := flag.NewFlagSet("clerklint scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &scanFlags{}
	fs.StringVar(&f.format, "format", "text", "output `format`: "+strings.Join(report.Names(), ", "))
	addSharedFlags(fs, f)
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 on findings at or above this `severity`: "+strings.Join(rules.SeverityNames(), ", ")+", never (default warning)")
	fs.StringVar(&f.baseline, "baseline", "", "drop findings whose fingerprints are in this baseline `file`")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "write the fingerprints of all current findings to `file` and exit 0 (2 if the scan was incomplete, unless --allow-incomplete)")
	fs.BoolVar(&f.allSecrets, "all-secrets", false, "also run gitleaks' default rules and report every committed credential")
	fs.BoolVar(&f.history, "history", false, "also read every reachable commit's added lines for Clerk secret keys and webhook secrets (CLK011): keys deleted since must still be rotated")
	fs.StringVar(&f.since, "since", "", "with --history, read only the commits not reachable from this `revision`")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the scan to `file` (for clerklint's developers: go tool pprof)")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress line on stderr (shown only when stderr is a terminal and the scan takes over 2 s)")
	fs.BoolVar(&f.allowIncomplete, "allow-incomplete", false, "exit by findings only even when files or Go modules could not be analysed (listed on stderr); without it such a scan exits 2")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: clerklint scan [flags] [--] [path ...]\n\nPaths are directories (scanned whole) or files (the project root is found above\nthem for context, and only findings in those files are reported). Flags may\nfollow paths; after \"--\" every argument is a path.\n\nFlags:")
		fs.PrintDefaults()
		fmt.Fprint(stderr, `
Exit codes:
  0  no findings at or above --fail-on
  1  findings at or above --fail-on
  2  usage, config or internal error, or an incomplete scan: a file or Go
     module that should have been analysed could not be (unreadable, over
     max-file-size, binary content in a source or env file, an unreadable
     ignore file or git index, a module that does not load). Each is listed
     on stderr; --allow-incomplete exits by findings only. Binary files and
     gitignored, untracked files are not gaps. An interrupted scan
     (SIGINT, SIGTERM) exits 2 too, after stopping the go command.
`)
	}
	return fs, f
}

// addSharedFlags registers the flags every command that scans takes (scan,
// endpoints): where the report goes, which config and rules are read and
// which rules run.
func addSharedFlags(fs *flag.FlagSet, f *scanFlags) {
	fs.StringVar(&f.output, "output", "", "write the report to `file` instead of stdout")
	fs.StringVar(&f.config, "config", "", "config `file` (default: the nearest .clerklint.yml in the scanned directory or above it, up to the git root)")
	fs.StringVar(&f.userRules, "rules", "", "add or override rules from this YAML `file`")
	fs.Var(&f.enable, "enable", "run only these rule `ids` (repeatable, comma-separated)")
	fs.Var(&f.disable, "disable", "do not run these rule `ids` (repeatable, comma-separated)")
	fs.BoolVar(&f.noColor, "no-color", false, "disable colour in text output (NO_COLOR is honoured too)")
	fs.BoolVar(&f.noGo, "no-go", false, "skip the Go analysis of go.mod modules (it needs the go command and the modules' dependencies)")
	fs.DurationVar(&f.goTimeout, "go-timeout", godriver.DefaultLoadTimeout, "stop loading a Go module after this `duration` and list it as not analysed (the go command runs offline, read-only, without cgo)")
}

// parseInterspersed lets flags follow paths (`clerklint scan . --format json`),
// which the standard flag package stops at. A "--" ends the flags for good:
// everything after it is a path, even a file named --output=x.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if endedByTerminator(fs, args, len(args)-len(rest)) {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// endedByTerminator reports whether fs.Parse consumed args[:used] ending with
// a "--" terminator, rather than with a "--" that was a flag's value
// (--output --). It replays the flag package's own pairing of flags and values.
func endedByTerminator(fs *flag.FlagSet, args []string, used int) bool {
	for i := 0; i < used; i++ {
		a := args[i]
		if a == "--" {
			return i == used-1
		}
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
				i++ // its value
			}
		}
	}
	return false
}

func cmdScan(ctx context.Context, engs []scan.Engine, args []string, stdout, stderr io.Writer) int {
	fs, f := newScanFlags(stderr)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	f.progress = newProgressLine(stderr, f.quiet)
	if f.cpuProfile != "" {
		stop, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "clerklint: %v\n", err)
			return exitError
		}
		defer stop()
	}
	code, err := scanMain(ctx, f, paths, engs, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "clerklint: %v\n", err)
		return exitError
	}
	return code
}

// target is one project root and, when files were named, the files to report on.
type target struct {
	root string
	only map[string]bool // nil: the whole root
}

func groupTargets(paths []string) ([]*target, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	byRoot := map[string]*target{}
	var order []string
	for _, p := range paths {
		root, isFile, err := scan.FindRoot(p)
		if err != nil {
			return nil, fmt.Errorf("scan %s: %w", p, err)
		}
		t, ok := byRoot[root]
		if !ok {
			t = &target{root: root, only: map[string]bool{}}
			byRoot[root] = t
			order = append(order, root)
		}
		if !isFile {
			t.only = nil // a directory means everything under it
		} else if t.only != nil {
			abs, _ := filepath.Abs(p)
			if real, err := filepath.EvalSymlinks(abs); err == nil {
				abs = real
			}
			t.only[abs] = true
		}
	}
	out := make([]*target, len(order))
	for i, r := range order {
		out[i] = byRoot[r]
	}
	return out, nil
}

// scanOutcome is what runScan hands to the command that asked for the scan.
type scanOutcome struct {
	// result is the merged raw result of every target: findings still carry
	// their secrets (the inventory redacts endpoint text with them), and
	// endpoints are sorted by registration.
	result *scan.Result
	// report is every target's result processed with that target's own rules
	// (suppressed, baselined, redacted), merged and sorted.
	report  *report.Report
	targets []*target
	// rules is the loaded rule set (built-in plus --rules), before any
	// target's selection.
	rules *rules.Set
	// failed is set when some target has findings at or above its fail-on
	// (--fail-on, else its config's, else warning).
	failed bool
}

// runScan is the scan every scanning command runs (scan, endpoints): the
// rules, then per target its config and selection, the file engines, the Go
// modules and report.Process with that target's rule set, so that each root
// keeps its own suppression, disabled rules and fail-on; the reports are
// merged at the end. An error means the scan could not run at all (bad
// rules, config or paths).
func runScan(ctx context.Context, f *scanFlags, paths []string, engs []scan.Engine, baseline *report.Baseline) (*scanOutcome, error) {
	set, err := loadRules(f.userRules)
	if err != nil {
		return nil, err
	}
	targets, err := groupTargets(paths)
	if err != nil {
		return nil, err
	}
	out := &scanOutcome{targets: targets, rules: set}
	var reps []*report.Report
	for _, t := range targets {
		cfg, cfgProblem, err := targetConfig(f.config, t.root)
		if err != nil {
			return nil, err
		}
		threshold, err := rules.ParseFailOn(cmp.Or(f.failOn, cfg.FailOn, "warning"))
		if err != nil {
			return nil, err
		}
		sel, err := rules.Select(set, cfg, f.enable, f.disable)
		if err != nil {
			return nil, err
		}
		res, err := scan.Run(scan.Request{
			Root: t.root, Only: t.only, Selection: sel, Config: cfg, Engines: engs,
			Options: scan.Options{AllSecrets: f.allSecrets, NoGo: f.noGo, GoTimeout: f.goTimeout, Context: ctx, Progress: f.progress.progress()},
		})
		f.progress.clear()
		if err != nil {
			return nil, err
		}
		if cfgProblem != nil {
			res.Errors = append(res.Errors, *cfgProblem)
		}
		if f.history {
			if err := addHistory(ctx, f.since, t, set, sel, cfg, res); err != nil {
				return nil, err
			}
		}
		res.Endpoints = onlyEndpoints(res.Endpoints, t)
		if len(targets) > 1 {
			prefixResult(res, t.root)
		}
		rep := report.Process(res, sel.Set, report.Options{Baseline: baseline, Known: set})
		out.failed = out.failed || threshold > 0 && rep.MaxSeverity() >= threshold
		reps = append(reps, rep)
		out.result = mergeResults(out.result, res)
	}
	out.report = report.Merge(reps)
	return out, nil
}

// addHistory runs the --history scan of one root (CLK011, when selected)
// and adds its findings and gaps to the root's result. The credentials are
// recognised by CLK001's and CLK006's patterns, as configured.
func addHistory(ctx context.Context, since string, t *target, set *rules.Set, sel *rules.Selection, cfg *rules.Config, res *scan.Result) error {
	r := sel.Set.Get(ruleid.SecretInGitHistory)
	if r == nil {
		return nil
	}
	if t.only != nil {
		return fmt.Errorf("--history reads a repository's history: name a directory, not files")
	}
	var detectors []*rules.Rule
	for _, id := range []string{ruleid.SecretKeyInSource, ruleid.HardcodedWebhookSecret} {
		if d := sel.Set.Get(id); d != nil {
			detectors = append(detectors, d)
		} else if d := set.Get(id); d != nil { // disabled, but its patterns still say what a key is
			detectors = append(detectors, d)
		}
	}
	text, err := filesecrets.NewText(detectors)
	if err != nil {
		return err
	}
	hr, err := history.Scan(ctx, history.Request{Root: t.root, Since: since, Project: res.Project, Text: text})
	if err != nil {
		return err
	}
	res.Errors = append(res.Errors, hr.Errors...)
	for _, fd := range hr.Findings {
		if sel.Reports(r, cfg, fd.File) {
			fd.Severity = r.Severity
			res.Findings = append(res.Findings, fd)
		}
	}
	return nil
}

func scanMain(ctx context.Context, f *scanFlags, paths []string, engs []scan.Engine, stdout, stderr io.Writer) (int, error) {
	formatter, err := report.Lookup(f.format)
	if err != nil {
		return 0, err
	}
	var baseline *report.Baseline
	if f.baseline != "" {
		if baseline, err = report.LoadBaseline(f.baseline); err != nil {
			return 0, err
		}
	}
	sc, err := runScan(ctx, f, paths, engs, baseline)
	if err != nil {
		return 0, err
	}
	merged, targets := sc.result, sc.targets
	rep := sc.report
	if f.writeBaseline != "" {
		if err := writeFile(f.writeBaseline, func(w io.Writer) error { return report.WriteBaseline(w, rep) }); err != nil {
			return 0, err
		}
		fmt.Fprintf(stderr, "clerklint: wrote %d fingerprints to %s\n", len(rep.Findings), f.writeBaseline)
		if code, done := incomplete(stderr, merged, rep, f.allowIncomplete); done {
			return code, nil
		}
		return exitClean, nil
	}

	out := stdout
	color := f.format == "text" && f.output == "" && !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(stdout)
	// Reported paths are relative to the one scan root, or to the working
	// directory when several roots were scanned (prefixResult).
	source := func(p string) ([]byte, error) { return regular.Read(filepath.FromSlash(p), scan.DefaultMaxFileSize) }
	if len(targets) == 1 {
		root := targets[0].root
		source = func(p string) ([]byte, error) {
			return regular.Read(filepath.Join(root, filepath.FromSlash(p)), scan.DefaultMaxFileSize)
		}
	}
	render := func(w io.Writer) error {
		return formatter.Format(w, rep, report.FormatOptions{Color: color, Source: source})
	}
	if f.output != "" {
		if err := writeFile(f.output, render); err != nil {
			return 0, err
		}
	} else if err := render(out); err != nil {
		return 0, err
	}
	return exitFor(sc, f.allowIncomplete, stderr), nil
}

// targetConfig loads the config of one scanned root: the --config file when
// given, else the nearest .clerklint.yml above the root (rules.FindConfig). Its
// paths are returned relative to the root. A found config that is not a
// regular file or is too big is a listed problem with the defaults used
// (treeConfigProblem); any error in a --config file is fatal.
func targetConfig(explicit, root string) (*rules.Config, *scan.FileError, error) {
	path := explicit
	if path == "" {
		found, err := rules.FindConfig(root)
		if err != nil || found == "" {
			return &rules.Config{}, nil, err
		}
		path = displayPath(found)
	}
	cfg, err := rules.LoadConfig(path, false)
	if problem := treeConfigProblem(root, path, explicit == "", err); problem != nil {
		return &rules.Config{}, problem, nil
	}
	if err != nil {
		return nil, nil, err
	}
	cfg, err = cfg.Relative(root)
	return cfg, nil, err
}

// displayPath shortens a path below the working directory for messages.
func displayPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return rel
	}
	return p
}

// treeConfigProblem turns a .clerklint.yml found in the scanned tree that is
// not a regular file (a committed symlink to /dev/zero, a FIFO) or is too big
// into a listed problem: the scan runs with the defaults and is incomplete. A
// --config file is the user's own, and any error in it stays fatal, as does a
// tree config that reads but does not parse.
func treeConfigProblem(root, cfgPath string, optional bool, err error) *scan.FileError {
	if err == nil || !optional || !(errors.Is(err, regular.ErrNotRegular) || errors.Is(err, regular.ErrTooLarge)) {
		return nil
	}
	rel := cfgPath
	if abs, aerr := filepath.Abs(cfgPath); aerr == nil {
		if r, rerr := filepath.Rel(root, abs); rerr == nil {
			rel = r
		}
	}
	msg := err.Error()
	var re *regular.Error
	if errors.As(err, &re) {
		msg = re.Err.Error()
	}
	return &scan.FileError{Path: filepath.ToSlash(rel), Message: "config unreadable, defaults used: " + msg}
}

// incomplete lists on stderr, once and for every format (machine-readable
// stdout stays clean), what the scan could not analyse, and decides whether
// that ends the run with exit 2: always for an engine crash, and for any other
// gap unless --allow-incomplete. A scan that could not look never passes.
// Benign entries (binary or gitignored files) are in the report only.
func incomplete(stderr io.Writer, res *scan.Result, rep *report.Report, allow bool) (int, bool) {
	n := 0
	for _, e := range rep.Errors {
		if e.Incomplete() {
			fmt.Fprintf(stderr, "clerklint: not analysed: %s\n", e.Error())
			n++
		}
	}
	switch {
	case res.Internal():
		fmt.Fprintln(stderr, "clerklint: internal error during the scan; results are incomplete")
		return exitError, true
	case n > 0 && !allow:
		fmt.Fprintf(stderr, "clerklint: scan incomplete: %d %s could not be analysed (listed above); exclude or fix them, or pass --allow-incomplete to exit by findings only\n", n, pluralize(n, "file or module", "files or modules"))
		return exitError, true
	}
	return 0, false
}

func pluralize(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func writeFile(path string, write func(io.Writer) error) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	rw := report.NewRedactingWriter(fh)
	if err := write(rw); err != nil {
		fh.Close()
		return err
	}
	if err := rw.Flush(); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}

func isTerminal(w io.Writer) bool {
	if u, ok := w.(interface{ Unwrap() io.Writer }); ok {
		w = u.Unwrap()
	}
	fh, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := fh.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// prefixResult makes paths relative to the working directory when several project
// roots are scanned at once, so they stay unambiguous in one report.
func prefixResult(res *scan.Result, root string) {
	wd, _ := os.Getwd()
	prefix, err := filepath.Rel(wd, root)
	if err != nil {
		prefix = root
	}
	prefix = filepath.ToSlash(prefix)
	join := func(p string) string { return strings.TrimPrefix(prefix+"/"+p, "./") }
	for i := range res.Findings {
		res.Findings[i].File = join(res.Findings[i].File)
		for j := range res.Findings[i].Related {
			res.Findings[i].Related[j].File = join(res.Findings[i].Related[j].File)
		}
	}
	for i := range res.Directives {
		res.Directives[i].File = join(res.Directives[i].File)
	}
	for i := range res.Errors {
		res.Errors[i].Path = join(res.Errors[i].Path)
	}
	for i := range res.Endpoints {
		for _, p := range endpointPositions(&res.Endpoints[i]) {
			if p.File != "" {
				p.File = join(p.File)
			}
		}
	}
}

// endpointPositions are the places an endpoint names, for rewriting their
// paths.
func endpointPositions(e *endpoint.Endpoint) []*endpoint.Pos {
	ps := []*endpoint.Pos{&e.Registration, &e.Handler}
	evidence := func(ev []endpoint.Evidence) {
		for i := range ev {
			ps = append(ps, &ev[i].At)
		}
	}
	evidence(e.Protection.By)
	evidence(e.Public)
	evidence(e.Authz)
	if e.Protection.Gap != nil {
		ps = append(ps, &e.Protection.Gap.At)
	}
	for i := range e.Sessions {
		ps = append(ps, &e.Sessions[i].At)
	}
	for i := range e.Inputs {
		ps = append(ps, &e.Inputs[i].At)
	}
	for i := range e.Effects {
		ps = append(ps, &e.Effects[i].At)
	}
	return ps
}

// onlyEndpoints keeps, when files were named, the endpoints registered or
// handled in one of them, as findings are kept only in them.
func onlyEndpoints(es []endpoint.Endpoint, t *target) []endpoint.Endpoint {
	if t.only == nil {
		return es
	}
	named := func(p endpoint.Pos) bool {
		return p.File != "" && t.only[filepath.Join(t.root, filepath.FromSlash(p.File))]
	}
	var out []endpoint.Endpoint
	for _, e := range es {
		if named(e.Registration) || named(e.Handler) {
			out = append(out, e)
		}
	}
	return out
}

func mergeResults(a, b *scan.Result) *scan.Result {
	if a == nil {
		return b
	}
	a.Findings = append(a.Findings, b.Findings...)
	a.Directives = append(a.Directives, b.Directives...)
	a.Errors = append(a.Errors, b.Errors...)
	a.Endpoints = append(a.Endpoints, b.Endpoints...)
	sort.Slice(a.Errors, func(i, j int) bool { return a.Errors[i].Path < a.Errors[j].Path })
	endpoint.Sort(a.Endpoints)
	return a
}

// startCPUProfile profiles the scan into file; the returned func stops it.
func startCPUProfile(file string) (func(), error) {
	out, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(out); err != nil {
		out.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		out.Close()
	}, nil
}
