// Package regular reads files clerklint did not write (configs, rules files,
// baselines, ignore files, the git index, manifests) the only safe way for a
// tool run on untrusted trees: the path must name a regular file, not a symlink
// (to /dev/zero, out of the tree, into a loop), a FIFO that blocks the open, or
// a device; and no more than a size cap is ever read, whatever the file claims.
package regular

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrNotRegular is wrapped by errors about symlinks, FIFOs, devices and
// directories; ErrTooLarge by errors about files over the caller's cap.
var (
	ErrNotRegular = errors.New("not a regular file")
	ErrTooLarge   = errors.New("file too large")
)

// Error is a refused or failed read; its message names the reason, not the
// path, which callers already print.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Read returns the content of the regular file at path, at most max bytes. A
// missing file is an error satisfying errors.Is(err, fs.ErrNotExist), as from
// os.ReadFile.
func Read(path string, max int64) ([]byte, error) {
	f, size, err := Open(path, max)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The buffer is sized from the fstat (one read for the whole file, one
	// for EOF) instead of growing from 512 bytes: scans read every source
	// file, some several times. A file that grew still stops at max+1.
	data, err := readAll(io.LimitReader(f, max+1), size+1)
	if err != nil {
		return nil, &Error{path, err}
	}
	if int64(len(data)) > max {
		// It grew after the fstat.
		return nil, &Error{path, fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)}
	}
	return data, nil
}

// readAll is io.ReadAll starting from a buffer of capacity hint.
func readAll(r io.Reader, hint int64) ([]byte, error) {
	b := make([]byte, 0, hint)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow: the file is longer than its fstat said
		}
	}
}

// Open opens the regular file at path for reading and returns it with its size,
// checked against max. The caller reads through io.LimitReader(f, max) (the
// file may still grow) and closes f.
func Open(path string, max int64) (*os.File, int64, error) {
	st, err := os.Lstat(path)
	if err != nil {
		return nil, 0, err
	}
	if err := check(path, st, max); err != nil {
		return nil, 0, err
	}
	// O_NOFOLLOW and O_NONBLOCK close the race with a swap between the Lstat
	// and the open: a symlink fails to open, a FIFO opens without waiting
	// for a writer and is then refused by the fstat.
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, 0, &Error{path, fmt.Errorf("%w: %v", ErrNotRegular, unwrapPathError(err))}
	}
	st, err = f.Stat()
	if err == nil {
		err = check(path, st, max)
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, st.Size(), nil
}

func check(path string, st fs.FileInfo, max int64) error {
	m := st.Mode()
	switch {
	case m&fs.ModeSymlink != 0:
		return &Error{path, fmt.Errorf("%w: a symlink, which is never followed", ErrNotRegular)}
	case m.IsDir():
		return &Error{path, fmt.Errorf("%w: a directory", ErrNotRegular)}
	case !m.IsRegular():
		return &Error{path, fmt.Errorf("%w: a %s", ErrNotRegular, kind(m))}
	case st.Size() > max:
		return &Error{path, fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, st.Size(), max)}
	}
	return nil
}

func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "FIFO"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
