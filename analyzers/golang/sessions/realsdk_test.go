package sessions_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/gorules"
	"github.com/clerklint/clerklint/analyzers/golang/sessions"
)

// TestRealModules runs CLK101 in module mode against clerk-sdk-go v2.4.2 and chi
// v5.5.0 from the module cache (offline: GOPROXY=off). It is skipped when the
// cache does not hold them.
func TestRealModules(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the real SDK")
	}
	dir := t.TempDir()
	for _, name := range []string{"go.mod", "main.go"} {
		b, err := os.ReadFile(filepath.Join("testdata", "realsdk", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Record go.sum from the module cache, as a user's checkout would have it.
	cmd := exec.Command("go", "list", "-deps", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("modules not in the module cache: %v\n%s", err, out)
	}
	analysistest.Run(t, dir, sessions.NewUnprotected(gorules.Settings{}), "./...")
}
