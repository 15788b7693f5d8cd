package js

import (
	"fmt"
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/endpoint"
)

// TestHostileNesting: ifs nested thousands deep are summarised in bounded
// work and memory: the steps stop flattening at maxStepNest, the values
// known truthy at a call stop at maxGiven, and the calls at the bottom are
// still listed, so what the handler does stays known.
func TestHostileNesting(t *testing.T) {
	const depth = 5000
	var same, distinct strings.Builder
	for i := range depth {
		same.WriteString("if (req) {\n")
		fmt.Fprintf(&distinct, "if (req.headers.get('h%d')) {\n", i)
	}
	for _, b := range []*strings.Builder{&same, &distinct} {
		b.WriteString("await db.order.deleteMany({})\nreturn Response.json({})\n")
		b.WriteString(strings.Repeat("}\n", depth))
	}
	m := newTestModel(t, map[string]string{
		"package.json": `{"dependencies":{"@clerk/nextjs":"^6"}}`,
		"app/api/same/route.ts": "import { db } from './db'\nexport async function GET(req: Request) {\n" +
			same.String() + "}\n",
		"app/api/distinct/route.ts": "import { db } from './db'\nexport async function GET(req: Request) {\n" +
			distinct.String() + "}\n",
	})
	for _, path := range []string{"app/api/same/route.ts", "app/api/distinct/route.ts"} {
		mod := m.Module(path)
		if mod == nil || mod.Err != nil || mod.Funcs["GET"] == nil {
			t.Fatalf("%s: no summary of the route: %+v", path, mod)
		}
		fn := mod.Funcs["GET"]
		if n := len(fn.Steps); n > 2*maxStepNest {
			t.Errorf("%s: %d steps from ifs nested %d deep, want at most about maxStepNest (%d)", path, n, depth, maxStepNest)
		}
		deleted := false
		for _, cs := range fn.Calls {
			if n := len(cs.Given); n > maxGiven {
				t.Errorf("%s: %s runs under %d truthy values, want at most maxGiven (%d)", path, cs.Callee, n, maxGiven)
			}
			deleted = deleted || cs.Callee.String() == "db.order.deleteMany"
		}
		if !deleted {
			t.Errorf("%s: the delete at the bottom of the nest is not among the calls", path)
		}
		if effects, _ := m.Effects(mod, fn); !slicesHasWrite(effects) {
			t.Errorf("%s: effects %v, want the delete's write", path, effects)
		}
	}
}

func slicesHasWrite(effects []endpoint.Effect) bool {
	for _, f := range effects {
		if f.Kind == endpoint.DBWrite {
			return true
		}
	}
	return false
}

// TestManyExports: a module with thousands of exported actions finds each
// endpoint's handler from one index of its functions (funcsAt), and finds
// the right one.
func TestManyExports(t *testing.T) {
	const n = 5000
	var src strings.Builder
	src.WriteString("'use server'\n")
	for i := range n {
		fmt.Fprintf(&src, "export async function f%d() { return f%d() }\n", i, i+1)
	}
	fmt.Fprintf(&src, "export async function f%d() { return 1 }\n", n)
	m := newTestModel(t, map[string]string{
		"package.json":   `{"dependencies":{"@clerk/nextjs":"^6"}}`,
		"app/actions.ts": src.String(),
	})
	for _, i := range []int{0, n / 2, n - 1} {
		e := &endpoint.Endpoint{Handler: endpoint.Pos{File: "app/actions.ts", Line: i + 2}}
		_, fn := m.HandlerOf(e)
		if fn == nil || fn.Name != fmt.Sprintf("f%d", i) {
			t.Errorf("handler at line %d: %+v, want f%d", i+2, fn, i)
		}
	}
}
