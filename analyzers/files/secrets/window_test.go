package secrets

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"

	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// TestLocate compares locate against the true offsets of a marker planted in
// random multi-line text, including first lines, last unterminated lines, CRLF
// and repeated secrets on one line, where gitleaks' own columns are off by one.
func TestLocate(t *testing.T) {
	re := regexp.MustCompile(`\b(tok_[a-z]{3}[0-9])\b`)
	gr := config.Rule{RuleID: "t", Regex: re, SecretGroup: 1, Keywords: []string{"tok_"}}
	if err := gr.Validate(); err != nil {
		t.Fatal(err)
	}
	det := detect.NewDetector(newConfig([]config.Rule{gr}))
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "bb", "ccc ", " ", "\n", "\r\n", "\t", "=", "tok_abc1", "tok_xyz2", "x"}
	for i := 0; i < 500; i++ {
		var b strings.Builder
		for n := r.IntN(40); n >= 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
		}
		text := b.String()
		var want []int
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			want = append(want, m[2])
		}
		var got []int
		for _, f := range det.Detect(detect.Fragment{Raw: text, FilePath: "f", StartLine: 1}) {
			off, ok := locate(text, f)
			if !ok {
				t.Fatalf("cannot locate %q (line %d col %d) in %q", f.Secret, f.StartLine, f.StartColumn, text)
			}
			got = append(got, off)
		}
		if !sameSet(got, want) {
			t.Fatalf("text %q: located %v, want %v", text, got, want)
		}
	}
}

func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[int]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		if seen[x] == 0 {
			return false
		}
		seen[x]--
	}
	return true
}

func TestWindows(t *testing.T) {
	short := "line one\nkey sk_live_x here\nline three\n"
	w := windows([]byte(short), newPrefilter([][]byte{[]byte("sk_live_")}).hits([]byte(short)))
	if len(w) != 1 || short[w[0].start:w[0].end] != "key sk_live_x here" {
		t.Fatalf("short line window %v", w)
	}
	long := strings.Repeat("a", 10_000) + "sk_live_x" + strings.Repeat("b", 10_000)
	w = windows([]byte(long), newPrefilter([][]byte{[]byte("sk_live_")}).hits([]byte(long)))
	if len(w) != 1 || w[0].end-w[0].start != 2*margin+len("sk_live_") {
		t.Fatalf("long line window %v", w)
	}
	// Dense hits merge, but never beyond maxWindow.
	dense := strings.Repeat("sk_live_x;", 50_000)
	w = windows([]byte(dense), newPrefilter([][]byte{[]byte("sk_live_")}).hits([]byte(dense)))
	for i, x := range w {
		if x.end-x.start > maxWindow+2*margin {
			t.Fatalf("window %d spans %d bytes", i, x.end-x.start)
		}
		if i > 0 && x.start > w[i-1].end {
			t.Fatalf("gap between windows %d and %d: a hit lost its window", i-1, i)
		}
	}
}

// TestPrefilter compares the anchored search with a plain bytes.Index search,
// including overlapping literals and hits at both ends of the input.
func TestPrefilter(t *testing.T) {
	lits := [][]byte{[]byte("sk_test_"), []byte("sk_live_"), []byte("pk_test_"), []byte("whsec_"), []byte("Qz9"), []byte("sk_test_abc")}
	pf := newPrefilter(lits)
	r := rand.New(rand.NewPCG(3, 4))
	parts := []string{"sk_test_", "sk_live_", "pk_test_", "whsec_", "Qz9", "abc", "k", "_", "s", " ", "\n", "sk_", "pk_live"}
	for i := 0; i < 300; i++ {
		var b strings.Builder
		for n := r.IntN(30); n >= 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		src := []byte(b.String())
		var want []hit
		for _, lit := range lits {
			for off := 0; ; {
				j := bytes.Index(src[off:], lit)
				if j < 0 {
					break
				}
				want = append(want, hit{off + j, len(lit)})
				off += j + 1
			}
		}
		got := pf.hits(src)
		key := func(hs []hit) []int {
			var out []int
			for _, h := range hs {
				out = append(out, h.off*100+h.n)
			}
			return out
		}
		if !sameSet(key(got), key(want)) {
			t.Fatalf("%q: hits %v, want %v", src, got, want)
		}
	}
}

