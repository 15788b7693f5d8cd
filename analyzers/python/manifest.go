package python

import (
	"bufio"
	"bytes"
	"path"
	"strings"

	"github.com/clerklint/clerklint/internal/lazyregexp"
)

// isManifest reports whether a file base name is a Python dependency manifest.
func isManifest(base string) bool {
	switch base {
	case "pyproject.toml", "Pipfile", "setup.cfg":
		return true
	}
	ok, _ := path.Match("requirements*.txt", base)
	return ok
}

// reqName is a PEP 508 requirement's distribution name at the start of a
// string: "fastapi-clerk-auth>=0.0.7", "clerk_backend_api[httpx]".
var reqName = lazyregexp.New(`^\s*([A-Za-z0-9][A-Za-z0-9._-]*)`)

// manifestPackages lists the distributions a manifest depends on,
// normalised (lower case, '-' for '_' and '.'): requirements files one a
// line; pyproject.toml's PEP 621 dependencies and optional-dependencies
// arrays and Poetry's [tool.poetry.*dependencies] tables; Pipfile's
// [packages] and [dev-packages]; setup.cfg's install_requires. Only names are
// read: versions are not judged yet.
func manifestPackages(base string, src []byte) []string {
	var out []string
	add := func(s string) {
		if m := reqName.FindStringSubmatch(s); m != nil {
			out = append(out, normalise(m[1]))
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	section := ""
	inArray := false
	for sc.Scan() {
		raw := sc.Text()
		indented := raw != "" && (raw[0] == ' ' || raw[0] == '\t')
		line := strings.TrimSpace(raw)
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(base, "requirements") {
			if !strings.HasPrefix(line, "-") {
				add(line)
			}
			continue
		}
		if strings.HasPrefix(line, "[") && !inArray {
			section = strings.Trim(line, "[] ")
			continue
		}
		switch {
		case base == "setup.cfg":
			if strings.HasPrefix(line, "install_requires") {
				inArray = true
				if _, v, ok := strings.Cut(line, "="); ok && strings.TrimSpace(v) != "" {
					add(v)
				}
			} else if inArray && indented {
				add(line)
			} else {
				inArray = false
			}
		case inArray || strings.HasPrefix(line, "dependencies") && strings.Contains(line, "[") || section == "project.optional-dependencies" && strings.Contains(line, "["):
			// A PEP 621 array, on one line or many: every quoted string.
			rest := line
			if !inArray {
				_, rest, _ = strings.Cut(line, "[")
			}
			for _, q := range quoted.FindAllStringSubmatch(rest, -1) {
				add(q[1])
			}
			inArray = !strings.Contains(rest, "]")
		case strings.HasPrefix(section, "tool.poetry") && strings.HasSuffix(section, "dependencies"),
			base == "Pipfile" && (section == "packages" || section == "dev-packages"):
			if k, _, ok := strings.Cut(line, "="); ok {
				add(strings.Trim(strings.TrimSpace(k), `"'`))
			}
		}
	}
	return out
}

var quoted = lazyregexp.New(`["']([^"']+)["']`)

func normalise(name string) string {
	return strings.NewReplacer("_", "-", ".", "-").Replace(strings.ToLower(name))
}
