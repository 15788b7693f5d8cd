// Command clerklint finds Clerk authentication mistakes in a project tree: leaked and
// misplaced keys, unprotected endpoints, unverified webhooks and more.
//
// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, config or
// internal error or an incomplete scan. A crash never exits 0 or 1.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/clerklint/clerklint/cmd/clerklint/internal/report"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

// run is the whole CLI behind a function, so tests reach every path without a
// subprocess. Everything it writes passes through a RedactingWriter: a key can
// reach output from places no finding covers (a path given on the command line,
// a config value quoted in an error).
func run(args []string, stdout, stderr io.Writer) (code int) {
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
		return cmdScan(args[1:], stdout, stderr)
	case "rules":
		return cmdRules(args[1:], stdout, stderr)
	case "explain":
		return cmdExplain(args[1:], stdout, stderr)
	case "version":
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
  clerklint rules [--markdown]        list the rules
  clerklint explain ID                show a rule's documentation
  clerklint version                   print the version

Run "clerklint scan -h" for scan flags.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/internal
error or an incomplete scan (see "clerklint scan -h").
`)
}