// TestBatches checks that offsets in a batch of joined windows map back to the
// file, for every hit of a file with short lines, long lines and CRLF.
func TestBatches(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 3000; i++ {
		switch i % 4 {
		case 0:
			b.WriteString("x = sk_live_k" + strings.Repeat("y", i%7) + "\n")
		case 1:
			b.WriteString(strings.Repeat("z", 3000) + " sk_live_a " + strings.Repeat("z", 800) + "sk_live_b\r\n")
		default:
			b.WriteString("no key here\n")
		}
	}
	src := []byte(b.String())
	hits := newPrefilter([][]byte{[]byte("sk_live_")}).hits(src)
	bs := batches(src, windows(src, hits))
	if len(bs) < 2 {
		t.Fatalf("want several batches, got %d", len(bs))
	}
	var mapped []int
	for _, bt := range bs {
		if len(bt.text) > maxBatch+maxWindow {
			t.Fatalf("batch of %d bytes", len(bt.text))
		}
		for off := 0; ; {
			i := strings.Index(bt.text[off:], "sk_live_")
			if i < 0 {
				break
			}
			fo, ok := bt.fileOffset(off+i, len("sk_live_"))
			if !ok || string(src[fo:fo+8]) != "sk_live_" {
				t.Fatalf("batch offset %d maps to %d (%v)", off+i, fo, ok)
			}
			mapped = append(mapped, fo)
			off += i + 1
		}
	}
	var want []int
	for _, h := range hits {
		want = append(want, h.off)
	}
	if !sameSet(mapped, want) {
		t.Fatalf("mapped %d hits, want %d", len(mapped), len(want))
	}
}

func TestSourceMappingURL(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"code();\n//# sourceMappingURL=a.js.map\n", "a.js.map"},
		{"code();\n//# sourceMappingURL=a.js.map", "a.js.map"},
		{"a{}\n/*# sourceMappingURL=a.css.map */\n\n", "a.css.map"},
		{"code();\n//@ sourceMappingURL=old.map\r\n", "old.map"},
		{"var s='//# sourceMappingURL=x.map';\ncode();\n", ""},
		{"//# sourceMappingURL=\n", ""},
		{"", ""},
	} {
		got, ok := sourceMappingURL([]byte(tt.src))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("sourceMappingURL(%q) = %q, %v; want %q", tt.src, got, ok, tt.want)
		}
	}
}

func TestCursor(t *testing.T) {
	src := []byte("ab\ncd\r\n\nefg")
	c := newCursor(src)
	for _, tt := range []struct{ off, line, col int }{{0, 1, 1}, {1, 1, 2}, {3, 2, 1}, {5, 2, 3}, {8, 4, 1}, {10, 4, 3}} {
		if l, col := c.at(tt.off); l != tt.line || col != tt.col {
			t.Errorf("at(%d) = %d:%d, want %d:%d", tt.off, l, col, tt.line, tt.col)
		}
	}
}

// FuzzCheck feeds arbitrary content through every rule: Check must never panic,
// and every finding must lie inside the file.
func FuzzCheck(f *testing.F) {
	f.Add([]byte("sk_live_" + strings.Repeat("Ab1", 14)))
	f.Add([]byte("x=\"whsec_" + strings.Repeat("Zq9/", 8) + "\"\r\nsk_test_\npk_test_Y2xlcmsuZXhhbXBsZS5jb20k"))
	f.Add([]byte("//# sourceMappingURL=data:application/json;base64,e30=\nsk_live_"))
	f.Add([]byte("pk_live_=\x00\xff sk_test_\n\n\nwhsec_"))
	set, err := rules.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	c, err := New(set.ByEngine(Name), scan.Options{AllSecrets: true})
	if err != nil {
		f.Fatal(err)
	}
	p := &scan.Project{Root: f.TempDir(), ClerkSDKs: []string{"@clerk/"}}
	files := []*scan.File{
		{Path: "src/a.ts", Kind: scan.Source, Lang: "ts", Report: true},
		{Path: "dist/a.js", Kind: scan.Source, Lang: "js", Report: true, Ignored: true},
		{Path: ".env.example", Kind: scan.Env, Lang: "env", Report: true},
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, file := range files {
			if !c.Wants(p, file) {
				t.Fatalf("%s not wanted", file.Path)
			}
			c.Check(p, file, src, func(fd rules.Finding) {
				if fd.Line < 1 || fd.Column < 1 || fd.Secret == "" || !strings.Contains(string(src), fd.Secret) {
					t.Fatalf("bad finding %+v", fd.Position)
				}
				// The message never shows the key, and redacting the file's
				// text with it leaves none of it.
				if strings.Contains(fd.Message, fd.Secret) || strings.Contains(keys.RedactAll(string(src), fd.Secret), fd.Secret) {
					t.Fatalf("%s: the secret survives redaction: %s", fd.RuleID, keys.Redact(fd.Secret))
				}
			})
		}
	})
}

func TestSpans(t *testing.T) {
	s := newSpans([]result{{start: 50, secret: "0123456789"}, {start: 10, secret: "01234"}})
	for _, c := range []struct {
		start, end int
		want       bool
	}{{0, 10, false}, {0, 11, true}, {14, 20, true}, {15, 50, false}, {15, 51, true}, {59, 70, true}, {60, 70, false}, {100, 200, false}} {
		if got := s.Overlaps(c.start, c.end); got != c.want {
			t.Errorf("Overlaps(%d, %d) = %v, want %v", c.start, c.end, got, c.want)
		}
	}
	s.Add(70, 80)
	if !s.Overlaps(75, 76) || s.Overlaps(80, 90) {
		t.Error("Add: range not recorded")
	}
}
