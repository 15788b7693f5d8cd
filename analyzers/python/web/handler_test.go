package web_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/python/web"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestManyAliasParams: a handler with thousands of parameters, half of
// them Annotated aliases, is read in one pass (each parameter used to
// list every parameter again to find its alias) and every alias counts:
// none is a request input, each is a guard.
func TestManyAliasParams(t *testing.T) {
	const n = 2000
	var b strings.Builder
	b.WriteString("from typing import Annotated\n\nfrom fastapi import Depends, FastAPI, HTTPException\n\n\n")
	b.WriteString("def signed_in() -> dict:\n    raise HTTPException(status_code=401)\n\n\nClaims = Annotated[dict, Depends(signed_in)]\n\n\n")
	b.WriteString("def handler(")
	for i := range n {
		fmt.Fprintf(&b, "\n    c%d: Claims,\n    q%d: int,", i, i)
	}
	b.WriteString("\n):\n    return 1\n")
	root := scantest.WriteTree(t, map[string]string{"app/main.py": b.String()})
	abs := filepath.Join(root, "app/main.py")
	st, err := os.Stat(abs)
	if err != nil {
		t.Fatal(err)
	}
	m := python.Load(&scan.Project{Root: root, Files: []*scan.File{{Path: "app/main.py", Abs: abs, Kind: scan.Source, Lang: "py", Size: st.Size(), Report: true}}})
	defer m.Close()
	f := m.Files["app/main.py"]
	if f == nil {
		t.Fatal("main.py not parsed")
	}
	var fn = python.FuncDef(python.Children(f.Root())[len(python.Children(f.Root()))-1])
	var e endpoint.Endpoint
	gs := web.NewGuards(m).Handler(&e, f, fn, "/")
	if len(e.Inputs) != n {
		t.Errorf("%d inputs, want the %d q parameters", len(e.Inputs), n)
	}
	for _, in := range e.Inputs {
		if !strings.HasPrefix(in.Name, "q") {
			t.Errorf("input %+v: an alias parameter read as a request value", in)
			break
		}
	}
	if len(gs) != n || gs[0].Guard.Verdict != web.Protects {
		t.Errorf("%d guards (first %+v), want %d that protect", len(gs), gs, n)
	}
}

// TestUsesClerkReadsFreedModules: the only Clerk import is in a module
// without framework code, whose tree Stream frees; the project still uses
// Clerk. Without that module, a comment naming the package does not count.
func TestUsesClerkReadsFreedModules(t *testing.T) {
	for _, withAuth := range []bool{true, false} {
		root := t.TempDir()
		files := map[string]string{
			"app/main.py": "from fastapi import FastAPI\napp = FastAPI()\n",
			"app/util.py": "import jwt\n# clerk_backend_api is not imported here\n",
		}
		if withAuth {
			files["app/auth.py"] = "import os\nfrom clerk_backend_api import Clerk\nsdk = Clerk(bearer_auth=os.environ['KEY'])\n"
		}
		p := &scan.Project{Root: root}
		for rel, src := range files {
			abs := filepath.Join(root, filepath.FromSlash(rel))
			if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(abs, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			p.Files = append(p.Files, &scan.File{Path: rel, Abs: abs, Kind: scan.Source, Lang: "py", Size: int64(len(src)), Report: true})
		}
		m := python.Open(p)
		m.Stream(func(*python.File) {})
		if m.Files["app/auth.py"] != nil {
			t.Fatal("auth.py still parsed: the test no longer covers a freed module")
		}
		if got := web.UsesClerk(m); got != withAuth {
			t.Errorf("with auth.py %v: UsesClerk = %v", withAuth, got)
		}
		m.Close()
	}
}
