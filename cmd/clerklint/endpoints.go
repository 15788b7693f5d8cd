package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/inventory"
)

func newEndpointsFlags(stderr io.Writer) (*flag.FlagSet, *scanFlags) {
	fs := flag.NewFlagSet("clerklint endpoints", flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &scanFlags{}
	fs.StringVar(&f.format, "format", "text", "output `format`: "+strings.Join(inventory.Names(), ", "))
	addSharedFlags(fs, f)
	fs.BoolVar(&f.allowIncomplete, "allow-incomplete", false, "exit 0 even when files or Go modules could not be analysed (listed on stderr); without it such a run exits 2")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: clerklint endpoints [flags] [path ...]

Lists every endpoint the scan finds (route handlers, API routes, server
actions, private pages, Go router registrations): how it is protected and by
what, its authorization evidence, the request values it reads, what it does,
and the findings on it. Most exposed endpoints come first. It runs the same
scan as "clerklint scan" and exits 0 whatever it lists; 2 when the scan cannot
run, crashed, or could not analyse a file or Go module whose endpoints may be
missing (listed on stderr; --allow-incomplete accepts that).

Flags:`)
		fs.PrintDefaults()
	}
	return fs, f
}

// cmdEndpoints is `clerklint endpoints`: the scan of `clerklint scan`, shown
// as the endpoint inventory rather than as findings.
func cmdEndpoints(ctx context.Context, engs []scan.Engine, args []string, stdout, stderr io.Writer) int {
	fs, f := newEndpointsFlags(stderr)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	code, err := endpointsMain(ctx, f, paths, engs, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "clerklint: %v\n", err)
		return exitError
	}
	return code
}

// endpointsMain writes the inventory and returns the exit code: 0 whatever it
// lists, 2 (as for scan) when the scan crashed or could not analyse a file or
// module whose endpoints may be missing, unless --allow-incomplete.
func endpointsMain(ctx context.Context, f *scanFlags, paths []string, engs []scan.Engine, stdout, stderr io.Writer) (int, error) {
	formatter, err := inventory.Lookup(f.format)
	if err != nil {
		return 0, err
	}
	sc, err := runScan(ctx, f, paths, engs, nil)
	if err != nil {
		return 0, err
	}
	inv := inventory.Build(sc.result, sc.report)
	opts := inventory.Options{
		Color: f.format == "text" && f.output == "" && !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(stdout),
	}
	render := func(w io.Writer) error { return formatter.Format(w, inv, opts) }
	if f.output != "" {
		err = writeFile(f.output, render)
	} else {
		err = render(stdout)
	}
	if err != nil {
		return 0, err
	}
	// What the scan could not analyse goes to stderr, once, in every format
	// (stdout may be a document): its endpoints are missing from the inventory.
	if code, done := incomplete(stderr, sc.result, sc.report, f.allowIncomplete); done {
		return code, nil
	}
	return exitClean, nil
}
