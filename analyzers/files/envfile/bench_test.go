package envfile

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/rules"
)

// BenchmarkReferences measures the source scan on a 1 MB file: without any
// CLERK_ stem (the common case, one bytes.Index) and with a Clerk server file's
// worth of secret reads.
func BenchmarkReferences(b *testing.B) {
	line := "export function handler(req, res) { return res.json({ ok: process.env.API_URL }) }\n"
	plain := []byte(strings.Repeat(line, 1<<20/len(line)))
	hits := []byte(strings.Repeat(line, 1<<20/len(line)/2) + strings.Repeat("const k = process.env.CLERK_SECRET_KEY\n", 2000))
	set, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	c, err := New(set.ByEngine(Engine.Name), scan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	f := &scan.File{Path: "src/server.ts", Kind: scan.Source, Lang: "ts", Report: true}
	for name, src := range map[string][]byte{"no-stem": plain, "server-reads": hits} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				c.Check(&scan.Project{}, f, src, func(rules.Finding) { b.Fatal("unexpected finding") })
			}
		})
	}
}
