// Command clerklint finds Clerk authentication mistakes in a project tree: leaked and
// misplaced keys, unprotected endpoints, unverified webhooks and more.
//
// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, config or
// internal error or an incomplete scan. A crash never exits 0 or 1.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
)

// main runs the command under a context that an interrupt or SIGTERM ends.
// The go command that loads Go modules runs in its own process group, out of
// reach of the terminal's Ctrl-C and of a CI runner's signal to clerklint
// alone: ending the context is what stops it (go/packages interrupts, then
// kills, the whole group), so main waits for that before exiting. A second
// signal exits at once.
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	done := make(chan int, 1)
	go func() { done <- runWith(ctx, engines.All, os.Args[1:], os.Stdout, os.Stderr) }()
	select {
	case code := <-done:
		os.Exit(code)
	case <-ctx.Done():
		stop()
		fmt.Fprintln(os.Stderr, "clerklint: interrupted; stopping")
		select {
		case <-done:
		case <-time.After(interruptGrace):
		}
		os.Exit(exitError)
	}
}

// interruptGrace covers go/packages' own grace period (an interrupt, 5 s,
// then a kill of the go command's process group) with some margin.
const interruptGrace = 10 * time.Second

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

// run is the whole CLI behind a function, so tests reach every path without a
// subprocess.
func run(args []string, stdout, stderr io.Writer) int {
	return runWith(context.Background(), engines.All, args, stdout, stderr)
}

// runWith is run with the file engines passed in: the seam through which tests
// give the scanning commands a fake engine (an endpoint source, say). They are
// built only by the commands that scan (building them loads the rule set and
// the Go analyzers, wasted on `clerklint version`).
// Everything it writes passes through a RedactingWriter: a key can reach output
// from places no finding covers (a path given on the command line, a config
// value quoted in an error).
func runWith(ctx context.Context, engs func() []scan.Engine, args []string, stdout, stderr io.Writer) (code int) {
	rout, rerr := report.NewRedactingWriter(stdout), report.NewRedactingWriter(stderr)
	defer rout.Flush()
	defer rerr.Flush()
	stdout, stderr = rout, rerr
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "clerklint: internal error: %v\n", r)
			code = exitError
		}
	}()
	if len(args) == 0 {
		usage(stderr)
		return exitError
	}
	switch args[0] {
	case "scan":
		return cmdScan(ctx, engs(), args[1:], stdout, stderr)
	case "endpoints":
		return cmdEndpoints(ctx, engs(), args[1:], stdout, stderr)
	case "review":
		return cmdReview(ctx, engs(), args[1:], stdout, stderr)
	case "rules":
		return cmdRules(args[1:], stdout, stderr)
	case "explain":
		return cmdExplain(args[1:], stdout, stderr)
	case "init":
		return cmdInit(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "clerklint %s\n", report.CurrentTool().Version)
		return exitClean
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return exitClean
	default:
		fmt.Fprintf(stderr, "clerklint: unknown command %q\n\n", args[0])
		usage(stderr)
		return exitError
	}
}

func usage(w io.Writer) {
	fmt.Fprint(w, `clerklint finds Clerk authentication mistakes in a project.

Usage:
  clerklint scan [flags] [path ...]   scan directories or files (default ".")
  clerklint endpoints [flags] [path ...]
                                      list every endpoint: how it is protected, what it
                                      reads and does, and the findings on it
  clerklint review [flags] [path]     the reviewer's report: project summary, every
                                      checklist item with a status, plan check and
                                      endpoints (--format markdown, html or json)
  clerklint rules [--markdown]        list the rules
  clerklint rules --yaml ID           print a rule's YAML entry (to start an override from)
  clerklint explain [--all] ID [path] show a rule's documentation, with the notes for
                                      the frameworks the project at path uses (or all)
  clerklint init [--force] [path]     write a starter .clerklint.yml and print CI snippets
  clerklint version                   print the version (also --version)

Run "clerklint scan -h", "clerklint endpoints -h" or "clerklint review -h" for
their flags.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/internal
error or an incomplete scan (see "clerklint scan -h"), for review too; endpoints
exits 0 whatever it lists (2 on errors or an incomplete scan).
`)
}
