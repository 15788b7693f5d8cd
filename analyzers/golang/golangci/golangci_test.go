package golangci

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/clerklint/clerklint/analyzers/golang/gopasses"
	"github.com/clerklint/clerklint/analyzers/golang/gorules"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil) // no settings: key in the config
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
	got, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := gopasses.Analyzers(gorules.Settings{})
	if len(got) != len(want) {
		t.Errorf("BuildAnalyzers returned %d analyzers, gopasses.Analyzers %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i].Name != want[i].Name {
			t.Errorf("analyzer %d = %s, want %s", i, got[i].Name, want[i].Name)
		}
	}
}

func TestSettings(t *testing.T) {
	// As golangci-lint hands them over: YAML decoded into generic maps.
	ok := map[string]any{
		"public-routes":      []any{"/status", "/docs/**"},
		"privileged-routes":  []any{"/ops/**"},
		"max-token-lifetime": "24h",
		"disable":            []any{"CLK501"},
	}
	if _, err := New(ok); err != nil {
		t.Errorf("valid settings: %v", err)
	}
	for _, c := range []struct {
		conf any
		want string
	}{
		{map[string]any{"public-route": []any{"/x"}}, `unknown field "public-route"`},
		{map[string]any{"public-routes": "/x"}, "cannot unmarshal string"},
		{map[string]any{"public-routes": []any{"/a/[b"}}, "invalid glob"},
		{map[string]any{"max-token-lifetime": "a week"}, "max-token-lifetime"},
		{map[string]any{"disable": []any{"CLK999"}}, `unknown rule id "CLK999"`},
	} {
		_, err := New(c.conf)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "clerklint settings: ") {
			t.Errorf("New(%v) = %v, want an error containing %q", c.conf, err, c.want)
		}
	}
}

// TestPureGo keeps the plugin buildable by golangci-lint's CGO_ENABLED=0 release
// process and free of the CLI's heavy dependencies.
func TestPureGo(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{len .CgoFiles}}", ".", "../../../cmd/clerklint-vet")
	cmd.Env = append(cmd.Environ(), "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list with CGO_ENABLED=0: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, cgo, _ := strings.Cut(line, " ")
		if cgo != "0" || strings.Contains(path, "gitleaks") || strings.Contains(path, "tree-sitter") || strings.Contains(path, "clerklint/cmd/clerklint/") {
			t.Errorf("plugin/vet tool depends on %s (cgo files: %s)", path, cgo)
		}
	}
}
