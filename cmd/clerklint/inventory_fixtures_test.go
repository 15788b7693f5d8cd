package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/golang/godriver/drivertest"
)

// inventoryRows runs `clerklint endpoints --format json` on a fixture and
// returns one "METHODS URL state registration findings" row per endpoint.
func inventoryRows(t *testing.T, args ...string) []string {
	t.Helper()
	var out, errb strings.Builder
	if code := run(append([]string{"endpoints", "--format", "json"}, args...), &out, &errb); code != exitClean {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var doc struct {
		Endpoints []struct {
			Methods      []string `json:"methods"`
			URL          string   `json:"url"`
			Protection   struct{ State string }
			Registration struct {
				File string
				Line int
			}
			Findings []string `json:"findings"`
		} `json:"endpoints"`
	}
	if err := json.Unmarshal([]byte(out.String()), &doc); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out.String())
	}
	var rows []string
	for _, e := range doc.Endpoints {
		rows = append(rows, strings.Join([]string{strings.Join(e.Methods, "|"), e.URL, e.Protection.State,
			e.Registration.File + ":" + strconv.Itoa(e.Registration.Line), strings.Join(e.Findings, ",")}, " "))
	}
	slices.Sort(rows)
	return rows
}

// TestInventoryOfGoFixture: every route of the seeded Go module is in the
// inventory, with its protection and the findings on it.
func TestInventoryOfGoFixture(t *testing.T) {
	dir, err := filepath.Abs("../../testdata/gomod/seeded")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("go"); err != nil {
		drivertest.Unavailable(t, "no go command on PATH")
	}
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir, cmd.Env = dir, append(os.Environ(), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		drivertest.Unavailable(t, "cannot download the seeded module's dependencies: %v\n%s", err, out)
	}
	want := []string{
		"GET /api/me reads-only main.go:36 CLK102,CLK501",
		"GET /api/orders unprotected main.go:39 CLK101",
		"GET /billing/invoices unprotected gin.go:13 CLK101",
		"GET /health unprotected main.go:31 ",
		"POST /webhooks/clerk unprotected main.go:40 CLK301",
		"POST /webhooks/clerk-verified unprotected main.go:41 ",
	}
	if got := inventoryRows(t, dir); !slices.Equal(got, want) {
		t.Errorf("inventory:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
