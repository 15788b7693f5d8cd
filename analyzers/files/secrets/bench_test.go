package secrets

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/keys"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// corpus writes a ~50 MB project: 440 TS files of ~100 KB (a key, a placeholder
// or a Stripe key in some), Markdown docs, and a 6 MB single-line minified bundle
// with keys deep inside. It returns the root, the total size and the number of
// keys in the bundle.
func corpus(b *testing.B) (string, int64, int) {
	b.Helper()
	root := b.TempDir()
	var total int64
	write := func(rel, content string) {
		abs := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(content))
	}
	write("package.json", `{"dependencies":{"@clerk/nextjs":"6.0.0","stripe":"17.0.0"}}`)
	write(".gitignore", ".env.local\n.next/\n")
	write(".env.local", "CLERK_SECRET_KEY="+fake(keys.SecretLivePrefix, "bench", 42)+"\n")
	var code strings.Builder
	for i := 0; code.Len() < 100_000; i++ {
		fmt.Fprintf(&code, "export async function handler%d(req: Request, secret_key: string) {\n", i)
		fmt.Fprintf(&code, "  const token = await getToken({ template: \"t%d\" }); // task_list_%d\n", i, i)
		fmt.Fprintf(&code, "  if (!token) return new Response(\"unauthorized\", { status: 401 });\n")
		fmt.Fprintf(&code, "  return Response.json({ ok: true, id: %d, mask: \"pk_\" + \"sk_\" });\n}\n\n", i)
	}
	body := code.String()
	for i := 0; i < 440; i++ {
		extra := ""
		switch i % 10 {
		case 0:
			extra = fmt.Sprintf("const k = %q;\n", fake(keys.SecretLivePrefix, fmt.Sprint(i), 42))
		case 1:
			extra = "const k = \"sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\";\n"
		case 2:
			extra = fmt.Sprintf("const stripe = new Stripe(%q);\n", fake(keys.SecretLivePrefix, fmt.Sprint(i), 99))
		case 3:
			extra = "const pk = \"pk_test_Zm9vLWJhci0xMy5jbGVyay5hY2NvdW50cy5kZXYk\";\n"
		}
		write(fmt.Sprintf("src/mod%03d/route.ts", i), body[:len(body)/2]+extra+body[len(body)/2:])
	}
	doc := strings.Repeat("Set `CLERK_SECRET_KEY=sk_test_...` in `.env.local`; see the docs for details.\n", 1000)
	for i := 0; i < 20; i++ {
		write(fmt.Sprintf("docs/page%02d.md", i), doc)
	}
	var bundle strings.Builder
	inBundle := 0
	for i := 0; bundle.Len() < 6<<20; i++ {
		fmt.Fprintf(&bundle, "function q%d(a,b){return a*%d+b^%d}var s%d=\"sk_%d\";", i, i%97, i%13, i, i)
		if i%40_000 == 20_000 {
			fmt.Fprintf(&bundle, "var k%d=%q;", i, fake(keys.SecretTestPrefix, fmt.Sprint(i), 42))
			inBundle++
		}
	}
	write(".next/static/chunks/main-1a2b.js", bundle.String()+"\n")
	return root, total, inBundle
}

// BenchmarkSecrets measures end-to-end throughput (walk, read, prefilter,
// gitleaks on windows, judging) over the corpus; ns/op and MB/s cover all of it.
func BenchmarkSecrets(b *testing.B) {
	root, total, inBundle := corpus(b)
	set, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	var off []string
	for _, r := range set.All() {
		if !r.HasEngine(Name) {
			off = append(off, r.ID)
		}
	}
	cfg := &rules.Config{}
	sel, err := rules.Select(set, cfg, nil, off)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(total)
		for b.Loop() {
			res, err := scan.Run(scan.Request{Root: root, Selection: sel, Config: cfg, Engines: []scan.Engine{Engine}})
			if err != nil {
				b.Fatal(err)
			}
			got := map[string]int{}
			for _, f := range res.Findings {
				got[f.RuleID]++
			}
			if want := map[string]int{"CLK001": 44, "CLK005": 44, "CLK002": inBundle}; !maps.Equal(got, want) {
				b.Fatalf("findings per rule %v, want %v", got, want)
			}
		}
	})
	// check isolates the engine: files already in memory, one goroutine.
	b.Run("check-1cpu", func(b *testing.B) {
		c, err := New(sel.Set.ByEngine(Name), scan.Options{})
		if err != nil {
			b.Fatal(err)
		}
		p := &scan.Project{Root: root, ClerkSDKs: []string{"@clerk/"}}
		type mem struct {
			f   *scan.File
			src []byte
		}
		var files []mem
		var size int64
		_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			rel = filepath.ToSlash(rel)
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			kind := scan.Source
			if strings.HasSuffix(rel, ".md") {
				kind = scan.Doc
			}
			lang := strings.TrimPrefix(filepath.Ext(rel), ".")
			files = append(files, mem{&scan.File{Path: rel, Kind: kind, Lang: lang, Report: true}, src})
			size += int64(len(src))
			return nil
		})
		b.SetBytes(size)
		for b.Loop() {
			for _, m := range files {
				if c.Wants(p, m.f) {
					c.Check(p, m.f, m.src, func(rules.Finding) {})
				}
			}
		}
	})
}
