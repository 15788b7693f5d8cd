//go:build unix

package regular

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestRefusesWhatIsNotARegularFile creates each hostile probe at test time and
// expects a quick, clear refusal: nothing blocks (a FIFO with no writer), nothing
// streams forever (/dev/zero), nothing huge is read (a 3 GB sparse file).
func TestRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("ok.yml"), []byte("fail-on: error\n"), 0o644)
	os.Symlink("/dev/zero", p("zero.yml"))
	os.Symlink("ok.yml", p("link.yml"))
	os.Symlink("loop-b", p("loop-a"))
	os.Symlink("loop-a", p("loop-b"))
	os.Symlink("/etc/passwd", p("outside"))
	os.Mkdir(p("dir"), 0o755)
	if err := syscall.Mkfifo(p("fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	big, err := os.Create(p("package.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(3 << 30); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	big.Close()

	if data, err := Read(p("ok.yml"), 1<<20); err != nil || string(data) != "fail-on: error\n" {
		t.Fatalf("regular file: %q, %v", data, err)
	}
	if _, err := Read(p("missing"), 1<<20); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want fs.ErrNotExist", err)
	}
	for name, want := range map[string]error{
		"zero.yml": ErrNotRegular, "link.yml": ErrNotRegular, "loop-a": ErrNotRegular,
		"outside": ErrNotRegular, "dir": ErrNotRegular, "fifo": ErrNotRegular,
		"package.json": ErrTooLarge, "ok.yml": ErrTooLarge,
	} {
		max := int64(1 << 20)
		if name == "ok.yml" {
			max = 4
		}
		start := time.Now()
		_, err := Read(p(name), max)
		if !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", name, err, want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
	}
}
