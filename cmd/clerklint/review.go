package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/clerklint/clerklint/analyzers/js/plans"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/review"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
	"github.com/clerklint/clerklint/rules/ruleid"
)

func newReviewFlags(stderr io.Writer) (*flag.FlagSet, *scanFlags) {
	fs := flag.NewFlagSet("clerklint review", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &scanFlags{}
	fs.StringVar(&f.format, "format", "markdown", "output `format`: "+strings.Join(review.Names(), ", "))
	addSharedFlags(fs, f)
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 on findings at or above this `severity`: "+strings.Join(rules.SeverityNames(), ", ")+", never (default warning)")
	fs.BoolVar(&f.allowIncomplete, "allow-incomplete", false, "exit by findings only even when files or Go modules could not be analysed; the report lists them either way")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: clerklint review [flags] [path]

Writes the reviewer's report of one project: its stacks, Clerk SDKs and
instances, every checklist item of the Clerk skill with a status (fail with
the findings, pass with what was checked, manual with what a person must
verify, n/a), the plan check (features that need a paid plan or add-on), and
the endpoint inventory. It runs the scan of "clerklint scan"; exit codes are
scan's: 0 clean, 1 findings at or above --fail-on, 2 error or incomplete scan.

Flags:`)
		fs.PrintDefaults()
	}
	return fs, f
}

// cmdReview is `clerklint review`.
func cmdReview(ctx context.Context, engs []scan.Engine, args []string, stdout, stderr io.Writer) int {
	fs, f := newReviewFlags(stderr)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	if len(paths) > 1 {
		fmt.Fprintln(stderr, "clerklint: review takes one project directory (usage: clerklint review [flags] [path])")
		return exitError
	}
	code, err := reviewMain(ctx, f, paths, engs, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "clerklint: %v\n", err)
		return exitError
	}
	return code
}

func reviewMain(ctx context.Context, f *scanFlags, paths []string, engs []scan.Engine, stdout, stderr io.Writer) (int, error) {
	formatter, err := review.Lookup(f.format)
	if err != nil {
		return 0, err
	}
	sc, err := runScan(ctx, f, paths, engs, nil)
	if err != nil {
		return 0, err
	}
	var table *plans.Table
	if r := sc.report.Rule(ruleid.PaidPlanFeature); r != nil {
		if table, err = plans.Decode(r); err != nil {
			return 0, err
		}
	}
	root := sc.targets[0].root
	doc := review.Build(review.Input{
		Result: sc.result, Report: sc.report, Rules: sc.rules, Stacks: projectStacks(sc.result.Project),
		Source: func(p string) ([]byte, error) {
			return regular.Read(filepath.Join(root, filepath.FromSlash(p)), scan.DefaultMaxFileSize)
		},
		Plans: table, NoGo: f.noGo,
	})
	render := func(w io.Writer) error { return formatter.Format(w, doc) }
	if f.output != "" {
		err = writeFile(f.output, render)
	} else {
		err = render(stdout)
	}
	if err != nil {
		return 0, err
	}
	return exitFor(sc, f.allowIncomplete, stderr), nil
}

// exitFor is the exit code of a scan that was reported: 2 when it is
// incomplete (unless allowed) or an engine crashed, 1 when a root has
// findings at or above its fail-on, else 0.
func exitFor(sc *scanOutcome, allowIncomplete bool, stderr io.Writer) int {
	if code, done := incomplete(stderr, sc.result, sc.report, allowIncomplete); done {
		return code
	}
	if sc.failed {
		return exitFindings
	}
	return exitClean
}

// projectStacks are the frameworks the scanned project's manifests name,
// read as `clerklint explain` reads them.
func projectStacks(p *scan.Project) map[string]bool {
	found := map[string]bool{}
	if p == nil {
		return found
	}
	for _, f := range p.Files {
		if f.Committable() {
			readManifest(f.Abs, found)
		}
	}
	return found
}
