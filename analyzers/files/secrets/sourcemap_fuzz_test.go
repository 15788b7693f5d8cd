package secrets

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/scan"
)

// FuzzSourceMap reads a bundle's source map from the scanned tree (the
// map's bytes and the bundle's sourceMappingURL are the fuzzer's) and maps
// a position back: nothing panics, and a related location never names a
// path outside the root. `go test -fuzz FuzzSourceMap
// ./analyzers/files/secrets` explores further.
func FuzzSourceMap(f *testing.F) {
	for _, s := range []struct {
		ref, data string
		line, col int
	}{
		{"app.js.map", `{"version":3,"sources":["webpack://app/./src/keys.ts"],"names":[],"mappings":"AAAA"}`, 1, 0},
		{"app.js.map", `{"version":3,"sources":["../../../etc/passwd"],"mappings":"AAAA"}`, 1, 0},
		{"data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIi9hYnMiXSwibWFwcGluZ3MiOiJBQUFBIn0=", "", 1, 0},
		{"../../outside.map", `{}`, 1, 1},
		{"app.js.map", `{"version":3,"sections":[{"offset":{"line":0,"column":0},"map":{"version":3,"sources":["a.ts"],"mappings":";;;;AAAA"}}]}`, 5, 0},
		{"app.js.map", `{"version":3,"sources":["a.ts"],"mappings":"////,;;;;A"}`, 1, 3},
		{"app.js.map", "not json", 0, -1},
	} {
		f.Add(s.ref, []byte(s.data), s.line, s.col)
	}
	f.Fuzz(func(t *testing.T, ref string, data []byte, line, col int) {
		if strings.ContainsAny(ref, "\n\r") {
			return // the comment ends at a line break
		}
		root := t.TempDir()
		bundle := "//# sourceMappingURL=" + ref + "\n"
		for p, b := range map[string][]byte{"dist/app.js": []byte(bundle), "dist/app.js.map": data} {
			abs := filepath.Join(root, filepath.FromSlash(p))
			if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(abs, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		p := &scan.Project{Root: root}
		file := &scan.File{Path: "dist/app.js", Abs: filepath.Join(root, "dist", "app.js"), Kind: scan.Source, Lang: "js", Size: int64(len(bundle)), Report: true}
		m, mapPath := loadSourceMap(p, file, []byte(bundle))
		if m == nil {
			return
		}
		rel, ok := original(m, mapPath, line, col)
		if !ok {
			return
		}
		if f := rel.Position.File; path.IsAbs(f) || f == ".." || strings.HasPrefix(f, "../") || strings.Contains(f, "\x00") {
			t.Errorf("related location %q is outside the root", f)
		}
	})
}
