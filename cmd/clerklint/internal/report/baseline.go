package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/clerklint/clerklint/internal/regular"
)

// baselineVersion is bumped when the fingerprint recipe changes, so an old
// baseline is rejected loudly instead of silently matching nothing.
const baselineVersion = "1"

// Baseline is a set of accepted fingerprints: findings that existed when a team
// adopted clerklint and are tracked elsewhere, so CI fails only on new ones.
type Baseline struct {
	// Path is the file the baseline was read from.
	Path string
	fps  map[string]bool
}

// Contains reports whether fp is an accepted fingerprint.
func (b *Baseline) Contains(fp string) bool { return b != nil && b.fps[fp] }

// Len is the number of fingerprints in the baseline.
func (b *Baseline) Len() int {
	if b == nil {
		return 0
	}
	return len(b.fps)
}

// baselineFile is the on-disk form. Rule and File are not needed for matching
// (the fingerprint covers both); they make the file reviewable in a pull request.
type baselineFile struct {
	Version      string          `json:"version"`
	Fingerprints []baselineEntry `json:"fingerprints"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
}

// WriteBaseline writes the fingerprints of every finding in rep, including those
// the loaded baseline (if any) dropped: regenerating a baseline with the old one
// loaded keeps what is still there and forgets what was fixed. Entries are sorted
// by file, rule and fingerprint so a regenerated baseline gives a small diff.
func WriteBaseline(w io.Writer, rep *Report) error {
	bf := baselineFile{Version: baselineVersion, Fingerprints: []baselineEntry{}}
	for _, f := range slices.Concat(rep.Findings, rep.baselined) {
		bf.Fingerprints = append(bf.Fingerprints, baselineEntry{Fingerprint: f.Fingerprint, Rule: f.RuleID, File: f.File})
	}
	slices.SortFunc(bf.Fingerprints, func(a, b baselineEntry) int {
		return cmp.Or(strings.Compare(a.File, b.File), strings.Compare(a.Rule, b.Rule), strings.Compare(a.Fingerprint, b.Fingerprint))
	})
	bf.Fingerprints = slices.Compact(bf.Fingerprints)
	data, err := json.MarshalIndent(bf, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// maxBaselineSize caps what is read of a baseline: about a million entries.
const maxBaselineSize = 256 << 20

// LoadBaseline reads a baseline written by WriteBaseline; a symlink, FIFO or
// device is refused. Decoding is strict: a
// typo'd field or a foreign file (say, a SARIF log passed by mistake) is an error
// naming the file, never an empty baseline that quietly hides nothing.
func LoadBaseline(path string) (*Baseline, error) {
	data, err := regular.Read(path, maxBaselineSize)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	return ParseBaseline(path, data)
}

// ParseBaseline is LoadBaseline for content already in memory; name is used in
// errors.
func ParseBaseline(name string, data []byte) (*Baseline, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var bf baselineFile
	if err := dec.Decode(&bf); err != nil {
		return nil, baselineError(name, data, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("baseline %s: unexpected data after the JSON object", name)
	}
	if bf.Version != baselineVersion {
		return nil, fmt.Errorf("baseline %s: version %q is not supported (want %q); regenerate it with --write-baseline", name, bf.Version, baselineVersion)
	}
	if bf.Fingerprints == nil {
		return nil, fmt.Errorf("baseline %s: missing \"fingerprints\" array", name)
	}
	b := &Baseline{Path: name, fps: make(map[string]bool, len(bf.Fingerprints))}
	for i, e := range bf.Fingerprints {
		if strings.TrimSpace(e.Fingerprint) == "" {
			return nil, fmt.Errorf("baseline %s: fingerprints[%d]: empty fingerprint", name, i)
		}
		b.fps[e.Fingerprint] = true
	}
	return b, nil
}

// baselineError locates a JSON decoding error as file:line:column.
func baselineError(name string, data []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	case errors.Is(err, io.EOF):
		return fmt.Errorf("baseline %s: empty file", name)
	}
	if off < 0 || off > int64(len(data)) {
		return fmt.Errorf("baseline %s: %w", name, err)
	}
	before := data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1)
	if col < 1 {
		col = 1
	}
	return fmt.Errorf("baseline %s:%d:%d: %w", name, line, col, err)
}
