package instances

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"
)

// TestHostRunsIsTheRegexp: hostRuns finds what the regexp it replaces
// finds, on random lines made of host bytes, separators and the words.
func TestHostRunsIsTheRegexp(t *testing.T) {
	re := regexp.MustCompile(`[a-z0-9*{}<>$_.\-]*(?:clerk|accounts\.dev)[a-z0-9*{}<>$_.\-]*`)
	parts := []string{"clerk", "accounts.dev", "accounts", ".dev", "cler", "k", "x", "9", ".", "-", "{", "}", "$", "/", " ", ":", "'", "\"", "é"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b []byte
		for range r.IntN(12) {
			b = append(b, parts[r.IntN(len(parts))]...)
		}
		line := string(b)
		var want [][2]int
		for _, loc := range re.FindAllStringIndex(line, -1) {
			want = append(want, [2]int{loc[0], loc[1]})
		}
		if got := hostRuns(line); !slices.Equal(got, want) {
			t.Fatalf("hostRuns(%q) = %v, the regexp finds %v", line, got, want)
		}
	}
}

// TestFactLines: the starts of the lines with a literal, once each, in
// order, the last line without a newline too.
func TestFactLines(t *testing.T) {
	src := "a\nuse Clerk here\nno\npk_ and CLERK\nsk_test_x\nACCOUNTS.DEV"
	want := []int{2, 20, 34, 44}
	if got := factLines([]byte(src)); !slices.Equal(got, want) {
		t.Errorf("factLines = %v, want %v", got, want)
	}
}
