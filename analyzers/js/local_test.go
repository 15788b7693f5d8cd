package js_test

import (
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/clerklint/clerklint/analyzers/js"
	"github.com/clerklint/clerklint/analyzers/scan"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules"
)

// seenPart records the files the engine offers it.
type seenPart struct {
	mu   sync.Mutex
	seen []string
}

func (p *seenPart) Wants(*js.Model, *scan.File) bool { return true }
func (p *seenPart) Check(pass *js.Pass) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.seen = append(p.seen, pass.File.Path)
}

type localPart struct{ seenPart }

func (*localPart) Local() {}

// TestLocalPartSeesOnlyNamedFiles: with files named (pre-commit), a Local
// part is offered only those, while the other parts (framework models that
// gather the app) still see the app's every file.
func TestLocalPartSeesOnlyNamedFiles(t *testing.T) {
	root := scantest.WriteTree(t, map[string]string{
		"package.json":       `{"dependencies":{"next":"15","@clerk/nextjs":"^6"}}`,
		"app/api/a/route.ts": "export async function GET() { return Response.json(1) }\n",
		"lib/b.ts":           "export const b = 1\n",
		"lib/c.ts":           "export const c = 2\n",
	})
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cfg := &rules.Config{}
	sel, err := rules.Select(set, cfg, []string{"CLK004"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	local, model := &localPart{}, &seenPart{}
	eng := js.NewEngine(js.Rule{IDs: []string{"CLK004"}, New: func([]*rules.Rule, scan.Options) (js.Checker, error) { return local, nil }},
		js.Rule{IDs: []string{"CLK004"}, New: func([]*rules.Rule, scan.Options) (js.Checker, error) { return model, nil }})
	only := map[string]bool{filepath.Join(root, "lib", "b.ts"): true}
	if _, err := scan.Run(scan.Request{Root: root, Only: only, Selection: sel, Config: cfg, Engines: []scan.Engine{eng}}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(model.seen)
	if !slices.Equal(local.seen, []string{"lib/b.ts"}) || !slices.Equal(model.seen, []string{"app/api/a/route.ts", "lib/b.ts", "lib/c.ts"}) {
		t.Errorf("local part saw %v (want lib/b.ts), other part %v (want every file)", local.seen, model.seen)
	}
}
