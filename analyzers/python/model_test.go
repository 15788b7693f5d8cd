package python_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// project writes files into a temporary root and returns its scan model.
func project(t testing.TB, files map[string]string) *scan.Project {
	t.Helper()
	root := scantest.WriteTree(t, files)
	p := &scan.Project{Root: root}
	for rel := range files {
		abs := filepath.Join(root, rel)
		st, err := os.Stat(abs)
		if err != nil {
			t.Fatal(err)
		}
		p.Files = append(p.Files, &scan.File{Path: rel, Abs: abs, Kind: scan.Source, Lang: strings.TrimPrefix(filepath.Ext(rel), "."), Size: st.Size(), Report: true})
	}
	return p
}

// TestResolveAcrossModules follows names through absolute and relative
// imports, a package __init__ re-export and `from pkg import submodule`.
func TestResolveAcrossModules(t *testing.T) {
	p := project(t, map[string]string{
		"svc/app/__init__.py":        "from .auth import require_user\n",
		"svc/app/auth.py":            "import fastapi\n\nasync def require_user(request):\n    return 1\n",
		"svc/app/routes/__init__.py": "",
		"svc/app/routes/items.py":    "from fastapi import APIRouter\nrouter = APIRouter()\n",
		"svc/app/main.py":            "from fastapi import FastAPI\nfrom app import require_user\nfrom .routes import items\nfrom ..app.auth import require_user as ru\nimport app.auth as auth\n",
	})
	m := python.Load(p)
	defer m.Close()
	main := m.Files["svc/app/main.py"]
	if main == nil {
		t.Fatal("main.py not parsed")
	}
	for _, name := range []string{"require_user", "ru", "auth.require_user"} {
		if s := m.Resolve(main, name); s.Node == nil || s.File.Path != "svc/app/auth.py" {
			t.Errorf("Resolve(%s) = %+v, want the function in svc/app/auth.py", name, s)
		}
	}
	if s := m.Resolve(main, "items.router"); s.Node == nil || s.File.Path != "svc/app/routes/items.py" {
		t.Errorf("Resolve(items.router) = %+v, want the assignment in routes/items.py", s)
	}
	if s := m.Resolve(main, "FastAPI"); s.External != "fastapi.FastAPI" {
		t.Errorf("Resolve(FastAPI) = %+v, want external fastapi.FastAPI", s)
	}
}

// TestRefusedFileIsAGap: a Clerk module too large or minified to parse is
// recorded as a gap (the scan is incomplete), and bad bytes never panic.
func TestRefusedFileIsAGap(t *testing.T) {
	minified := "import clerk_backend_api\nx = [" + strings.Repeat("1,", 30000) + "]\n"
	p := project(t, map[string]string{
		"big.py":    "CLERK = 1\n" + strings.Repeat("a = 1\n", 500000),
		"min.py":    minified,
		"binary.py": "from fastapi import FastAPI\n\x00\xff\xfe" + string(bytes.Repeat([]byte{0xc3, 0x28}, 100)) + "\napp = FastAPI(\n",
	})
	m := python.Load(p)
	defer m.Close()
	if m.Files["binary.py"] == nil {
		t.Error("binary.py: tree-sitter recovers from invalid bytes; the module should still be read")
	}
	var gaps []string
	for _, e := range sortedGaps(p) {
		gaps = append(gaps, e.Path)
	}
	if strings.Join(gaps, ",") != "big.py,min.py" {
		t.Errorf("gaps = %v, want big.py and min.py", gaps)
	}
}

// TestManifests reads the Clerk packages of each manifest format.
func TestManifests(t *testing.T) {
	p := project(t, map[string]string{
		"a/requirements-dev.txt": "-r base.txt\nfastapi-clerk-auth>=0.0.7 # auth\n",
		"b/pyproject.toml":       "[project]\ndependencies = [\n  \"Clerk_Backend_API[httpx]>=3\",\n]\n[tool.poetry.dependencies]\nsvix = \"^1.40\"\n",
		"c/Pipfile":              "[packages]\nfastapi = \"*\"\n\"clerk-backend-api\" = \"*\"\n",
		"d/setup.cfg":            "[options]\ninstall_requires =\n    svix>=1\n    httpx\n",
	})
	m := python.Load(p)
	defer m.Close()
	for _, want := range []string{"fastapi-clerk-auth", "clerk-backend-api", "svix", "fastapi", "httpx"} {
		if !m.Packages[want] {
			t.Errorf("package %s not read from the manifests (got %v)", want, m.Packages)
		}
	}
}

func sortedGaps(p *scan.Project) []scan.FileError {
	gs := p.Gaps()
	slices.SortFunc(gs, func(a, b scan.FileError) int { return strings.Compare(a.Path, b.Path) })
	return gs
}
