package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
	"github.com/clerklint/clerklint/rules"
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
}

func newScanFlags(stderr io.Writer) (*flag.FlagSet, *scanFlags) {
	fs := flag.NewFlagSet("clerklint scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &scanFlags{}
	fs.StringVar(&f.format, "format", "text", "output `format`: "+strings.Join(report.Names(), ", "))
	fs.StringVar(&f.output, "output", "", "write the report to `file` instead of stdout")
	fs.StringVar(&f.config, "config", "", "config `file` (default .clerklint.yml at the scan root)")
	fs.StringVar(&f.userRules, "rules", "", "add or override rules from this YAML `file`")
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 on findings at or above this `severity`: "+strings.Join(rules.SeverityNames(), ", ")+", never (default warning)")
	fs.Var(&f.enable, "enable", "run only these rule `ids` (repeatable, comma-separated)")
	fs.Var(&f.disable, "disable", "do not run these rule `ids` (repeatable, comma-separated)")
	fs.StringVar(&f.baseline, "baseline", "", "drop findings whose fingerprints are in this baseline `file`")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "write the fingerprints of all current findings to `file` and exit 0")
	fs.BoolVar(&f.noColor, "no-color", false, "disable colour in text output (NO_COLOR is honoured too)")
	fs.BoolVar(&f.allSecrets, "all-secrets", false, "also run gitleaks' default rules and report every committed credential")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the scan to `file` (for clerklint's developers: go tool pprof)")
	fs.BoolVar(&f.noGo, "no-go", false, "skip the Go analysis of go.mod modules (it needs the go command and the modules' dependencies)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: clerklint scan [flags] [path ...]\n\nPaths are directories (scanned whole) or files (the project root is found above\nthem for context, and only findings in those files are reported).\n\nFlags:")
		fs.PrintDefaults()
	}
	return fs, f
}

// parseInterspersed lets flags follow paths (`clerklint scan . --format json`),
// which the standard flag package stops at.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func cmdScan(args []string, stdout, stderr io.Writer) int {
	fs, f := newScanFlags(stderr)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	if f.cpuProfile != "" {
		stop, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "clerklint: %v\n", err)
			return exitError
		}
		defer stop()
	}
	code, err := scanMain(f, paths, stdout, stderr)
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

func scanMain(f *scanFlags, paths []string, stdout, stderr io.Writer) (int, error) {
	formatter, err := report.Lookup(f.format)
	if err != nil {
		return 0, err
	}
	set, err := loadRules(f.userRules)
	if err != nil {
		return 0, err
	}
	targets, err := groupTargets(paths)
	if err != nil {
		return 0, err
	}
	var baseline *report.Baseline
	if f.baseline != "" {
		if baseline, err = report.LoadBaseline(f.baseline); err != nil {
			return 0, err
		}
	}
	var merged *scan.Result
	var failOn string
	var active *rules.Set
	for _, t := range targets {
		cfgPath, optional := f.config, false
		if cfgPath == "" {
			cfgPath, optional = filepath.Join(t.root, ".clerklint.yml"), true
		}
		cfg, err := rules.LoadConfig(cfgPath, optional)
		if err != nil {
			return 0, err
		}
		if failOn == "" {
			failOn = cfg.FailOn
		}
		sel, err := rules.Select(set, cfg, f.enable, f.disable)
		if err != nil {
			return 0, err
		}
		active = sel.Set
		res, err := scan.Run(scan.Request{
			Root: t.root, Only: t.only, Selection: sel, Config: cfg, Engines: engines.All(),
			Options: scan.Options{AllSecrets: f.allSecrets, NoGo: f.noGo},
		})
		if err != nil {
			return 0, err
		}
		if len(targets) > 1 {
			prefixResult(res, t.root)
		}
		merged = mergeResults(merged, res)
	}
	if f.failOn != "" {
		failOn = f.failOn
	}
	if failOn == "" {
		failOn = "warning"
	}
	threshold, err := rules.ParseFailOn(failOn)
	if err != nil {
		return 0, err
	}

	rep := report.Process(merged, active, report.Options{Baseline: baseline, Known: set})
	if f.writeBaseline != "" {
		if err := writeFile(f.writeBaseline, func(w io.Writer) error { return report.WriteBaseline(w, rep) }); err != nil {
			return 0, err
		}
		fmt.Fprintf(stderr, "clerklint: wrote %d fingerprints to %s\n", len(rep.Findings), f.writeBaseline)
		return exitClean, nil
	}

	out := stdout
	color := f.format == "text" && f.output == "" && !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(stdout)
	// Reported paths are relative to the one scan root, or to the working
	// directory when several roots were scanned (prefixResult).
	source := func(p string) ([]byte, error) { return os.ReadFile(filepath.FromSlash(p)) }
	if len(targets) == 1 {
		root := targets[0].root
		source = func(p string) ([]byte, error) { return os.ReadFile(filepath.Join(root, filepath.FromSlash(p))) }
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
	// Skipped files are listed on stderr for every format, so machine-readable
	// stdout stays clean and nothing is lost silently.
	if f.format != "text" || f.output != "" {
		for _, e := range rep.Errors {
			fmt.Fprintf(stderr, "clerklint: %s\n", e.Error())
		}
	}
	if merged.Internal() {
		fmt.Fprintln(stderr, "clerklint: internal error during the scan; results are incomplete")
		return exitError, nil
	}
	if threshold > 0 {
		for _, fd := range rep.Findings {
			if fd.Severity >= threshold {
				return exitFindings, nil
			}
		}
	}
	return exitClean, nil
}

func writeFile(path string, write func(io.Writer) error) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(fh); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}

func isTerminal(w io.Writer) bool {
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
}

func mergeResults(a, b *scan.Result) *scan.Result {
	if a == nil {
		return b
	}
	a.Findings = append(a.Findings, b.Findings...)
	a.Directives = append(a.Directives, b.Directives...)
	a.Errors = append(a.Errors, b.Errors...)
	sort.Slice(a.Errors, func(i, j int) bool { return a.Errors[i].Path < a.Errors[j].Path })
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
