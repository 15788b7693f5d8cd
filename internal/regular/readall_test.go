package regular

import (
	"bytes"
	"io"
	"testing"
)

// readAll must return the whole stream whatever the hint says: a file can
// grow between the fstat that sized the buffer and the read.
func TestReadAllIgnoresAWrongHint(t *testing.T) {
	want := bytes.Repeat([]byte("0123456789"), 1000)
	for _, hint := range []int64{0, 1, 9999, 10000, 10001, 50000} {
		got, err := readAll(io.MultiReader(bytes.NewReader(want[:3]), bytes.NewReader(want[3:])), hint)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("hint %d: got %d bytes, err %v; want %d bytes", hint, len(got), err, len(want))
		}
	}
}
