package main

import (
	"io"
	"testing"
)

// BenchmarkScanEmptyDir is the in-process part of start-up: everything an
// empty-directory scan does after the package inits (the rule set, the
// engines' checkers, the walk, the report). Profile it with
// go test ./cmd/clerklint -run '^$' -bench ScanEmptyDir -cpuprofile cpu.out
func BenchmarkScanEmptyDir(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		if code := run([]string{"scan", dir}, io.Discard, io.Discard); code != exitClean {
			b.Fatalf("exit %d", code)
		}
	}
}
