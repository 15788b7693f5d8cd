package gomodel_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/clerklint/clerklint/analyzers/golang/gomodel"
)

// testdata is the shared analysistest GOPATH of the Go passes.
func testdata() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata")
}

// TestFacts checks the facts exported for a package of user-defined middleware.
func TestFacts(t *testing.T) {
	analysistest.Run(t, testdata(), gomodel.Analyzer, "clerkauth", "authvar", "signedmw")
}

// dump reports every route of the model, so fixtures can state the model
// with // want comments.
var dump = &analysis.Analyzer{
	Name:     "routedump",
	Doc:      "report the route model",
	Requires: []*analysis.Analyzer{gomodel.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[gomodel.Analyzer].(*gomodel.Result)
		for _, r := range res.Routes {
			state := "open"
			switch {
			case !r.Certain():
				state = "unknown"
			case r.Protected():
				state = "protected"
			case r.ReadsOnly() != nil:
				state = "reads"
			}
			var mws []string
			for _, mw := range r.Chain {
				mws = append(mws, fmt.Sprintf("%d:%s", mw.Scope, mw.Flags))
			}
			pass.Reportf(r.Call.Pos(), "%s %s %s clerk=%v chain=[%s] handler=%s", r.Framework, r, state, res.UsesClerk, strings.Join(mws, " "), r.Handler.Flags)
		}
		return nil, nil
	},
}

func TestRoutes(t *testing.T) {
	analysistest.Run(t, testdata(), dump, "gomodel/...")
}

// endpointDump reports each endpoint's inputs and effects, so fixtures state
// what the producer records with // want comments.
var endpointDump = &analysis.Analyzer{
	Name:     "endpointdump",
	Doc:      "report the endpoint model's inputs and effects",
	Requires: []*analysis.Analyzer{gomodel.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[gomodel.Analyzer].(*gomodel.Result)
		for i, e := range res.Endpoints {
			var in, eff []string
			for _, x := range e.Inputs {
				s := string(x.Kind)
				if x.Name != "" {
					s += ":" + x.Name
				}
				in = append(in, s)
			}
			for _, x := range e.Effects {
				s := string(x.Kind) + ":" + x.Target
				if x.Model != "" {
					s = string(x.Kind) + ":" + x.Model
				}
				if len(x.Filter) > 0 {
					s += "(" + strings.Join(x.Filter, ",") + ")"
				}
				eff = append(eff, s)
			}
			pass.Reportf(res.Routes[i].Call.Pos(), "%s inputs=[%s] effects=[%s] known=%v", e.String(), strings.Join(in, " "), strings.Join(eff, " "), e.EffectsKnown)
		}
		return nil, nil
	},
}

func TestEndpointInputsAndEffects(t *testing.T) {
	analysistest.Run(t, testdata(), endpointDump, "endpoints/inputs")
}

// TestManyQueryAssignments is a hostile input: a handler building one SQL
// statement with 3,000 conditional += and running it 3,000 times. Each query
// looked the statement's value up by walking the handler again (and once
// more per += it went back through): minutes. The handler's assignments of
// the variable are now listed once.
func TestManyQueryAssignments(t *testing.T) {
	const n = 3000
	var b strings.Builder
	b.WriteString("package hostile // want package:\"runs-queries\"\n\nimport (\n\t\"database/sql\"\n\t\"net/http\"\n)\n\nvar db *sql.DB\n\n")
	b.WriteString("func h(w http.ResponseWriter, r *http.Request) { // want h:\"queries\\\\(3000\\\\)\"\n\tq := \"SELECT * FROM vendors\"\n")
	for range n {
		b.WriteString("\tif r.URL.Query().Get(\"a\") == \"x\" {\n\t\tq += \" WHERE a = 1\"\n\t}\n")
	}
	for range n {
		b.WriteString("\tdb.Query(q)\n")
	}
	b.WriteString("}\n\nfunc main() { http.HandleFunc(\"/v\", h) } // want main:\"effect-free\"\n")
	dir := t.TempDir()
	src := filepath.Join(dir, "src", "hostile")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "hostile.go"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, gomodel.Analyzer, "hostile")
}
