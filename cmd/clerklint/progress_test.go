package main

import (
	"bytes"
	"os"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	p := &progressLine{w: &buf, start: clock, now: func() time.Time { return clock }}
	p.update("checking files", 1, 10)
	if buf.Len() != 0 {
		t.Fatalf("shown before %s: %q", progressDelay, buf.String())
	}
	clock = clock.Add(progressDelay)
	p.update("checking files", 5, 10)
	p.update("checking files", 6, 10) // within progressEvery: skipped
	clock = clock.Add(progressEvery)
	p.update("analysing the project", 0, 0)
	p.clear()
	want := "\r\033[Kclerklint: checking files 5/10\r\033[Kclerklint: analysing the project\r\033[K"
	if buf.String() != want {
		t.Errorf("progress output %q, want %q", buf.String(), want)
	}
}

// TestProgressOnlyOnTerminal: no line for a file or pipe, nor under --quiet.
func TestProgressOnlyOnTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if p := newProgressLine(f, false); p != nil {
		t.Error("a progress line for a regular file")
	}
	if p := newProgressLine(&bytes.Buffer{}, true); p != nil {
		t.Error("a progress line under --quiet")
	}
	var nilLine *progressLine
	nilLine.clear()
	if nilLine.progress() != nil {
		t.Error("a nil line gives a progress callback")
	}
}
