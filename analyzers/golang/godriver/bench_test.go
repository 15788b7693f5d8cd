package godriver

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/clerklint/clerklint/analyzers/golang/gopasses"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

// BenchmarkGoDriverVsVet compares the Go part of `clerklint scan` (Run with the
// registered passes) with `go vet ./...` (its default analyzers) on a copy of
// the seeded service, and reports the ratio driver/vet.
//
// Before each run a comment is appended to main.go, as after an edit: go vet
// caches its results per package content, so on an unchanged tree it replays
// them without analysing anything ("vet-cached" shows that case). Dependencies
// stay compiled in the build cache for both, as on a developer machine.
//
//	go test ./analyzers/golang/godriver -run '^$' -bench GoDriverVsVet -benchtime 5x
func BenchmarkGoDriverVsVet(b *testing.B) {
	src, err := filepath.Abs(seededDir)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := exec.LookPath("go"); err != nil {
		b.Skip("no go command")
	}
	dir := b.TempDir()
	if err := copyDir(src, dir); err != nil {
		b.Fatal(err)
	}
	analyzers, err := gopasses.Analyzers(gorules.Settings{})
	if err != nil {
		b.Fatal(err)
	}
	if len(analyzers) == 0 {
		// Until passes are registered, measure the driver with a stand-in that
		// walks every file with the shared inspector, as the real passes do.
		b.Log("no passes registered in gopasses: measuring a stand-in pass")
		analyzers = []*analysis.Analyzer{probe("CLK001"), inspect.Analyzer}
	}
	edits := 0
	edit := func() {
		edits++
		f, err := os.OpenFile(filepath.Join(dir, "main.go"), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(f, "\n// edit %d %d\n", edits, time.Now().UnixNano())
		f.Close()
	}
	vet := func() {
		cmd := exec.Command("go", "vet", "./...")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("go vet: %v\n%s", err, out)
		}
	}
	// Warm the build cache (dependencies' export data) for both.
	vet()
	if res, err := Run(dir, Options{Analyzers: analyzers}); err != nil || len(res.Errors) > 0 {
		b.Fatalf("Run: %v %v", err, res.Errors)
	}

	var driver, vetted, cached time.Duration
	b.ResetTimer()
	for range b.N {
		edit()
		t0 := time.Now()
		if _, err := Run(dir, Options{Analyzers: analyzers}); err != nil {
			b.Fatal(err)
		}
		driver += time.Since(t0)

		edit()
		t0 = time.Now()
		vet()
		vetted += time.Since(t0)

		t0 = time.Now()
		vet()
		cached += time.Since(t0)
	}
	b.StopTimer()
	n := float64(b.N)
	b.ReportMetric(driver.Seconds()/n, "driver-s/op")
	b.ReportMetric(vetted.Seconds()/n, "vet-s/op")
	b.ReportMetric(cached.Seconds()/n, "vet-cached-s/op")
	b.ReportMetric(driver.Seconds()/vetted.Seconds(), "driver/vet")
}

func copyDir(from, to string) error {
	return filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}
