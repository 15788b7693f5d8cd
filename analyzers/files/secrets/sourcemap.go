package secrets

import (
	"bytes"
	"encoding/base64"
	"net/url"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/go-sourcemap/sourcemap"

	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/internal/regular"
	"github.com/clerklint/clerklint/rules"
)

// maxSourceMap bounds the source maps read for related locations.
const maxSourceMap = 64 << 20

// addRelated points each bundle finding at the source it was built from, through
// the bundle's source map: the file named by a sourceMappingURL comment (a local
// path or an inline data: URL), else "<bundle>.map" beside it. A bundle says where
// a secret leaked; the source says what to change.
func addRelated(p *scan.Project, f *scan.File, src []byte, found []result) {
	m, mapPath := loadSourceMap(p, f, src)
	if m == nil {
		return
	}
	sort.Slice(found, func(i, j int) bool { return found[i].start < found[j].start })
	cur := newCursor(src)
	for i := range found {
		line, col := cur.at(found[i].start)
		if rel, ok := original(m, mapPath, line, col-1); ok {
			found[i].related = append(found[i].related, rel)
		}
	}
}

// loadSourceMap returns the parsed map and its path relative to the root (the
// bundle's own path for an inline map), or nil when there is none or it is
// unreadable: related locations are a hint, never a reason to fail.
func loadSourceMap(p *scan.Project, f *scan.File, src []byte) (m *sourcemap.Consumer, mapPath string) {
	var data []byte
	if ref, ok := sourceMappingURL(src); ok {
		if strings.HasPrefix(ref, "data:") {
			data, mapPath = decodeDataURL(ref), f.Path
		} else if rel, ok := localRef(path.Dir(f.Path), ref); ok {
			mapPath = rel
		}
	}
	if mapPath == "" {
		mapPath = f.Path + ".map"
	}
	if data == nil {
		// Never through a symlink: the map a bundle names must not reach out
		// of the tree or into /dev/zero.
		var err error
		if data, err = regular.Read(filepath.Join(p.Root, filepath.FromSlash(mapPath)), maxSourceMap); err != nil {
			return nil, ""
		}
	}
	defer func() {
		if recover() != nil { // the sourcemap package indexes unchecked on malformed maps
			m = nil
		}
	}()
	m, err := sourcemap.Parse("", data)
	if err != nil {
		return nil, ""
	}
	return m, mapPath
}

var sourceMappingMarker = []byte("sourceMappingURL=")

// sourceMappingURL reads the `//# sourceMappingURL=` (or /*# … */ in CSS)
// comment, which bundlers put on the last line. Only the last non-empty line is
// looked at, found from the end, so a multi-MB bundle without a map costs nothing.
func sourceMappingURL(src []byte) (string, bool) {
	end := len(bytes.TrimRight(src, " \t\r\n"))
	line := bytes.TrimSpace(src[bytes.LastIndexByte(src[:end], '\n')+1 : end])
	if len(line) < 4 || line[0] != '/' || (line[1] != '/' && line[1] != '*') || (line[2] != '#' && line[2] != '@') {
		return "", false
	}
	rest := bytes.TrimLeft(line[3:], " \t")
	if !bytes.HasPrefix(rest, sourceMappingMarker) {
		return "", false
	}
	rest = rest[len(sourceMappingMarker):]
	if i := bytes.IndexAny(rest, " \t*"); i >= 0 {
		rest = rest[:i]
	}
	return string(rest), len(rest) > 0
}

// localRef resolves a relative map reference against the bundle's directory,
// refusing URLs, absolute paths and anything outside the scan root.
func localRef(dir, ref string) (string, bool) {
	if strings.Contains(ref, "://") || strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "//") {
		return "", false
	}
	if i := strings.IndexAny(ref, "?#"); i >= 0 {
		ref = ref[:i]
	}
	if u, err := url.PathUnescape(ref); err == nil {
		ref = u
	}
	rel := path.Clean(path.Join(dir, ref))
	if rel == ".." || strings.HasPrefix(rel, "../") || rel == "." {
		return "", false
	}
	return rel, true
}

// decodeDataURL decodes an inline `data:application/json;base64,…` map.
func decodeDataURL(ref string) []byte {
	meta, payload, ok := strings.Cut(strings.TrimPrefix(ref, "data:"), ",")
	if !ok {
		return nil
	}
	if strings.HasSuffix(meta, ";base64") {
		b, err := base64.StdEncoding.DecodeString(payload)
		if err != nil {
			return nil
		}
		return b
	}
	s, err := url.PathUnescape(payload)
	if err != nil {
		return nil
	}
	return []byte(s)
}

// original maps a generated position (1-based line, 0-based column, as source
// maps count) to a related location in the original source.
func original(m *sourcemap.Consumer, mapPath string, line, col int) (rel rules.Related, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	src, _, sline, scol, found := m.Source(line, col)
	if !found || src == "" || sline < 1 {
		return rel, false
	}
	file, ok := sourcePath(src, path.Dir(mapPath))
	if !ok {
		return rel, false
	}
	return rules.Related{
		Position: rules.Position{File: file, Line: sline, Column: scol + 1, EndLine: sline, EndColumn: scol + 2},
		Message:  "bundled from here (per source map " + path.Base(mapPath) + ")",
	}, true
}

// sourcePath turns a source map "sources" entry into a root-relative path:
// bundler URLs (webpack://app/./src/x.ts, webpack:///./src/x.ts) lose their
// scheme and namespace, relative entries (../../src/x.ts) are resolved against
// the map's directory. Entries that leave the root are dropped.
func sourcePath(src, mapDir string) (string, bool) {
	if i := strings.Index(src, "://"); i >= 0 {
		s := src[i+3:]
		if j := strings.Index(s, "/./"); j >= 0 {
			s = s[j+3:]
		} else if j := strings.IndexByte(s, '/'); j >= 0 {
			s = s[j+1:]
		}
		src = strings.TrimPrefix(s, "./")
		mapDir = ""
	}
	if path.IsAbs(src) || src == "" {
		return "", false
	}
	rel := path.Clean(path.Join(mapDir, src))
	if rel == ".." || strings.HasPrefix(rel, "../") || rel == "." {
		return "", false
	}
	return rel, true
}
