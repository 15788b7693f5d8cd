package report

import (
	"bytes"
	"io"

	"github.com/clerklint/clerklint/analyzers/keys"
)

// RedactingWriter is the last line of defence behind Process: every byte the CLI
// writes (reports, baselines, stderr, config and rules errors that quote a
// value) passes through it, and anything key-shaped is redacted line by line.
// Keys hold no newline, so a line never splits one; what each format escapes
// (JSON, SARIF URIs, workflow commands) leaves a key's characters as they are.
type RedactingWriter struct {
	w   io.Writer
	buf []byte
	err error
}

// NewRedactingWriter wraps w. Call Flush when done: a last line without a
// newline is held until then.
func NewRedactingWriter(w io.Writer) *RedactingWriter { return &RedactingWriter{w: w} }

// Unwrap returns the underlying writer, so callers can still ask whether it is
// a terminal.
func (r *RedactingWriter) Unwrap() io.Writer { return r.w }

// maxLine bounds what is held while waiting for a newline: a longer line is
// written in pieces cut after a byte that no key contains.
const maxLine = 1 << 20

func (r *RedactingWriter) Write(p []byte) (int, error) {
	if r.err != nil {
		return 0, r.err
	}
	r.buf = append(r.buf, p...)
	if i := bytes.LastIndexByte(r.buf, '\n'); i >= 0 {
		r.emit(r.buf[:i+1])
		r.buf = append(r.buf[:0], r.buf[i+1:]...)
	} else if len(r.buf) > maxLine {
		if j := bytes.LastIndexAny(r.buf, " \t\",:;"); j >= 0 {
			r.emit(r.buf[:j+1])
			r.buf = append(r.buf[:0], r.buf[j+1:]...)
		}
	}
	if r.err != nil {
		return 0, r.err
	}
	return len(p), nil
}

// Flush writes what is held.
func (r *RedactingWriter) Flush() error {
	if len(r.buf) > 0 {
		r.emit(r.buf)
		r.buf = r.buf[:0]
	}
	return r.err
}

func (r *RedactingWriter) emit(b []byte) {
	if r.err != nil {
		return
	}
	_, r.err = io.WriteString(r.w, keys.RedactAll(string(b)))
}
