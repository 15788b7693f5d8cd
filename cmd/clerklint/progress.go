package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progressLine shows, on a terminal's stderr, what a long scan is doing:
// nothing for the first progressDelay (most scans end before), then one
// line rewritten in place at most every progressEvery, cleared at the end.
// It never writes to stdout, where the report goes.
type progressLine struct {
	w     io.Writer
	start time.Time
	now   func() time.Time

	mu    sync.Mutex
	last  time.Time
	shown bool
}

const (
	progressDelay = 2 * time.Second
	progressEvery = 200 * time.Millisecond
)

// newProgressLine returns the line for stderr, or nil when stderr is not a
// terminal or quiet is set: logs and CI output stay free of it.
func newProgressLine(stderr io.Writer, quiet bool) *progressLine {
	if quiet || !isTerminal(stderr) {
		return nil
	}
	return &progressLine{w: stderr, start: time.Now(), now: time.Now}
}

// update is a scan.Options.Progress.
func (p *progressLine) update(phase string, done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	t := p.now()
	if t.Sub(p.start) < progressDelay || (p.shown && t.Sub(p.last) < progressEvery && done < total) {
		return
	}
	p.last, p.shown = t, true
	msg := "clerklint: " + phase
	if total > 0 {
		msg += fmt.Sprintf(" %d/%d", done, total)
	}
	fmt.Fprintf(p.w, "\r\033[K%s", msg)
}

// clear removes the line, if one was shown.
func (p *progressLine) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// progress is the scan option for p (nil: none).
func (p *progressLine) progress() func(string, int, int) {
	if p == nil {
		return nil
	}
	return p.update
}
