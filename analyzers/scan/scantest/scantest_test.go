package scantest

import (
	"regexp"
	"strings"
	"testing"
)

func TestExpandFakeKeysPreservesLengthAndIsDeterministic(t *testing.T) {
	token := "sk_live_@fake1" + strings.Repeat("@", 36)
	src := []byte(`KEY="` + token + `" OTHER=whsec_@fakeW` + strings.Repeat("@", 26))
	a, b := ExpandFakeKeys(src), ExpandFakeKeys(src)
	if string(a) != string(b) {
		t.Fatalf("expansion is not deterministic:\n%s\n%s", a, b)
	}
	if len(a) != len(src) {
		t.Fatalf("length changed: %d -> %d", len(src), len(a))
	}
	if !regexp.MustCompile(`KEY="sk_live_[A-Za-z0-9]{42}" OTHER=whsec_[A-Za-z0-9]{32}$`).Match(a) {
		t.Fatalf("unexpected expansion %s", a)
	}
	if strings.Contains(string(a), "@") {
		t.Fatalf("token left behind: %s", a)
	}
	if FakeBody("sk_live_", "1", 42) == FakeBody("sk_live_", "2", 42) {
		t.Fatal("labels must give different keys")
	}
}

func TestAnnotationsTargetNextNonAnnotationLine(t *testing.T) {
	exp := &Expectations{Want: map[Key]int{}, Deny: map[Key]bool{}}
	src := "a\n// ruleid: CLK001\n# ok: CLK003, CLK005\nkey = 1\n<!-- ruleid: CLK002 -->\nx\n"
	if n := annotate("f.ts", []byte(src), exp); n != 3 {
		t.Fatalf("annotations = %d, want 3", n)
	}
	for _, k := range []Key{{"f.ts", 4, "CLK001"}, {"f.ts", 6, "CLK002"}} {
		if exp.Want[k] != 1 {
			t.Errorf("missing want %s in %v", k, exp.Want)
		}
	}
	for _, k := range []Key{{"f.ts", 4, "CLK003"}, {"f.ts", 4, "CLK005"}} {
		if !exp.Deny[k] {
			t.Errorf("missing ok %s in %v", k, exp.Deny)
		}
	}
}

func TestParseExpect(t *testing.T) {
	exp := &Expectations{Want: map[Key]int{}, Deny: map[Key]bool{}}
	described := map[string]bool{}
	if err := parseExpect([]byte("# c\ndist/a.js:1 CLK002\npackage.json ok\n"), exp, described); err != nil {
		t.Fatal(err)
	}
	if exp.Want[Key{"dist/a.js", 1, "CLK002"}] != 1 || !described["package.json"] || !described["dist/a.js"] {
		t.Fatalf("got %v %v", exp.Want, described)
	}
	if err := parseExpect([]byte("dist/a.js CLK002\n"), exp, described); err == nil {
		t.Fatal("malformed EXPECT line accepted")
	}
}
