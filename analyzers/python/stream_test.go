package python_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/python"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
)

// TestStreamFreesModulesTheProjectPhaseDoesNotRead: a marked module with
// no framework code is checked and then freed; Each no longer visits it, an
// import still reaches it (parsed again), and the framework module stays.
func TestStreamFreesModulesTheProjectPhaseDoesNotRead(t *testing.T) {
	p := project(t, map[string]string{
		"app/main.py":   "from fastapi import FastAPI\nfrom app.tokens import check\napp = FastAPI()\n",
		"app/tokens.py": "from clerk_backend_api import AuthenticateRequestOptions\n\ndef check(req):\n    return AuthenticateRequestOptions()\n",
		"app/plain.py":  "def unrelated():\n    return 1\n",
	})
	m := python.Open(p)
	defer m.Close()
	var streamed []string
	m.Stream(func(f *python.File) {
		if f.Root() == nil {
			t.Errorf("%s streamed without a tree", f.Path)
		}
		streamed = append(streamed, f.Path)
	})
	slices.Sort(streamed)
	if want := []string{"app/main.py", "app/tokens.py"}; !slices.Equal(streamed, want) {
		t.Errorf("streamed %v, want the marked modules %v", streamed, want)
	}
	var visited []string
	m.Each(func(f *python.File) { visited = append(visited, f.Path) })
	if want := []string{"app/main.py"}; !slices.Equal(visited, want) {
		t.Errorf("Each after Stream visited %v, want only the retained %v", visited, want)
	}
	main := m.Files["app/main.py"]
	if s := m.Resolve(main, "check"); s.Node == nil || s.File.Path != "app/tokens.py" || s.File.Root() == nil {
		t.Errorf("Resolve(check) after the module was freed = %+v, want it parsed again", s)
	}
}

// TestStreamWithoutModuleCheckersParsesOnlyRetained: with no module
// checker (Stream(nil)), a marked module the project phase does not read is
// never parsed.
func TestStreamWithoutModuleCheckersParsesOnlyRetained(t *testing.T) {
	p := project(t, map[string]string{
		"app/main.py":   "from fastapi import FastAPI\napp = FastAPI()\n",
		"app/tokens.py": "from clerk_backend_api import AuthenticateRequestOptions\n",
	})
	m := python.Open(p)
	defer m.Close()
	m.Stream(nil)
	var visited []string
	m.Each(func(f *python.File) { visited = append(visited, f.Path) })
	if want := []string{"app/main.py"}; !slices.Equal(visited, want) || len(m.Files) != 1 {
		t.Errorf("after Stream(nil): Each %v, Files %d; want only %v parsed", visited, len(m.Files), want)
	}
}

// TestFreeingModulesChangesNoFinding runs every Python fixture project with
// the engine that frees module trees and with one that keeps them all: the
// project phase must not have read a freed module (Retained's contract).
func TestFreeingModulesChangesNoFinding(t *testing.T) {
	dirs, err := filepath.Glob("../../testdata/python/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	freeing := scantest.Engines(engines.Python())
	keeping := scantest.Engines(python.NewEngineKeepingAll(engines.PythonRules()...))
	total := 0
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			root := t.TempDir()
			if _, err := scantest.Prepare(dir, root); err != nil {
				t.Fatal(err)
			}
			a, err := freeing(root)
			if err != nil {
				t.Fatal(err)
			}
			b, err := keeping(root)
			if err != nil {
				t.Fatal(err)
			}
			total += len(a)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("findings differ when module trees are freed:\nfreed: %v\nkept:  %v", a, b)
			}
		})
	}
	if total == 0 {
		t.Fatal("no findings in any fixture: the comparison proves nothing")
	}
}
