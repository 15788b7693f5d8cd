package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// FormatOptions are presentation choices that do not change what is reported.
type FormatOptions struct {
	// Color enables ANSI colour in the text format; the CLI turns it off for
	// --no-color, NO_COLOR and output that is not a terminal.
	Color bool
	// Source reads a reported file (its path as in the findings), so SARIF
	// can count columns in UTF-16 code units as viewers do; nil leaves byte
	// columns on lines it cannot read.
	Source func(path string) ([]byte, error)
}

// Formatter renders a processed report. Implementations receive findings whose
// secrets have already been redacted and cleared by Process.
type Formatter interface {
	// Format writes the whole report to w.
	Format(w io.Writer, rep *Report, opts FormatOptions) error
	// Description is one line for help text.
	Description() string
}

// Formats is the registry of output formats by --format name. The CLI builds its
// help and its unknown-format error from these keys, so the documented formats
// and the working ones cannot drift apart. It is never modified.
var Formats = map[string]Formatter{
	"text":   textFormat{},
	"json":   jsonFormat{},
	"sarif":  sarifFormat{},
	"github": githubFormat{},
}

// Names returns the format names, sorted.
func Names() []string {
	names := make([]string, 0, len(Formats))
	for n := range Formats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Lookup returns the named formatter. An unknown name is an error listing the
// valid ones: falling back to text would hand a CI upload step something that is
// not SARIF.
func Lookup(name string) (Formatter, error) {
	if f, ok := Formats[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(Names(), ", "))
}
