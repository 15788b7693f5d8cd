package drivertest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWantsAndCheck(t *testing.T) {
	dir := t.TempDir()
	src := `package main

func main() {
	// ruleid: CLK001
	// a comment between the annotation and the code
	a()
	// ok: CLK101, CLK102
	b()
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	wants, err := Wants(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Want{{"main.go", 6, "CLK001", false}, {"main.go", 8, "CLK101", true}, {"main.go", 8, "CLK102", true}}
	if !slices.Equal(wants, want) {
		t.Fatalf("Wants = %v, want %v", wants, want)
	}
	if p := Check(wants, []Got{{File: "main.go", Line: 6, Rule: "CLK001"}}); len(p) != 0 {
		t.Errorf("exact match: %v", p)
	}
	p := Check(wants, []Got{{File: "main.go", Line: 8, Rule: "CLK102"}, {File: "main.go", Line: 2, Rule: "CLK001"}})
	joined := strings.Join(p, "\n")
	for _, s := range []string{"forbidden finding (// ok:): main.go:8:0: CLK102", "unexpected finding: main.go:2:0: CLK001", "missing finding: main.go:6: CLK001"} {
		if !strings.Contains(joined, s) {
			t.Errorf("problems %q lack %q", joined, s)
		}
	}
	if p := Check(wants, nil); !strings.Contains(strings.Join(p, "\n"), "no finding at all") {
		t.Errorf("no findings: %v", p)
	}
}

func TestParseText(t *testing.T) {
	out := "/m/main.go:22:15: CLK001: a key (clerklint)\n" +
		"./handlers.go:17:2: claims read without ok\n" +
		"level=info msg=ignored\n" +
		"vet: sub/x.go:1:1: CLK101: route\n"
	got := ParseText(out, "/m")
	want := []Got{
		{"main.go", 22, 15, "CLK001", "a key (clerklint)"},
		{"handlers.go", 17, 2, "", "claims read without ok"},
		{"sub/x.go", 1, 1, "CLK101", "route"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("ParseText = %v\nwant %v", got, want)
	}
}
